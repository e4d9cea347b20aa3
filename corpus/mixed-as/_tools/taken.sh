#!/bin/bash
# usage: taken.sh pinyin 中文名
p="$1"; c="$2"
echo "== taken.txt"; grep -i -- "$p" /work/briefs/taken.txt; grep -- "$c" /work/briefs/taken.txt
echo "== taken-stems"; grep -ix -- "$p" /work/briefs/taken-stems.txt; grep -i -- "^$p" /work/briefs/taken-stems.txt
echo "== claims"; grep -i -- "$p" /work/briefs/claims.txt; grep -- "$c" /work/briefs/claims.txt
echo "== READMEs"; grep -l -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md
echo "== files"; ls /work/main/corpus/*/ /work/shared/corpus/*/ 2>/dev/null | grep -i -- "^$p" | head
