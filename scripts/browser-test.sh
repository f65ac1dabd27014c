#!/usr/bin/env bash
# Tests the HTML report in a real browser: builds coopgraph, writes the reports of the bundled
# alliance network and of the dated reference record (with its Timeline section), and has scripts/browser_test.py open it in headless Chromium (console
# errors, diagram, hover, click, sorting, filtering, print). Installs Debian's chromium and
# chromium-driver and the selenium Python package when they are missing.
#
#   scripts/browser-test.sh                 # screenshot to .build/browser-test/report.png
#   scripts/browser-test.sh --update-image  # also copy it to docs/images/report.png
#
# Set COOPGRAPH_BIN to test an already built binary.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/apt-install-missing.sh

need=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
apt_install_missing "${need[@]}"
python3 -c "import selenium" 2>/dev/null || python3 -m pip install -q selenium

bin="${COOPGRAPH_BIN:-}"
if [ -z "$bin" ]; then
  swift build --product coopgraph >/dev/null
  bin="$(swift build --show-bin-path)/coopgraph"
fi

out=.build/browser-test
mkdir -p "$out"
"$bin" report graphs/jiangsu-central-asia-alliance.yaml -o "$out/report.html" --quiet
python3 scripts/browser_test.py "$out/report.html" "$out/report.png"
# A record over several years: the same checks, and its Timeline section.
"$bin" report graphs/riverlands-alliance-2019-2025.yaml -o "$out/riverlands.html" --quiet
python3 scripts/browser_test.py "$out/riverlands.html" "$out/riverlands.png"

if [ "${1:-}" = "--update-image" ]; then
  mkdir -p docs/images
  cp "$out/report.png" docs/images/report.png
  echo "updated docs/images/report.png" >&2
fi
