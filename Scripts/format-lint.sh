#!/usr/bin/env bash
# `swift format lint --strict` (configuration: .swift-format) over the files held to it so far:
# the CLI module (Sources/ParSurveyCommands) and the CLI's option-table and fuzz-replay tests.
# Other modules join as their owners reformat them (one module per change, to keep merges
# small). MergeCommand.swift is left out until its current rework has landed.
# Usage: Scripts/format-lint.sh          check (exit 1 on any finding)
#        Scripts/format-lint.sh --fix    reformat those files in place, then check
set -euo pipefail
cd "$(dirname "$0")/.."
files=()
while IFS= read -r f; do files+=("$f"); done < <(
    find Sources/ParSurveyCommands -name '*.swift' ! -name 'MergeCommand.swift' | sort
    printf '%s\n' Tests/ParSurveyTests/Commands/OptionTableTests.swift Tests/ParSurveyTests/Hostile/FuzzReplayTests.swift
)
if [ "${1:-}" = "--fix" ]; then
    swift format format --in-place --configuration .swift-format "${files[@]}"
fi
swift format lint --strict --configuration .swift-format "${files[@]}"
echo "swift format lint: ${#files[@]} files clean."
