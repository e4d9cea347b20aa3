#!/bin/bash
# usage: taken.sh pinyin 中文
for w in "$@"; do echo "== $w"; grep -n -i -- "$w" /work/briefs/taken.txt /work/briefs/claims.txt; grep -n -i -x -- "$w.*" /work/briefs/taken-stems.txt | head; done
