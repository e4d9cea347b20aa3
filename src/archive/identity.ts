/**
 * When two archived files are one document. Offices publish the same notice
 * several times (a page and its PDF, the same file re-posted under another
 * name), and an analyst counting laggards must see it once.
 *
 * - Same bytes: one document, whatever the paths.
 * - Same kind, issuer, date and title: one document in two formats. An
 *   issuer names its city and a date its day, so two different notices never
 *   share all three with a title; the tasks are not compared, because a PDF
 *   whose table could not be rebuilt loses rows and is still the same notice
 *   (the copy with the better text is the one counted).
 * - Same kind and title with the issuer or the date missing: one document
 *   only if nearly the same tasks agree too, because a bare title is shared by
 *   every city's 上半年重点工作进展情况统计表.
 */

export interface DuplicateCandidate {
  id: number;
  path: string;
  sha256: string;
  format: string;
  kind: string;
  issuer: string | null;
  date: string | null;
  title: string | null;
  taskCount: number;
}

/** Share of tasks two formats of one notice must have in common (a PDF can split or merge a row or two). */
export const SAME_TASKS_MIN_SHARE = 0.9;

/** Characters of a task's text that identify it across formats: line breaks and punctuation differ, words do not. */
const TASK_KEY_CHARS = 24;

export function taskKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').slice(0, TASK_KEY_CHARS);
}

/** Formats in the order their text is trusted: a PDF's text is reconstructed, the others are what was written. */
const FORMAT_RANK: Record<string, number> = { html: 0, docx: 0, text: 1, pdf: 2 };

/**
 * The key two formats of one document share, or null when there is none (no title). When the
 * document has both an issuer and a date, the key alone decides (metaKeyDecides); otherwise the
 * tasks must agree too.
 */
export function metaKey(d: Pick<DuplicateCandidate, 'kind' | 'issuer' | 'date' | 'title'>): string | null {
  // Without a title there is nothing to say two files are one document.
  if (!d.title) return null;
  const norm = (s: string | null) => (s ?? '').replace(/\s+/g, '');
  return JSON.stringify([d.kind, norm(d.issuer), d.date ?? '', norm(d.title)]);
}

export function sameTasks(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const keysB = new Map<string, number>();
  for (const t of b) keysB.set(taskKey(t), (keysB.get(taskKey(t)) ?? 0) + 1);
  let shared = 0;
  for (const t of a) {
    const k = taskKey(t);
    const n = keysB.get(k) ?? 0;
    if (n > 0) {
      shared++;
      keysB.set(k, n - 1);
    }
  }
  return shared / Math.max(a.length, b.length) >= SAME_TASKS_MIN_SHARE;
}

/** Copy id → id of the document counted in its place. `rows` in any order; the answer does not depend on it. */
export function findDuplicates(rows: DuplicateCandidate[], tasksOf: (id: number) => string[]): Map<number, number> {
  const parent = new Map<number, number>(rows.map((r) => [r.id, r.id]));
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  const union = (a: number, b: number) => parent.set(find(a), find(b));

  const bySha = new Map<string, DuplicateCandidate>();
  for (const r of rows) {
    const first = bySha.get(r.sha256);
    if (first) union(r.id, first.id);
    else bySha.set(r.sha256, r);
  }
  // Formats are compared one distinct content at a time: a hundred copies of one file cost one comparison.
  const byMeta = new Map<string, DuplicateCandidate[]>();
  for (const r of bySha.values()) {
    const key = metaKey(r);
    if (key === null) continue;
    byMeta.set(key, [...(byMeta.get(key) ?? []), r]);
  }
  for (const group of byMeta.values()) {
    if (group.length < 2) continue;
    if (metaKeyDecides(group[0]!)) {
      for (const r of group.slice(1)) union(r.id, group[0]!.id);
      continue;
    }
    const tasks = new Map(group.map((r) => [r.id, tasksOf(r.id)]));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        if (sameTasks(tasks.get(group[i]!.id)!, tasks.get(group[j]!.id)!)) union(group[i]!.id, group[j]!.id);
      }
    }
  }

  const members = new Map<number, DuplicateCandidate[]>();
  for (const r of rows) members.set(find(r.id), [...(members.get(find(r.id)) ?? []), r]);
  const copies = new Map<number, number>();
  for (const group of members.values()) {
    if (group.length < 2) continue;
    const [original, ...rest] = [...group].sort(preferredOriginal);
    for (const r of rest) copies.set(r.id, original!.id);
  }
  return copies;
}

/** Whether documents with the same metaKey are one document without comparing their tasks. */
export function metaKeyDecides(d: Pick<DuplicateCandidate, 'issuer' | 'date'>): boolean {
  return Boolean(d.issuer && d.date);
}

/** The copy counted: the most trusted format, then the one with most tasks, then the first path. */
export function preferredOriginal(
  a: Pick<DuplicateCandidate, 'format' | 'taskCount' | 'path'>,
  b: Pick<DuplicateCandidate, 'format' | 'taskCount' | 'path'>,
): number {
  return (
    (FORMAT_RANK[a.format] ?? 3) - (FORMAT_RANK[b.format] ?? 3) ||
    b.taskCount - a.taskCount ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)
  );
}
