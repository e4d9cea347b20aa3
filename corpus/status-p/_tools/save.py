# usage: python3 save.py A|B stem url query < excerpt.json   (excerpt as a JSON string literal, with quotes)
import json, sys, os
ab, stem, url, query = sys.argv[1:5]
text = json.loads(sys.stdin.read().strip())
base = '/work/staging7/status-p'
rawp = f'{base}/_raw/{ab}.json'
raw = json.load(open(rawp, encoding='utf-8')) if os.path.exists(rawp) else {}
raw[stem] = {'url': url, 'query': query, 'text': text}
json.dump(raw, open(rawp, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
out = f'{base}/{stem}.txt' if ab == 'A' else f'{base}/_copyB/{stem}.txt'
open(out, 'w', encoding='utf-8').write(text)
print(out, len(text), len(text.encode('utf-8')))
