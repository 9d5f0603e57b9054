#!/usr/bin/env bash
# Checks the module graph (issue 12): every `import` of a package module in Sources/ must be
# a declared dependency of the importing target in Package.swift, and no module may import
# one above it in the layer order below. Run by .ci/run before `swift build`.
#   Scripts/check-architecture.sh          # exit 0 when the graph holds, 1 with a list otherwise
set -euo pipefail
cd "$(dirname "$0")/.."
swift package dump-package > "${TMPDIR:-/tmp}/parsurvey-package.json"
python3 - "${TMPDIR:-/tmp}/parsurvey-package.json" <<'PY'
import json, os, re, sys

# Lowest first: a module may depend only on modules earlier in this list.
LAYERS = ["CZlib", "ParSurveyModel", "ParSurveyStatistics", "ParSurveyWeighting", "ParSurveyEstimation",
          "ParSurveyScoring", "ParSurveyIO", "ParSurveyReports", "ParSurvey", "ParSurveyCommands",
          "par-survey"]
# Statistics is pure mathematics: it must not know the domain model.
FORBIDDEN = {("ParSurveyStatistics", "ParSurveyModel")}

pkg = json.load(open(sys.argv[1]))
targets = {t["name"]: t for t in pkg["targets"]}
rank = {n: i for i, n in enumerate(LAYERS)}
problems = []

def deps(t):
    out = set()
    for d in t.get("dependencies", []):
        for kind in ("byName", "target", "product"):
            if kind in d:
                out.add(d[kind][0])
    return out

for name, t in targets.items():
    if t["type"] == "test":
        continue
    if name not in rank:
        problems.append(f"{name}: not in the layer list of Scripts/check-architecture.sh")
        continue
    declared = deps(t)
    for d in declared:
        if d in rank and rank[d] >= rank[name]:
            problems.append(f"{name}: depends on {d}, which is not below it")
        if (name, d) in FORBIDDEN:
            problems.append(f"{name}: must not depend on {d}")
    path = t.get("path") or f"Sources/{name}"
    for root, _, files in os.walk(path):
        for f in files:
            if not f.endswith(".swift"):
                continue
            p = os.path.join(root, f)
            for i, line in enumerate(open(p, encoding="utf-8"), 1):
                m = re.match(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate)\s+)?import\s+(?:\w+\s+)?(\w+)", line)
                if not m:
                    continue
                mod = m.group(1)
                if mod in targets and mod != name and mod not in declared:
                    problems.append(f"{p}:{i}: {name} imports {mod}, not a declared dependency")
                if mod in rank and rank[mod] >= rank[name] and mod != name:
                    problems.append(f"{p}:{i}: {name} imports {mod}, a module above it")

if problems:
    print("Architecture check failed:", *problems, sep="\n  ")
    sys.exit(1)
print(f"Architecture check: {len(targets)} targets, every import points down the graph.")
PY
