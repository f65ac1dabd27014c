#!/usr/bin/env bash
# Installs the system packages CoopGraph needs on Debian (run as root, or with sudo available).
# Graphviz's development files (libgvc, cgraph) come from libgraphviz-dev.
set -euo pipefail

. "$(dirname "$0")/apt-install-missing.sh"

need=()
command -v pkg-config >/dev/null 2>&1 || need+=(pkg-config)
if ! pkg-config --exists libgvc 2>/dev/null; then need+=(libgraphviz-dev); fi
apt_install_missing "${need[@]}"
