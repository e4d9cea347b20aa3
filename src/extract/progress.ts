/**
 * Progress tables (进展情况统计表) and bare task tables, however the page
 * delivered them: a real table, one flattened line, one paragraph per cell.
 * The layouts themselves are read in `tables/`; this is the extractor that
 * picks the layout and gathers the counts printed above the table.
 */
import type { ParaBlock } from '../model/blocks.js';
import { extractedDocument, type Extractor } from './types.js';
import { parseStatedCounts } from '../classify/summary.js';
import type { Task } from '../model/schema.js';
import { extractTablePlan, isPlanTable, planTables } from './tables/plan-table.js';
import { HeadingTracker } from './tables/headings.js';
import { rowsToTasks, type RawRow } from './tables/rows.js';
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
  const tasks: Task[] = [];
  let rows: RawRow[] = [];
  let title: string | null = null;
  let lastPara: string | null = null;
  // Real tables are read the one way every kind reads them (the shared column vocabulary, sections, rowspans).
  for (const b of blocks) {
    if (b.kind !== 'table') {
      lastPara = b.text.trim();
      continue;
    }
    if (!isPlanTable(b.rows)) continue;
    // The table's own heading, printed right above it, is the document's title.
    if (!tasks.length && lastPara && TABLE_TITLE.test(lastPara)) title = lastPara;
  }
  for (const t of planTables(blocks)) tasks.push(...extractTablePlan(t, ctx, {}));
  const paras = blocks.filter((b): b is ParaBlock => b.kind === 'para').map((b) => b.text);
  if (!tasks.length) {
    for (const p of paras) {
      const flat = findFlatHeader(p);
      if (!flat) continue;
      title = flat.title;
      rows = rowsFromFlatTokens(flat.body, flat.header, tracker, ctx);
      break;
    }
  }
  if (!tasks.length && !rows.length) {
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
  return extractedDocument('progress', { title, summary: { stated }, tasks: tasks.length ? tasks : rowsToTasks(rows, ctx) });
};
