#!/usr/bin/env python3
"""Write <stem>.txt (verbatim excerpt) and _raw/<stem>.json from _tools/recs/<stem>.py."""
import importlib.util, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
for stem in sys.argv[1:]:
    spec = importlib.util.spec_from_file_location(stem, os.path.join(HERE, 'recs', stem + '.py'))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    text = json.loads(m.EXCERPT_JSON)
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text)
    rec = {'url': m.URL, 'corpus': getattr(m, 'CORPUS', 'pages'), 'query': m.QUERY, 'rank': m.RANK, 'title': m.TITLE, 'excerpt': text}
    os.makedirs(os.path.join(OUT, '_raw'), exist_ok=True)
    with open(os.path.join(OUT, '_raw', stem + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(rec, fh, ensure_ascii=False, indent=1)
    print(stem, len(text), 'chars', len(text.encode('utf-8')), 'bytes')
