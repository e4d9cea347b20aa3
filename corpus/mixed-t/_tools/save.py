# usage: python3 save.py A|B stem url query  (reads the JSON-escaped excerpt string, with quotes, from stdin)
import json, sys
ab, stem, url, query = sys.argv[1:5]
raw = sys.stdin.read().strip()
text = json.loads(raw)
base = '/work/staging6/mixed-t'
json.dump({'url': url, 'query': query, 'excerpt': text}, open(f'{base}/_raw/{ab}_{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
out = f'{base}/{stem}.txt' if ab == 'A' else f'{base}/_copyB/{stem}.txt'
open(out, 'w', encoding='utf-8').write(text)
print(out, len(text), len(text.encode('utf-8')))
