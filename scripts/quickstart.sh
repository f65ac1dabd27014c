#!/usr/bin/env bash
# Sets up what is missing, builds CoopGraph in release mode and runs the main job on the
# bundled alliance network.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product coopgraph
exec .build/release/coopgraph analyze graphs/jiangsu-central-asia-alliance.yaml "$@"
