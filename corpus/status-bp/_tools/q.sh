#!/bin/bash
# quick: q.sh pinyin 中文名 ... pairs
while [ $# -ge 2 ]; do p="$1"; c="$2"; shift 2
 a=$(grep -ci -- "$c" /work/briefs/taken.txt); b=$(grep -ci -- "^$p" /work/briefs/taken-stems.txt); d=$(grep -c -- "$c" /work/briefs/claims.txt)
 e=$(grep -l -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | wc -l)
 echo "$p $c: taken=$a stems=$b($(grep -i -- "^$p" /work/briefs/taken-stems.txt | tr '\n' ' ')) claims=$d readmes=$e"
done
