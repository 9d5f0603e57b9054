#!/usr/bin/env bash
# Builds a self-contained par-survey for Linux x86_64/arm64 offices: the Swift standard
# library and Foundation linked statically (--static-swift-stdlib), zlib linked statically
# from the system's libz.a when present (otherwise the binary needs libz.so.1, which every
# Linux has), and a tarball with the questionnaires, samples, README and docs.
#
#   Scripts/release.sh [OUTDIR]        (default: dist/)
#
# Checks with ldd that the binary needs no library from the Swift toolchain (libswift*,
# libFoundation*, libdispatch, libBlocksRuntime, ICU) and fails otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-dist}
SCRATCH=${SCRATCH:-.build-release}
VERSION=${VERSION:-$(git describe --tags --always 2>/dev/null || echo dev)}
ARCH=$(uname -m)
NAME=par-survey-$VERSION-linux-$ARCH

LINK=()
ZLIB_A=$(for d in /usr/lib/$(uname -m)-linux-gnu /usr/lib64 /usr/lib /usr/local/lib; do [ -f "$d/libz.a" ] && echo "$d/libz.a" && break; done || true)
if [ -n "$ZLIB_A" ]; then
  # link all of zlib's archive in (whatever its place on the link line); the module map's
  # -lz then resolves nothing and --as-needed keeps libz.so out of the binary's needs
  LINK+=(-Xlinker --as-needed -Xlinker --whole-archive -Xlinker "$ZLIB_A" -Xlinker --no-whole-archive)
  echo "zlib: static from $ZLIB_A"
else
  echo "zlib: libz.a not found (apt install zlib1g-dev); the binary will need libz.so.1"
fi

start=$(date +%s)
swift build -c release --product par-survey --scratch-path "$SCRATCH" --static-swift-stdlib "${LINK[@]}"
end=$(date +%s)
BIN=$(swift build -c release --product par-survey --scratch-path "$SCRATCH" --static-swift-stdlib "${LINK[@]}" --show-bin-path)/par-survey
echo "built $BIN in $((end - start)) s"

echo "ldd $BIN:"
ldd "$BIN" | sed 's/^/  /'
if ldd "$BIN" | grep -Ei 'swift|Foundation|dispatch|BlocksRuntime|icu' >/dev/null; then
  echo "error: the binary needs a Swift toolchain library (see above)" >&2
  exit 1
fi
if ldd "$BIN" | grep -q 'libz\.so'; then echo "note: the binary needs libz.so.1 (zlib1g)"; fi

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
