# usage: python3 save.py A|B stem url query litfile   (litfile holds the excerpt as a JSON string literal, with quotes)
import json, sys
ab, stem, url, query, lit = sys.argv[1:6]
text = json.loads(open(lit, encoding='utf-8').read().strip())
base = '/work/staging7/mixed-p'
json.dump({'url': url, 'query': query, 'excerpt': text}, open(f'{base}/_raw/{ab}_{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
out = f'{base}/{stem}.txt' if ab == 'A' else f'{base}/_copyB/{stem}.txt'
open(out, 'w', encoding='utf-8').write(text)
print(out, len(text), len(text.encode('utf-8')))
