#!/bin/bash
# usage: q.sh 中文名 [中文名 ...]  -> quick taken check (taken.txt, claims, READMEs)
for c in "$@"; do
  a=$(grep -c -- "$c" /work/briefs/taken.txt); b=$(grep -c -- "$c" /work/briefs/claims.txt)
  r=$(grep -l -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | wc -l)
  echo "$c taken=$a claims=$b readmes=$r"
done
