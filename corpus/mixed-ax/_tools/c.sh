#!/bin/bash
# compact check: c.sh pinyin 中文名 [more pairs...]
while [ $# -ge 2 ]; do p="$1"; c="$2"; shift 2
 t=$(grep -ic -- "$p" /work/briefs/taken.txt); t2=$(grep -c -- "$c" /work/briefs/taken.txt)
 s=$(grep -ic -- "^$p" /work/briefs/taken-stems.txt); cl=$(grep -c -- "$c" /work/briefs/claims.txt)
 r=$(grep -l -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | wc -l)
 echo "$p $c: taken=$t/$t2 stems=$s claims=$cl readmes=$r"; grep -h -- "$c" /work/briefs/taken.txt | cut -c1-150
done
