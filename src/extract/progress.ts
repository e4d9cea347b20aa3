/**
 * Progress tables (进展情况统计表) and bare task tables, however the page
 * delivered them: a real table, one flattened line, one paragraph per cell.
 * The layouts themselves are read in `tables/`; this is the extractor that
 * picks the layout and gathers the counts printed above the table.
 */
import type { ParaBlock } from '../model/blocks.js';
import { extractedDocument, type Extractor } from './types.js';
import { parseStatedCounts } from '../classify/summary.js';
import { findFlatHeader } from './tables/flat-line.js';
import { tableTasks } from './tables/index.js';
import { extractPlanTasks } from './plan.js';

// ---- the progress-table extractor ----------------------------------------

/**
 * Progress tables (进展情况统计表) with an explicit 完成状态 column: the status
 * comes from the cell (source 'column'); any counts printed above the table
 * go to `summary.stated`.
 */
export const extractProgress: Extractor = (blocks, ctx) => {
  const table = tableTasks(blocks, ctx);
  const title = table.title;
  // No task table: the items are numbered lines (1.项目…。责任单位：…  督查结果：…), read like a plan's outline.
  const tasks = table.tasks.length > 0 ? table.tasks : extractPlanTasks(blocks, ctx, { tablesRead: true }).tasks;
  const paras = blocks.filter((b): b is ParaBlock => b.kind === 'para').map((b) => b.text);
  const stated: Record<string, number | string> = {};
  for (const p of paras) {
    if (findFlatHeader(p)) break;
    const c = parseStatedCounts(p);
    if (Object.keys(c).filter((k) => !k.endsWith('_percent')).length >= 2) {
      Object.assign(stated, c);
      break;
    }
  }
  return extractedDocument('progress', { title, summary: { stated }, tasks });
};
