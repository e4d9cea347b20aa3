/**
 * A report's sentences (src/extract/report.ts) as the tasks of a breakdown
 * plan. Supervision offices split a 政府工作报告 in a recognisable way (徐州
 * 2024, 界首 2020, 安庆 2023):
 * - 经济社会发展主要预期目标 first, one task per indicator;
 * - then each work section (the report's (一)(二)…), grouped under the
 *   report's own lead phrases (加快主导产业规模化), one commitment a task,
 *   numbered on through the whole plan;
 * - the review of last year and the 政府自身建设 chapter are not tasks; nor is
 *   a section's opening sentence (坚持工业强市、产业兴市不动摇…), which frames
 *   the section rather than commits to anything.
 */
import type { Task } from '../model/schema.js';
import { deadlineOf } from './deadline.js';

export interface DraftTask {
  /** [section title, group title?] as the plan prints them. */
  section: string[];
  text: string;
  deadline: string | null;
}

export interface DraftSection {
  title: string;
  groups: Array<{ title: string | null; tasks: DraftTask[] }>;
}

export interface SplitResult {
  sections: DraftSection[];
  /** Sentences of the 政府自身建设 chapter, left out the way plans leave them out. */
  leftOutSelfBuilding: number;
  /** Section-opening sentences left out as framing. */
  leftOutFraming: number;
}

const TARGETS = '主要预期目标';
/** 四、全面加强政府自身建设: the government's promises about itself, which plans leave to the 政府办. */
const SELF_BUILDING = /自身建设|政府建设/;
/** A sentence this short without a figure is a heading-like aside (优化消费环境,丰富消费方式), read with the next one. */
const SHORT_SENTENCE = 14;

export function splitReport(reportTasks: Task[]): SplitResult {
  const targets: DraftTask[] = [];
  const sections: DraftSection[] = [];
  let leftOutSelfBuilding = 0;
  let leftOutFraming = 0;
  const framingSubsections = subsectionsWithGroups(reportTasks);

  for (const t of reportTasks) {
    // Only the report extractor's sentences: prose status lists (…等稳步推进, ids list.N) carry no section and
    // come from the review of last year.
    if (t.section.length === 0) continue;
    const [chapter, sub, group] = t.section;
    if (sub === TARGETS) {
      targets.push(draftTask(['经济社会发展主要预期目标'], t.text));
      continue;
    }
    if (chapter && SELF_BUILDING.test(chapter)) {
      leftOutSelfBuilding++;
      continue;
    }
    const title = sub ?? chapter ?? '';
    if (group === undefined && framingSubsections.has(subsectionKey(t))) {
      leftOutFraming++;
      continue;
    }
    let section = sections[sections.length - 1];
    if (!section || section.title !== title) sections.push((section = { title, groups: [] }));
    const groupTitle = group ?? null;
    let g = section.groups[section.groups.length - 1];
    if (!g || g.title !== groupTitle) section.groups.push((g = { title: groupTitle, tasks: [] }));
    g.tasks.push(draftTask(groupTitle ? [title, groupTitle] : [title], t.text));
  }
  for (const s of sections) for (const g of s.groups) g.tasks = mergeShortSentences(g.tasks);
  const all = targets.length > 0 ? [{ title: '经济社会发展主要预期目标', groups: [{ title: null, tasks: targets }] }, ...sections] : sections;
  return { sections: all, leftOutSelfBuilding, leftOutFraming };
}

function draftTask(section: string[], text: string): DraftTask {
  return { section, text: text.replace(/[。；;]?$/, '。'), deadline: deadlineOf(text) };
}

function subsectionKey(t: Task): string {
  return `${t.section[0] ?? ''}/${t.section[1] ?? ''}`;
}

/** Subsections whose work is grouped under lead phrases: their ungrouped opening sentences are framing. */
function subsectionsWithGroups(tasks: Task[]): Set<string> {
  const out = new Set<string>();
  for (const t of tasks) if (t.section.length >= 3) out.add(subsectionKey(t));
  return out;
}

/** 优化消费环境,丰富消费方式。 + 接续开展…活动。 → one task, as plans print such pairs. */
function mergeShortSentences(tasks: DraftTask[]): DraftTask[] {
  const out: DraftTask[] = [];
  let pending: DraftTask | null = null;
  for (const t of tasks) {
    const merged: DraftTask = pending ? { ...t, text: pending.text + t.text, deadline: t.deadline ?? pending.deadline } : t;
    pending = null;
    if (isAside(merged.text)) pending = merged;
    else out.push(merged);
  }
  if (pending) {
    const last = out.pop();
    out.push(last ? { ...last, text: last.text + pending.text, deadline: last.deadline ?? pending.deadline } : pending);
  }
  return out;
}

function isAside(text: string): boolean {
  const han = text.replace(/[^\u4e00-\u9fa5]/g, '').length;
  return han < SHORT_SENTENCE && !/\d/.test(text);
}
