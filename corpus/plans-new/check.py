#!/usr/bin/env python3
"""Check this folder: like ../verify.py, plus two things this folder needs.

usage:  python3 check.py [FOLDER]

* every textStartsWith, unit, leader and deadline occurs in the document after NFKC + whitespace removal
  (HTML: tags stripped, entities unescaped); taskCount == len(tasks); status/statusText are null;
* tasks come in document order (each textStartsWith found at or after the previous one);
* a unit that does NOT occur verbatim is accepted only when its task's note says 'distributed' and the
  unit minus its distributed prefix (市 / 省) does occur — FORMAT.md distributes shared prefixes, so
  '市发改委、国土房管局' yields '市国土房管局', which is not in the text. Each such unit is listed.
"""
import html, json, os, re, sys, unicodedata


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def doc_text(path):
    src = open(path, encoding='utf-8').read()
    if path.endswith(('.html', '.htm')):
        src = re.sub(r'(?is)<head>.*?</head>', '', src)
        src = html.unescape(re.sub(r'<[^>]+>', '', src))
    return norm(src)


def main(folder):
    errors, infos, ncases, ntasks = [], [], 0, 0
    names = sorted(os.listdir(folder))
    for f in names:
        if not f.endswith('.expect.json'):
            continue
        stem = f[:-len('.expect.json')]
        docs = [x for x in names if x.startswith(stem + '.') and not x.endswith('.json')]
        if not docs:
            errors.append('%s: no document' % stem)
            continue
        text = doc_text(os.path.join(folder, docs[0]))
        exp = json.load(open(os.path.join(folder, f), encoding='utf-8'))
        tasks = exp.get('tasks') or []
        ncases += 1
        ntasks += len(tasks)
        for k in ('source', 'kind', 'partial', 'place', 'year', 'taskCount', 'tasks', 'summary', 'notes'):
            if k not in exp:
                errors.append('%s: missing key %s' % (stem, k))
        if exp.get('taskCount') != len(tasks):
            errors.append('%s: taskCount %r != %d' % (stem, exp.get('taskCount'), len(tasks)))
        pos = 0
        for i, t in enumerate(tasks, 1):
            tag = '%s task %d' % (stem, i)
            tsw = norm(t.get('textStartsWith'))
            at = text.find(tsw, pos)
            if not tsw or at < 0:
                errors.append('%s: textStartsWith not found (in order): %r' % (tag, t.get('textStartsWith')))
            else:
                pos = at
            if len(tsw) < 8:
                infos.append('%s: textStartsWith shorter than 8: %r' % (tag, t.get('textStartsWith')))
            if t.get('status') is not None or t.get('statusText') is not None:
                errors.append('%s: status must be null in a plan' % tag)
            for key in ('lead', 'co'):
                for u in t.get(key) or []:
                    if norm(u) in text:
                        continue
                    if 'distributed' in (t.get('note') or '') and u[:1] in '市省' and norm(u[1:]) in text:
                        infos.append('%s: distributed %s unit %r (printed %r)' % (tag, key, u, u[1:]))
                    else:
                        errors.append('%s: %s unit not in document: %r' % (tag, key, u))
            for p in t.get('leaders') or []:
                if norm(p) not in text:
                    errors.append('%s: leader not in document: %r' % (tag, p))
            if t.get('deadline') and norm(t['deadline']) not in text:
                errors.append('%s: deadline not in document: %r' % (tag, t['deadline']))
    for s in infos:
        print('note:', s)
    for e in errors:
        print('ERROR:', e)
    print('%s: %d cases, %d tasks, %d errors' % (folder, ncases, ntasks, len(errors)))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
