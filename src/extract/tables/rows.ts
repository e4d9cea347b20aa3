/**
 * Rows of a flattened task table (one paragraph per cell, or one line), as
 * `RawRow`s; `rowsToTasks` builds tasks the same way for both. Real tables are
 * read by `plan-table.ts`.
 */
import type { Task } from '../../model/schema.js';
import type { ExtractContext } from '../types.js';
import { compact } from '../../classify/lexicon.js';
import { coWithoutLeads, splitLeaders } from '../units.js';
import { leaderOfHeading, type Heading } from './headings.js';
import { buildTask, takeTrailingLabels } from '../assignments.js';
import { splitPersonNames, splitUnitCell } from './unit-cells.js';
import { statusOfRow } from './cell-status.js';

export interface RawRow {
  number: string;
  /** Headings in force, outermost first; `numeral` null for an unnumbered heading. */
  headings: Heading[];
  text: string;
  statusText: string | null;
  progressLines: string[];
  /** Unit cell text, one entry per printed line or per unit already split. */
  unitTexts: string[];
  /** Cells of a separate 配合单位 column, when the table has one beside its lead column. */
  coUnitTexts?: string[];
  /** Cells of a leader column (责任领导, 牵头市领导), where the table has one. */
  leaderTexts?: string[];
  /** The status column's header when it asks a question (是否完成), so 是/否 can be read as answers. */
  statusQuestion?: string;
}

// ---- rows → tasks ---------------------------------------------------------

/**
 * Build tasks from rows. A row that repeats the previous number with the same
 * task text is the continuation of a row the page split (宿州 113): its
 * progress lines are appended, its units merged.
 */
export function rowsToTasks(rows: RawRow[], ctx: ExtractContext): Task[] {
  const tasks: Task[] = [];
  const byId = new Map<string, Task>();
  let prevNumber: number | null = null;
  for (const row of rows) {
    const last = tasks[tasks.length - 1];
    if (last && last.number === row.number && compact(last.text) === compact(row.text)) {
      const more = row.progressLines.filter((l) => compact(l));
      if (more.length) last.progress = [last.progress, ...more].filter((x) => x).join('\n');
      for (const u of row.unitTexts.flatMap((c) => splitUnitCell(c))) {
        if (!last.leadUnits.some((x) => x.name === u.name)) last.leadUnits.push(u);
      }
      continue;
    }
    const n = Number(row.number);
    if (prevNumber !== null && Number.isFinite(n) && n !== prevNumber + 1) {
      ctx.warn('numbering-gap', `row ${row.number} follows row ${prevNumber}`);
    }
    if (Number.isFinite(n)) prevNumber = n;
    const path = [...row.headings.filter((h) => h.numeral !== null).map((h) => h.numeral!), row.number];
    let id = path.join('.');
    if (byId.has(id)) {
      ctx.warn('duplicate-number', `row number ${row.number} appears twice with different text`, id);
      let k = 2;
      while (byId.has(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    const progressLines = row.progressLines.filter((l) => compact(l));
    const status = statusOfRow(row.statusText, row.statusQuestion);
    // A unit cell naming its head as well (市民政局 伍泽国): the person is a leader.
    const unitCells = row.unitTexts.map(splitPersonNames);
    // Assignments written into the task cell itself (…。责任单位:A、B) belong to the task, not its text.
    const inCell = takeTrailingLabels(row.text);
    const labelled = buildTask(row.number, path, [], inCell.text, inCell.assignments, {});
    const task: Task = {
      id,
      number: row.number,
      path,
      section: row.headings.map((h) => h.text),
      text: inCell.text,
      leadUnits: [...unitCells.flatMap((c) => splitUnitCell(c.rest)), ...labelled.leadUnits],
      coUnits: [...(row.coUnitTexts ?? []).flatMap((c) => splitUnitCell(c)), ...labelled.coUnits],
      leaders: [
        ...(row.leaderTexts ?? []).flatMap((c) => splitLeaders(c.replace(/(?<!\s)\s*\n\s*/g, '、'))),
        ...unitCells.flatMap((c) => c.persons),
        ...labelled.leaders,
        // A section headed by the leader in charge (洪湖鹏市长主抓重点工作).
        ...row.headings.flatMap((h) => leaderOfHeading(h.text) ?? []),
      ],
      deadline: labelled.deadline,
      progress: progressLines.length ? progressLines.join('\n') : null,
      status,
    };
    task.coUnits = coWithoutLeads(task.coUnits, task.leadUnits);
    if (!task.leadUnits.length && task.status) ctx.warn('no-units', `task ${row.number} names no responsible unit`, id);
    tasks.push(task);
    byId.set(id, task);
  }
  return tasks;
}
