import { describe, expect, it } from 'vitest';
import { classifyChange, diffDocuments, matchTasks, textSimilarity } from '../src/archive/diff.js';
import type { Task, TaskDocument } from '../src/model/schema.js';
import { goldDocument, SEED_000 } from './support/gold-documents.js';

const status = (code: 'lagging' | 'on_schedule' | 'done' | 'stalled') => ({ code, label: code, evidence: code, source: 'column' as const });

/**
 * A later report of seed 000's plan, built by hand: task 5 dropped (so every later task is renumbered one
 * down), task 1 caught up, task 10 fell behind, task 7 still lagging, task 11 done, one new task appended.
 */
function laterReport(a: TaskDocument): TaskDocument {
  const kept = a.tasks.filter((t) => t.number !== '5');
  const renumbered: Task[] = kept.map((t, i) => {
    const number = String(i + 1);
    const path = [...t.path.slice(0, -1), number];
    let s = t.status;
    if (t.number === '1') s = status('on_schedule');
    if (t.number === '10') s = status('lagging');
    if (t.number === '11') s = status('done');
    return { ...t, number, path, id: path.join('.'), status: s };
  });
  renumbered.push({
    ...renumbered[0]!,
    id: '七.(二).999',
    number: '999',
    path: ['七', '(二)', '999'],
    text: '建立健全政务数据共享交换机制,推动跨部门业务协同办理。',
    status: status('stalled'),
  });
  return { ...a, tasks: renumbered, period: '上半年' };
}

describe('text similarity', () => {
  it('is 1 for identical texts, ignores punctuation and spacing, and is low for unrelated tasks', () => {
    expect(textSimilarity('推进较慢。', '推进 较慢')).toBe(1);
    expect(textSimilarity('加快省市两级战新基地发展', '加快省市两级战新基地建设')).toBeGreaterThan(0.7);
    expect(textSimilarity('加快省市两级战新基地发展', '城镇登记失业率上升')).toBeLessThan(0.1);
  });
});

describe('diff of two reports of one plan', () => {
  const a = goldDocument(SEED_000);
  const b = laterReport(a);
  const diff = diffDocuments(a, b, { a: 'q1', b: 'h1' });

  it('pairs renumbered tasks by text, not by number', () => {
    const { pairs } = matchTasks(a.tasks, b.tasks);
    const old6 = pairs.find((p) => p.a.number === '6')!;
    expect(old6.b.number).toBe('5');
    expect(old6.a.text).toBe(old6.b.text);
    // Every one of the 127 kept tasks finds its own text again.
    expect(pairs.every((p) => p.a.text === p.b.text)).toBe(true);
    expect(pairs).toHaveLength(127);
  });

  it('reports caught up, newly behind, still behind, added and removed', () => {
    const byChange = (c: string) => diff.entries.filter((e) => e.change === c);
    expect(byChange('caught_up').map((e) => e.idA)).toEqual(['一.(一).1']);
    expect(byChange('newly_behind').map((e) => [e.idA, e.idB])).toEqual([['一.(二).10', '一.(二).9']]);
    expect(byChange('changed').map((e) => [e.statusA, e.statusB])).toEqual([['on_schedule', 'done']]);
    expect(byChange('added').map((e) => e.idB)).toEqual(['七.(二).999']);
    expect(byChange('removed').map((e) => e.idA)).toEqual(['一.(一).5']);
    // Seed 000 has 28 behind tasks (14 lagging, 10 stalled, 4 at_risk); task 1 caught up, task 5 was on schedule.
    expect(diff.counts.still_behind).toBe(27);
    expect(diff.counts.unchanged).toBe(127 - 27 - 3);
    // 127 pairs over the later report's 128 tasks (127 kept + 1 added).
    expect(diff.matchedShare).toBeCloseTo(127 / 128, 3);
  });

  it('does not pair different tasks that share a number', () => {
    const x = goldDocument(SEED_000);
    const y: TaskDocument = { ...x, tasks: [{ ...x.tasks[1]!, id: x.tasks[0]!.id, number: '1', path: x.tasks[0]!.path }] };
    const { pairs, added, removed } = matchTasks([x.tasks[0]!], y.tasks);
    expect(pairs).toHaveLength(0);
    expect(added).toHaveLength(1);
    expect(removed).toHaveLength(1);
  });

  it('classifies status transitions', () => {
    expect(classifyChange('lagging', 'done')).toBe('caught_up');
    expect(classifyChange('on_schedule', 'stalled')).toBe('newly_behind');
    expect(classifyChange('at_risk', 'lagging')).toBe('still_behind');
    expect(classifyChange(null, null)).toBe('unchanged');
  });
});
