#!/bin/bash
# usage: taken.sh WORD... ; greps taken list and claimed files
for w in "$@"; do echo "== $w"; grep -i -- "$w" /work/briefs/taken.txt; grep -il -- "$w" /work/main/corpus/*/PLACES-CLAIMED.txt /work/staging*/*/PLACES-CLAIMED.txt 2>/dev/null; grep -ih -- "$w" /work/main/corpus/*/PLACES-CLAIMED.txt /work/staging*/*/PLACES-CLAIMED.txt 2>/dev/null|head -3; done
