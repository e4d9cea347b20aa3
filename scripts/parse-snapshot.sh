#!/bin/bash
# Parse every fixture and corpus input with one build of taskgen, one process per file, keeping
# stdout, stderr and the exit code of each, so two builds can be compared byte for byte:
#   scripts/parse-snapshot.sh /path/to/old/checkout /tmp/before
#   scripts/parse-snapshot.sh .                      /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
# The inputs are listed from this checkout (fixtures/, corpus/, ../shared/corpus); the build named
# first is the one run (its bin/taskgen and dist/).
set -euo pipefail
build=$(cd "$1" && pwd)
out=$2
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
cd "$here"
{
  find fixtures -type f ! -name 'expected*.json' ! -name '*.md'
  find corpus ../shared/corpus -type f ! -name '*.expect.json' ! -name '*.md' ! -name '*.py' 2>/dev/null || true
} | sort | while read -r f; do
  key=$(echo "$f" | tr '/' '_')
  rc=0
  node "$build/bin/taskgen" parse "$f" > "$out/$key.json" 2> "$out/$key.err" || rc=$?
  echo "$rc" > "$out/$key.rc"
done
echo "$(ls "$out" | wc -l) files in $out"
