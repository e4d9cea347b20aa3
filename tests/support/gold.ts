/**
 * Compares a parsed TaskDocument with an expectation in the gold format of
 * shared/gold/FORMAT.md, field by field, as precision/recall/F1 over
 * (task id, value) multisets. Used by the fixture test loop and `npm run eval`.
 */
import type { TaskDocument } from '../../src/model/schema.js';

export interface GoldUnit {
  name: string;
  note?: string | null;
}
export interface GoldTask {
  number?: string;
  path: string[];
  section?: string[];
  text?: string;
  lead?: GoldUnit[];
  co?: GoldUnit[];
  leaders?: string[];
  status?: string | null;
  statusText?: string | null;
  progress?: string | null;
}
export interface Gold {
  kind?: string;
  title?: string | null;
  issuer?: string | null;
  date?: string | null;
  docNumber?: string | null;
  year?: number | null;
  summary?: Record<string, number | string>;
  tasks?: GoldTask[];
  lagging?: { unit: string; stated_count: number | null; items: string[] }[];
  groups?: Record<string, string[]>;
  thresholds?: Record<string, number>;
}

export interface Score {
  /** A few expected values not produced, and produced values not expected, for readable failures. */
  missing?: string[];
  extra?: string[];
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Comparison {
  /** Exact-match header fields: name → [expected, actual]. */
  header: Record<string, { expected: unknown; actual: unknown; ok: boolean }>;
  fields: Record<string, Score>;
}

export const DEFAULT_THRESHOLDS: Record<string, number> = {
  tasks: 0.99,
  lead: 0.99,
  co: 0.99,
  leaders: 0.99,
  unitNotes: 0.95,
  status: 0.97,
  text: 0.95,
  section: 0.95,
  progress: 0.95,
  laggingGroups: 0.99,
  laggingItems: 0.95,
  groups: 0.99,
  summary: 1,
};

export function goldTaskId(t: GoldTask): string {
  return t.path.map(asciiBrackets).join('.');
}

function asciiBrackets(s: string): string {
  return s.replace(/（/g, '(').replace(/）/g, ')');
}

export function compareWithGold(doc: TaskDocument, gold: Gold): Comparison {
  const header: Comparison['header'] = {};
  for (const key of ['kind', 'title', 'issuer', 'date', 'docNumber', 'year'] as const) {
    if (!(key in gold)) continue;
    const expected = gold[key];
    const actual = doc[key];
    header[key] = { expected, actual, ok: expected === actual };
  }

  const fields: Record<string, Score> = {};
  if (gold.tasks) {
    const goldTasks = gold.tasks;
    const ours = doc.tasks;
    const pairs = <T>(items: T[], f: (t: T) => string[]) => items.flatMap(f);
    const byGold = (f: (t: GoldTask, id: string) => string[]) => pairs(goldTasks, (t) => f(t, goldTaskId(t)));
    fields.tasks = scored(byGold((_, id) => [id]), ours.map((t) => t.id));
    if (goldTasks.some((t) => t.text !== undefined))
      fields.text = scored(byGold((t, id) => (t.text === undefined ? [] : [`${id}\u0000${t.text}`])), ours.map((t) => `${t.id}\u0000${t.text}`));
    if (goldTasks.some((t) => t.section !== undefined))
      fields.section = scored(
        byGold((t, id) => (t.section === undefined ? [] : [`${id}\u0000${t.section.join('/')}`])),
        ours.map((t) => `${t.id}\u0000${t.section.join('/')}`),
      );
    if (goldTasks.some((t) => t.lead !== undefined))
      fields.lead = scored(byGold((t, id) => (t.lead ?? []).map((u) => `${id}\u0000${u.name}`)), ours.flatMap((t) => t.leadUnits.map((u) => `${t.id}\u0000${u.name}`)));
    if (goldTasks.some((t) => t.co !== undefined))
      fields.co = scored(byGold((t, id) => (t.co ?? []).map((u) => `${id}\u0000${u.name}`)), ours.flatMap((t) => t.coUnits.map((u) => `${t.id}\u0000${u.name}`)));
    if (goldTasks.some((t) => t.lead !== undefined || t.co !== undefined)) {
      const goldNotes = byGold((t, id) =>
        [...(t.lead ?? []), ...(t.co ?? [])].filter((u) => u.note).map((u) => `${id}\u0000${u.name}\u0000${u.note}`),
      );
      const ourNotes = ours.flatMap((t) => [...t.leadUnits, ...t.coUnits].filter((u) => u.note).map((u) => `${t.id}\u0000${u.name}\u0000${u.note}`));
      if (goldNotes.length || ourNotes.length) fields.unitNotes = scored(goldNotes, ourNotes);
    }
    if (goldTasks.some((t) => t.leaders !== undefined))
      fields.leaders = scored(byGold((t, id) => (t.leaders ?? []).map((l) => `${id}\u0000${l}`)), ours.flatMap((t) => t.leaders.map((l) => `${t.id}\u0000${l}`)));
    if (goldTasks.some((t) => t.status))
      fields.status = scored(
        byGold((t, id) => (t.status ? [`${id}\u0000${t.status}`] : [])),
        ours.filter((t) => t.status && t.status.code !== 'unknown').map((t) => `${t.id}\u0000${t.status!.code}`),
      );
    if (goldTasks.some((t) => t.progress))
      fields.progress = scored(
        byGold((t, id) => (t.progress ? [`${id}\u0000${t.progress}`] : [])),
        ours.filter((t) => t.progress).map((t) => `${t.id}\u0000${t.progress}`),
      );
  }
  if (gold.lagging && gold.lagging.length) {
    fields.laggingGroups = scored(
      gold.lagging.map((g) => `${g.unit}\u0000${g.stated_count}`),
      doc.lagging.map((g) => `${g.unit}\u0000${g.statedCount}`),
    );
    fields.laggingItems = scored(
      gold.lagging.flatMap((g) => g.items.map((i) => `${g.unit}\u0000${i}`)),
      doc.lagging.flatMap((g) => g.items.map((i) => `${g.unit}\u0000${i.text}`)),
    );
  }
  if (gold.groups && Object.keys(gold.groups).length) {
    fields.groups = scored(
      Object.entries(gold.groups).flatMap(([k, v]) => v.map((m) => `${k}\u0000${m}`)),
      Object.entries(doc.groups).flatMap(([k, v]) => v.map((m) => `${k}\u0000${m}`)),
    );
  }
  if (gold.summary && Object.keys(gold.summary).length && doc.kind !== 'progress') {
    // Progress-table golds count rows themselves (see their notes); only stated summaries are compared.
    fields.summary = scored(
      Object.entries(gold.summary).map(([k, v]) => `${k}\u0000${v}`),
      Object.entries(doc.summary.stated).map(([k, v]) => `${k}\u0000${v}`),
    );
  }
  return { header, fields };
}

function scored(expected: string[], actual: string[]): Score {
  return { ...score(expected, actual), ...misses(expected, actual) };
}

/** Multiset precision/recall/F1. Empty expected and empty actual count as perfect agreement. */
export function score(expected: string[], actual: string[]): Score {
  const remaining = new Map<string, number>();
  for (const e of expected) remaining.set(e, (remaining.get(e) ?? 0) + 1);
  let tp = 0;
  for (const a of actual) {
    const n = remaining.get(a) ?? 0;
    if (n > 0) {
      tp++;
      remaining.set(a, n - 1);
    }
  }
  const fp = actual.length - tp;
  const fn = expected.length - tp;
  const precision = actual.length ? tp / actual.length : expected.length ? 0 : 1;
  const recall = expected.length ? tp / expected.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** The expected/actual values behind a field's misses, for readable test failures. */
export function misses(expected: string[], actual: string[], limit = 8): { missing: string[]; extra: string[] } {
  const a = new Map<string, number>();
  for (const x of actual) a.set(x, (a.get(x) ?? 0) + 1);
  const missing: string[] = [];
  for (const e of expected) {
    const n = a.get(e) ?? 0;
    if (n > 0) a.set(e, n - 1);
    else missing.push(e.replace(/\u0000/g, ' | '));
  }
  const e2 = new Map<string, number>();
  for (const x of expected) e2.set(x, (e2.get(x) ?? 0) + 1);
  const extra: string[] = [];
  for (const x of actual) {
    const n = e2.get(x) ?? 0;
    if (n > 0) e2.set(x, n - 1);
    else extra.push(x.replace(/\u0000/g, ' | '));
  }
  return { missing: missing.slice(0, limit), extra: extra.slice(0, limit) };
}
