/**
 * Tables a page store or scraper printed one cell per line, each cell closed
 * by a pipe (`序号 |` / `项目名称 |` / `1 |` / `新增城镇就业 |` / `|` for an
 * empty cell, `||` for two). Nothing marks where a row ends, so rows are
 * found the way a reader finds them: the header runs from the 序号 cell to
 * the first row number, and every row starts at the next number in sequence
 * (1, 2, 3 … or 24, 25, 26 …). The run becomes one table block, so the one
 * column vocabulary and the table readers handle it like any real table.
 */
import type { Block, ParaBlock } from '../../model/blocks.js';
import { compact } from '../../classify/lexicon.js';
import { cellLayoutRole, headerRoles, isTaskTableHeader, type ColumnRole } from './columns.js';
import { isUnitName } from './unit-cells.js';
import { isStatusCell } from './cell-status.js';

/** Fewest pipe-closed lines that can hold a header and one row. */
const MIN_RUN = 8;

/** The cells of one pipe-closed line: its text (when any) and one empty cell per further pipe; null for other lines. */
export function pipeLineCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.endsWith('|')) return null;
  let end = t.length;
  while (end > 0 && t[end - 1] === '|') end--;
  const text = t.slice(0, end).trim();
  // A pipe inside the text is a `cell | cell |` row, read by the delimited-row reader.
  if (text.includes('|')) return null;
  const pipes = t.length - end;
  return text === '' ? Array<string>(pipes).fill('') : [text, ...Array<string>(pipes - 1).fill('')];
}

/** A row number as a cell prints it: 12, 12. or 12、 (a bare arabic number). */
export const ROW_NUMBER_CELL = /^(\d{1,4})[.、．]?$/;

function rowNumberOf(cell: string): number | null {
  const m = ROW_NUMBER_CELL.exec(cell);
  return m ? Number(m[1]) : null;
}

/**
 * `4` ⏎ `|` (宝山 2022): a page that broke a cell's line before its closing pipe; the cell and the pipe lines are one line
 * again, inside a run of pipe-closed lines.
 */
function rejoinBrokenPipes(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const prev = out[out.length - 1];
    if (
      b.kind === 'para' && next?.kind === 'para' && prev !== undefined && isPipeLine(prev) &&
      !b.text.includes('|') && b.text.trim().length <= BROKEN_CELL_MAX && /^\|+$/.test(next.text.trim())
    ) {
      out.push({ ...b, text: `${b.text.trim()} ${next.text.trim()}` });
      i++;
    } else out.push(b);
  }
  return out;
}

/** Longest cell text taken as broken off its pipe. */
const BROKEN_CELL_MAX = 200;

/** Replace every run of pipe-closed lines that holds a task table by that table. */
export function tablesFromPipeCells(input: Block[]): Block[] {
  const blocks = rejoinBrokenPipes(input);
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    let j = i;
    while (j < blocks.length && isPipeLine(blocks[j]!)) j++;
    if (j - i < MIN_RUN) {
      out.push(...blocks.slice(i, Math.max(j, i + 1)));
      i = Math.max(j, i + 1);
      continue;
    }
    const run = blocks.slice(i, j) as ParaBlock[];
    const table = tableOfRun(run);
    if (table) {
      out.push(...table.before.map((c) => ({ kind: 'para' as const, text: c, ...pageOf(run[0]!) })));
      out.push({ kind: 'table', rows: table.rows, ...pageOf(run[0]!) });
    } else out.push(...run);
    i = j;
  }
  return out;
}

function isPipeLine(b: Block): boolean {
  return b.kind === 'para' && pipeLineCells(b.text) !== null;
}

function pageOf(b: ParaBlock): { page?: number } {
  return b.page !== undefined ? { page: b.page } : {};
}

/**
 * The table in a run of pipe-closed lines: the cells before the 序号 cell stay
 * paragraphs (a caption), the header is the non-empty cells up to the first
 * row number, and each row runs to the next number in sequence.
 */
function tableOfRun(run: ParaBlock[]): { before: string[]; rows: string[][] } | null {
  const cells = run.flatMap((b) => pipeLineCells(b.text)!);
  const start = cells.findIndex((c) => c.length <= 12 && cellLayoutRole(c) === 'number');
  if (start < 0) return null;
  let first = start + 1;
  while (first < cells.length && rowNumberOf(cells[first]!) === null) first++;
  const header = cells.slice(start, first).filter((c) => compact(c) !== '');
  if (first >= cells.length || header.length < 3 || !isTaskTableHeader(header)) return null;
  const rows: string[][] = [header];
  let expected = rowNumberOf(cells[first]!)!;
  let rowStart = first;
  for (let k = first + 1; k <= cells.length; k++) {
    if (k < cells.length && rowNumberOf(cells[k]!) !== expected + 1) continue;
    rows.push(fitRow(cells.slice(rowStart, k), header));
    rowStart = k;
    expected++;
  }
  return { before: cells.slice(0, start).filter((c) => c !== ''), rows };
}

/**
 * A row's cells to the header's width. A page that merged or dropped a cell
 * shifts the rest of its row, and the closing pipes add empty cells, so the
 * filled cells are placed on the columns whose role they fit (a unit name
 * under 牵头单位, 是/否 under 是否达序, a name under 分管领导), keeping their
 * printed order and, where fit ties, their printed places (`alignToColumns`).
 */
function fitRow(row: string[], header: string[]): string[] {
  const width = header.length;
  if (row.length > MAX_ALIGN) return padOrFold(row, width);
  return alignToColumns(row, headerRoles(header));
}

/** Rows longer than this are taken as printed (the alignment is cells × columns). */
const MAX_ALIGN = 64;

function padOrFold(row: string[], width: number): string[] {
  const cells = [...row];
  while (cells.length > width && cells[cells.length - 1] === '') cells.pop();
  if (cells.length <= width) return [...cells, ...Array<string>(width - cells.length).fill('')];
  // Sub-rows a merged cell spans (a task with several targets): their text stays in the row's last column.
  const extra = cells.splice(width).filter((c) => c !== '');
  cells[width - 1] = [cells[width - 1], ...extra].filter((c) => c !== '').join(' ');
  return cells;
}

/**
 * The filled cells of `row` placed in order on the columns of `roles`, the
 * placement with the best total fit (dynamic programming over cells ×
 * columns); a cell moved away from its printed column costs a little, so an
 * unshifted row stays as printed. Cells that fit nowhere keep the printed layout.
 */
export function alignToColumns(row: string[], roles: readonly (ColumnRole | null)[]): string[] {
  const width = roles.length;
  let filled = row.flatMap((c, i) => (c !== '' ? [{ text: c, at: i }] : []));
  if (filled.length === 0) return padOrFold(row, width);
  // 美麗鄉村建設 | 創建4個市級美麗鄉村示范村… under one 年度任務 header (高淳 2020): a header cell spanning two printed
  // cells leaves every row a cell or two wider than its header; the two adjacent cells whose join fits best are one.
  for (let extra = filled.length - width; extra > 0; extra--) {
    if (extra > MAX_SPANNED) return padOrFold(row, width);
    filled = bestJoin(filled, roles);
  }
  return placeCells(filled, roles).cells;
}

/** Most cells a row may print beyond its header and still be aligned (header cells spanning two printed ones). */
const MAX_SPANNED = 2;

interface FilledCell {
  text: string;
  /** Printed column. */
  at: number;
}

/** `filled` with the one adjacent pair joined whose placement fits the columns best. */
function bestJoin(filled: FilledCell[], roles: readonly (ColumnRole | null)[]): FilledCell[] {
  let best: FilledCell[] = filled;
  let bestScore = -Infinity;
  for (let i = 0; i + 1 < filled.length; i++) {
    const joined = [
      ...filled.slice(0, i),
      { text: `${filled[i]!.text} ${filled[i + 1]!.text}`, at: filled[i]!.at },
      // Cells after the join sit one column left of where they were printed.
      ...filled.slice(i + 2).map((c) => ({ text: c.text, at: c.at - 1 })),
    ];
    const score = fitAfterJoins(joined, roles);
    if (score > bestScore) {
      best = joined;
      bestScore = score;
    }
  }
  return best;
}

/**
 * How well `filled` fits the columns once joined down to their number: a row two cells wider than its header (a name
 * and its wrapped half, two units one a line, 怀远 2021) is scored after its second join too, not as an impossible fit.
 */
function fitAfterJoins(filled: FilledCell[], roles: readonly (ColumnRole | null)[]): number {
  return filled.length <= roles.length ? placeCells(filled, roles).score : placeCells(bestJoin(filled, roles), roles).score;
}

/**
 * The placement of `filled` (no more cells than columns) with the best total fit (dynamic programming over cells ×
 * columns), with its score.
 */
function placeCells(filled: FilledCell[], roles: readonly (ColumnRole | null)[]): { cells: string[]; score: number } {
  const width = roles.length;
  const n = filled.length;
  // best[k][c]: best score placing the first k cells within the first c columns.
  const best: number[][] = Array.from({ length: n + 1 }, () => Array<number>(width + 1).fill(-Infinity));
  const took: boolean[][] = Array.from({ length: n + 1 }, () => Array<boolean>(width + 1).fill(false));
  for (let c = 0; c <= width; c++) best[0]![c] = 0;
  for (let k = 1; k <= n; k++) {
    for (let c = k; c <= width; c++) {
      const skip = best[k]![c - 1]!;
      const cell = filled[k - 1]!;
      const place = best[k - 1]![c - 1]! + cellFit(cell.text, roles[c - 1] ?? null) - MOVE_COST * Math.min(3, Math.abs(cell.at - (c - 1)));
      if (place > skip) {
        best[k]![c] = place;
        took[k]![c] = true;
      } else best[k]![c] = skip;
    }
  }
  const out = Array<string>(width).fill('');
  for (let k = n, c = width; k > 0 && c > 0; c--) {
    if (took[k]![c]) {
      out[c - 1] = filled[k - 1]!.text;
      k--;
    }
  }
  return { cells: out, score: best[n]![width]! };
}

const MOVE_COST = 0.2;

/** How well a cell's text fits a column's role: positive for a clear fit, negative for a clear misfit. */
export function cellFit(text: string, role: ColumnRole | null): number {
  const t = compact(text);
  const unit = looksLikeUnits(t);
  const person = PERSONS.test(t) && !unit;
  switch (role) {
    case 'number':
      return /^\d{1,4}[.、．]?$/.test(t) ? 3 : -3;
    case 'lead':
    case 'co':
    case 'units':
      return unit ? 2 : person || /^\d/.test(t) ? -2 : -0.5;
    case 'leaders':
      return person ? 2 : unit ? -2 : -0.5;
    case 'status':
      return /^(?:是|否|√|×)$/.test(t) || isStatusCell(t) ? 2 : t.length > 20 ? -1 : 0;
    case 'task':
      return t.length >= 6 && !unit && !person ? 1 : unit || person ? -1 : 0;
    case 'deadline':
      return /(?:\d{1,2}月|年底|年内|季度|上半年|下半年|\d{4})/.test(t) && t.length <= 20 ? 1 : -0.5;
    default:
      return 0;
  }
}

/** One to four names of two or three characters (分管领导 cells: 徐国江, 张三、李四). */
const PERSONS = /^[\u4e00-\u9fa5]{2,3}(?:[、,，][\u4e00-\u9fa5]{2,3}){0,3}$/;

function looksLikeUnits(t: string): boolean {
  const parts = t.split(/[、,，;；]/).filter((p) => p !== '');
  // 2所 / 73人 are quantities, not units (所 also ends 派出所).
  return parts.length > 0 && parts.every((p) => !/^\d/.test(p) && (isUnitName(p) || /^(?:相关|各)/.test(p)));
}
