import json, os
BASE = os.path.dirname(os.path.abspath(__file__)) + "/.."
def save(stem, url, query, rank, excerpt_json):
    excerpt = json.loads('"' + excerpt_json + '"')
    rec = {"url": url, "corpus": "pages", "query": query, "rank": rank, "excerpt": excerpt}
    os.makedirs(BASE + "/_raw", exist_ok=True)
    with open(BASE + "/_raw/%s.json" % stem, "w", encoding="utf-8") as f:
        json.dump(rec, f, ensure_ascii=False, indent=1)
    with open(BASE + "/%s.txt" % stem, "w", encoding="utf-8") as f:
        f.write(excerpt)
    print(stem, len(excerpt.encode("utf-8")), "bytes")
