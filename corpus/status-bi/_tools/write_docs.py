import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from recs import RECS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(OUT, "_raw"), exist_ok=True)
for stem, r in RECS.items():
    text = json.loads(r["excerpt_json"])
    with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8") as fh:
        fh.write(text)
    raw = {"url": r["url"], "corpus": "pages", "query": r["query"], "rank": r["rank"], "title": None, "excerpt": text}
    with open(os.path.join(OUT, "_raw", stem + ".json"), "w", encoding="utf-8") as fh:
        json.dump(raw, fh, ensure_ascii=False, indent=1)
    print(stem, len(text), "chars", len(text.encode()), "bytes")
