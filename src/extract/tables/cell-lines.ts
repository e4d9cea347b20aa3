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

/** Longest line that can be a 序号 header cell as printed (spaces around it included). */
const NUMBER_HEADER_MAX = 12;

/** The header as consecutive one-cell paragraphs: 序号 / 目标任务 / 完成情况 / 牵头责任单位. */
export function findCellLinesHeader(lines: string[]): { header: HeaderMap; start: number; end: number } | null {
  for (let i = 0; i < lines.length; i++) {
    // 序号 / 编号 / No. are short: most lines are ruled out without the vocabulary (large documents).
    if (lines[i]!.length > NUMBER_HEADER_MAX || cellLayoutRole(lines[i]!) !== 'number') continue;
    const roles: LayoutRole[] = ['number'];
    let j = i + 1;
    while (j < lines.length && roles.length < 7) {
      const t = compact(lines[j]!);
      if (!t) {
        j++;
        continue;
      }
      if (t.length > 12 || /^\d+$/.test(t) || parseHeadingLine(lines[j]!)) break;
      const r = cellLayoutRole(t);
      if (r === 'other' || r === 'number') break;
      roles.push(r);
      j++;
    }
    const header = headerFromRoles(roles);
    if (header && roles.length >= 3) return { header, start: i, end: j };
  }
  return null;
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


