# usage: python3 save.py stem url < file holding the JSON string literal of the excerpt (as the search tool printed it)
import json, sys
stem, url = sys.argv[1:3]
raw = sys.stdin.read().strip()
text = json.loads(raw)
base = '/work/staging46/plans-a'
json.dump({'url': url, 'corpus': 'pages', 'excerpt': text}, open(f'{base}/_raw/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(f'{base}/{stem}.txt', 'w', encoding='utf-8').write(text)
print(stem, len(text), 'chars', len(text.encode('utf-8')), 'bytes')
