#!/usr/bin/env bash
# Runs `coopgraph render` (alliance network, dot engine, SVG and PNG; three renders in one
# process, so that a graph, layout, render buffer or context not freed by one render is
# unreachable, "definitely lost", by the end) under valgrind and fails
# when memory is definitely lost outside the known one-time and internal leaks of Graphviz 2.42
# and its font stack, listed with their reasons in scripts/valgrind-graphviz.supp.
#
#   scripts/leak-check.sh            # release build (as users run it)
#   scripts/leak-check.sh --debug    # the debug build, faster to rebuild
#
# Valgrind 3.19 cannot read the DWARF 5 debug information Swift writes, so the check runs a copy
# of the binary without debug information (function names stay, from the symbol table).
set -euo pipefail
cd "$(dirname "$0")/.."
config=release
[ "${1:-}" = "--debug" ] && config=debug
command -v valgrind >/dev/null || { echo "leak-check: valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }

swift build -c "$config" --product coopgraph >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
objcopy --strip-debug ".build/$config/coopgraph" "$work/coopgraph"

status=0
for format in svg png; do
  log="$work/valgrind-$format.log"
  valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
    --suppressions=scripts/valgrind-graphviz.supp --num-callers=40 --log-file="$log" \
    "$work/coopgraph" render graphs/jiangsu-central-asia-alliance.yaml --engine dot -o "$work/alliance.$format" --repeat 3
  lost=$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes in \([0-9,]*\) blocks.*/\1 bytes in \2 blocks/p' "$log" | tail -1)
  suppressed=$(sed -n 's/.*suppressed: \([0-9,]*\) bytes in \([0-9,]*\) blocks.*/\1 bytes in \2 blocks/p' "$log" | tail -1)
  [ -n "$lost" ] || lost="0 bytes in 0 blocks"
  echo "$format: definitely lost $lost (Graphviz's own, suppressed: ${suppressed:-none})"
  if [ "$lost" != "0 bytes in 0 blocks" ]; then
    status=1
    echo "leak-check: memory definitely lost while rendering $format:" >&2
    grep -A40 "definitely lost in loss record" "$log" | sed 's/^==[0-9]*== //' >&2
  fi
done
[ $status -eq 0 ] && echo "leak-check: no leak outside Graphviz's known ones"
exit $status
