/**
 * Rows of a task table, whatever layout delivered them (a real table, one
 * paragraph per cell, one flattened line), as `RawRow`s; `rowsToTasks` then
 * builds tasks the same way for all.
 */
import type { Task } from '../../model/schema.js';
import type { ExtractContext } from '../types.js';
import { compact } from '../../classify/lexicon.js';
import { splitLeaders } from '../units.js';
import { fold } from '../text.js';
import { isStatusQuestion, type LayoutRole, type HeaderMap } from './columns.js';
import { pushHeadingText, type Heading, type HeadingTracker } from './headings.js';
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
    const task: Task = {
      id,
      number: row.number,
      path,
      section: row.headings.map((h) => h.text),
      text: row.text,
      leadUnits: unitCells.flatMap((c) => splitUnitCell(c.rest)),
      coUnits: (row.coUnitTexts ?? []).flatMap((c) => splitUnitCell(c)),
      leaders: [
        ...(row.leaderTexts ?? []).flatMap((c) => splitLeaders(c.replace(/\s*\n\s*/g, '、'))),
        ...unitCells.flatMap((c) => c.persons),
      ],
      deadline: null,
      progress: progressLines.length ? progressLines.join('\n') : null,
      status,
    };
    if (!task.leadUnits.length && task.status) ctx.warn('no-units', `task ${row.number} names no responsible unit`, id);
    tasks.push(task);
    byId.set(id, task);
  }
  return tasks;
}


const ROW_NUMBER = /^\s*(\d{1,4})\s*[.、.]?\s*$/;

/**
 * Rows of a table block (cells already split by the reader; rowspan/colspan
 * resolved by repeating text). A row whose cells are all one text, or whose
 * number cell is empty and whose first cell is a heading, is a section row.
 */
export function rowsFromTable(table: string[][], header: HeaderMap, tracker: HeadingTracker): RawRow[] {
  const rows: RawRow[] = [];
  const col = (role: LayoutRole) => header.roles.indexOf(role);
  const iNum = col('number');
  for (const cells of table) {
    const distinct = [...new Set(cells.map((c) => c.trim()).filter((c) => c))];
    const numCell = cells[iNum]?.trim() ?? '';
    const numMatch = ROW_NUMBER.exec(numCell);
    if (!numMatch) {
      if (distinct.length === 1) pushHeadingText(tracker, distinct[0]!);
      continue;
    }
    const co = header.coColumns ?? [];
    const pick = (role: LayoutRole, keep: (i: number) => boolean = () => true): string[] =>
      header.roles.flatMap((r, i) => (r === role && keep(i) ? [cells[i] ?? ''] : []));
    const statusCells = pick('status');
    const statusQuestion = header.labels?.[header.roles.indexOf('status')];
    rows.push({
      number: numMatch[1]!,
      headings: tracker.current(),
      text: pick('text').join('').replace(/\s*\n\s*/g, '').trim(),
      statusText: statusCells.length ? (statusCells.join('').trim() || null) : null,
      progressLines: pick('progress').flatMap((c) => c.split(/\n+/)).map((l) => l.trim()),
      unitTexts: pick('units', (i) => !co.includes(i)),
      ...(co.length ? { coUnitTexts: pick('units', (i) => co.includes(i)) } : {}),
      ...(header.leaderColumns ? { leaderTexts: header.leaderColumns.map((i) => cells[i] ?? '') } : {}),
      ...(statusQuestion && isStatusQuestion(fold(compact(statusQuestion))) ? { statusQuestion } : {}),
    });
  }
  return rows;
}

