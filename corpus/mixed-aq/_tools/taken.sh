#!/bin/bash
# usage: taken.sh stem 地名
for w in "$@"; do
  echo "== $w"
  grep -n -- "$w" /work/briefs/taken.txt /work/briefs/claims.txt
  grep -nx -- "$w" /work/briefs/taken-stems.txt
  grep -n "^$w" /work/briefs/taken-stems.txt
done
