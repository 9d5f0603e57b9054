#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/, a separate package; -c release keeps Swift's bounds and
# overflow checks and runs ~4x faster than debug) with ASan and runs them.
#
#   Scripts/fuzz.sh [TARGET|all] [SECONDS] [extra libFuzzer options...]
#
# TARGET: csv, jsonl, questionnaire, xlsx (and weighting-plan once its loader exists); default all.
# SECONDS: -max_total_time per target (default 900 = 15 minutes). Targets run one after
# another, niced, one process. New inputs go to .build/fuzz/corpus/TARGET (the committed seeds
# in Fuzz/corpus/TARGET are only read), crashes to .build/fuzz/artifacts/TARGET/, logs to
# .build/fuzz/logs/TARGET.log. A crash becomes a regression test (docs/FUZZING.md).
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
seconds=${2:-900}
shift $(( $# > 2 ? 2 : $# ))

swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address 2>&1 \
  | grep -v "Cannot export local symbol" || true
bin=Fuzz/.build/release

run() {
  local name=$1 exe=$2 dict=$3
  shift 3
  [[ -x $bin/$exe ]] || { echo "fuzz.sh: $bin/$exe was not built" >&2; exit 1; }
  mkdir -p .build/fuzz/corpus/$name .build/fuzz/artifacts/$name .build/fuzz/logs
  echo "== $name: $seconds s (log .build/fuzz/logs/$name.log)"
  set +e
  nice -n 10 "$bin/$exe" .build/fuzz/corpus/$name Fuzz/corpus/$name \
    -dict=Fuzz/dict/$dict -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix=.build/fuzz/artifacts/$name/ "$@" >.build/fuzz/logs/$name.log 2>&1
  local rc=$?
  set -e
  grep -E "^(stat::|Done|==[0-9]+==ERROR|SUMMARY)" .build/fuzz/logs/$name.log || true
  ls .build/fuzz/artifacts/$name/ 2>/dev/null | sed 's/^/  artifact: /'
  return $rc
}

status=0
for t in csv jsonl questionnaire xlsx weighting-plan; do
  [[ $which == all || $which == "$t" ]] || continue
  case $t in
    csv) run csv FuzzCSV csv.dict "$@" || status=1 ;;
    jsonl) run jsonl FuzzJSONLines json.dict "$@" || status=1 ;;
    questionnaire) run questionnaire FuzzQuestionnaire json.dict "$@" || status=1 ;;
    xlsx) run xlsx FuzzXLSX xml.dict "$@" || status=1 ;;
    weighting-plan)
      if [[ -x $bin/FuzzWeightingPlan ]]; then run weighting-plan FuzzWeightingPlan json.dict "$@" || status=1
      elif [[ $which == weighting-plan ]]; then echo "fuzz.sh: no FuzzWeightingPlan target (no weighting-plan loader yet)" >&2; status=1
      fi ;;
  esac
done
exit $status
