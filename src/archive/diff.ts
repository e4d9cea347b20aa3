/**
 * Compares two status reports of the same plan (two notices, two progress
 * tables, or a plan and a later notice): which tasks caught up, which fell
 * behind, which were added or dropped.
 *
 * Tasks are paired by their text, with the number only as a tie-breaker:
 * later reports renumber freely (a dropped row shifts every number after it),
 * and the same number in two reports is often a different task.
 */
import type { StatusCode, Task, TaskDocument } from '../model/schema.js';
import { BEHIND } from './queries.js';
import { placeOfDocument } from './place.js';

/** Character bigrams over the text without whitespace and punctuation, which scrapes add and drop at random. */
export function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/[\s\p{P}\p{S}]/gu, '')];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Sørensen–Dice coefficient on bigram multisets: 1 for identical texts, 0 for nothing in common. */
export function dice(a: Map<string, number>, b: Map<string, number>): number {
  let total = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  if (total === 0) return 0;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / total;
}

export function textSimilarity(a: string, b: string): number {
  return dice(bigrams(a), bigrams(b));
}

/** Below this, two texts are different tasks whatever their numbers say. */
export const MIN_SIMILARITY = 0.5;
/** Same number and same place in the numbering: a weaker text match is enough (a reworded task). */
export const MIN_SIMILARITY_SAME_ID = 0.3;
const SAME_ID_BONUS = 0.1;

export interface TaskPair {
  a: Task;
  b: Task;
  similarity: number;
}

export function matchTasks(a: Task[], b: Task[]): { pairs: TaskPair[]; removed: Task[]; added: Task[] } {
  const gramsA = a.map((t) => bigrams(t.text));
  const gramsB = b.map((t) => bigrams(t.text));
  const candidates: { i: number; j: number; sim: number; score: number }[] = [];
  a.forEach((ta, i) => {
    b.forEach((tb, j) => {
      const sim = dice(gramsA[i]!, gramsB[j]!);
      const sameId = ta.id === tb.id;
      if (sim >= MIN_SIMILARITY || (sameId && sim >= MIN_SIMILARITY_SAME_ID)) {
        candidates.push({ i, j, sim, score: sim + (sameId ? SAME_ID_BONUS : 0) });
      }
    });
  });
  // Greedy on the best score first: a text pair that is near-identical claims both tasks before weaker ones.
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: TaskPair[] = [];
  for (const c of candidates) {
    if (usedA.has(c.i) || usedB.has(c.j)) continue;
    usedA.add(c.i);
    usedB.add(c.j);
    pairs.push({ a: a[c.i]!, b: b[c.j]!, similarity: c.sim });
  }
  pairs.sort((x, y) => b.indexOf(x.b) - b.indexOf(y.b));
  return {
    pairs,
    removed: a.filter((_, i) => !usedA.has(i)),
    added: b.filter((_, j) => !usedB.has(j)),
  };
}

export type Change =
  | 'caught_up' // behind in A, not behind in B
  | 'newly_behind' // not behind in A, behind in B
  | 'still_behind'
  | 'changed' // another status change (e.g. on_schedule → done)
  | 'unchanged'
  | 'added'
  | 'removed';

export interface DiffEntry {
  change: Change;
  idA: string | null;
  idB: string | null;
  similarity: number | null;
  statusA: StatusCode | null;
  statusB: StatusCode | null;
  text: string;
  lead: string[];
}

/** Where a compared document comes from: the archive's place and issuer for an archived one. */
export interface Whereabouts {
  place: string | null;
  issuer: string | null;
}

export interface DiffSide extends Whereabouts {
  label: string;
  title: string | null;
  period: string | null;
  tasks: number;
}

export interface DocumentDiff {
  a: DiffSide;
  b: DiffSide;
  counts: Record<Change, number>;
  /** Paired tasks over the larger document's task count; low values mean two different plans. */
  matchedShare: number;
  entries: DiffEntry[];
}

/** Below this share of paired tasks the two documents are probably not reports of the same plan. */
export const SAME_PLAN_MIN_SHARE = 0.3;

const isBehind = (code: StatusCode | null) => code !== null && BEHIND.includes(code);

export function classifyChange(from: StatusCode | null, to: StatusCode | null): Change {
  if (isBehind(from) && isBehind(to)) return 'still_behind';
  if (isBehind(from)) return 'caught_up';
  if (isBehind(to)) return 'newly_behind';
  return from === to ? 'unchanged' : 'changed';
}

/**
 * `where` gives the place and issuer the archive recorded (batch --place, a folder name); a document
 * without one is placed by what it names itself.
 */
export function diffDocuments(
  a: TaskDocument,
  b: TaskDocument,
  labels: { a: string; b: string },
  where: { a?: Whereabouts | undefined; b?: Whereabouts | undefined } = {},
): DocumentDiff {
  const { pairs, removed, added } = matchTasks(a.tasks, b.tasks);
  const code = (t: Task) => t.status?.code ?? null;
  const leads = (t: Task) => t.leadUnits.map((u) => u.name);
  const entries: DiffEntry[] = [
    ...pairs.map((p) => ({
      change: classifyChange(code(p.a), code(p.b)),
      idA: p.a.id,
      idB: p.b.id,
      similarity: Math.round(p.similarity * 1000) / 1000,
      statusA: code(p.a),
      statusB: code(p.b),
      text: p.b.text,
      lead: leads(p.b),
    })),
    ...added.map((t) => ({
      change: 'added' as const,
      idA: null,
      idB: t.id,
      similarity: null,
      statusA: null,
      statusB: code(t),
      text: t.text,
      lead: leads(t),
    })),
    ...removed.map((t) => ({
      change: 'removed' as const,
      idA: t.id,
      idB: null,
      similarity: null,
      statusA: code(t),
      statusB: null,
      text: t.text,
      lead: leads(t),
    })),
  ];
  const counts: Record<Change, number> = {
    caught_up: 0,
    newly_behind: 0,
    still_behind: 0,
    changed: 0,
    unchanged: 0,
    added: 0,
    removed: 0,
  };
  for (const e of entries) counts[e.change]++;
  const side = (d: TaskDocument, label: string, w: Whereabouts | undefined): DiffSide => ({
    label,
    place: w ? w.place : placeOfDocument(d),
    issuer: w ? w.issuer : d.issuer,
    title: d.title,
    period: d.period,
    tasks: d.tasks.length,
  });
  const larger = Math.max(a.tasks.length, b.tasks.length);
  const matchedShare = larger ? Math.round((pairs.length / larger) * 1000) / 1000 : 1;
  return { a: side(a, labels.a, where.a), b: side(b, labels.b, where.b), counts, matchedShare, entries };
}
