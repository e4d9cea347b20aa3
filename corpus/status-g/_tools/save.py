# usage: python3 save.py stem url "query" < excerpt.json   (stdin: the excerpt as a JSON string literal, copied from the search tool's JSON answer)
import json, sys
stem, url, query = sys.argv[1:4]
text = json.loads(sys.stdin.read().strip())
base = '/work/staging32/status-g'
json.dump({'url': url, 'query': query, 'excerpt': text}, open(f'{base}/_raw/{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
open(f'{base}/{stem}.txt', 'w', encoding='utf-8').write(text)
print(stem, len(text), len(text.encode('utf-8')))
