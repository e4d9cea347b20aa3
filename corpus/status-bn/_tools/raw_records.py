#!/usr/bin/env python3
"""Write _raw/<stem>.json (search result record as returned) and then <stem>.txt (excerpt, extracted from the raw JSON)."""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
for stem in sys.argv[1:]:
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, 'recs', stem + '.py'))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    rec = json.loads(m.RESULT_JSON)          # the result object exactly as the tool returned it
    rec = {'corpus': 'pages', 'query': m.QUERY, **rec}
    os.makedirs(os.path.join(OUT, '_raw'), exist_ok=True)
    rp = os.path.join(OUT, '_raw', stem + '.json')
    with open(rp, 'w', encoding='utf-8') as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
    with open(rp, encoding='utf-8') as fh:
        text = json.load(fh)['excerpt']
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text)
    print(stem, rec.get('url'), len(text), 'chars', len(text.encode('utf-8')), 'bytes')
