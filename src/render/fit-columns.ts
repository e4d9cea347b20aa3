/**
 * Column widths for the notice appendix (序号 / 目标任务 / 完成情况 / 状态 /
 * 牵头责任单位), fitted to the rows being printed. A table row is as tall as its
 * fullest cell, so fixed shares waste most of each page: 目标任务 wraps to ten
 * lines beside a two-line 完成情况, or the reverse. The widths are chosen, in
 * whole table characters, to make the sum of row heights smallest; 序号 and
 * 状态 get exactly what their longest entry needs, so 推进较慢 stays whole.
 */

import { printedWidth } from './printed-width.js';

/** Lines a cell takes at `chars` characters a line: each of its own lines wraps on its own. */
export function cellLines(lines: readonly string[], chars: number): number {
  let n = 0;
  for (const l of lines) n += Math.max(1, Math.ceil(printedWidth(l) / chars));
  return Math.max(1, n);
}

/** One appendix row as the fitter sees it: the lines of each of the three free columns. */
export interface FitRow {
  text: readonly string[];
  progress: readonly string[];
  units: readonly string[];
}

export interface FreeColumns {
  text: number;
  progress: number;
  units: number;
}

/** Smallest widths a column may get, so no column becomes a vertical strip of single characters. */
const MIN = { text: 5, progress: 8, units: 4 } as const;

/**
 * Split `budget` characters between 目标任务, 完成情况 and 牵头责任单位 so the
 * rows' total height in lines is least. Ties go to the wider 完成情况, then the
 * wider 目标任务. Exhaustive over two free widths: budget² × rows line counts,
 * under a million for a 2,000-row table at the standard text width.
 */
export function fitFreeColumns(rows: readonly FitRow[], budget: number): FreeColumns {
  const fallback = { text: Math.round(budget * 0.25), units: Math.round(budget * 0.15), progress: 0 };
  fallback.progress = budget - fallback.text - fallback.units;
  if (rows.length === 0 || budget < MIN.text + MIN.progress + MIN.units) return fallback;
  const longestUnitLine = Math.ceil(Math.max(MIN.units, ...rows.flatMap((r) => r.units.map(printedWidth))));
  let best: FreeColumns | null = null;
  let bestCost = Infinity;
  for (let units = MIN.units; units <= Math.min(longestUnitLine, budget - MIN.text - MIN.progress); units++) {
    for (let text = MIN.text; text <= budget - units - MIN.progress; text++) {
      const progress = budget - units - text;
      let cost = 0;
      for (const r of rows) {
        cost += Math.max(cellLines(r.text, text), cellLines(r.progress, progress), cellLines(r.units, units));
        if (cost > bestCost) break;
      }
      if (cost < bestCost || (cost === bestCost && best && progress > best.progress)) {
        bestCost = cost;
        best = { text, progress, units };
      }
    }
  }
  return best ?? fallback;
}

/** An appendix row as the widths see it (a TableRow of the notice view). */
export interface AppendixRowText {
  isSection: boolean;
  n: string;
  text: string;
  progressLines: readonly string[];
  units: string;
}

/**
 * Widths of 序号 / 目标任务 / 完成情况 / 状态 / 牵头责任单位 in any unit (twips
 * for Word, points for HTML): `total` the text block, `char` one table
 * character, `extra` what a column needs beyond its characters (cell margins,
 * borders, rounding). 序号 and 状态 are as wide as their longest entry (状态 four
 * characters: 推进较慢 on one line, longer labels broken between words by
 * statusCellLines); the rest is fitted to the rows, 完成情况 taking what is left.
 */
export function appendixColumnWidths(rows: readonly AppendixRowText[], total: number, char: number, extra: number): number[] {
  const tasks = rows.filter((r) => !r.isSection);
  const column = (chars: number) => Math.ceil(chars * char) + extra;
  const number = column(Math.max(2, ...tasks.map((r) => printedWidth(r.n))));
  const status = column(4);
  const free = total - number - status - 3 * extra;
  const fit = fitFreeColumns(
    tasks.map((r) => ({ text: [r.text], progress: r.progressLines, units: [r.units] })),
    Math.floor(free / char),
  );
  const text = column(fit.text);
  const units = column(fit.units);
  return [number, text, total - number - text - status - units, status, units];
}
