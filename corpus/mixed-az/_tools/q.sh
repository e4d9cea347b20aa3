#!/bin/bash
# quick check: q.sh pinyin 中文名 [...pairs]
while [ $# -ge 2 ]; do p="$1"; c="$2"; shift 2
 t=$(grep -i -- "$c" /work/briefs/taken.txt | head -3 | cut -c1-120)
 s=$(grep -i -- "^$p" /work/briefs/taken-stems.txt | tr '\n' ' ')
 cl=$(grep -- "$c" /work/briefs/claims.txt | cut -c1-100)
 n=$(grep -l -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | wc -l)
 echo "== $p $c | taken: ${t:-none} | stems: ${s:-none} | claims: ${cl:-none} | READMEs: $n"
done
