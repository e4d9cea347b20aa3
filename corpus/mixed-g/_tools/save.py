# usage: python3 save.py stem url < excerpt_json_string_literal  (a JSON string literal incl. quotes)
import json, sys
stem, url = sys.argv[1:3]
raw = sys.stdin.read().strip()
text = json.loads(raw)
base = '/work/staging33/mixed-g'
json.dump({'url': url, 'excerpt': text}, open(f'{base}/_raw/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(f'{base}/{stem}.txt', 'w', encoding='utf-8').write(text)
print(stem, len(text), 'chars', len(text.encode('utf-8')), 'bytes')
