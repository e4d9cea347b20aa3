/**
 * Task tables a scrape printed one cell per paragraph, recovered as real
 * table blocks in the layout stage, so the one table reader (lead and co
 * columns, leaders, deadlines, categories, statuses) reads them like any
 * HTML table:
 *
 *   序号 / 事项分类 / 事项名称 / 项目内容 / 牵头单位 / 协同单位     (the header, one name a line)
 *   1 / 打造区域教育高地 / 新建…中小学校 / 实施…5家。 / 区教体局 / 东孝街道 / 孝顺镇 / …
 *   2 / 中小学校清廉阳光厨房建设 / 对28所…平台。 / 区教体局 / /
 *
 * Nothing marks where a cell ends, so a row runs from its number to the next
 * number in sequence, a run of unit lines is one unit cell (the first line the
 * lead's, the rest the co units', when the header has both), and the cells are
 * placed on the columns they fit (`alignToColumns`): a category a rowspan
 * printed only on the first row of its group leaves the column empty in the
 * rows below, and the table repair gives it back.
 */
import type { Block, ParaBlock } from '../../model/blocks.js';
import { compact } from '../../classify/lexicon.js';
import { columnRole, headerRoles, isHeaderFragment, isTaskTableRoles, type ColumnRole } from './columns.js';
import { alignToColumns } from './pipe-cells.js';
import { isPlaceOrPark, isUnitFragment, isUnitName } from './unit-cells.js';
import { isSectionHeading } from './cell-lines.js';

/** Longest header line (进展情况、存在问题及下一步打算 is 15 characters). */
const HEADER_CELL_MAX = 16;
/** Longest header cell the vocabulary does not know that a header may still hold (所在街道及社区). */
const UNKNOWN_CELL_MAX = 8;
/** Most columns a header printed one per line can have before it is more likely prose. */
const MAX_COLUMNS = 12;
/** Most lines one row may run to (a co-unit cell of twenty-odd towns, a wrapped text). */
const MAX_ROW_LINES = 60;
/** A cell that says "none" (协同单位 /); the other cell-by-cell readers share it. */
export const EMPTY_CELL = /^(?:\/|／|-|—|——|无)$/;

const ROW_NUMBER = /^(\d{1,4})[.、．]?$/;

/** Replace every table printed one cell per paragraph by a table block. */
export function tablesFromCellLines(blocks: Block[]): Block[] {
  // Cheap test first: a header needs a 序号 line; most documents have none.
  if (!blocks.some((b) => b.kind === 'para' && compact(b.text).length <= 4 && columnRole(b.text) === 'number')) return blocks;
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const found = blocks[i]!.kind === 'para' ? tableAt(blocks, i) : null;
    if (!found) {
      out.push(blocks[i]!);
      i++;
      continue;
    }
    const first = blocks[i] as ParaBlock;
    // The heading right above the table heads its first rows (二、李丹常务副区长牵头重点工作): a row spanning the table.
    const above = lastParagraph(out);
    const rows = above !== null && isSectionHeading(above) ? [found.rows[0]!, spanning(above, found.rows[0]!.length), ...found.rows.slice(1)] : found.rows;
    out.push({ kind: 'table', rows, ...(first.page !== undefined ? { page: first.page } : {}) });
    for (const p of found.after) out.push({ kind: 'para', text: p, ...(first.page !== undefined ? { page: first.page } : {}) });
    i = found.end;
  }
  return out;
}

function lastParagraph(blocks: Block[]): string | null {
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!;
    if (b.kind !== 'para') return null;
    if (b.text.trim() !== '') return b.text.trim();
  }
  return null;
}

function spanning(text: string, width: number): string[] {
  return [text, ...Array<string>(width - 1).fill('')];
}

/** The 序号 line that opens a header (the same table printed again under the next leader's heading). */
function opensHeader(line: string): boolean {
  return compact(line).length <= 4 && columnRole(line) === 'number';
}

interface Found {
  rows: string[][];
  /** Lines after the last row that belong to no cell (page chrome, a closing note). */
  after: string[];
  /** Index of the first block after the table. */
  end: number;
}

/** Non-empty paragraph texts from `from`, with the block index after each. */
function paraLines(blocks: Block[], from: number): Array<{ text: string; next: number }> {
  const out: Array<{ text: string; next: number }> = [];
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'para') break;
    const t = b.text.trim();
    if (t !== '') out.push({ text: t, next: k + 1 });
  }
  return out;
}

function tableAt(blocks: Block[], at: number): Found | null {
  const start = blocks[at] as ParaBlock;
  if (compact(start.text).length > 4 || columnRole(start.text) !== 'number') return null;
  const lines = paraLines(blocks, at);
  // The header: the 序号 line and the column names after it, one a line, up to the first row number.
  const header: string[] = [];
  let unknown = 0;
  let k = 0;
  for (; k < lines.length && header.length <= MAX_COLUMNS; k++) {
    const t = compact(lines[k]!.text);
    if (ROW_NUMBER.test(t)) break;
    // A header cell the page wrapped over two lines (区本级 | 任务数) names its column once joined.
    if (k + 1 < lines.length && !ROW_NUMBER.test(compact(lines[k + 1]!.text)) && isHeaderFragment(t, lines[k + 1]!.text)) {
      header.push(t + compact(lines[k + 1]!.text));
      k++;
      continue;
    }
    // One short column name the vocabulary does not know (所在街道及社区, 雨花 2021) may stand among known ones.
    if (t.length > HEADER_CELL_MAX || (columnRole(t) === null && (unknown++ > 0 || t.length > UNKNOWN_CELL_MAX))) return null;
    header.push(t);
  }
  const roles = headerRoles(header);
  // Units mark where a row's text cells end; a table without them (序号 / 小区名称 / 实施进度 / 备注) needs a task and its
  // progress or status, and its rows are placed cell by cell.
  const withUnits = roles.some(isUnitRole);
  const reported = roles.includes('task') && (roles.includes('progress') || roles.includes('status'));
  if (header.length < 3 || k >= lines.length || !isTaskTableRoles(roles) || (!withUnits && !reported)) return null;
  if (!withUnits && unknown > 0 && roles.filter((r) => r !== null).length < 3) return null;
  const rows: string[][] = [header];
  let expected = Number(ROW_NUMBER.exec(compact(lines[k]!.text))![1]);
  let after: string[] = [];
  let consumed = k;
  while (k < lines.length) {
    // The row: its number line up to the next number in sequence.
    let j = k + 1;
    while (j < lines.length && j - k <= MAX_ROW_LINES && !isRowNumber(lines[j]!.text, expected + 1) && !opensHeader(lines[j]!.text)) j++;
    let last = j >= lines.length || j - k > MAX_ROW_LINES || opensHeader(lines[j]!.text);
    // Without unit cells a row is one line a cell, so a row of more lines than columns is another layout (cells of
    // several paragraphs: cell-lines.ts reads those), and nothing but the header's width ends the last row.
    if (!withUnits && j - k > header.length) {
      if (!last || (j < lines.length && opensHeader(lines[j]!.text))) return null;
      j = k + header.length;
    }
    const { cells, rest } = withUnits
      ? rowCells(lines.slice(k + 1, j).map((l) => l.text), roles, last)
      : { cells: lines.slice(k + 1, j).map((l) => ({ text: l.text, units: false })), rest: { headings: [], lines: last ? lines.slice(j).map((l) => l.text) : [] } };
    if (cells.length === 0) break;
    const placed = placeCells(cells, roles, rows.length > 1 ? rows[rows.length - 1]! : null, String(expected));
    rows.push(placed.map((c) => (EMPTY_CELL.test(compact(c)) ? '' : c)));
    // A section heading printed between two rows (二、民生保障类) spans the table.
    for (const h of rest.headings) rows.push(spanning(h, header.length));
    after = rest.lines;
    consumed = withUnits || !last ? j : lines.length;
    if (last) break;
    k = j;
    expected++;
  }
  // A table without units is read so only with two rows or more: one row alone may be a cell-lines table's part
  // (湖州 2023, one leader's heading and table after another's).
  if (rows.length < (withUnits ? 2 : 3)) return null;
  return { rows, after, end: lines[consumed - 1]!.next };
}

function isUnitRole(r: ColumnRole | null): boolean {
  return r === 'lead' || r === 'co' || r === 'units';
}

function isRowNumber(line: string, n: number): boolean {
  const m = ROW_NUMBER.exec(compact(line));
  return m !== null && Number(m[1]) === n;
}

/**
 * The cells of one row's lines: runs of unit lines become unit cells (split lead | co where the header has
 * both), other lines one cell each. In the last row, lines after its last unit cell are not cells but what
 * follows the table; between rows, a trailing section heading is the next group's.
 */
function rowCells(
  body: string[],
  roles: (ColumnRole | null)[],
  last: boolean,
): { cells: Cell[]; rest: { headings: string[]; lines: string[] } } {
  const unitColumns = roles.filter(isUnitRole).length;
  const tailRoles = roles.slice(roles.findLastIndex(isUnitRole) + 1).filter((r) => r !== null);
  let lines = [...body];
  const rest = { headings: [] as string[], lines: [] as string[] };
  // Only where the unit columns close the header is a line after the units not a cell of this row.
  if (tailRoles.length === 0) {
    let lastUnit = lines.length - 1;
    while (lastUnit >= 0 && !isUnitLine(lines[lastUnit]!)) lastUnit--;
    if (lastUnit >= 0 && lastUnit < lines.length - 1) {
      const tail = lines.slice(lastUnit + 1);
      if (last) rest.lines = tail;
      else if (tail.every(isSectionHeading)) rest.headings = tail;
      else return { cells: groupCells(lines, unitColumns), rest };
      lines = lines.slice(0, lastUnit + 1);
    }
  }
  return { cells: groupCells(lines, unitColumns), rest };
}

interface Cell {
  text: string;
  units: boolean;
}

/** A line that reads as a unit cell's line: a body (区教体局), a town or park answering for its part (东孝街道, 源东乡), a group (各乡镇(街道)), or "none". */
function isUnitLine(line: string): boolean {
  // A list the wrap broke after its separator: 嘉善县政府、 | 长三角发展办.
  const t = compact(line).replace(/[、，,]$/, '');
  if (EMPTY_CELL.test(t)) return true;
  // A whole list on one line, the lead marked with a star: 区政府办公室*、区财政局.
  const names = t.split(/[、，,；;]/);
  return names.length <= MAX_COLUMNS * 4 && names.every((n) => isOneUnit(n.replace(/[*＊★☆]$/, '')));
}

function isOneUnit(t: string): boolean {
  return isUnitName(t) || isPlaceOrPark(t) || UNIT_GROUP.test(t);
}

/** 各乡镇(街道), 各县（市、区）政府, 相关单位: a group of bodies named at once. */
const UNIT_GROUP = /^(?:各|相关)[\u4e00-\u9fa5()（）、]{1,14}$/;

/** A unit line with the wrap's cut-off head before it joined back: 市发展民营经济工作 | 领导小组办公室. */
function unitNames(run: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < run.length; k++) {
    const t = run[k]!;
    if (!isUnitLine(t) && isUnitFragment(t) && k + 1 < run.length) {
      out.push(t + run[k + 1]!.trim().replace(/[、，,]$/, ''));
      k++;
    } else out.push(t.trim().replace(/[、，,]$/, ''));
  }
  return out;
}

function groupCells(lines: string[], unitColumns: number): Cell[] {
  const cells: Cell[] = [];
  const unitAt = (k: number) => isUnitLine(lines[k]!) || (isUnitFragment(lines[k]!) && isUnitName(lines[k + 1] ?? ''));
  // The unit cells are the row's last run of unit lines: a name before the text (新(改)建村卫生室) only looks like one.
  let runEnd = lines.length;
  while (runEnd > 0 && !unitAt(runEnd - 1)) runEnd--;
  let runStart = runEnd;
  while (runStart > 0 && unitAt(runStart - 1)) runStart--;
  let k = 0;
  while (k < lines.length) {
    if (k < runStart || k >= runEnd) {
      cells.push({ text: lines[k]!, units: false });
      k++;
      continue;
    }
    const j = runEnd;
    const names = unitNames(lines.slice(k, j));
    if (unitColumns >= 2 && names.length >= 2) {
      // 牵头单位 / 协同单位 side by side: the lead's cell is the run's first name, the rest assist.
      cells.push({ text: names[0]!, units: true });
      cells.push({ text: names.slice(1).filter((n) => !EMPTY_CELL.test(compact(n))).join('、') || '/', units: true });
    } else cells.push({ text: names.join('、'), units: true });
    k = j;
  }
  return cells;
}

/**
 * The row's cells on the header's columns. The columns before the first unit column take the text cells
 * before the first unit cell, right-aligned: a row short of them lost its leading cells to a rowspan (事项分类
 * printed once for its group), which the row above still holds. Unit cells fill the unit columns, and the
 * cells after them the columns after, left to right. A row with no unit cell is placed by fit alone.
 */
function placeCells(cells: Cell[], roles: (ColumnRole | null)[], above: string[] | null, number: string): string[] {
  const width = roles.length;
  // (A table without unit columns has every column a leading one.)
  const firstUnitCol = roles.some(isUnitRole) ? roles.findIndex(isUnitRole) : width;
  const firstUnitCell = cells.findIndex((c) => c.units);
  const out = Array<string>(width).fill('');
  const numberCol = roles.indexOf('number');
  if (numberCol >= 0) out[numberCol] = number;
  const leading = [...Array(firstUnitCol).keys()].filter((c) => c !== numberCol);
  // A row with no unit cell (cut by the page's end) has its text cells in the leading columns, left to right.
  const texts = cells.slice(0, firstUnitCell < 0 ? cells.length : firstUnitCell).map((c) => c.text);
  // More text cells than columns: a text printed over several lines (1.… 2.…); the surplus joins the last one.
  while (texts.length > leading.length && texts.length >= 2) texts.splice(texts.length - 2, 2, `${texts[texts.length - 2]!}\n${texts[texts.length - 1]!}`);
  // A row with no unit cell whose first text is no category (a sentence, 开展好“三下乡”活动。) under a category column the
  // rowspan left empty: the category is the row above's, the texts start at the task (略阳 2019).
  const categories = leading.findIndex((c) => roles[c] !== 'category');
  const underSpan = firstUnitCell < 0 && categories > 0 && texts.length > 0 && texts.length < leading.length && !isCategoryText(texts[0]!);
  const missing = underSpan ? categories : firstUnitCell < 0 ? 0 : leading.length - texts.length;
  if (missing > 0 && !leading.slice(0, missing).every((c) => roles[c] === 'category')) {
    // An empty cell the page left out (a 任务数 with nothing in it): the texts go where they fit.
    const fitted = alignToColumns(texts, leading.map((c) => roles[c] ?? null));
    leading.forEach((col, i) => {
      out[col] = fitted[i] ?? '';
    });
  } else {
    leading.forEach((col, i) => {
      out[col] = i < missing ? (above?.[col] ?? '') : (texts[i - missing] ?? '');
    });
  }
  let col = firstUnitCol;
  for (const cell of firstUnitCell < 0 ? [] : cells.slice(firstUnitCell)) {
    // A unit cell goes to the next unit column; text after the units to the next column that is not one.
    while (col < width && cell.units !== isUnitRole(roles[col] ?? null)) col++;
    if (col >= width) {
      out[width - 1] = [out[width - 1], cell.text].filter((t) => t).join(' ');
      continue;
    }
    out[col] = cell.text;
    col++;
  }
  return out;
}

/** A category cell: a few words naming a field (公共文化服务, 非遗保护), no sentence, no figure. */
function isCategoryText(text: string): boolean {
  const t = compact(text);
  return [...t].length <= 12 && /^[\u4e00-\u9fa5]+$/.test(t);
}
