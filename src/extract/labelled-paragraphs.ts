/**
 * Unnumbered tasks, each a paragraph followed by its own label lines — a 实事 list rewritten for the press
 * (郑州 2012: 市区新增…学位2.36万个。⏎主管领导:…⏎责任单位:市教育局⏎主要责任人:…⏎进度安排:…). Read only when the
 * outline gave no task, and only when at least two paragraphs have that shape, so a notice's one labelled
 * paragraph is never a task. Label lines that assign nothing (进度安排:, 主要责任人:) belong to the task all the same.
 */
import type { Task } from '../model/schema.js';
import { buildTask, isAssignmentLine, parseLabelled } from './assignments.js';
import type { UnitListOptions } from './units.js';
import { trimLine } from './text.js';

const MIN_TASKS = 2;

/** A line that opens with a short label and its colon: 主管领导:, 进度安排:, 责任单位:. */
const ANY_LABEL = /^[\u4e00-\u9fff]{2,8}[:：]/;

/** Longest paragraph taken for a task's text; a longer one is prose around the list. */
const TASK_TEXT_MAX = 200;

export function labelledParagraphTasks(lines: string[], unitOpts: UnitListOptions): Task[] {
  const tasks: Task[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const text = trimLine(lines[i]!);
    if (text.length < 6 || text.length > TASK_TEXT_MAX || ANY_LABEL.test(text)) continue;
    let j = i + 1;
    while (j < lines.length && ANY_LABEL.test(trimLine(lines[j]!))) j++;
    const labels = lines.slice(i + 1, j).map(trimLine);
    if (!labels.some(isAssignmentLine)) continue;
    // Joined with spaces, so a label that assigns nothing ends the value before it (责任单位:市教育局 进度安排:…).
    const assignments = parseLabelled(labels.join(' '));
    if (assignments.length === 0) continue;
    tasks.push({ ...buildTask('', [], [], text, assignments, unitOpts), id: `p${tasks.length + 1}` });
    i = j - 1;
  }
  return tasks.length >= MIN_TASKS ? tasks : [];
}
