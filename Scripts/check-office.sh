#!/usr/bin/env bash
# Opens par-survey's Office outputs with LibreOffice (headless) as an independent reader:
# the workbook (`run --format xlsx`) is converted to CSV (its first sheet, the annex) and
# PDF, the Word annex (`run --format docx`) to PDF; Tây Sơn's 84,11 / 84.11 must be there.
# Also converts the exported XLSForms with pyxform and runs the SPSS syntax in PSPP when
# they are installed. CI may run it when libreoffice-calc-nogui/-writer-nogui are installed.
#
#   Scripts/check-office.sh [path/to/par-survey]     (default: .build/debug/par-survey)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${1:-.build/debug/par-survey}
OFFICE=$(command -v soffice || command -v libreoffice || true)
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$BIN" run Samples/binh-dinh-2021 --format xlsx --output "$T/index.xlsx" 2>/dev/null
"$BIN" run Samples/binh-dinh-2021 --format docx --output "$T/annex.docx" 2>/dev/null
"$BIN" run Samples/binh-dinh-2021 --format docx --lang en --output "$T/annex-en.docx" 2>/dev/null

if [ -n "$OFFICE" ]; then
  echo "LibreOffice: $("$OFFICE" --version | head -1)"
  # CSV export filter: comma, double quote, UTF-8, first sheet
  "$OFFICE" --headless --convert-to "csv:Text - txt - csv (StarCalc):44,34,76,1" --outdir "$T" "$T/index.xlsx" >/dev/null 2>&1
  grep -q '^4,"Tây Sơn",50.39,25.70,8.02,84.11,4$' "$T/index.csv" || { cat "$T/index.csv"; fail "index.xlsx: Tây Sơn's row not as expected"; }
  echo "ok: index.xlsx opened by Calc: $(grep 'Tây Sơn' "$T/index.csv")"
  for f in index.xlsx annex.docx annex-en.docx; do
    "$OFFICE" --headless --convert-to pdf --outdir "$T" "$T/$f" >/dev/null 2>&1
    [ -s "$T/${f%.*}.pdf" ] || fail "$f: no PDF"
    echo "ok: $f → PDF ($(du -h "$T/${f%.*}.pdf" | cut -f1))"
  done
  if command -v pdftotext >/dev/null; then
    pdftotext -layout "$T/annex.pdf" - | grep -E 'Tây Sơn +50,39 +25,70 +8,02 +84,11 +4' >/dev/null || fail "annex.pdf: Tây Sơn's row not found"
    pdftotext -layout "$T/annex-en.pdf" - | grep -E 'Tây Sơn +50.39 +25.70 +8.02 +84.11 +4' >/dev/null || fail "annex-en.pdf: Tây Sơn's row not found"
    pdfinfo "$T/annex.pdf" | grep -q 'Page size: *841.89 x 595.3' || fail "annex.pdf is not A4 landscape"
    echo "ok: annex PDFs show Tây Sơn 84,11 / 84.11 on A4 landscape"
  fi
else
  echo "skip: LibreOffice (soffice) not installed"
fi

if command -v xls2xform >/dev/null; then
  for q in sipas-citizen leaders; do
    "$BIN" export-xlsform "Questionnaires/$q.json" --output "$T/$q.xlsx"
    xls2xform "$T/$q.xlsx" "$T/$q.xml" >/dev/null 2>&1 || fail "pyxform refused $q.xlsx"
    echo "ok: pyxform $(python3 -c 'import pyxform; print(pyxform.__version__)' 2>/dev/null) converts $q.xlsx"
  done
else
  echo "skip: pyxform (xls2xform) not installed"
fi

if command -v pspp >/dev/null; then
  "$BIN" export-spss Samples/binh-dinh-2021 --output-dir "$T/spss/new" 2>/dev/null
  for q in sipas-citizen leaders; do
    (cd "$T/spss/new" && pspp -O format=txt -o "$q.txt" "$q.sps" >/dev/null 2>&1) || fail "pspp failed on $q.sps"
    ! grep -qi 'error' "$T/spss/new/$q.txt" || fail "pspp reported an error on $q.sps"
    echo "ok: pspp runs $q.sps"
  done
else
  echo "skip: GNU PSPP not installed"
fi
