/**
 * Tables a page printed one row a line with a single space between cells (the
 * borders gone, the spaces the only trace of them):
 *
 *   序号 实事工程项目 年度目标 目前进度 下一步工作措施 存在问题 责任领导 牵头部门
 *   1 河道消除治理项目 通过水生态修复…。 项目已全部完成。 / / 王  忠 乐余水利站
 *   4 “口袋公园”建设项目 在兆丰社区…。 项目已全部完成。 / / 陶静华   ⏎ 范颖飞 ⏎ 钱  辉 ⏎ 镇社会治理…、镇妇联
 *
 * The header is a line of column names the one vocabulary knows, split at its
 * spaces; a row starts at a line opening with the next number and takes the
 * lines after it up to the next (a cell that wrapped). Within a row a name the
 * print padded to three characters (王  忠) is one token, several names in a
 * row are one leader cell, and the tokens are placed on the columns they fit.
 */
import type { Block, ParaBlock } from '../../model/blocks.js';
import { compact } from '../../classify/lexicon.js';
import { columnRole, headerRoles, isTaskTableHeader, type ColumnRole } from './columns.js';
import { alignToColumns } from './pipe-cells.js';
import { EMPTY_CELL } from './cell-line-table.js';
import { isUnitName } from './unit-cells.js';

/** Fewest column names for a line to be taken as a spaced header. */
const MIN_COLUMNS = 4;
/** Longest column name (进展情况、存在问题及下一步打算 is 15 characters). */
const NAME_MAX = 16;
/** Most lines one row may run to (a cell wrapped, names one a line). */
const MAX_ROW_LINES = 12;

const SPACES = /[ \u00a0\u3000]+/;

/** The column names of a header printed with single spaces; null when the line is not one. */
export function splitSpacedHeader(line: string): string[] | null {
  const t = line.trim();
  if (!/[ \u00a0\u3000]/.test(t) || t.length > MAX_HEADER_LINE) return null;
  const names = t.split(SPACES);
  if (names.length < MIN_COLUMNS || names.some((n) => n.length > NAME_MAX)) return null;
  const roles = names.map(columnRole);
  // One name outside the vocabulary (存在问题) is a column nobody reads; more means prose.
  if (roles[0] !== 'number' || roles.filter((r) => r === null).length > 1) return null;
  return isTaskTableHeader(names) ? names : null;
}

const MAX_HEADER_LINE = 160;

/** Replace a spaced header and the rows after it by one table block. */
export function tablesFromSpacedCells(blocks: Block[]): Block[] {
  // Cheap test first: a spaced header opens with 序号.
  if (!blocks.some((b) => b.kind === 'para' && /^\s*(?:序号|编号|序)\s/.test(b.text))) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const header = b.kind === 'para' ? splitSpacedHeader(b.text) : null;
    if (!header) {
      out.push(b);
      continue;
    }
    const found = rowsAfter(blocks, i + 1, headerRoles(header));
    if (found.rows.length === 0) {
      out.push(b);
      continue;
    }
    out.push({ kind: 'table', rows: [header, ...found.rows], ...((b as ParaBlock).page !== undefined ? { page: (b as ParaBlock).page } : {}) });
    i = found.end - 1;
  }
  return out;
}

function rowsAfter(blocks: Block[], from: number, roles: (ColumnRole | null)[]): { rows: string[][]; end: number } {
  const rows: string[][] = [];
  let expected = 1;
  let k = from;
  while (k < blocks.length) {
    const first = textOf(blocks[k]!);
    if (first === null || rowNumberOf(first) !== expected) break;
    const tokens = first.trim().split(SPACES).slice(1).filter((t) => t !== '');
    let j = k + 1;
    let prose = false;
    // Lines up to the next row number belong to this row (a wrapped cell, names printed one a line).
    while (j < blocks.length && j - k < MAX_ROW_LINES) {
      const t = textOf(blocks[j]!);
      if (t === null || rowNumberOf(t) === expected + 1 || splitSpacedHeader(t)) break;
      // A long line is the page going on after the table, not a wrapped cell.
      if (t.trim().length > WRAPPED_LINE_MAX) {
        prose = true;
        break;
      }
      if (t.trim() !== '') tokens.push(...t.trim().split(SPACES));
      j++;
    }
    const cells = joinPersonRuns(joinPaddedNames(tokens), roles);
    rows.push(alignToColumns([String(expected), ...cells], roles).map((c) => (EMPTY_CELL.test(compact(c)) ? '' : c)));
    expected++;
    k = j;
    if (prose) break;
  }
  return { rows, end: k };
}

/** Longest line taken as the wrapped part of a row's cell. */
const WRAPPED_LINE_MAX = 60;

function textOf(b: Block): string | null {
  return b.kind === 'para' ? b.text : null;
}

/**
 * The number opening a row's line: `1 地区生产总值…`, a number alone on its line whose cells follow one a line (`5`), or a
 * starred row a county marks as a priority (`★6 更深层次…`, 怀远 2021).
 */
function rowNumberOf(line: string): number | null {
  const m = /^\s*[★☆※]?(\d{1,4})[.、．]?(?:[ \u00a0\u3000]|$)/.exec(line);
  return m ? Number(m[1]) : null;
}

/** 王 | 忠 → 王  忠: a two-character name the print padded to the width of three. */
function joinPaddedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (/^\p{Script=Han}$/u.test(t) && next !== undefined && /^\p{Script=Han}$/u.test(next)) {
      out.push(`${t}  ${next}`);
      i++;
    } else out.push(t);
  }
  return out;
}

/** A person's name as a leader cell prints it: two or three characters, or two padded to three. */
const PERSON = /^\p{Script=Han}(?:\p{Script=Han}{1,2}|\s+\p{Script=Han})$/u;

/** Several names in a row (陶静华 范颖飞 钱  辉) are one leader cell, where the header has one. */
function joinPersonRuns(tokens: string[], roles: (ColumnRole | null)[]): string[] {
  if (!roles.includes('leaders')) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    // 屈 磊 商务局 (怀远 2021): a unit of three characters closing the names is the next cell, no name.
    while (j < tokens.length && PERSON.test(tokens[j]!) && !isUnitName(tokens[j]!)) j++;
    if (j - i >= 2) {
      out.push(tokens.slice(i, j).join('、'));
      i = j - 1;
    } else out.push(tokens[i]!);
  }
  return out;
}
