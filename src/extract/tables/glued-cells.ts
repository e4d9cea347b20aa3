/**
 * Tables a page printed with the cell borders gone and nothing in their place:
 * `类别序号重点督办内容牵头单位全年完成情况` as the header, then one line a row,
 * `经济社会发展主要预期目标1地区生产总值增长6%左右。区发展改革委西城区地区生产总值…`.
 * The header splits at the words that end column names (…序号, …内容, …单位,
 * …情况), checked against the one column vocabulary; a row splits by what
 * each column holds: the category before the row number, the task up to its
 * 。, the unit names the unit grammar recognises, and the progress after them.
 */
import type { Block, ParaBlock } from '../../model/blocks.js';
import { compact } from '../../classify/lexicon.js';
import { columnRole, isTaskTableHeader, type ColumnRole } from './columns.js';
import { isUnitName } from './unit-cells.js';

/** Words a column name ends with; the header is cut after each. */
const NAME_END = /类别|序号|编号|内容|任务|事项|措施|单位|部门|领导|责任人|时限|时间|情况|进展|进度|状态|备注/g;

/** Longest header line read: a glued header is a few short names. */
const HEADER_MAX = 48;

/** The column names of a glued header line; null when the line is not one. */
export function splitGluedHeader(line: string): string[] | null {
  const t = compact(line);
  if (t.length > HEADER_MAX || t.length < 8 || !/序号|编号/.test(t) || /[，,。；;：:、|\t]/.test(t)) return null;
  const cells: string[] = [];
  let start = 0;
  for (const m of t.matchAll(NAME_END)) {
    const end = (m.index ?? 0) + m[0].length;
    const piece = t.slice(start, end);
    // 进展 + 情况, 完成 + 进度: an end word right after another belongs to the same name.
    if (cells.length && columnRole(piece) !== null && /^(?:情况|进度|状态)$/.test(piece)) cells[cells.length - 1] += piece;
    else cells.push(piece);
    start = end;
  }
  if (start !== t.length || cells.length < 3) return null;
  const roles = cells.map(columnRole);
  if (roles.some((r) => r === null) || !roles.includes('number') || !isTaskTableHeader(cells)) return null;
  return cells;
}

/** Replace a glued header and the glued rows after it by one table block. */
export function tablesFromGluedCells(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const header = b.kind === 'para' ? splitGluedHeader(b.text) : null;
    if (!header) {
      out.push(b);
      continue;
    }
    const roles = header.map(columnRole);
    const rows: string[][] = [header];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.kind !== 'para') break;
      if (next.text.trim() === '') continue;
      const row = splitGluedRow(next.text.trim(), roles, rows.length);
      if (!row) break;
      rows.push(row);
    }
    if (rows.length < 2) {
      out.push(b);
      continue;
    }
    out.push({ kind: 'table', rows, ...((b as ParaBlock).page !== undefined ? { page: (b as ParaBlock).page } : {}) });
    i = j - 1;
  }
  return out;
}

/** A row's cells by the header's roles; null when the line is not the row numbered `expected`. */
export function splitGluedRow(line: string, roles: readonly (ColumnRole | null)[], expected: number): string[] | null {
  const numberAt = roles.indexOf('number');
  // The cells before the number (a category) hold no digits; the number is the expected one.
  const m = /^([^\d]{0,40}?)(\d{1,4})(?!\d)/.exec(line);
  if (!m || Number(m[2]) !== expected) return null;
  const cells: string[] = Array<string>(roles.length).fill('');
  if (numberAt > 0) cells[numberAt - 1] = m[1]!;
  else if (m[1] !== '') return null;
  cells[numberAt] = m[2]!;
  let rest = line.slice(m[0].length);
  for (let c = numberAt + 1; c < roles.length; c++) {
    const last = c === roles.length - 1;
    const cut = last ? rest.length : cellEnd(rest, roles[c]!);
    cells[c] = rest.slice(0, cut);
    rest = rest.slice(cut);
  }
  return cells;
}

/** Where the cell of `role` at the head of `text` ends. */
function cellEnd(text: string, role: ColumnRole): number {
  if (role === 'lead' || role === 'co' || role === 'units') return unitRunEnd(text);
  // The task (and any text column) ends with its sentence; without a 。 the rest is one cell.
  const stop = text.indexOf('。');
  return stop >= 0 ? stop + 1 : text.length;
}

/** Longest unit name read at the head of a cell. */
const UNIT_MAX = 24;

/**
 * The end of the unit names at the head of `text`: the shortest head of four
 * characters or more that the unit grammar takes as a whole name (区发展改革委 in
 * 区发展改革委西城区地区生产总值…), stretched to a name ending a few characters on
 * (区人力社保局, not 区人力社), then again after each 、.
 */
function unitRunEnd(text: string): number {
  let at = 0;
  for (;;) {
    let end = -1;
    for (let k = at + 4; k <= Math.min(text.length, at + UNIT_MAX); k++) {
      if (isUnitName(text.slice(at, k))) {
        end = k;
        break;
      }
    }
    if (end < 0) return at;
    // A suffix inside a longer name (区人力社 | 保局): a whole name ending a few characters on wins.
    for (let k = end + 1; k <= Math.min(text.length, end + 4) && !/\d/.test(text[k - 1]!); k++) {
      if (isUnitName(text.slice(at, k))) end = k;
    }
    if (text[end] !== '、') return end;
    at = end + 1;
  }
}
