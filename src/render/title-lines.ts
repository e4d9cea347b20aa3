/**
 * Where a title too long for one line is broken. GB/T 9704-2012 7.3.1: a title
 * in several lines keeps words and phrases whole and is set symmetrically
 * (梯形或菱形). Left to the typesetter, 「…重点目标任务一季度完成情况的通报」 breaks
 * as 「…重点目标任」/「务一季度…」, and an appendix title leaves 「单」 alone on its
 * second line. So two-line titles are broken here, at a phrase boundary, into
 * lines as even as the boundaries allow.
 */
import { printedWidth } from './printed-width.js';

/**
 * Phrase boundaries inside a title, as the index where the next line would
 * start: after a closing book-title mark or bracket (》」）), after 关于 and after
 * a year (2021年), before a reporting period (一季度, 上半年, 1-11月 …), before
 * 重点工作/重点目标/重点任务/重点项目 (never between 重点 and what it qualifies),
 * 完成/推进/进展/落实情况 and the 的 of a closing 的通报/的通知/的方案.
 * Each alternative is a fixed word or a bounded run, so the scan is linear.
 */
const BREAK_AFTER = /[》」）)](?=.)|^关于|(?<=\d)年(?![度底初])/gu;
const BREAK_BEFORE =
  /(?<=.)(?:[一二三四]季度|上半年|下半年|前三季度|全年|\d{1,2}[-—至~～]\d{1,2}月|重点(?:工作|目标|任务|项目)|(?:完成|推进|进展|落实)情况|的(?:通报|通知|方案|意见|报告|清单)$)/gu;

function boundaries(title: string): number[] {
  const at = new Set<number>();
  for (const m of title.matchAll(BREAK_AFTER)) at.add(m.index + m[0].length);
  for (const m of title.matchAll(BREAK_BEFORE)) at.add(m.index);
  at.delete(0);
  at.delete(title.length);
  return [...at].sort((a, b) => a - b);
}

/**
 * The lines to print `title` in, at `lineChars` characters of the title's size
 * a line. One line when it fits with a character to spare (fonts differ a
 * little); two lines broken at the boundary that makes them most even, the
 * first no shorter than the second (a 正梯形) on a tie; as is when no boundary
 * gives two lines that fit, so the typesetter wraps it.
 */
export function titleLines(title: string, lineChars: number): string[] {
  const text = title.trim();
  if (printedWidth(text) <= lineChars - 1) return [text];
  let best: { at: number; cost: number } | null = null;
  for (const at of boundaries(text)) {
    const first = printedWidth(text.slice(0, at));
    const second = printedWidth(text.slice(at));
    if (first > lineChars - 1 || second > lineChars - 1) continue;
    // Even lines first; of two equally even breaks the one with the longer first line.
    const cost = Math.abs(first - second) * 2 + (second > first ? 1 : 0);
    if (!best || cost < best.cost) best = { at, cost };
  }
  return best ? [text.slice(0, best.at), text.slice(best.at)] : [text];
}

/** Characters of `sizePt` that fit on a line `widthMm` wide. */
export function charsPerLine(widthMm: number, sizePt: number): number {
  return Math.floor(((widthMm / 25.4) * 72) / sizePt);
}
