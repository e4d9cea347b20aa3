/**
 * A whole table flattened into one line with single spaces between cells.
 * Boundaries come from what stays reliable: row numbers in sequence, the
 * status word, unit shapes at the end of a row, headings between rows.
 */
import { pushAll } from '../../util/arrays.js';
import type { ExtractContext } from '../types.js';
import { cellLayoutRole, headerFromRoles, type LayoutRole, type HeaderMap } from './columns.js';
import { parseHeadingLine, pushHeadingText, type HeadingTracker } from './headings.js';
import { isUnitFragment, isUnitName, joinUnitPieces, splitGluedUnits } from './unit-cells.js';
import { isStatusCell } from './cell-status.js';
import type { RawRow } from './rows.js';

// ---- layout: the whole table flattened into one line ---------------------

const TOKEN_SPLIT = /[ \u00a0\u3000]+/;
/** A table's own heading: …统计表, …情况表(政府). */
export const TABLE_TITLE = /^.{4,60}表([(（][^()（）]*[)）])?$/;

/** The space-separated tokens of a flattened line. */
export function flatTokens(line: string): string[] {
  return line.split(TOKEN_SPLIT).filter((t) => t);
}

/** The header inside a flattened line: `… 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 …`. */
export function findFlatHeader(line: string): { title: string | null; header: HeaderMap; body: string[] } | null {
  // Cheap test first: a number header (序号, 编号, 序, No.) must be printed in the line.
  if (!line.includes('序') && !line.includes('编号') && !/no/i.test(line)) return null;
  const tokens = flatTokens(line);
  const i = tokens.findIndex((t) => cellLayoutRole(t) === 'number');
  if (i < 0) return null;
  const roles: LayoutRole[] = ['number'];
  let j = i + 1;
  while (j < tokens.length && roles.length < 7) {
    const t = tokens[j]!;
    if (t.length > 12 || /^\d+$/.test(t) || parseHeadingLine(t)) break;
    const r = cellLayoutRole(t);
    if (r === 'other' || r === 'number') break;
    roles.push(r);
    j++;
  }
  if (!headerFromRoles(roles) || roles.length < 3) return null;
  const before = tokens.slice(0, i).join(' ').trim();
  const title = TABLE_TITLE.test(before) ? before : null;
  return { title, header: { roles }, body: tokens.slice(j) };
}

/**
 * A token that is a whole unit cell: one name, names glued together, or a
 * printed list (市发改委、财政局; 市应急局等相关单位).
 */
function isUnitToken(t: string): boolean {
  const bare = t.replace(/等(相关|有关)?(单位|部门)$/, '');
  if (isUnitName(bare) || splitGluedUnits(bare).every(isUnitName)) return true;
  const pieces = bare.split(/[、，,]/);
  return pieces.length > 1 && pieces.every((p) => isUnitName(p) || isUnitFragment(p));
}

/** A row number where it is expected: standalone, or glued to the previous row's last unit (市发展改革委103). */
function rowStartAt(tokens: string[], i: number, expected: number): { glued: string | null } | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const prevOk =
    prev === undefined || isUnitToken(prev) || isStatusCell(prev) || /[。]$/.test(prev) || parseHeadingLine(prev) !== null;
  // …治理623个 9 打造背街小巷…示范街1条 区城管局 … (武侯 2018): a cell closed without 。 before the number; the unit cell
  // right after the row's text confirms that a row starts here.
  const unitFollows = tokens.slice(i + 2, i + 4).some(isUnitToken);
  if (t === String(expected) && (prevOk || unitFollows)) return { glued: null };
  const m = /^(.*[^\d.])(\d{1,4})$/.exec(t);
  if (m && Number(m[2]) === expected && isUnitToken(m[1]!)) return { glued: m[1]! };
  return null;
}

/**
 * Rows of a table flattened into one line with single spaces. Boundaries come
 * from what stays reliable: row numbers in sequence, the status word, unit
 * shapes at the end of a row, headings between rows.
 */
export function rowsFromFlatTokens(
  body: string[],
  header: HeaderMap,
  tracker: HeadingTracker,
  ctx: ExtractContext,
): RawRow[] {
  const tokens = [...body];
  const starts: number[] = [];
  let expected = 1;
  for (let i = 0; i < tokens.length; i++) {
    const s = rowStartAt(tokens, i, expected);
    if (!s) continue;
    if (s.glued !== null) {
      tokens.splice(i, 1, s.glued, String(expected));
      i++;
    }
    starts.push(i);
    expected++;
  }
  if (!starts.length) return [];
  pushHeadingTokens(tracker, tokens.slice(0, starts[0]));
  const rows: RawRow[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1] ?? tokens.length;
    const seg = tokens.slice(from + 1, to);
    const number = tokens[from]!;
    const headings = tracker.current();
    const { row, headingTokens } = flatSegmentToRow(number, seg, header, k === starts.length - 1, ctx);
    rows.push({ ...row, headings });
    pushHeadingTokens(tracker, headingTokens);
  }
  return rows;
}

function pushHeadingTokens(tracker: HeadingTracker, tokens: string[]): void {
  let acc: string[] = [];
  for (const t of tokens) {
    const h = parseHeadingLine(t);
    if (h && h.level === 1) {
      if (acc.length) pushHeadingText(tracker, acc.join(' '));
      acc = [];
      tracker.pushFirst(h.printed, h.text);
      continue;
    }
    acc.push(t);
    if (/[。]$/.test(t)) {
      pushHeadingText(tracker, acc.join(' '));
      acc = [];
    }
  }
  if (acc.length) pushHeadingText(tracker, acc.join(' '));
}

/** Where a trailing heading region starts: a few tokens after the row's last cell, ending in 。 or a 一、 heading. */
function headingRegionStart(tokens: string[], endsCell: (t: string) => boolean): number {
  let k = tokens.length;
  while (k > 0 && tokens.length - k < 4 && !endsCell(tokens[k - 1]!)) k--;
  const region = tokens.slice(k);
  const looksLikeHeadings =
    region.length > 0 && (region.some((t) => /。$/.test(t)) || region.some((t) => parseHeadingLine(t)?.level === 1));
  return looksLikeHeadings && k > 0 && endsCell(tokens[k - 1]!) ? k : tokens.length;
}

/** The run of unit tokens ending at `end` (a wrapped name's head fragment included). */
function trailingUnitRun(tokens: string[], end: number): number {
  let u = end;
  while (u > 0) {
    const t = tokens[u - 1]!;
    if (isUnitToken(t) || (u < end && isUnitFragment(t))) {
      u--;
      continue;
    }
    break;
  }
  return u;
}

/** The run of unit tokens starting at `from`. */
function leadingUnitRun(tokens: string[], from: number): number {
  let u = from;
  while (u < tokens.length && (isUnitToken(tokens[u]!) || (isUnitFragment(tokens[u]!) && isUnitToken(tokens[u + 1] ?? '')))) {
    u += isUnitFragment(tokens[u]!) && !isUnitToken(tokens[u]!) ? 2 : 1;
  }
  return u;
}

interface CellParts {
  text: string[];
  progress: string[];
  units: string[];
}

/**
 * Share a run of tokens among the text/progress/units columns it holds, in
 * printed order. Units are found by shape; a text cell before a progress cell
 * with nothing between them gets the first token (a text cell rarely holds a space).
 */
function assignCells(roles: LayoutRole[], tokens: string[]): CellParts {
  const parts: CellParts = { text: [], progress: [], units: [] };
  const ui = roles.indexOf('units');
  const put = (rs: LayoutRole[], ts: string[]) => {
    const text = rs.includes('text');
    const progress = rs.includes('progress');
    if (text && progress) {
      const textFirst = rs.indexOf('text') < rs.indexOf('progress');
      const [a, b] = textFirst ? [ts.slice(0, 1), ts.slice(1)] : [ts.slice(0, -1), ts.slice(-1)];
      pushAll(parts.text, (textFirst ? a : b));
      pushAll(parts.progress, (textFirst ? b : a));
    } else if (text) pushAll(parts.text, ts);
    else if (progress) pushAll(parts.progress, ts);
  };
  if (ui < 0) {
    put(roles, tokens);
    return parts;
  }
  const before = roles.slice(0, ui);
  const after = roles.slice(ui + 1);
  let start: number;
  let end: number;
  if (!after.length) {
    end = tokens.length;
    start = trailingUnitRun(tokens, end);
    // Leave the cells before the units at least one token each.
    start = Math.max(start, before.filter((r) => r === 'text' || r === 'progress').length > 0 ? 1 : 0);
  } else {
    start = before.length ? tokens.findIndex((t, i) => i >= 1 && isUnitToken(t)) : 0;
    if (start < 0) start = tokens.length;
    end = leadingUnitRun(tokens, start);
  }
  put(before, tokens.slice(0, start));
  parts.units = tokens.slice(start, end);
  put(after, tokens.slice(end));
  return parts;
}

function flatSegmentToRow(
  number: string,
  seg: string[],
  header: HeaderMap,
  isLast: boolean,
  ctx: ExtractContext,
): { row: Omit<RawRow, 'headings'>; headingTokens: string[] } {
  const roles = header.roles.filter((r) => r !== 'number' && r !== 'other');
  const statusLast = roles[roles.length - 1] === 'status';
  let si = -1;
  if (roles.includes('status')) {
    if (statusLast) {
      for (let i = seg.length - 1; i >= 1; i--) if (isStatusCell(seg[i]!)) { si = i; break; }
    } else si = seg.findIndex((t, i) => i >= 1 && isStatusCell(t));
    if (si < 0) {
      if (isLast) ctx.warn('truncated-row', `row ${number} is cut off: no status, progress or unit`);
      else ctx.warn('no-status', `row ${number}: no status cell found`);
      return {
        row: { number, text: seg.join(' '), statusText: null, progressLines: [], unitTexts: [] },
        headingTokens: [],
      };
    }
  }
  // The row's own cells end at its last cell; what follows (before the next number) are headings.
  const lastRole = roles[roles.length - 1];
  let cellsEnd = seg.length;
  if (statusLast) cellsEnd = si + 1;
  else if (!isLast && lastRole === 'units') {
    const from = si + 1;
    cellsEnd = from + headingRegionStart(seg.slice(from), isUnitToken);
  }
  const si2 = si < 0 ? cellsEnd : si;
  const beforeRoles = si < 0 ? roles : roles.slice(0, roles.indexOf('status'));
  const afterRoles = si < 0 ? [] : roles.slice(roles.indexOf('status') + 1);
  const a = assignCells(beforeRoles, seg.slice(0, si2));
  const b = assignCells(afterRoles, seg.slice(si < 0 ? cellsEnd : si + 1, statusLast ? si : cellsEnd));
  const units = [...a.units, ...b.units];
  if (roles.includes('units') && !units.length) ctx.warn('no-units', `row ${number}: no responsible unit found`);
  const progress = [...a.progress, ...b.progress];
  return {
    row: {
      number,
      text: [...a.text, ...b.text].join(' '),
      statusText: si < 0 ? null : seg[si]!,
      progressLines: progress.length ? [progress.join(' ')] : [],
      unitTexts: joinUnitPieces(units),
    },
    headingTokens: seg.slice(cellsEnd),
  };
}

