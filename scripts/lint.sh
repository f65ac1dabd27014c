#!/usr/bin/env bash
# Checks formatting with the toolchain's swift-format against .swift-format.
# `scripts/lint.sh --fix` rewrites the files in place.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = "--fix" ]; then
  exec swift format format --in-place --recursive Sources Tests examples Benchmarks 2>/dev/null
fi
paths=(Sources Tests)
for p in examples Benchmarks; do [ -d "$p" ] && paths+=("$p"); done
exec swift format lint --strict --recursive "${paths[@]}"
