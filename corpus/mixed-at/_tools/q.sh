#!/bin/bash
# usage: q.sh pinyin:中文 ...
for pc in "$@"; do p=${pc%%:*}; c=${pc##*:}
 st=$(grep -i -- "^$p" /work/briefs/taken-stems.txt | tr '\n' ' ')
 t=$(grep -c -- "$c" /work/briefs/taken.txt); s=$(grep -c -- "$c" /work/briefs/claims.txt); r=$(grep -l -- "$c" /work/shared/corpus/*/README.md 2>/dev/null | wc -l)
 echo "$c/$p taken=$t claims=$s sharedreadme=$r stems=[$st]"
done
