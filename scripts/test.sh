#!/usr/bin/env bash
# Runs every test: installs what is missing, then the Swift test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build
# The HTML report in a real browser (installs chromium when missing).
COOPGRAPH_BIN="$(swift build --show-bin-path)/coopgraph" scripts/browser-test.sh
