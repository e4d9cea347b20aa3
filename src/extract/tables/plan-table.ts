/**
 * Tables read the plan way: a header row (or two, when 责任单位 spans 牵头单位 |
 * 配合单位) names the columns; rows spanning the table are sections; a task
 * cell repeated by a rowspan is one task; a table split by pages is joined.
 */
import { maxOf, pushAll } from '../../util/arrays.js';
import type { Block } from '../../model/blocks.js';
import type { Task, Unit } from '../../model/schema.js';
import type { ExtractContext } from '../types.js';
import { parseMarker, toChineseNumeral } from '../numbering.js';
import type { UnitListOptions } from '../units.js';
import { parseArabic, stripSpaces, toHalfWidth, trimLine } from '../text.js';
import { columnRole, headerRoles, isTaskTableHeader, type ColumnRole } from './columns.js';
import { isStatusCell, statusOfRow } from './cell-status.js';
import { isUnitName, splitGluedUnits, splitPersonNames, splitUnitCell } from './unit-cells.js';
import { buildTask, parseLabelled, takeInlineAssignment, takeTrailingLabels, type Assignment, type Role } from '../assignments.js';
import { looksLikeUnitList } from '../units.js';
import { leadersOfHeading } from '../leaders.js';

/** The column roles a row reads; target and remark columns are read by nobody. */
type Column = Exclude<ColumnRole, 'target' | 'remark'>;

interface TableLayout {
  /** Index of the last header row (a header may take two rows). */
  headerRow: number;
  columns: Map<number, Column>;
  /** Printed header label per column, for a status column that asks a question (是否完成). */
  labels: string[];
}

function tableLayout(rows: string[][]): TableLayout | null {
  for (let r = 0; r < Math.min(rows.length, 4); r++) {
    if (!isTaskTableHeader(rows[r]!)) continue;
    // "责任单位" spanning "牵头单位 | 配合单位" on a second header row: the lower row names the columns.
    const next = rows[r + 1];
    const headerRows = next && isSubHeader(rows[r]!, next) ? [rows[r]!, next] : [rows[r]!];
    const headerRow = r + headerRows.length - 1;
    const labels = rows[headerRow]!.map((c) => stripSpaces(c));
    return { headerRow, columns: headerColumns(headerRows, rows.slice(headerRow + 1)), labels };
  }
  return null;
}

/**
 * Column roles from one or two header rows; the lower row wins where it differs
 * (it splits a spanned cell). Several task-like columns (考核项目 | 考核指标 |
 * 考核内容): the task is the one whose cells differ most from row to row; a
 * column whose cells repeat (a rowspan group) is the category.
 */
function headerColumns(headerRows: string[][], body: string[][]): Map<number, Column> {
  const width = maxOf(headerRows.map((r) => r.length));
  // Each header row's roles once (per column it made the cost columns²; a scraped row can have thousands).
  const rowRoles = headerRows.map((row) => headerRoles(row));
  const roles: (ColumnRole | null)[] = [];
  for (let c = 0; c < width; c++) {
    let role: ColumnRole | null = null;
    for (const r of rowRoles) role = r[c] ?? role;
    roles.push(role);
  }
  const taskCols = roles.flatMap((r, c) => (r === 'task' ? [c] : []));
  if (taskCols.length > 1) {
    const distinct = (c: number) => new Set(body.map((row) => stripSpaces(row[c] ?? '')).filter((x) => x)).size;
    const task = taskCols.reduce((a, b) => (distinct(b) > distinct(a) ? b : a));
    const groups = taskCols.filter((c) => c !== task && c < task);
    for (const c of taskCols) if (c !== task) roles[c] = null;
    if (groups.length && !roles.includes('category')) roles[groups[groups.length - 1]!] = 'category';
  }
  promoteVerdictColumn(roles, body);
  const columns = new Map<number, Column>();
  for (let c = 0; c < width; c++) {
    const role = roles[c];
    if (!role || role === 'target' || role === 'remark') continue;
    // A header spanning two columns repeats its text; the first column keeps the role.
    if (![...columns.values()].includes(role)) columns.set(c, role);
  }
  return columns;
}

/** Share of a column's filled cells that must be verdict words for the column to be the status column. */
const VERDICT_SHARE = 0.6;

/**
 * Several progress-like columns and no status column (年度完成情况 | 完成成效):
 * the one whose cells are short verdicts (完成任务, 超额完成) is the status column.
 */
function promoteVerdictColumn(roles: (ColumnRole | null)[], body: string[][]): void {
  const progress = roles.flatMap((r, c) => (r === 'progress' ? [c] : []));
  if (progress.length < 2 || roles.includes('status')) return;
  for (const c of progress) {
    const cells = body.map((row) => row[c] ?? '').filter((x) => stripSpaces(x) !== '');
    if (cells.length && cells.filter(isStatusCell).length / cells.length >= VERDICT_SHARE) {
      roles[c] = 'status';
      return;
    }
  }
}

/** Longest cell of a second header row (牵头单位, 配合单位, 完成时限). */
const SUB_HEADER_CELL_MAX = 8;

/**
 * A second header row: every cell repeats the row above (a spanned header) or
 * is itself a short header word. A row printing one text across the table
 * (一、努力完成全年主要预期目标) is a section, not a header.
 */
function isSubHeader(upper: string[], lower: string[]): boolean {
  if (new Set(lower.map(stripSpaces).filter((c) => c)).size <= 1) return false;
  let splits = 0;
  for (let c = 0; c < lower.length; c++) {
    const cell = stripSpaces(lower[c] ?? '');
    if (cell === stripSpaces(upper[c] ?? '') || cell === '') continue;
    if (cell.length > SUB_HEADER_CELL_MAX || columnRole(cell) === null) return false;
    splits++;
  }
  return splits > 0;
}

export function isPlanTable(rows: string[][]): boolean {
  return tableLayout(rows) !== null;
}

/**
 * The plan tables of a document, each as one list of rows: a table split by
 * pages (a header-less continuation of the same width, or the header printed
 * again) is joined to the table it continues.
 */
export function planTables(blocks: Block[]): string[][][] {
  const out: string[][][] = [];
  let width = -1;
  let header = '';
  for (const b of blocks) {
    if (b.kind !== 'table' || b.rows.length === 0) continue;
    const w = maxOf(b.rows.map((r) => r.length));
    const layout = tableLayout(b.rows);
    if (layout) {
      const h = b.rows[layout.headerRow]!.map(stripSpaces).join('|');
      if (out.length > 0 && w === width && h === header) pushAll(out[out.length - 1]!, b.rows);
      else out.push([...b.rows]);
      width = w;
      header = h;
    } else if (out.length > 0 && w === width) {
      pushAll(out[out.length - 1]!, b.rows);
    } else {
      width = -1;
    }
  }
  return out;
}

export function extractTablePlan(rows: string[][], ctx: ExtractContext, unitOpts: UnitListOptions): Task[] {
  const layout = tableLayout(rows);
  if (!layout) return [];
  const cols = layout.columns;
  const colOf = (role: Column) => [...cols.entries()].find(([, r]) => r === role)?.[0];
  const header = rows[layout.headerRow]!.map((c) => stripSpaces(c));
  let categoryIndex = 0;
  const tasks: Task[] = [];
  const sections: Array<{ label: string; title: string; rank: number; leaders: string[] }> = [];
  let category: string | null = null;
  let counter = 0;
  let previousKey: string | null = null;

  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!.map((c) => trimLine(c));
    if (row.every((c) => c === '')) continue;
    // A header printed again (a page break in the table) is not a task.
    const distinct = new Set(row.filter((c) => c !== ''));
    if (row.map(stripSpaces).join('|') === header.join('|') || isRepeatedHeader(row, distinct.size)) continue;
    const unitCells = [...cols.entries()].filter(([, role]) => role === 'lead' || role === 'co' || role === 'units').map(([c]) => row[c] ?? '');
    const numColumn = colOf('number');
    const taskColumn = colOf('task');
    const numberCell = numColumn !== undefined ? stripSpaces(row[numColumn] ?? '') : '';
    const taskCell = taskColumn !== undefined ? (row[taskColumn] ?? '') : '';
    // A section row spans the table ("一、稳增长" repeated in every cell), or prints a Chinese numeral in 序号 with no units.
    const spansRow = distinct.size === 1 && (unitCells.every((c) => c === '') || unitCells.every((c) => c === [...distinct][0]));
    const numberedSection = !spansRow && unitCells.every((c) => c === '') && /^[一二三四五六七八九十]+[、.．]?$/.test(numberCell) && taskCell !== '';
    if (spansRow || numberedSection) {
      const title = spansRow ? [...distinct][0]! : `${numberCell.replace(/[、.．]$/, '')}、${taskCell}`;
      const numbered = parseMarker(title);
      // An unnumbered section row (强化产业技术支撑。) sits just below the numbered section it follows.
      const rank = numbered ? numbered.marker.rank : unnumberedRank(sections);
      while (sections.length > 0 && sections[sections.length - 1]!.rank >= rank) sections.pop();
      // 二、李丹常务副区长牵头重点工作: the leader the section puts in charge of its rows.
      sections.push({ label: numbered ? numbered.marker.label : '', title: numbered ? numbered.rest : title, rank, leaders: leadersOfHeading(title) });
      continue;
    }
    const taskCol = colOf('task');
    let text = taskCol !== undefined ? (row[taskCol] ?? '') : '';
    const numCol = colOf('number');
    let number = numCol !== undefined ? stripSpaces(toHalfWidth(row[numCol] ?? '')).replace(/[.、,，]$/, '') : '';
    const inText = parseMarker(text);
    if (inText && (number === '' || inText.marker.number === number)) {
      if (number === '') number = inText.marker.number;
      text = inText.rest;
    }
    number = number.replace(/^[(（](.+)[)）]$/, '$1');
    if (number === '') number = String(++counter);
    else counter = parseArabic(number) ?? counter;

    const catCol = colOf('category');
    const cat = catCol !== undefined ? trimLine(row[catCol] ?? '') : '';
    if (catCol !== undefined && cat !== '' && cat !== category) {
      category = cat;
      categoryIndex++;
    }

    const assignments: Assignment[] = [];
    const progress: string[] = [];
    let statusCell: string | null = null;
    for (const [c, role] of cols) {
      const cell = row[c] ?? '';
      if (role === 'progress') {
        if (cell !== '') progress.push(cell);
        continue;
      }
      if (role === 'status') {
        statusCell = cell === '' ? null : cell;
        continue;
      }
      if (role === 'task' || role === 'number' || role === 'category') continue;
      // A unit cell naming its head as well (市民政局 伍泽国): the person is a leader.
      const { rest, persons } = role === 'leaders' || role === 'deadline' ? { rest: cell, persons: [] } : splitPersonNames(cell);
      if (persons.length) assignments.push({ role: 'leaders', value: persons.join('、') });
      const value = cellList(rest);
      if (value === '') continue;
      // A unit cell may carry its own labels ("牵头：市发改委；配合：市财政局").
      const labelled = role === 'deadline' || role === 'leaders' ? [] : parseLabelled(value);
      const assignedRole: Role = role === 'units' ? 'leadOrSole' : (role as Role);
      if (labelled.length > 0) pushAll(assignments, labelled);
      // One unit per printed line (市科技局 | xx师范大学): each line is a whole name, not a list sharing a prefix.
      else if (role !== 'leaders' && role !== 'deadline' && isOneUnitPerLine(rest)) {
        assignments.push({ role: assignedRole, value, units: splitUnitCell(rest, unitOpts) });
      } else assignments.push({ role: assignedRole, value });
    }
    const inline = takeInlineAssignment(text, false, unitOpts);
    // Labels written into the task cell itself (…。责任单位:A、B), as in the flattened layouts.
    const labelled = takeTrailingLabels(inline.text);
    text = labelled.text;
    assignments.push(...inline.assignments, ...labelled.assignments);

    // A task cell spanning several rows repeats in each: one task, with the rows' units merged.
    const key = `${number}|${stripSpaces(text)}`;
    const categoryMarker = category ? parseMarker(category) : null;
    const sectionTitles = [...sections.map((s) => s.title), ...(category ? [categoryMarker ? categoryMarker.rest : category] : [])];
    // An unnumbered category column gets its position as a Chinese numeral, so numbers restarting per category stay apart.
    const categoryLabel = category ? (categoryMarker ? categoryMarker.marker.label : toChineseNumeral(categoryIndex)) : null;
    const path = [...sections.filter((s) => s.label !== '').map((s) => s.label), ...(categoryLabel ? [categoryLabel] : []), number];
    const task = buildTask(number, path, sectionTitles, text, assignments, unitOpts);
    if (task.leaders.length === 0) task.leaders = [...(sections.findLast((s) => s.leaders.length > 0)?.leaders ?? [])];
    if (progress.length) task.progress = progress.join('\n');
    task.status = statusOfRow(statusCell, layout.labels[[...cols.entries()].find(([, r]) => r === 'status')?.[0] ?? -1]);
    const prev = tasks[tasks.length - 1];
    if (prev && key === previousKey) {
      mergeUnits(prev.leadUnits, task.leadUnits);
      mergeUnits(prev.coUnits, task.coUnits);
      for (const l of task.leaders) if (!prev.leaders.includes(l)) prev.leaders.push(l);
      prev.deadline ??= task.deadline;
      continue;
    }
    previousKey = key;
    tasks.push(task);
  }
  if (tasks.length === 0) ctx.warn('no-tasks', 'the plan table has a header but no task rows');
  return tasks;
}

/**
 * A cell whose every printed line is one whole unit name; a wrap inside a list (徐州经开区、高新 | 区管委会) is not.
 * Whole names glued where the line breaks were lost count too: a PDF print whose unit column is one character
 * wide wraps after every character, so its reader cannot tell the <br> (市科技局市财政局).
 */
function isOneUnitPerLine(cell: string): boolean {
  const lines = cell.split(/\r?\n/).map(trimLine).filter((l) => l !== '');
  if (lines.length > 1) return lines.every(isUnitName);
  return lines.length === 1 && !/[、,，;；\s]/.test(lines[0]!) && splitGluedUnits(lines[0]!).length > 1;
}

/** A header printed again at a page break: several cells, each a short header word. */
function isRepeatedHeader(row: string[], distinct: number): boolean {
  return distinct > 1 && row.every((c) => c === '' || (stripSpaces(c).length <= 12 && columnRole(c) !== null));
}

function unnumberedRank(sections: Array<{ label: string; rank: number }>): number {
  const numbered = sections.filter((x) => x.label !== '');
  return numbered.length ? numbered[numbered.length - 1]!.rank + 0.5 : 0;
}

/** A cell that prints one unit (or leader) per line: the line breaks separate names; otherwise they are wrapping. */
function cellList(cell: string): string {
  // 教体局 发改委 住建局 (奉新 2021): names a page separated by single spaces, each a whole unit.
  const spaced = cell.trim().split(/[ \u00a0\u3000]+/);
  if (spaced.length > 1 && !/\n/.test(cell) && spaced.every((p) => isUnitName(p))) return spaced.join('、');
  const lines = cell.split(/\r?\n/).map(trimLine).filter((l) => l !== '');
  if (lines.length > 1 && lines.every((l) => looksLikeUnitList(l) || /^\p{Script=Han}{2,4}$/u.test(l))) return lines.join('、');
  return cell;
}

function mergeUnits(into: Unit[], from: Unit[]): void {
  for (const u of from) if (!into.some((x) => x.name === u.name && x.note === u.note)) into.push(u);
}
