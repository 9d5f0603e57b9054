#!/usr/bin/env bash
# `swift format lint --strict` (configuration: .swift-format) over every Swift file of the
# package: Package.swift, Sources and Tests, and the benchmark package (Benchmarks/).
# Usage: Scripts/format-lint.sh          check (exit 1 on any finding)
#        Scripts/format-lint.sh --fix    reformat in place, then check
set -euo pipefail
cd "$(dirname "$0")/.."
files=(Package.swift Benchmarks/Package.swift)
while IFS= read -r f; do files+=("$f"); done < <(find Sources Tests Benchmarks/Sources -name '*.swift' | sort)
if [ "${1:-}" = "--fix" ]; then
    swift format format --in-place --configuration .swift-format "${files[@]}"
fi
swift format lint --strict --configuration .swift-format "${files[@]}"
echo "swift format lint: ${#files[@]} files clean."
