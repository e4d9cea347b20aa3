/**
 * Task tables in any layout, for every kind of document: the one entry the
 * extractors call. Real tables (HTML, docx, TSV pastes turned into tables by
 * the layout stage) come first; a table flattened into one line, then one
 * flattened one cell per paragraph, are read only when there is no real one.
 */
import { pushAll } from '../../util/arrays.js';
import type { Block, ParaBlock } from '../../model/blocks.js';
import type { Task } from '../../model/schema.js';
import type { ExtractContext } from '../types.js';
import type { UnitListOptions } from '../units.js';
import { extractTablePlan, isPlanTable, planTables } from './plan-table.js';
import { findFlatHeader, flatTokens, rowsFromFlatTokens, TABLE_TITLE } from './flat-line.js';
import { findCellLinesHeader, findUnnumberedCellLinesHeader, isSectionHeading, rowsFromCellLines, rowsFromUnnumberedCellLines } from './cell-lines.js';
import { HeadingTracker } from './headings.js';
import { rowsToTasks } from './rows.js';

export interface TableTasks {
  tasks: Task[];
  /** The table's own heading (…情况统计表) printed right above it, when it has one. */
  title: string | null;
}

export function tableTasks(blocks: Block[], ctx: ExtractContext, unitOpts: UnitListOptions = {}): TableTasks {
  const tasks: Task[] = [];
  for (const rows of planTables(blocks)) pushAll(tasks, extractTablePlan(rows, ctx, unitOpts));
  if (tasks.length) return { tasks, title: titleAboveFirstTable(blocks) };
  const paras = blocks.filter((b): b is ParaBlock => b.kind === 'para').map((b) => b.text);
  for (let i = 0; i < paras.length; i++) {
    const flat = findFlatHeader(paras[i]!);
    if (!flat) continue;
    // The header may close its paragraph, the rows following one per line (常熟: `1 地区生产总值增长7%以上. 发改委`).
    const body = [...flat.body, ...paras.slice(i + 1).flatMap(flatTokens)];
    const rows = rowsFromFlatTokens(body, flat.header, new HeadingTracker(), ctx);
    if (rows.length) return { tasks: rowsToTasks(rows, ctx), title: flat.title };
  }
  const cell = findCellLinesHeader(paras);
  if (cell) {
    const tracker = new HeadingTracker();
    // A section heading right above the header heads the first rows (洪湖鹏市长主抓重点工作).
    const above = paras.slice(0, cell.start).filter((p) => p.trim() !== '').pop()?.trim();
    if (above !== undefined && isSectionHeading(above) && !tracker.pushLine(above)) tracker.pushSecond(null, above, false);
    return { tasks: rowsToTasks(rowsFromCellLines(paras.slice(cell.end), cell.header, tracker, ctx), ctx), title: null };
  }
  const unnumbered = findUnnumberedCellLinesHeader(paras);
  if (unnumbered) {
    const rows = rowsFromUnnumberedCellLines(paras.slice(unnumbered.end), unnumbered.header, new HeadingTracker());
    if (rows.length >= 2) return { tasks: rowsToTasks(rows, ctx), title: null };
  }
  return { tasks: [], title: null };
}

/** The paragraph right above the first task table, when it reads as a table title (…统计表(政府)). */
function titleAboveFirstTable(blocks: Block[]): string | null {
  let lastPara: string | null = null;
  for (const b of blocks) {
    if (b.kind === 'para') lastPara = b.text.trim();
    else if (isPlanTable(b.rows)) return lastPara && TABLE_TITLE.test(lastPara) ? lastPara : null;
  }
  return null;
}
