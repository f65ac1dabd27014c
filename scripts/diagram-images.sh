#!/usr/bin/env bash
# Draws the pictures of docs/diagrams.md with the built command-line tool: the alliance in the
# default drawing and in every preset, and an ego diagram in the organization view.
#
#   swift build && scripts/diagram-images.sh            # or COOPGRAPH_BIN=path/to/coopgraph
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${COOPGRAPH_BIN:-$(swift build --show-bin-path)/coopgraph}"
alliance=graphs/jiangsu-central-asia-alliance.yaml
out=docs/images

"$bin" render "$alliance" -o "$out/alliance.png"
"$bin" render "$alliance" -o "$out/alliance-slide.png" --preset slide
"$bin" render "$alliance" -o "$out/alliance-a4.png" --preset a4 --dpi 100
"$bin" render "$alliance" -o "$out/alliance-poster.svg" --preset poster
"$bin" render "$alliance" -o "$out/alliance-web.svg" --preset web
"$bin" ego "$alliance" C2K -o "$out/ego-c2k.png"
