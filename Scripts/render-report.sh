#!/usr/bin/env bash
# Writes the Bình Định sample report (HTML, Vietnamese and English) and renders it with headless
# Chromium (Debian's `chromium` package) so a person can look at it:
#   OUT/report.LANG.html   the report
#   OUT/report.LANG.png    the first screen (1240 × 1754, an A4 page at 150 dpi)
#   OUT/report.LANG.pdf    printed on A4, as an officer would print it
#   OUT/report.LANG-NN.png every printed page (needs Ghostscript `gs` or poppler's `pdftoppm`)
# Usage: Scripts/render-report.sh [OUT]   (default OUT: .build/report-render)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-.build/report-render}
mkdir -p "$out"
out=$(cd "$out" && pwd)
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then echo "render-report: no chromium found (apt-get install chromium)" >&2; exit 69; fi
swift build -q --product par-survey
bin=$(swift build --show-bin-path)/par-survey
for lang in vi en; do
    "$bin" report Samples/binh-dinh-2021 --date 2021-12-31 --lang "$lang" --output "$out/report.$lang.html"
    flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check)
    "$browser" "${flags[@]}" --window-size=1240,1754 --screenshot="$out/report.$lang.png" "file://$out/report.$lang.html" 2>/dev/null
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/report.$lang.pdf" "file://$out/report.$lang.html" 2>/dev/null
    rm -f "$out/report.$lang-"*.png
    if command -v gs >/dev/null; then
        gs -q -dNOPAUSE -dBATCH -sDEVICE=png16m -r70 -o "$out/report.$lang-%02d.png" "$out/report.$lang.pdf"
    elif command -v pdftoppm >/dev/null; then
        pdftoppm -png -r 70 "$out/report.$lang.pdf" "$out/report.$lang"
    fi
    echo "render-report: $out/report.$lang.html, .png, .pdf ($(ls "$out/report.$lang-"*.png 2>/dev/null | wc -l) page images)"
done
