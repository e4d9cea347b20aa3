/**
 * Tables flattened one cell per paragraph (a scraped HTML table): the header
 * as consecutive one-cell lines, then rows that each start at a line holding
 * only the next row number.
 */
import { trimLine } from '../text.js';
import type { ExtractContext } from '../types.js';
import { compact } from '../../classify/lexicon.js';
import { cellLayoutRole, headerFromRoles, type LayoutRole, type HeaderMap } from './columns.js';
import { leaderOfHeading, parseHeadingLine, type Heading, type HeadingTracker } from './headings.js';
import { isUnitFragment, isUnitName, joinUnitPieces, splitGluedUnits } from './unit-cells.js';
import { isStatusCell } from './cell-status.js';
import type { RawRow } from './rows.js';

// ---- layout: one paragraph per cell (a notice appendix scraped from HTML) -

/** Longest line that can be a header cell as printed (spaces around it included). */
const HEADER_CELL_MAX = 12;

/**
 * The header cells one a line from `from`, the first of role `first`: their layout roles, up to a line that is too long, a
 * number, a section heading, or a role in `stops`; `end` is the line after the last header cell.
 */
function headerCells(lines: string[], from: number, first: LayoutRole, stops: LayoutRole[]): { roles: LayoutRole[]; end: number } | null {
  // Header cells are short: most lines are ruled out without the vocabulary (large documents).
  if (lines[from]!.length > HEADER_CELL_MAX || cellLayoutRole(lines[from]!) !== first) return null;
  const roles: LayoutRole[] = [first];
  let j = from + 1;
  while (j < lines.length && roles.length < 7) {
    const t = compact(lines[j]!);
    if (!t) {
      j++;
      continue;
    }
    if (t.length > HEADER_CELL_MAX || /^\d+$/.test(t) || parseHeadingLine(lines[j]!)) break;
    const r = cellLayoutRole(t);
    if (stops.includes(r)) break;
    roles.push(r);
    j++;
  }
  return { roles, end: j };
}

/** The header as consecutive one-cell paragraphs: 序号 / 目标任务 / 完成情况 / 牵头责任单位. */
export function findCellLinesHeader(lines: string[]): { header: HeaderMap; start: number; end: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = headerCells(lines, i, 'number', ['other', 'number']);
    const header = cells ? headerFromRoles(cells.roles) : null;
    if (cells && header && cells.roles.length >= 3) return { header, start: i, end: cells.end };
  }
  return null;
}

/**
 * The header of a table printed one cell a line with no 序号 column (奉化 2022: 目标任务 / 牵头单位 / 进展情况 / 下步举措): the
 * task column first, its units right after it (which is what marks each row's start), and a progress or status column.
 */
export function findUnnumberedCellLinesHeader(lines: string[]): { header: HeaderMap; start: number; end: number } | null {
  for (let i = 0; i < lines.length; i++) {
    const cells = headerCells(lines, i, 'text', ['text', 'number']);
    if (!cells) continue;
    const { roles } = cells;
    // 主要工作任务 / 牵头单位 / 责任单位 (沈河 2024): a plan's table, the task and its unit columns only, reads the same way.
    const unitColumns = roles.slice(1).every((r) => r === 'units');
    if (roles.length >= 3 && roles[1] === 'units' && (roles.includes('progress') || roles.includes('status') || unitColumns)) return { header: { roles }, start: i, end: cells.end };
  }
  return null;
}

/**
 * Rows of a table printed one cell a line without numbers: a row starts at a line that is no unit with a unit line right
 * after it (the task, then its units); what follows the units up to the next row is its progress, and a later column
 * (下步举措) starts at the first line numbered 1. after the progress. The rows are numbered in order.
 */
export function rowsFromUnnumberedCellLines(lines: string[], header: HeaderMap, tracker: HeadingTracker): RawRow[] {
  const clean = lines.map(trimLine).filter((l) => l);
  // A unit cell: one name, names glued together, or a printed list of them (区工信局、区商务局、各街道办事处).
  const isUnitLine = (k: number) =>
    k < clean.length &&
    (isUnitName(clean[k]!) || splitGluedUnits(compact(clean[k]!)).every(isUnitName) || (/[、，,]/.test(clean[k]!) && compact(clean[k]!).split(/[、，,]/).every(isUnitName)));
  // With a lead column and a co column (牵头单位 / 责任单位), the first unit line is the lead's cell, the rest the co's.
  // (The layout reads both as unit columns; the second of two is the co column.)
  const leadThenCo = header.roles.filter((r) => r === 'units').length >= 2;
  const starts: number[] = [];
  for (let k = 0; k + 1 < clean.length; k++) if (!isUnitLine(k) && isUnitLine(k + 1) && !isSectionHeading(clean[k]!)) starts.push(k);
  const laterColumn = header.roles.indexOf('other') > header.roles.indexOf('progress');
  return starts.map((at, n) => {
    const end = starts[n + 1] ?? clean.length;
    let k = at + 1;
    while (k < end && isUnitLine(k)) k++;
    const rest = clean.slice(k, end);
    const measures = laterColumn ? rest.findIndex((l, i) => i > 0 && /^1\s*[.、．]/.test(l)) : -1;
    const units = joinUnitPieces(clean.slice(at + 1, k));
    // 1.主动对接…: the task cell's own number is the row's.
    const own = /^\s*(\d{1,3})\s*[.、．]\s*(?=\S)/.exec(clean[at]!);
    return {
      number: own ? own[1]! : String(n + 1),
      headings: tracker.current(),
      text: own ? clean[at]!.slice(own[0].length) : clean[at]!,
      statusText: null,
      progressLines: measures > 0 ? rest.slice(0, measures) : rest,
      unitTexts: leadThenCo ? units.slice(0, 1) : units,
      ...(leadThenCo ? { coUnitTexts: units.slice(1) } : {}),
    };
  });
}



/**
 * The trailing run of unit lines in a row's cell lines, re-joining a name the
 * wrap split over two lines. Returns the index where the run starts.
 */
function unitRunStart(lines: string[], end: number, from: number): number {
  let k = end;
  while (k > from) {
    const t = lines[k - 1]!;
    if (isUnitName(t) || splitGluedUnits(compact(t)).every(isUnitName)) {
      k--;
      continue;
    }
    // A head fragment directly before a unit line: 市发展民营经济工作 | 领导小组办公室;
    // or a list the wrap broke after its separator: 嘉善县政府、 | 长三角发展办.
    if (k < end && (isUnitFragment(t) || endsUnitList(t))) {
      k--;
      continue;
    }
    break;
  }
  return k;
}

function endsUnitList(line: string): boolean {
  const t = compact(line);
  return /[、,，]$/.test(t) && isUnitName(t.slice(0, -1));
}

/**
 * Rows from one-paragraph-per-cell lines. A row starts at a line holding only
 * the next number (or the same number again, when the page split a row and
 * repeated its task text). Section headings sit between a row's last unit and
 * the next number.
 */
export function rowsFromCellLines(
  lines: string[],
  header: HeaderMap,
  tracker: HeadingTracker,
  ctx: ExtractContext,
): RawRow[] {
  const clean = lines.map(trimLine).filter((l) => l);
  const groups: { number: string; headings: Heading[]; lines: string[] }[] = [];
  let cur: { number: string; headings: Heading[]; lines: string[] } | null = null;
  let afterHeading = false;
  for (let i = 0; i < clean.length; i++) {
    const t = clean[i]!;
    // The header printed again for the next section (湖州: one table per leader); the line above it heads that section.
    const again = repeatedHeaderLength(clean, i, header);
    if (again > 0) {
      const above = cur?.lines[cur.lines.length - 1];
      if (cur && above !== undefined && isSectionHeading(above)) {
        cur.lines.pop();
        tracker.pushSecond(null, above, false);
      }
      i += again - 1;
      continue;
    }
    const num = /^(\d{1,4})$/.exec(compact(t));
    if (num) {
      const n = Number(num[1]);
      const prev = cur ? Number(cur.number) : null;
      const isNext = prev === null ? true : n === prev + 1;
      const isRepeat = prev !== null && n === prev && compact(clean[i + 1] ?? '') === compact(cur!.lines[0] ?? '');
      if (isNext || isRepeat) {
        if (cur) groups.push(cur);
        cur = { number: num[1]!, headings: tracker.current(), lines: [] };
        afterHeading = false;
        continue;
      }
    }
    if (!cur) {
      tracker.pushLine(t);
      continue;
    }
    const last = cur.lines[cur.lines.length - 1] ?? '';
    if ((afterHeading || (cur.lines.length >= 2 && isUnitName(last))) && parseHeadingLine(t)) {
      tracker.pushLine(t);
      afterHeading = true;
      continue;
    }
    if (afterHeading) {
      ctx.warn('stray-line', `line between a heading and row ${Number(cur.number) + 1} ignored: ${t.slice(0, 30)}`);
      continue;
    }
    cur.lines.push(t);
  }
  if (cur) groups.push(cur);
  return groups.map((g, gi) => cellLinesToRow(g, header, ctx, gi === groups.length - 1));
}

/** How many lines from `at` repeat the header (序号 / 目标任务 / 推进情况), or 0. */
function repeatedHeaderLength(lines: string[], at: number, header: HeaderMap): number {
  const n = header.roles.length;
  for (let k = 0; k < n; k++) {
    const t = compact(lines[at + k] ?? '');
    if (!t || t.length > 12 || cellLayoutRole(t) !== header.roles[k]) return 0;
  }
  return n;
}

/** A line that heads a section of rows: numbered (一、…) or naming the leader in charge (吴智勇常务副市长主抓重点工作). */
export function isSectionHeading(line: string): boolean {
  return parseHeadingLine(line) !== null || leaderOfHeading(line) !== null;
}

function cellLinesToRow(
  g: { number: string; headings: Heading[]; lines: string[] },
  header: HeaderMap,
  ctx: ExtractContext,
  isLast: boolean,
): RawRow {
  const order = header.roles.filter((r) => r !== 'number' && r !== 'other');
  const lines = [...g.lines];
  const text = lines.shift() ?? '';
  let statusText: string | null = null;
  if (order.includes('status')) {
    const si = lines.findIndex(isStatusCell);
    if (si >= 0) statusText = lines.splice(si, 1)[0]!;
  }
  let units: string[] = [];
  let progress: string[] = [];
  const unitsFirst = order.indexOf('units') >= 0 && order.indexOf('units') < order.indexOf('progress');
  if (unitsFirst) {
    let k = 0;
    while (k < lines.length && (isUnitName(lines[k]!) || (isUnitFragment(lines[k]!) && isUnitName(lines[k + 1] ?? '')))) k++;
    units = lines.slice(0, k);
    progress = lines.slice(k);
  } else {
    // Page chrome after the last row (扫一扫…) is not part of it: find the last unit run.
    let end = lines.length;
    if (isLast) {
      while (end > 0 && !isUnitName(lines[end - 1]!)) end--;
      if (end < lines.length) ctx.warn('trailing-text', `text after the last row ignored: ${lines.slice(end).join(' ').slice(0, 40)}`);
      if (end === 0) end = lines.length;
    }
    const start = order.includes('units') ? unitRunStart(lines, end, 0) : end;
    units = lines.slice(start, end);
    progress = lines.slice(0, start);
  }
  return {
    number: g.number,
    headings: g.headings,
    text,
    statusText,
    progressLines: progress,
    unitTexts: joinUnitPieces(units),
  };
}



