/**
 * Progress tables (进展情况统计表) and bare task tables, however the page
 * delivered them: a real table, one flattened line, one paragraph per cell.
 * The layouts themselves are read in `tables/`; this is the extractor that
 * picks the layout and gathers the counts printed above the table.
 */
import type { ParaBlock } from '../model/blocks.js';
import { extractedDocument, type Extractor } from './types.js';
import { parseStatedCounts } from '../classify/summary.js';
import { headerOf } from './tables/columns.js';
import { HeadingTracker } from './tables/headings.js';
import { rowsFromTable, rowsToTasks, type RawRow } from './tables/rows.js';
import { findFlatHeader, rowsFromFlatTokens, TABLE_TITLE } from './tables/flat-line.js';
import { findCellLinesHeader, rowsFromCellLines } from './tables/cell-lines.js';

// ---- the progress-table extractor ----------------------------------------

/**
 * Progress tables (进展情况统计表) with an explicit 完成状态 column: the status
 * comes from the cell (source 'column'); any counts printed above the table
 * go to `summary.stated`.
 */
export const extractProgress: Extractor = (blocks, ctx) => {
  const tracker = new HeadingTracker();
  let rows: RawRow[] = [];
  let title: string | null = null;
  let lastPara: string | null = null;
  for (const b of blocks) {
    if (b.kind !== 'table') {
      lastPara = b.text.trim();
      continue;
    }
    const hi = b.rows.findIndex((r) => headerOf(r) !== null);
    if (hi < 0) continue;
    // The table's own heading, printed right above it, is the document's title.
    if (!rows.length && lastPara && TABLE_TITLE.test(lastPara)) title = lastPara;
    rows.push(...rowsFromTable(b.rows.slice(hi + 1), headerOf(b.rows[hi]!)!, tracker));
  }
  const paras = blocks.filter((b): b is ParaBlock => b.kind === 'para').map((b) => b.text);
  if (!rows.length) {
    for (const p of paras) {
      const flat = findFlatHeader(p);
      if (!flat) continue;
      title = flat.title;
      rows = rowsFromFlatTokens(flat.body, flat.header, tracker, ctx);
      break;
    }
  }
  if (!rows.length) {
    const cell = findCellLinesHeader(paras);
    if (cell) rows = rowsFromCellLines(paras.slice(cell.end), cell.header, tracker, ctx);
  }
  const stated: Record<string, number | string> = {};
  for (const p of paras) {
    if (findFlatHeader(p)) break;
    const c = parseStatedCounts(p);
    if (Object.keys(c).filter((k) => !k.endsWith('_percent')).length >= 2) {
      Object.assign(stated, c);
      break;
    }
  }
  return extractedDocument('progress', { title, summary: { stated }, tasks: rowsToTasks(rows, ctx) });
};
