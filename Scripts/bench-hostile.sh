#!/usr/bin/env bash
# Pathological inputs in bounded time and memory: generates hostile batches at two or
# three sizes (each double the last) and times `par-survey validate` on each with the release
# build. Linear behaviour shows as time and memory roughly doubling with the size; quadratic
# behaviour would quadruple. Not a test: timings depend on the machine.
#
#   Scripts/bench-hostile.sh            # all cases
#   Scripts/bench-hostile.sh field      # cases whose name contains "field"
#
# Prints: case, input size, exit code, wall seconds, peak RSS (MB), read/accepted/rejected.
set -euo pipefail
cd "$(dirname "$0")/.."
filter=${1:-}
swift build -c release --product par-survey 2>&1 | tail -1
bin=$(swift build -c release --show-bin-path)/par-survey
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
q=Questionnaires/sipas-citizen.json

python3 - "$work" <<'EOF'
import os, sys
w = sys.argv[1]
H = "id,district,commune,gender,age_group," + ",".join(f"q{i}" for i in range(1, 23)) + "\n"
ROW = "{id},Tây Sơn,Phú Phong,Nam,30-44," + ",".join("4" for _ in range(22)) + "\n"
def write(name, parts):
    with open(os.path.join(w, name), "w", encoding="utf-8", newline="") as f:
        for p in parts: f.write(p)
for mb in (10, 20, 40):   # one field of N MB in an answer column
    write(f"field-{mb}mb.csv", [H, ROW.format(id="A1"), "A2,Tây Sơn,x,Nam,30-44," + "x" * (mb << 20) + ",4" * 21 + "\n", ROW.format(id="A3")])
for mb in (10, 20):       # one quoted field of N MB made of "" escapes and line breaks
    write(f"quoted-{mb}mb.csv", [H, '"' + 'a""\n' * ((mb << 20) // 4) + '",Tây Sơn,x,Nam,30-44' + ",4" * 22 + "\n"])
for n in (100_000, 200_000, 400_000):   # header of n columns (refused: limit 16,384)
    write(f"header-cols-{n}.csv", [H.rstrip("\n") + "".join(f",c{i}" for i in range(27, n)) + "\n", ROW.format(id="A1")])
for rows in (100, 200):   # 16,384 columns (the limit) with `rows` rows
    extra = 16_384 - 27
    write(f"cols-16384-x{rows}.csv", [H.rstrip("\n") + "".join(f",c{i}" for i in range(extra)) + "\n"]
          + [ROW.format(id=f"A{r}").rstrip("\n") + ",v" * extra + "\n" for r in range(rows)])
for n in (1_000_000, 2_000_000, 4_000_000):   # a data row of n fields (ragged)
    write(f"row-fields-{n}.csv", [H, ROW.format(id="A1"), "A2" + ",4" * (n - 1) + "\n"])
for n in (100_000, 200_000, 400_000):   # n valid rows
    write(f"rows-{n}.csv", [H] + [ROW.format(id=f"R{i}") for i in range(n)])
for n in (50_000, 100_000, 200_000):    # n rejected rows with 1 kB answers (long reject values)
    write(f"rejects-{n}.csv", [H] + ["J%d,Tây Sơn,x,Nam,30-44,%s" % (i, "=" * 1000) + ",4" * 21 + "\n" for i in range(n)])
for n in (50_000, 100_000):             # n rows repeating the header
    write(f"header-repeats-{n}.csv", [H] * (n + 1))
for mb in (10, 20):       # unterminated quote at the start of an N MB file
    write(f"unterminated-{mb}mb.csv", [H, '"' + ("x" * 1023 + "\n") * (mb << 10)])
deep = "[" * 10_000 + "]" * 10_000
first = '{"id":"J0","district":"Tây Sơn",' + ",".join(f'"q{i}":"4"' for i in range(1, 23)) + "}\n"
for n in (500, 1000, 2000):             # JSON Lines: n lines nested 10,000 deep
    write(f"deep-{n}.jsonl", [first] + ['{"id":"J%d","district":"Tây Sơn","q1":%s}\n' % (i, deep) for i in range(n)])
for mb in (10, 20):       # JSON Lines: one line of N MB
    write(f"longline-{mb}mb.jsonl", [first, '{"id":"J1","q1":"' + "x" * (mb << 20) + '"}\n'])
EOF

printf '%-26s %10s %4s %8s %8s  %s\n' case bytes exit seconds rss_mb "read/accepted/rejected"
for f in $(ls "$work" | sort -V); do
  [[ -z $filter || $f == *"$filter"* ]] || continue
  size=$(stat -c %s "$work/$f")
  set +e
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$bin" validate --questionnaire $q --unit district \
    --format json "$work/$f" >"$work/out.json" 2>"$work/err.txt"
  code=$?
  set -e
  read -r secs kb < <(tail -1 "$work/time.txt")
  counts=$(python3 -c 'import json,sys
try:
    t=json.load(open(sys.argv[1]))["components"][0]["accounting"]["total"]; print("%d/%d/%d"%(t["read"],t["accepted"],t["rejected"]))
except Exception: print(open(sys.argv[2]).read().strip()[-90:])' "$work/out.json" "$work/err.txt")
  printf '%-26s %10d %4d %8.2f %8d  %s\n' "$f" "$size" "$code" "$secs" $((kb / 1024)) "$counts"
done
