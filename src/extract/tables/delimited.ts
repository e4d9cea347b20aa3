/**
 * Tables pasted from Excel into a text file or a <pre>/<p> page arrive as one
 * line per row with the cells separated by TABs (or, after an editor turned
 * the TABs into spaces, by runs of spaces); tables a scraper stored as text
 * arrive as `cell | cell |` rows. The readers keep such lines as
 * paragraphs; here a run of them that starts with a recognisable header row
 * becomes a table block, so every extractor reads it as the table it was.
 */
import type { Block, ParaBlock } from '../../model/blocks.js';
import { MAX_HEADER_COLUMNS, columnRole, headerRoles, isTaskTableHeader, type ColumnRole } from './columns.js';
import { ROW_NUMBER_CELL, alignToColumns, cellFit } from './pipe-cells.js';
import { parseHeadingLine } from './headings.js';

/**
 * A run of two or more spaces separates cells; one space never does, because
 * a cell's own text may hold one (2023年 1—6月). NBSP and the ideographic space count.
 */
const SPACE_RUN = /[ \u00a0\u3000]{2,}/;

/** Cells of one delimited line: TABs when the line has any (empty cells kept), else pipes, else space runs. */
export function splitDelimitedLine(line: string): string[] {
  if (line.includes('\t')) return readTabRecord(line).cells;
  if (isPipeRow(line)) return splitPipeRow(line);
  return line.split(SPACE_RUN).map((c) => c.trim());
}

/** A row printed as `cell | cell | cell |` (a table a page or a scraper turned into text): two pipes or more. */
function isPipeRow(line: string): boolean {
  const first = line.indexOf('|');
  return first >= 0 && line.indexOf('|', first + 1) > first;
}

/** The cells of a pipe row; the pipes that open or close the row delimit no cell. */
function splitPipeRow(line: string): string[] {
  const cells = line.split('|').map((c) => c.trim());
  if (cells[0] === '') cells.shift();
  if (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}

/**
 * One TAB-separated record the way Excel puts it on the clipboard: a cell
 * holding a line break or a quote is wrapped in "…" with inner quotes doubled.
 * `complete` is false while a quoted cell is still open, i.e. the record goes
 * on in the next line.
 */
export function readTabRecord(text: string): { cells: string[]; complete: boolean } {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return { cells: [...cells, cell + text.slice(j)].map((c) => c.trim()), complete: false };
        cell += text.slice(j, q);
        if (text[q + 1] === '"') {
          cell += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      // Anything after the closing quote up to the TAB belongs to the cell as printed.
      const tab = text.indexOf('\t', i);
      cell += text.slice(i, tab < 0 ? text.length : tab);
      i = tab < 0 ? text.length : tab;
    } else {
      const tab = text.indexOf('\t', i);
      cell = text.slice(i, tab < 0 ? text.length : tab);
      i = tab < 0 ? text.length : tab;
    }
    cells.push(cell.trim());
    if (i >= text.length) return { cells, complete: true };
    i++; // past the TAB
  }
}

/** Most lines a quoted multi-line cell may span before the quote is taken as printed text. */
const MAX_CELL_LINES = 30;

/**
 * Replace every run of delimited paragraphs that begins with a task-table header
 * (序号 / 工作任务 / 牵头单位 …) by one table block. The run goes on over
 * delimited rows and over single-cell section rows (一、… / (一)…, the merged
 * cells of the sheet), and stops at the first other line (a 注： footnote, a signature).
 */
export function tablesFromDelimitedLines(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    const header = b.kind === 'para' ? delimitedHeader(b) : null;
    if (!header) {
      out.push(b);
      i++;
      continue;
    }
    let j = i + 1;
    // 序号 | 项目名称 | 基本情况 | ⏎ | 2022年完成进度(截至9月) | (黄岩 澄江 2022): the page broke the header too.
    const headerMore = j < blocks.length ? headerContinuation(blocks[j]!) : null;
    if (headerMore) {
      header.push(...headerMore);
      j++;
    }
    const rows: string[][] = [header];
    const roles = headerRoles(header);
    while (j < blocks.length) {
      const { text, used } = recordAt(blocks, j);
      const printedRow = text === null ? null : tableRowOf(text, header);
      if (!printedRow) break;
      const row = spannedRow(printedRow, rows[rows.length - 1]!, roles) ?? printedRow;
      j += used;
      // 4 | 示范幼儿园 | … | 完成项目建设。 | ⏎ | 教体局 发改委 | (奉新 2021): a row the page broke inside a cell goes on in a
      // line that opens with a pipe; its cells continue the row.
      const cont = j < blocks.length ? continuationCells(blocks[j]!, row, header.length) : null;
      if (cont) {
        rows.push(cont);
        j++;
      } else rows.push(row);
    }
    out.push({ kind: 'table', rows, ...(b.page !== undefined ? { page: b.page } : {}) });
    i = j;
  }
  return out;
}

/**
 * A row under cells the page spanned over several rows (嵊州 2022, a 民生实事 table of 序号 | 项目 | 省工作目标 | 牵头单位 | 进展 |
 * 预计时间): `1 | 浙有善育 | 新增3个乡镇… | 卫生健康局 | 已全部完成。 | 已完成 |` is followed by `新增托位525个 | 卫生健康局 | 新增托位336个。
 * | 7月底 | ||` and `新增普惠托位315个 | 新增普惠托位220个。 | 7月底 | |||`, whose number, item and (in the second) unit were
 * printed once for all of them. A row that opens without its number under a numbered row and prints fewer cells than
 * the row above has its cells placed in order on the columns they fit best (`spannedPlacement`), and the columns it left
 * empty that a page spans take the cells of the row above; null for any other row.
 */
function spannedRow(row: string[], above: string[], roles: readonly (ColumnRole | null)[]): string[] | null {
  if (roles[0] !== 'number' || roles.length > MAX_SPANNED_WIDTH || !ROW_NUMBER_CELL.test(above[0] ?? '')) return null;
  const filled = row.filter((c) => c !== '');
  if (filled.length < 2 || ROW_NUMBER_CELL.test(row[0] ?? '') || filled.length >= above.filter((c) => c !== '').length) return null;
  const cols = spannedPlacement(filled, roles);
  if (!cols) return null;
  // 主办单位 closing the row (汶上 2023) is spanned as well as the number and item opening it.
  return roles.map((role, k) => {
    const at = cols.indexOf(k);
    return at >= 0 ? filled[at]! : SPANNABLE.has(role) ? (above[k] ?? '') : '';
  });
}

/** Widest header whose continuation rows are placed by trying every placement (C(11, k) at most). */
const MAX_SPANNED_WIDTH = 12;
/**
 * Columns a page prints once for the rows under it: the number, the item and its group, the units and leaders. A
 * progress or status cell is each row's own, so a continuation row never leaves one empty before its last cell.
 */
const SPANNABLE: ReadonlySet<ColumnRole | null> = new Set<ColumnRole | null>(['number', 'task', 'category', 'lead', 'co', 'units', 'leaders']);

/**
 * The columns (in order, never the number's) the cells of a continuation row go to: every column skipped before the last
 * cell must be one a page spans, and of those placements the one whose cells fit their columns best, the later columns on
 * a tie (what a page spans is a row's opening cells). Null when no placement is possible.
 */
function spannedPlacement(filled: string[], roles: readonly (ColumnRole | null)[]): number[] | null {
  let best: number[] | null = null;
  let bestScore = -Infinity;
  const pick: number[] = [];
  const walk = (from: number): void => {
    if (pick.length === filled.length) {
      const score = pick.reduce((sum, c, k) => sum + cellFit(filled[k]!, roles[c] ?? null) + c / 100, 0);
      if (score > bestScore) {
        best = [...pick];
        bestScore = score;
      }
      return;
    }
    for (let c = from; c <= roles.length - (filled.length - pick.length); c++) {
      pick.push(c);
      walk(c + 1);
      pick.pop();
      // Skipping column c for a later one leaves it to the row above: only a spanned column may be left so.
      if (!SPANNABLE.has(roles[c] ?? null)) break;
    }
  };
  walk(1);
  return best;
}

/** A delimited line naming a task table's columns, by the same vocabulary as a real table's header (序号 optional). */
function delimitedHeader(b: ParaBlock): string[] | null {
  // 序號 | 年度任務 | … | 責任單位 | || (高淳 2020): empty cells closing the header name no column.
  const cells = withoutTrailingEmpty(splitDelimitedLine(b.text));
  if (cells.length < 3) return null;
  return isTaskTableHeader(cells) ? cells : null;
}

function withoutTrailingEmpty(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

/** Most cells a row may print beyond its header's and still be read as a row of it (a header cell spanning two). */
const SPANNED_CELLS = 2;

/** The text of the record starting at block `at`: one line, or several while an Excel-quoted cell stays open. */
function recordAt(blocks: Block[], at: number): { text: string | null; used: number } {
  const first = blocks[at]!;
  if (first.kind !== 'para') return { text: null, used: 1 };
  let text = first.text;
  if (!text.includes('\t')) return { text, used: 1 };
  for (let k = at + 1; k < blocks.length && k - at < MAX_CELL_LINES && !readTabRecord(text).complete; k++) {
    const next = blocks[k]!;
    if (next.kind !== 'para') break;
    text += '\n' + next.text;
    if (readTabRecord(text).complete) return { text, used: k - at + 1 };
  }
  return { text: first.text, used: 1 };
}

/**
 * The row with the cells of a line that opens with a pipe appended after its printed cells, when they fit the header's
 * width; null when the line is no continuation.
 */
function continuationCells(b: Block, row: string[], width: number): string[] | null {
  if (b.kind !== 'para' || !b.text.trim().startsWith('|') || !isPipeRow(b.text)) return null;
  // The text before the opening pipe is a cell of its own (empty): the previous line closed its last cell with a pipe.
  const more = b.text.trim().split('|').map((c) => c.trim());
  if (more.length && more[more.length - 1] === '') more.pop();
  let printed = row.length;
  while (printed > 0 && row[printed - 1] === '') printed--;
  if (more.length < 2 || ROW_NUMBER_CELL.test(more[1] ?? '')) return null;
  // One cell too many: the row's closing pipe and the line's opening one are the same boundary (`1 | 项目 | 情况 |` ⏎
  // `| 已完成 |` under four columns, 黄岩 2022), so the empty piece before the opening pipe is no cell.
  if (printed + more.length === width + 1 && more[0] === '') more.shift();
  if (printed + more.length > width) return null;
  const cells = [...row.slice(0, printed), ...more];
  return [...cells, ...Array<string>(width - cells.length).fill('')];
}

/**
 * The cells of a line that opens with a pipe right under a header and names more columns (each cell a column the
 * vocabulary knows); null for any other line.
 */
function headerContinuation(b: Block): string[] | null {
  if (b.kind !== 'para' || !b.text.trim().startsWith('|') || !isPipeRow(b.text)) return null;
  const cells = splitPipeRow(b.text.trim()).filter((c) => c !== '');
  if (!cells.length || cells.length > MAX_HEADER_COLUMNS) return null;
  // A column's name is no sentence: 注：以下为第三季度情况。 opens the rows' notes, not a column.
  return cells.every((c) => columnRole(c) !== null && !/[，。；：,;:]/.test(c)) ? cells : null;
}

/** The cells of a table row, padded to the header's width; null when the text ends the table. */
function tableRowOf(text: string, header: string[]): string[] | null {
  const width = header.length;
  const cells = splitDelimitedLine(text);
  // The reader trims a line, so a merged section row's trailing TABs are already gone.
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 1) return parseHeadingLine(filled[0]!) ? [filled[0]!] : null;
  if (filled.length < 2) return null;
  const printed = withoutTrailingEmpty(cells);
  if (printed.length > width) {
    // 1 | 美麗鄉村建設 | 創建4個…示范村 | … under 序號 | 年度任務 | … (高淳 2020): the header's 年度任務 spans the name and
    // its content; the row's cells are placed on the columns they fit, the spanned pair joined.
    return filled.length <= width + SPANNED_CELLS ? alignToColumns(printed, headerRoles(header)) : null;
  }
  return [...printed, ...Array<string>(width - printed.length).fill('')];
}
