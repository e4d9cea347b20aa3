#!/bin/bash
# usage: c.sh pinyin 中文名 [pinyin 中文名 ...]  compact taken check
while [ $# -ge 2 ]; do p="$1"; c="$2"; shift 2
 t=$(grep -i -- "$p" /work/briefs/taken.txt | tr '\n' ' '; grep -- "$c" /work/briefs/taken.txt | tr '\n' ' ')
 s=$(grep -i -- "^$p" /work/briefs/taken-stems.txt | tr '\n' ' ')
 cl=$(grep -i -- "$p" /work/briefs/claims.txt | tr '\n' ' '; grep -- "$c" /work/briefs/claims.txt| tr '\n' ' ')
 n=$(grep -l -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | wc -l)
 echo "$p $c | taken:[$t] stems:[$s] claims:[$cl] readmes:$n"
done
