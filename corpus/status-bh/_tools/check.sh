#!/bin/bash
# usage: check.sh 中文 [pinyin...]
for w in "$@"; do echo "== $w"; grep -n -i -- "$w" /work/briefs/taken.txt /work/briefs/claims.txt | head -5; grep -n -i -x -- "$w" /work/briefs/taken-stems.txt | head -3; grep -l -i -- "$w" /work/main/corpus/*/README.md /work/shared/corpus/*/README.md 2>/dev/null | head -5; grep -c -i -- "$w" /work/briefs/base.json 2>/dev/null; done
