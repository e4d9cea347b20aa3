#!/usr/bin/env python3
"""Check a corpus folder: every annotated string must occur verbatim in its document.

usage:  python3 verify.py FOLDER [FOLDER ...]

For every <stem>.expect.json in FOLDER the document <stem>.txt / <stem>.html (tags stripped, entities
unescaped) is read, both sides are NFKC-normalised and all whitespace is removed, and then:
  * taskCount == len(tasks);
  * status is one of done, good, on_schedule, lagging, stalled, at_risk or null; a status has a statusText;
  * every textStartsWith, lead/co unit, leader, deadline and statusText occurs in the document;
  * every summary 'printed' fragment and every lagging unit occurs in the document;
  * textStartsWith shorter than 8 characters is reported as a note (allowed when the whole item is shorter).
Exit status 1 when any error is found.
"""
import html
import json
import os
import re
import sys
import unicodedata

STATUSES = {None, 'done', 'good', 'on_schedule', 'lagging', 'stalled', 'at_risk'}


def norm(s):
    return re.sub(r'\s+', '', unicodedata.normalize('NFKC', s or ''))


def doc_text(path):
    with open(path, encoding='utf-8') as fh:
        src = fh.read()
    if path.endswith('.html') or path.endswith('.htm'):
        src = re.sub(r'(?is)<head>.*?</head>', '', src)
        src = html.unescape(re.sub(r'<[^>]+>', '', src))
    return src


def check_folder(folder):
    errors, notes, ncases, ntasks = [], [], 0, 0
    names = sorted(os.listdir(folder))
    for f in names:
        if not f.endswith('.expect.json'):
            continue
        stem = f[:-len('.expect.json')]
        docs = [x for x in names if x.startswith(stem + '.') and not x.endswith('.json')]
        if not docs:
            errors.append('%s: no document' % f)
            continue
        text = norm(doc_text(os.path.join(folder, docs[0])))
        with open(os.path.join(folder, f), encoding='utf-8') as fh:
            exp = json.load(fh)
        ncases += 1
        tasks = exp.get('tasks') or []
        ntasks += len(tasks)

        def need(s, what):
            if s is None or s == '':
                return
            if norm(s) not in text:
                errors.append('%s: %s not in document: %r' % (stem, what, s))

        if exp.get('taskCount') != len(tasks):
            errors.append('%s: taskCount %r != %d tasks' % (stem, exp.get('taskCount'), len(tasks)))
        for i, t in enumerate(tasks, 1):
            tag = 'task %d' % i
            tsw = t.get('textStartsWith')
            if not tsw:
                errors.append('%s: %s has no textStartsWith' % (stem, tag))
            else:
                need(tsw, tag + ' textStartsWith')
                if len(norm(tsw)) < 8:
                    notes.append('%s: %s textStartsWith shorter than 8: %r' % (stem, tag, tsw))
            for key in ('lead', 'co'):
                for u in t.get(key) or []:
                    need(u, '%s %s unit' % (tag, key))
            for p in t.get('leaders') or []:
                need(p, tag + ' leader')
            need(t.get('deadline'), tag + ' deadline')
            st = t.get('status')
            if st not in STATUSES:
                errors.append('%s: %s bad status %r' % (stem, tag, st))
            if st is not None and not t.get('statusText'):
                errors.append('%s: %s status without statusText' % (stem, tag))
            need(t.get('statusText'), tag + ' statusText')
        summ = exp.get('summary') or {}
        for sc in (summ.get('scopes') or []) if isinstance(summ, dict) else []:
            for p in sc.get('printed') or []:
                need(p, 'summary printed')
        for lg in exp.get('lagging') or []:
            need(lg.get('unit'), 'lagging unit')
            nums = {str(t.get('number')) for t in tasks}
            for it in lg.get('items') or []:
                if str(it) not in nums:
                    errors.append('%s: lagging item %r is not a task number' % (stem, it))
    return errors, notes, ncases, ntasks


def main():
    folders = sys.argv[1:] or [os.path.join(os.path.dirname(os.path.abspath(__file__)), 'status-new')]
    bad = 0
    for folder in folders:
        errors, notes, ncases, ntasks = check_folder(folder)
        for n in notes:
            print('note:', n)
        for e in errors:
            print('ERROR:', e)
        print('%s: %d cases, %d tasks, %d errors' % (folder, ncases, ntasks, len(errors)))
        bad += len(errors)
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
