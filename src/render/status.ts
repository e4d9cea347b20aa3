/**
 * How reports speak about status codes: the words a notice uses for each code,
 * and which codes count as "behind" (listed by unit) versus "ahead".
 */
import type { StatusCode, Task } from '../model/schema.js';

export const BEHIND_CODES = ['lagging', 'stalled', 'at_risk'] as const;
export type BehindCode = (typeof BEHIND_CODES)[number];
export const AHEAD_CODES = ['done', 'good', 'on_schedule'] as const;

/** The wording a notice uses when it summarises a category (not the label a single task carried). */
export const SUMMARY_WORDS: Record<StatusCode, string> = {
  done: '已完成',
  good: '完成较好',
  on_schedule: '序时推进',
  lagging: '推进较慢',
  stalled: '无实质性进展',
  at_risk: '完成难度较大',
  unknown: '未反映进展',
};

export function isBehindCode(code: string): code is BehindCode {
  return (BEHIND_CODES as readonly string[]).includes(code);
}

export function isAheadCode(code: string): boolean {
  return (AHEAD_CODES as readonly string[]).includes(code);
}

/** The status word printed next to a task: the document's own label when it has one. */
export function statusLabel(task: Pick<Task, 'status'>): string {
  const s = task.status;
  if (!s) return '';
  return s.label.trim() || SUMMARY_WORDS[s.code];
}

/** 已完成、完成较好或序时推进 — the codes present, in the fixed order of `order`. */
export function joinStatusWords(codes: Iterable<StatusCode>, order: readonly StatusCode[]): string {
  const present = new Set(codes);
  const words = order.filter((c) => present.has(c)).map((c) => SUMMARY_WORDS[c]);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join('、')}或${words[words.length - 1]}`;
}

/** Parse `--only lagging,stalled` into behind codes; anything else is a usage error for the caller. */
export function parseOnlyCodes(spec: string): { codes: BehindCode[]; unknown: string[] } {
  const parts = spec
    .split(/[,，\s]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const codes: BehindCode[] = [];
  const unknown: string[] = [];
  for (const p of parts) {
    if (isBehindCode(p)) {
      if (!codes.includes(p)) codes.push(p);
    } else unknown.push(p);
  }
  return { codes, unknown };
}

/**
 * A status label in a narrow table column. Four characters fit on a line; a
 * longer label is broken between its two words (无实质性 / 进展, 完成难度 / 较大)
 * rather than wherever the column ends (推进较 / 慢).
 */
export function statusCellLines(label: string, width = 4): string[] {
  const chars = [...label.trim()];
  if (chars.length <= width) return chars.length ? [chars.join('')] : [];
  // 5 → 3+2, 6 → 4+2, 7 → 4+3: never a single character alone on a line.
  const first = chars.length - width === 1 ? width - 1 : width;
  return [chars.slice(0, first).join(''), ...statusCellLines(chars.slice(first).join(''), width)];
}
