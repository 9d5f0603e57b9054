#!/usr/bin/env bash
# Regenerates the datasets behind Tests/ParSurveyTests/Fixtures/uncertainty/ (numpy + R):
#   bash Scripts/reference/uncertainty_data.sh [path/to/shared/reference]
# 1. gen.py (../shared/reference/gen.py) writes three synthetic survey files;
# 2. small edits make the edge cases (a commune with 3 respondents, a district column);
# 3. uncertainty.R computes the reference values with R's survey package.
set -euo pipefail
cd "$(dirname "$0")/../.."
REF=${1:-../shared/reference}
OUT=Tests/ParSurveyTests/Fixtures/uncertainty
mkdir -p "$OUT"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# A: 600 respondents, 8 communes, design weights, 5 % item nonresponse.
python3 "$REF/gen.py" --n 600 --communes 8 --seed 11 --missing 0.05 --out "$OUT/weighted.csv" --margins "$OUT/weighted_margins.csv"
# B: 240 respondents, 12 communes, no weight column, strong commune effects (sparse cells);
#    commune C12 cut to its first 3 respondents.
python3 "$REF/gen.py" --n 240 --communes 12 --seed 12 --no-weight --commune-sd 1.0 --out "$TMP/b.csv" --margins "$TMP/bm.csv"
awk -F, 'NR == 1 || $2 != "C12" || ++k <= 3' "$TMP/b.csv" > "$OUT/sparse.csv"
# C: 480 respondents, 6 communes in 2 districts (C01-C03 in D1, C04-C06 in D2), design weights.
python3 "$REF/gen.py" --n 480 --communes 6 --seed 13 --out "$TMP/c.csv" --margins "$TMP/cm.csv"
awk -F, 'BEGIN { OFS = "," } NR == 1 { $1 = $1 ",district"; print; next }
         { d = ($2 <= "C03") ? "D1" : "D2"; $1 = $1 "," d; print }' "$TMP/c.csv" > "$OUT/districts.csv"
# D: 5,000 respondents, 15 communes, design weights: raked (calibrate) then trimWeights
#    (upper = 3 × mean, additive, one pass), issue 17 item 12.
python3 "$REF/gen.py" --n 5000 --communes 15 --seed 14 --missing 0.04 --out "$OUT/trimmed.csv" --margins "$OUT/trimmed_margins.csv"

Rscript Scripts/reference/uncertainty.R "$OUT"
