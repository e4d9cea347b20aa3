/**
 * Table shape repairs that every reader needs, run once in the layout stage
 * on every table block before any extractor sees it:
 * - rows the scrape left short after a merged cell (肇庆: 大类 spans rows, the
 *   rows under it start at 序号) get the merged cells back from the row above;
 * - a table whose header row is missing (平阳: the stored excerpt starts at
 *   row 1) gets a header inferred from what its columns hold.
 */
import type { Block } from '../../model/blocks.js';
import { classifyStatusText, compact } from '../../classify/lexicon.js';
import { headerRoles, isTaskTableHeader, isTaskTableRoles } from './columns.js';
import { isUnitName, splitGluedUnits } from './unit-cells.js';

const ROW_NUMBER = /^\s*\d{1,4}\s*[.、．]?\s*$/;
/** How many leading rows may hold the header. */
const HEADER_ROWS = 3;

export function repairTables(blocks: Block[]): Block[] {
  return blocks.map((b) => (b.kind === 'table' ? { ...b, rows: repairRows(b.rows) } : b));
}

function repairRows(rows: string[][]): string[][] {
  const hi = rows.slice(0, HEADER_ROWS).findIndex(isTaskTableHeader);
  if (hi >= 0) return [...rows.slice(0, hi + 1), ...restoreMergedCells(rows[hi]!, rows.slice(hi + 1))];
  const inferred = inferHeader(rows);
  return inferred ? [inferred, ...rows] : rows;
}

/**
 * A body row shorter than the header whose row number sits left of the 序号
 * column lost the merged cells before it: take them from the row above.
 */
function restoreMergedCells(header: string[], body: string[][]): string[][] {
  const roles = headerRoles(header);
  const numberCol = roles.indexOf('number');
  const statusCol = roles.indexOf('status');
  const out: string[][] = [];
  for (const row of body) {
    const prev = out[out.length - 1];
    const at = row.findIndex((c) => ROW_NUMBER.test(c));
    const missing = numberCol - at;
    // The reader pads a short row with empty cells at its end; those are the room the merged cells need.
    const printed = withoutTrailingEmpty(row);
    if (prev && numberCol > 0 && at >= 0 && missing > 0 && printed.length + missing <= header.length) {
      out.push([...prev.slice(0, missing), ...printed]);
      continue;
    }
    // 序号 | 项目分类 | 实事内容 | 完成情况 over 2 | 新改扩建村卫生室5家。 | 已完成建设并投入使用。 | (缙云 2023): the category
    // merged down from the row above was lost and the row's cells slid left, leaving the last column empty.
    if (prev && categoryLost(printed, roles, header.length)) {
      const c = roles.indexOf('category');
      out.push([...printed.slice(0, c), prev[c] ?? '', ...printed.slice(c)]);
      continue;
    }
    const shift = prev && at < 0 ? statusShift(printed, statusCol) : 0;
    // 序号 | 项目名称 | 项目内容 | 进展 | 进度评价 | 主办单位 over rows that print only 项目内容 | 进展 | 已完成 (汶上):
    // the cells merged down from the row above were lost on both sides; the status cell says where the row sits.
    if (prev && shift > 0 && shift + printed.length <= header.length) {
      out.push([...prev.slice(0, shift), ...printed, ...prev.slice(shift + printed.length)]);
    } else out.push(row);
  }
  return out;
}

/**
 * A row one cell short, numbered in the 序号 column, whose cell under a category column right after 序号 reads as a
 * task (a sentence closed by 。/；, or a figure), not as the short name of a group.
 */
function categoryLost(printed: string[], roles: ReturnType<typeof headerRoles>, width: number): boolean {
  const c = roles.indexOf('category');
  if (c < 1 || roles[c - 1] !== 'number' || roles[c + 1] !== 'task' || printed.length !== width - 1) return false;
  if (!ROW_NUMBER.test(printed[c - 1] ?? '')) return false;
  const cell = compact(printed[c] ?? '');
  return /[。；;]$/.test(cell) || /[0-9０-９]/.test(cell);
}

/**
 * How far right a short row without a row number must move for its last cell, a status word (已完成, 正常推进),
 * to sit in the status column; 0 when it does not end with one or is already there.
 */
function statusShift(printed: string[], statusCol: number): number {
  if (statusCol < 0 || printed.length < 2) return 0;
  const last = printed.length - 1;
  if (last >= statusCol || !isStatusWordCell(printed[last]!)) return 0;
  return statusCol - last;
}

function withoutTrailingEmpty(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1]!.trim() === '') end--;
  return row.slice(0, end);
}

// ---- a header inferred from the columns' content ---------------------------

/** Share of a column's filled cells that must have a shape for the column to take its role. */
const SHAPE_SHARE = 0.6;
const STATUS_CELL_MAX = 12;

function isUnitCell(cell: string): boolean {
  const pieces = cell.split(/[\s、,，;；]+/).filter((p) => p);
  return pieces.length > 0 && pieces.every((p) => isUnitName(p) || splitGluedUnits(compact(p)).every(isUnitName));
}

function isStatusWordCell(cell: string): boolean {
  const t = compact(cell);
  if (!t || t.length > STATUS_CELL_MAX) return false;
  const s = classifyStatusText(t);
  return s !== null && s.code !== 'unknown';
}

/**
 * A header for a table printed without one, from what its columns hold: row
 * numbers, unit names, short status words, and text (the first text column is
 * the task, a later one the progress). Null unless it finds a number column, a
 * task column and at least a unit or status column: a layout table stays a layout table.
 */
export function inferHeader(rows: string[][]): string[] | null {
  const body = rows.filter((r) => r.length >= 3);
  if (body.length < 2) return null;
  const width = Math.max(...body.map((r) => r.length));
  const labels: string[] = [];
  let texts = 0;
  for (let c = 0; c < width; c++) {
    const cells = body.map((r) => (r[c] ?? '').trim()).filter((x) => x);
    const share = (test: (x: string) => boolean) => (cells.length ? cells.filter(test).length / cells.length : 0);
    if (c === 0 && share((x) => ROW_NUMBER.test(x)) >= 0.9) labels.push('序号');
    else if (share(isUnitCell) >= SHAPE_SHARE) labels.push('责任单位');
    else if (share(isStatusWordCell) >= SHAPE_SHARE) labels.push('完成状态');
    else if (cells.length) labels.push(texts++ === 0 ? '工作任务' : '进展情况');
    else labels.push('');
  }
  const roles = headerRoles(labels);
  if (!roles.includes('number') || !isTaskTableRoles(roles)) return null;
  if (!roles.includes('units') && !roles.includes('status')) return null;
  return labels;
}
