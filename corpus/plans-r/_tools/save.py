# usage: python3 save.py A stem url < file holding the JSON string literal of the excerpt (as the search tool printed it)
import json, sys
ab, stem, url = sys.argv[1:4]
text = json.loads(sys.stdin.read().strip())
base = '/work/staging7/plans-r'
json.dump({'url': url, 'excerpt': text}, open(f'{base}/_raw/{ab}_{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
out = f'{base}/{stem}.txt' if ab == 'A' else f'{base}/_copyB/{stem}.txt'
open(out, 'w', encoding='utf-8').write(text)
print(out, len(text), len(text.encode('utf-8')))
