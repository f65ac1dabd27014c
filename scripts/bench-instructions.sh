#!/usr/bin/env bash
# Compares two builds of coopgraph-bench by the instructions each workload executes
# (valgrind's callgrind counts instructions, not seconds: the same binary and input give the
# same count on a busy machine). The load is taken out by running each workload once and
# twice and subtracting.
#
#   scripts/bench-instructions.sh OLD-BINARY NEW-BINARY
#
# Build a binary with `swift build -c release --product coopgraph-bench` (in a worktree of
# the other revision for OLD); the graphs come from scripts/bench-peers.py (.bench/graphs/).
set -euo pipefail
cd "$(dirname "$0")/.."
old=$1 new=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# callgrind cannot read the debug information of a Swift release binary: count stripped copies.
strip -o "$work/old" "$old"
strip -o "$work/new" "$new"

count() {  # count BINARY WORKLOAD GRAPH REPETITIONS
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" --workload "$2" \
    --file ".bench/graphs/$3.txt" --threads 1 --repetitions "$4" 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}

printf '| workload | graph | before (instructions) | after | ratio |\n|---|---|---:|---:|---:|\n'
for job in "pagerank ba20k" "betweenness ba2k" "closeness ba2k" "approx-betweenness ba2k" \
  "leiden lfr2k" "louvain lfr2k" "kcore ba20k" "components ba20k" "load ba20k"; do
  set -- $job
  before=$(( $(count "$work/old" "$1" "$2" 2) - $(count "$work/old" "$1" "$2" 1) ))
  after=$(( $(count "$work/new" "$1" "$2" 2) - $(count "$work/new" "$1" "$2" 1) ))
  printf '| %s | %s | %d | %d | %.3f |\n' "$1" "$2" "$before" "$after" "$(python3 -c "print($after / $before)")"
done
