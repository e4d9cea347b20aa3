#!/bin/bash
# usage: q.sh pinyin 中文名 [pinyin 中文名 ...]  -- terse taken check
while [ $# -gt 1 ]; do p="$1"; c="$2"; shift 2
 t=$(grep -c -- "$c" /work/briefs/taken.txt); s=$(grep -ic -- "^$p" /work/briefs/taken-stems.txt); cl=$(grep -c -- "$c" /work/briefs/claims.txt)
 r=$(grep -l -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | wc -l)
 echo "$p $c: taken=$t stems=$s claims=$cl readmes=$r $(grep -i -- "^$p" /work/briefs/taken-stems.txt | tr '\n' ' ' | cut -c1-80)"
done
