/**
 * Unnumbered paragraphs that each close with a bracket of their own — a deadline (（年内持续推进）, （6月底前完成）)
 * or an assignment (（市教委牵头，年内完成）) — under short headings (01 教育, 02 医疗): a breakdown plan rewritten for
 * the press (天津), or an office's plain list. Read only when the outline gave no task, and only when at least
 * three paragraphs have that shape, so one bracketed remark is never a task.
 */
import type { Task } from '../model/schema.js';
import { buildTask, readItemAssignment, type Assignment } from './assignments.js';
import { assignmentRuns } from './assignment-runs.js';
import type { UnitListOptions } from './units.js';
import { fold, openingParen, trimLine } from './text.js';

/** What a bracket that sets a deadline says: 年内持续推进, 年底前完成, 2021年6月底前, 三季度, 长期坚持. */
const DEADLINE_BRACKET =
  /^(?:\d{4}年)?(?:年内|年底|年末|全年|长期|持续|上半年|下半年|[一二三四]季度|(?:\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|中旬|上旬|下旬)?)[^（）()，,。；;]{0,8}$/;

/** A heading over such paragraphs: short, no full stop (01 教育, 一、就业, （三）养老). */
const HEADING = /^(?:\d{1,2}\s+|[一二三四五六七八九十]{1,3}[、.．]\s*|[（(][一二三四五六七八九十]{1,3}[)）]\s*)?([^。；;，,（）()]{2,16})$/;

const MIN_PARAGRAPHS = 3;

function closingBracket(line: string): { body: string; inner: string } | null {
  const t = trimLine(line).replace(/[。；;]$/, '');
  if (!/[)）]$/.test(t)) return null;
  const open = openingParen(t, t.length - 1);
  if (open <= 0) return null;
  return { body: t.slice(0, open).trim(), inner: t.slice(open + 1, -1).trim() };
}

function assignmentsOf(line: string, inner: string, unitOpts: UnitListOptions): { text: string; assignments: Assignment[] } | null {
  if (DEADLINE_BRACKET.test(fold(inner))) return { text: closingBracket(line)!.body, assignments: [{ role: 'deadline', value: inner }] };
  const read = readItemAssignment(trimLine(line), unitOpts);
  return read.assignments.length > 0 ? read : null;
}

export function bracketedParagraphTasks(lines: string[], unitOpts: UnitListOptions): Task[] {
  const tasks: Task[] = [];
  let section: string[] = [];
  // A paragraph of several tasks, each closed by its own assignment bracket, is read one run at a time.
  for (const line of lines.flatMap((l) => assignmentRuns(l) ?? [l])) {
    const bracket = closingBracket(line);
    const read = bracket && [...bracket.body].length >= 6 ? assignmentsOf(line, bracket.inner, unitOpts) : null;
    if (read) {
      const k = tasks.length + 1;
      tasks.push({ ...buildTask('', [], section, read.text, read.assignments, unitOpts), id: `p${k}` });
      continue;
    }
    const heading = HEADING.exec(trimLine(line));
    if (heading) section = [heading[1]!.trim()];
  }
  return tasks.length >= MIN_PARAGRAPHS ? tasks : [];
}
