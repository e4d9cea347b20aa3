#!/bin/bash
# usage: chk.sh pinyin 中文名
p="$1"; c="$2"
echo "== taken.txt"; grep -i -- "$p" /work/briefs/taken.txt; grep -- "$c" /work/briefs/taken.txt
echo "== taken-stems"; grep -i -- "^$p" /work/briefs/taken-stems.txt
echo "== claims"; grep -i -- "$p" /work/briefs/claims.txt; grep -- "$c" /work/briefs/claims.txt
echo "== READMEs (lines)"; grep -H -- "$c" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md | cut -c1-250
echo "== files"; ls /work/main/corpus/*/ /work/shared/corpus/*/ 2>/dev/null | grep -i -- "^$p" | head
