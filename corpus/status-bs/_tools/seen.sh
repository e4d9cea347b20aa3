#!/bin/bash
# usage: seen.sh url-fragment ...  -> where in corpus the fragment appears
for u in "$@"; do echo "== $u"; grep -rl -- "$u" /work/main/corpus /work/shared/corpus /work/staging-* 2>/dev/null | grep -v "status-bs" | head -5; done
