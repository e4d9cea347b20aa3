# usage: python3 save.py A|B stem url query < excerpt.txt   (excerpt given as a JSON string literal, with quotes)
import json, sys
ab, stem, url, query = sys.argv[1:5]
text = json.loads(sys.stdin.read().strip())
base = '/work/staging7/mixed-s'
json.dump({'url': url, 'query': query, 'excerpt': text}, open(f'{base}/_raw/{ab}_{stem}.json', 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
out = f'{base}/{stem}.txt' if ab == 'A' else f'{base}/_copyB/{stem}.txt'
open(out, 'w', encoding='utf-8').write(text)
print(out, len(text), len(text.encode('utf-8')))
