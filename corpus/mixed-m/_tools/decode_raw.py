#!/usr/bin/env python3
"""Write <stem>.txt from _raw/A_<stem>.json: the store's excerpt, JSON-decoded, no cleanup, no final newline."""
import json, os
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
raw = os.path.join(here, '_raw')
for f in sorted(os.listdir(raw)):
    if not (f.startswith('A_') and f.endswith('.json')):
        continue
    stem = f[2:-5]
    rec = json.load(open(os.path.join(raw, f), encoding='utf-8'))
    with open(os.path.join(here, stem + '.txt'), 'w', encoding='utf-8') as out:
        out.write(rec['excerpt'])
    print(stem, len(rec['excerpt']), 'chars')
