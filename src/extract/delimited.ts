/**
 * Tables pasted from Excel into a text file or a <pre>/<p> page arrive as one
 * line per row with the cells separated by TABs (or, after an editor turned
 * the TABs into spaces, by runs of spaces). The readers keep such lines as
 * paragraphs; here a run of them that starts with a recognisable header row
 * becomes a table block, so every extractor reads it as the table it was.
 */
import type { Block, ParaBlock } from '../model/blocks.js';
import { headerOf, parseHeadingLine } from './progress.js';

/**
 * A run of two or more spaces separates cells; one space never does, because
 * a cell's own text may hold one (2023年 1—6月). NBSP and the ideographic space count.
 */
const SPACE_RUN = /[ \u00a0\u3000]{2,}/;

/** Cells of one delimited line: TABs when the line has any (empty cells kept), else space runs. */
export function splitDelimitedLine(line: string): string[] {
  if (line.includes('\t')) return line.split('\t').map((c) => c.trim());
  return line.split(SPACE_RUN).map((c) => c.trim());
}

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
    const rows: string[][] = [header];
    let j = i + 1;
    for (; j < blocks.length; j++) {
      const row = tableRowOf(blocks[j]!, header.length);
      if (!row) break;
      rows.push(row);
    }
    out.push({ kind: 'table', rows, ...(b.page !== undefined ? { page: b.page } : {}) });
    i = j;
  }
  return out;
}

function delimitedHeader(b: ParaBlock): string[] | null {
  const cells = splitDelimitedLine(b.text);
  if (cells.length < 3) return null;
  return headerOf(cells) ? cells : null;
}

/** The cells of a table row, padded to the header's width; null when the block ends the table. */
function tableRowOf(b: Block, width: number): string[] | null {
  if (b.kind !== 'para') return null;
  const cells = splitDelimitedLine(b.text);
  // The reader trims a line, so a merged section row's trailing TABs are already gone.
  const filled = cells.filter((c) => c !== '');
  if (filled.length === 1) return parseHeadingLine(filled[0]!) ? [filled[0]!] : null;
  if (filled.length < 2) return null;
  if (cells.length > width) return null;
  return [...cells, ...Array<string>(width - cells.length).fill('')];
}
