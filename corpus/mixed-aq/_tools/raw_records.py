#!/usr/bin/env python3
"""Write <stem>.txt (verbatim excerpt) and _raw/<stem>.json from recs/<stem>.py (JSON literal copied from the search tool)."""
import glob, json, os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
for f in sorted(glob.glob(os.path.join(HERE, 'recs', '*.py'))):
    ns = runpy.run_path(f)
    rec = json.loads(ns['REC'])
    stem = ns['STEM']
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as fh:
        fh.write(rec['excerpt'])
    raw = {'url': rec.get('url'), 'corpus': 'pages', 'query': ns['QUERY'], 'rank': rec.get('rank'),
           'title': ns.get('TITLE'), 'excerpt': rec['excerpt']}
    os.makedirs(os.path.join(OUT, '_raw'), exist_ok=True)
    with open(os.path.join(OUT, '_raw', stem + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(raw, fh, ensure_ascii=False, indent=1)
    print(stem, len(rec['excerpt'].encode('utf-8')), 'bytes')
