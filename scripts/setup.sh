#!/usr/bin/env bash
# Installs the system packages CoopGraph needs on Debian (run as root, or with sudo available).
# Graphviz's development files (libgvc, cgraph) come from libgraphviz-dev.
set -euo pipefail

need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if ! pkg-config --exists libgvc 2>/dev/null; then need+=(libgraphviz-dev); fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${need[*]} ..." >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
