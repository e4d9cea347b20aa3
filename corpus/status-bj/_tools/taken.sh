#!/bin/bash
# usage: taken.sh pinyinstem 中文名
s=$1; c=$2
echo "== stem $s in taken-stems:"; grep -n -i "^$s" /work/briefs/taken-stems.txt
echo "== stem/name in taken.txt:"; grep -n -i -e "$s" -e "$c" /work/briefs/taken.txt
echo "== claims:"; grep -n -i -e "^$s" -e "$c" /work/briefs/claims.txt
echo "== READMEs:"; grep -l "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null
grep -ho ".\{20\}$c.\{20\}" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | head -5
echo "== staging:"; ls /work/staging-*/*/ 2>/dev/null | grep -i "^$s" 
