#!/usr/bin/env bash
# Tests the HTML report in a real browser: builds coopgraph, writes the reports of the bundled
# alliance network and of the dated reference record (with its Timeline section), and has
# scripts/browser_test.py open them in headless Chromium (console errors, diagram, hover, click,
# sorting, filtering, print) and scripts/browser_explore_test.py explore their diagrams with real
# input events (zoom, pan, pinch, search, filters, panel, time slider, downloads, print), then opens the pages written from the hostile fixtures of
# Tests/Fixtures/hardening and checks that no injected script ran.
# Installs Debian's chromium and
# chromium-driver and the selenium Python package when they are missing.
#
#   scripts/browser-test.sh                 # screenshot to .build/browser-test/report.png
#   scripts/browser-test.sh --update-image  # also copy it and the search and time pictures to docs/images/
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
# The diagram explored with real input events: zoom, pan, pinch, search, filters, panel,
# downloads, narrow windows, print, JavaScript off (scripts/browser_explore_test.py).
python3 scripts/browser_explore_test.py "$out/report.html" graphs/jiangsu-central-asia-alliance.yaml --coopgraph "$bin" \
  --search C2K --images "$out/alliance"
# A record over several years: the same checks, and its Timeline section.
"$bin" report graphs/riverlands-alliance-2019-2025.yaml -o "$out/riverlands.html" --quiet
python3 scripts/browser_test.py "$out/riverlands.html" "$out/riverlands.png"
# The time slider against `coopgraph info --as-of` month by month.
python3 scripts/browser_explore_test.py "$out/riverlands.html" graphs/riverlands-alliance-2019-2025.yaml --coopgraph "$bin" \
  --images "$out/riverlands"

# Hostile input (Tests/Fixtures/hardening): no injected script may run in any page CoopGraph
# writes from it: the report, the report around a given SVG, the standalone and the ego SVG.
hostile=Tests/Fixtures/hardening
"$bin" report "$hostile/xss.yaml" -o "$out/xss-report.html" --quiet
"$bin" report graphs/jiangsu-central-asia-alliance.yaml --diagram "$hostile/hostile.svg" -o "$out/xss-diagram.html" \
  --quiet 2>/dev/null
"$bin" render "$hostile/xss.yaml" -o "$out/xss.svg"
"$bin" ego "$hostile/xss.yaml" jsurl -o "$out/xss-ego.svg"
"$bin" analyze "$hostile/xss.yaml" -o "$out/xss-analysis" >/dev/null
python3 scripts/browser_test.py --xss "$out/xss-report.html" "$out/xss-diagram.html" "$out/xss.svg" \
  "$out/xss-ego.svg" "$out/xss-analysis/report.html" "$out/xss-analysis/diagram.svg"

if [ "${1:-}" = "--update-image" ]; then
  mkdir -p docs/images
  cp "$out/report.png" docs/images/report.png
  cp "$out/alliance/report-search.png" docs/images/report-search.png
  cp "$out/riverlands/report-time.png" docs/images/report-time.png
  echo "updated docs/images/report.png, report-search.png and report-time.png" >&2
fi
