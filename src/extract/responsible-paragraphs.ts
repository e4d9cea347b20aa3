/**
 * Unnumbered paragraphs that each hand one project to a unit (含山 林头镇 2021): 聚焦“幸福民生”。由镇公路站负责的农村道路硬化
 * 项目，整合交通、扶贫…，预计2021年11月份完成。 Each such paragraph is a task from its 由 on, led by that unit. Read only when
 * the outline, the brackets and the labels gave no task, and only when three paragraphs or more have that shape.
 */
import type { Task } from '../model/schema.js';
import { buildTask } from './assignments.js';
import { ANSWERS_FOR } from './assignment-verbs.js';
import { looksLikeUnitList, type UnitListOptions } from './units.js';
import { fold, trimLine } from './text.js';

/** 由X负责的, 由X牵头负责的, 由X负责实施的: the unit before what it answers for. */
const HANDED_TO = new RegExp(`由([^，,。；;：:“”《》]{2,20}?)${ANSWERS_FOR}`);

const MIN_PARAGRAPHS = 3;

export function responsibleParagraphTasks(lines: string[], unitOpts: UnitListOptions): Task[] {
  const tasks: Task[] = [];
  for (const line of lines) {
    const m = HANDED_TO.exec(fold(line));
    if (!m) continue;
    const unit = line.slice(m.index + 1, m.index + 1 + m[1]!.length);
    const text = trimLine(line.slice(m.index));
    if (!looksLikeUnitList(unit) || [...text].length <= m[0].length + 2) continue;
    tasks.push({ ...buildTask('', [], [], text, [{ role: 'lead', value: unit }], unitOpts), id: `r${tasks.length + 1}` });
  }
  return tasks.length >= MIN_PARAGRAPHS ? tasks : [];
}
