import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from recs import RECS
F = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for stem, r in RECS.items():
    text = json.loads(r['excerpt'])
    with open(os.path.join(F, stem + '.txt'), 'w', encoding='utf-8') as fh:
        fh.write(text)
    raw = {'url': r['url'], 'corpus': 'pages', 'query': r['query'], 'rank': r['rank'], 'title': None, 'excerpt': text}
    if r.get('also'):
        raw['also'] = r['also']
    with open(os.path.join(F, '_raw', stem + '.json'), 'w', encoding='utf-8') as fh:
        json.dump(raw, fh, ensure_ascii=False, indent=1)
    print(stem, len(text), len(text.encode('utf-8')))
