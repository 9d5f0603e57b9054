#!/usr/bin/env bash
# Builds a self-contained par-survey for Linux x86_64/arm64 offices: the Swift standard
# library, Foundation and zlib linked statically (--static-swift-stdlib, PARSURVEY_STATIC_ZLIB;
# the binary needs only the C/C++ runtime every Linux has: libc, libm, libstdc++, libgcc_s), and a
# tarball with the questionnaires, samples, README and docs.
#
#   Scripts/release.sh [OUTDIR]        (default: dist/)
#
# Checks with ldd that the binary needs no library from the Swift toolchain (libswift*,
# libFoundation*, libdispatch, libBlocksRuntime, ICU) nor zlib, and fails otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist}
SCRATCH=${SCRATCH:-.build-release}
VERSION=${VERSION:-$(git describe --tags --always 2>/dev/null || echo dev)}
ARCH=$(uname -m)
NAME=par-survey-$VERSION-linux-$ARCH

# zlib: Package.swift links libz.a instead of libz.so when PARSURVEY_STATIC_ZLIB=1 (the module
# map names no library, so no -lz comes before it), so the binary does not need libz.so.1.
export PARSURVEY_STATIC_ZLIB=1
LINK=()

start=$(date +%s)
swift build -c release --product par-survey --scratch-path "$SCRATCH" --static-swift-stdlib ${LINK[@]+"${LINK[@]}"}
end=$(date +%s)
BIN=$(swift build -c release --product par-survey --scratch-path "$SCRATCH" --static-swift-stdlib ${LINK[@]+"${LINK[@]}"} --show-bin-path)/par-survey
echo "built $BIN in $((end - start)) s"

echo "ldd $BIN:"
ldd "$BIN" | sed 's/^/  /'
if ldd "$BIN" | grep -Ei 'swift|Foundation|dispatch|BlocksRuntime|icu|libz' >/dev/null; then
  echo "error: the binary needs a Swift toolchain library or zlib (see above)" >&2
  exit 1
fi
echo "needs: $(ldd "$BIN" | awk '/=>/{print $1}' | tr '\n' ' ')(system libraries only)"

rm -rf "$OUT/$NAME"
mkdir -p "$OUT/$NAME/bin"
cp "$BIN" "$OUT/$NAME/bin/par-survey"
strip "$OUT/$NAME/bin/par-survey" 2>/dev/null || true
cp -R Questionnaires Samples "$OUT/$NAME/"
cp README.md "$OUT/$NAME/"
[ -f CHANGELOG.md ] && cp CHANGELOG.md "$OUT/$NAME/"
mkdir -p "$OUT/$NAME/docs" && cp docs/*.md "$OUT/$NAME/docs/"
# the sample's manifest points at ../../Questionnaires: the same layout is kept
"$OUT/$NAME/bin/par-survey" --version >/dev/null 2>&1 || "$OUT/$NAME/bin/par-survey" --help >/dev/null
(cd "$OUT" && tar -czf "$NAME.tar.gz" "$NAME")
echo "binary: $(du -h "$OUT/$NAME/bin/par-survey" | cut -f1) (stripped), tarball: $OUT/$NAME.tar.gz $(du -h "$OUT/$NAME.tar.gz" | cut -f1)"
# smoke test: the sample's index from the unpacked tarball, outside the source tree
T=$(mktemp -d)
tar -xzf "$OUT/$NAME.tar.gz" -C "$T"
(cd "$T/$NAME" && ./bin/par-survey run Samples/binh-dinh-2021 --format csv | grep 'Tây Sơn') || { echo "error: smoke test failed" >&2; exit 1; }
rm -rf "$T"
