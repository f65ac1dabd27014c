#!/usr/bin/env bash
# Runs every test: installs what is missing, checks the HTML report in a real browser
# (installs chromium when missing), then runs the Swift test suite, whose summary closes the run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
COOPGRAPH_BIN="$(swift build --show-bin-path)/coopgraph" scripts/browser-test.sh
swift test --skip-build
