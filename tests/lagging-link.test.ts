/**
 * linkLaggingItems scores through a bigram index; these tests hold it to the
 * links (task, score, runner-up) of the full scan it replaced, which every item
 * scored against every task. The reference below is that scan, kept verbatim.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extractNotice } from '../src/extract/notice.js';
import { DEFAULT_LINK_THRESHOLD, contentGrams, linkLaggingItems, sameUnit, topicGrams, type Link } from '../src/extract/lagging.js';
import type { LaggingGroup, Task } from '../src/model/schema.js';
import { extractWith } from './support/extract.js';

/** The full scan linkLaggingItems did before the index (constants as in lagging.ts). */
function linkByFullScan(groups: LaggingGroup[], tasks: Task[]): Link[][] {
  const docs = tasks.map((t) => ({ task: t, text: contentGrams(t.text), progress: contentGrams(t.progress ?? '') }));
  const df = new Map<string, number>();
  for (const d of docs) for (const g of new Set([...d.text, ...d.progress])) df.set(g, (df.get(g) ?? 0) + 1);
  const idf = (g: string) => Math.log((docs.length + 1) / ((df.get(g) ?? 0) + 0.5));
  return groups.map((group) =>
    group.items.map((item) => {
      const topic = topicGrams(item.text);
      let total = 0;
      for (const g of topic) total += Math.max(idf(g), 0);
      const scored = docs.map((d) => {
        let hit = 0;
        for (const g of topic) {
          const w = Math.max(idf(g), 0);
          if (d.text.has(g)) hit += w * 1;
          else if (d.progress.has(g)) hit += w * 0.6;
        }
        let score = total > 0 ? hit / total : 0;
        if (d.task.leadUnits.some((u) => sameUnit(u.name, group.unit))) score += 0.12;
        return { taskId: d.task.id, score };
      });
      scored.sort((a, b) => b.score - a.score);
      const best = scored[0];
      const second = scored[1] ?? null;
      if (!best || best.score < DEFAULT_LINK_THRESHOLD) return { taskId: null, score: best?.score ?? 0, second: best ?? null };
      if (second && best.score - second.score < 0.05) return { taskId: null, score: best.score, second };
      return { taskId: best.taskId, score: best.score, second };
    }),
  );
}

const NOTICES = ['fixtures/seed-000-suzhou-notice/source.txt', 'fixtures/notice-gbk-table-bozhou/source.html', 'fixtures/notice-quantitative-huaibei/source.txt'];

function task(id: string, text: string, progress: string | null, leads: string[]): Task {
  return { id, number: id, path: [id], section: [], text, progress, status: null, leadUnits: leads.map((name) => ({ name, note: null })), coUnits: [] } as unknown as Task;
}

describe('linkLaggingItems through the bigram index', () => {
  it('links every notice fixture exactly as the full scan does (task, score and runner-up)', async () => {
    let items = 0;
    for (const path of NOTICES) {
      const doc = await extractWith(extractNotice, path);
      const got = linkLaggingItems(doc.lagging, doc.tasks);
      expect(got, path).toEqual(linkByFullScan(doc.lagging, doc.tasks));
      items += got.flat().length;
    }
    // seed 000 alone lists 38 items; the comparison must not pass on empty lists.
    expect(items).toBeGreaterThanOrEqual(38);
  });

  it('matches the full scan on an appendix of 640 tasks made from the seed notice, with its items asked 4 times over', async () => {
    const doc = await extractWith(extractNotice, NOTICES[0]!);
    expect(doc.tasks.length).toBe(128);
    // Five copies of each task with shifted texts and units from other rows: many ties and near-ties.
    const tasks: Task[] = [];
    for (let copy = 0; copy < 5; copy++) {
      doc.tasks.forEach((t, i) => {
        const other = doc.tasks[(i + copy * 7) % doc.tasks.length]!;
        const text = copy === 0 ? t.text : t.text.slice(copy) + other.text.slice(0, copy * 3);
        tasks.push(task(`${copy}-${t.id}`, text, copy % 2 ? other.progress : t.progress, (copy % 3 ? other : t).leadUnits.map((u) => u.name)));
      });
    }
    const groups: LaggingGroup[] = [];
    for (let round = 0; round < 4; round++) {
      for (const g of doc.lagging) groups.push({ ...g, items: g.items.map((it) => ({ ...it, text: it.text.slice(round) })) });
    }
    const got = linkLaggingItems(groups, tasks);
    expect(got).toEqual(linkByFullScan(groups, tasks));
    // Both outcomes occur, so the comparison covers linked and unlinked items.
    expect(got.flat().some((l) => l.taskId !== null)).toBe(true);
    expect(got.flat().some((l) => l.taskId === null)).toBe(true);
  });

  it('matches the full scan on small appendices of few characters (ties, empty topics, bigrams in every task)', () => {
    const chars = fc.constantFrom('推', '进', '较', '慢', '项', '目', '投', '资', '市', '局');
    const text = fc.array(chars, { maxLength: 8 }).map((a) => a.join(''));
    const unit = fc.constantFrom('市发展改革委', '市发改委', '市财政局', '市商务局', '县财政局');
    const tasksArb = fc.array(fc.tuple(text, fc.option(text), fc.array(unit, { maxLength: 2 })), { maxLength: 12 });
    const groupsArb = fc.array(fc.tuple(unit, fc.array(text, { maxLength: 4 })), { maxLength: 3 });
    fc.assert(
      fc.property(tasksArb, groupsArb, (rows, groupRows) => {
        const tasks = rows.map(([t, p, leads], i) => task(String(i + 1), t, p, leads));
        const groups = groupRows.map(([u, items]) => ({ unit: u, statedCount: null, items: items.map((t) => ({ text: t, status: null, taskId: null })) })) as LaggingGroup[];
        expect(linkLaggingItems(groups, tasks)).toEqual(linkByFullScan(groups, tasks));
      }),
      { numRuns: 300, seed: 15 },
    );
  });
});
