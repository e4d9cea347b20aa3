/**
 * Plans written as running text: outline numbering (一、 > (一) > 1. > (1) > ①)
 * segments the text into items; an item that carries its own assignment is a
 * task, an item whose children carry them is a section. Assignments are read by
 * assignments.ts; this module only decides where items begin and end.
 *
 * Lines the scrape broke are joined without inserting anything. The notice
 * that wraps the plan has numbered paragraphs too (一、高位推动…); they are not
 * tasks, so the list starts at the unnumbered title right above the first
 * numbered item that leads to an assignment, and ends at an appendix (附件).
 */
import type { Task } from '../model/schema.js';
import type { ExtractContext } from './types.js';
import { checkSequence, parseMarker, toChineseNumeral, type Marker, type MarkerKind } from './numbering.js';
import { looksLikeUnitList, type UnitListOptions } from './units.js';
import { endsSentence, fold, joinBroken, trimLine } from './text.js';
import {
  LABEL_AT,
  buildTask,
  hasInlineAssignment,
  isAssignmentLine,
  leadersOfHeading,
  parseLabelled,
  statesFirstIsLead,
  takeInlineAssignment,
  takeTrailingList,
  type Assignment,
} from './assignments.js';

// ---------------------------------------------------------------------------
// Running-text plans

interface Item {
  marker: Marker;
  /** Heading or task text as printed, continuation lines joined. */
  text: string;
  /** An unnumbered paragraph under a title-like heading: the task text of a heading+body task. */
  body: string | null;
  parent: Item | null;
  children: Item[];
  /** Assignments found other than in labelled lines (a bare list under the first-listed-leads convention). */
  assignments: Assignment[];
  /** Index into assignments of a bare list still open for a continuation, or -1. */
  openAssignment: number;
  /**
   * The item's labelled assignment lines as printed, joined: a scrape or a PDF
   * wraps them anywhere, even inside a label (责任单\n位:), so they are parsed
   * only once the whole block is known.
   */
  labelled: string;
  /** Inside a remark (备注:…) after the assignments: its lines belong to no task. */
  inRemark: boolean;
  line: number;
}

function hasAssignments(item: Item): boolean {
  return item.labelled !== '' || item.assignments.length > 0;
}

/** Adds a labelled line; a new label starts a new assignment, so a separator goes between lines that start with one. */
function appendLabelled(item: Item, line: string): void {
  item.labelled += item.labelled === '' || /[;；。]$/.test(item.labelled) ? line : ';' + line;
}


/** Whether `line` starts with the rest of a label the previous line broke ("…;责任单" + "位:各县…"). */
function completesBrokenLabel(before: string, line: string): boolean {
  const tail = before.slice(-10);
  const seam = fold(tail + line.slice(0, 12));
  return [...seam.matchAll(LABEL_AT)].some((m) => m.index! < tail.length && m.index! + m[0].length > tail.length);
}

/**
 * A remark by its usual names (备注:, 说明:, 注:). Before a task's assignment
 * only these end its text: a wrapped sentence may well go on with "其中:…".
 */
function isNamedRemark(line: string): boolean {
  return /^(?:备注|附注|注释|注|说明|特别说明|填报说明|备考)\s*[0-9０-９]*\s*[:：]/.test(fold(line));
}

/** After a task's assignments, any labelled line that is not an assignment ("备注:…", "说明:…") is a remark. */
function isRemark(line: string): boolean {
  return /^[^，,、。；;]{1,8}[:：]/.test(line);
}

/** Under a first-listed-leads plan: a bare unit list on its own line right after a complete task sentence. */
function isConventionList(line: string, taskText: string): boolean {
  return parseMarker(line) === null && endsSentence(taskText) && looksLikeUnitList(line);
}

/** A short heading without punctuation ("推进就业创业") whose body follows on its own line. */
function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 20 && !/[，,、。；;：:！？]/.test(text);
}

export function extractLinePlan(lines: string[], ctx: ExtractContext, unitOpts: UnitListOptions): { tasks: Task[]; start: number } {
  const firstIsLead = unitOpts.firstListedLeads ?? statesFirstIsLead(lines);
  const { start, end } = findTaskListScope(lines, firstIsLead, unitOpts);
  const root: Item[] = [];
  const stack: Item[] = [];
  let current: Item | null = null;
  const lastArabicValue = new Map<Item | null, number>();

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const numbered = isAssignmentLine(line) ? null : parseMarker(line);
    if (numbered && acceptMarker(numbered.marker, stack, lastArabicValue)) {
      // A scrape that prints the same number twice (the line repeated, or a bare number on a line of its own) makes one item.
      if (current && current.marker.label === numbered.marker.label && !hasAssignments(current) && current.children.length === 0) {
        if (current.text === numbered.rest) continue;
        if (current.text === '') {
          current.text = numbered.rest;
          splitTrailingLabels(current);
          continue;
        }
      }
      while (stack.length > 0 && stack[stack.length - 1]!.marker.rank >= numbered.marker.rank) stack.pop();
      const parent = stack[stack.length - 1] ?? null;
      const item: Item = {
        marker: numbered.marker,
        text: numbered.rest,
        body: null,
        parent,
        children: [],
        assignments: [],
        openAssignment: -1,
        labelled: '',
        inRemark: false,
        line: i,
      };
      if (parent) parent.children.push(item);
      else root.push(item);
      if (numbered.marker.kind === 'arabic') lastArabicValue.set(parent, numbered.marker.value);
      stack.push(item);
      current = item;
      splitTrailingLabels(item);
      continue;
    }
    if (!current) continue;
    if (isAssignmentLine(line)) {
      appendLabelled(current, line);
      current.inRemark = false;
      continue;
    }
    if (firstIsLead && !hasAssignments(current) && current.children.length === 0 && isConventionList(line, current.body ?? current.text)) {
      current.assignments.push({ role: 'firstListed', value: line });
      current.openAssignment = endsSentence(line) ? -1 : current.assignments.length - 1;
      continue;
    }
    if (hasAssignments(current)) {
      // After the assignments: a remark (备注:…) and its lines belong to no task.
      if (current.inRemark || (isRemark(line) && !completesBrokenLabel(current.labelled, line))) {
        current.inRemark = true;
        continue;
      }
      // A labelled block the scrape broke anywhere (徐\n州经开区, 责任单\n位:) continues until a sentence end.
      if (current.labelled !== '' && !endsSentence(current.labelled)) {
        current.labelled = joinBroken(current.labelled, line);
        continue;
      }
      const open = current.openAssignment >= 0 ? current.assignments[current.openAssignment] : undefined;
      if (open && (/[、,，;；]$/.test(open.value) || looksLikeUnitList(line))) {
        open.value = joinBroken(open.value, line);
        if (endsSentence(line)) current.openAssignment = -1;
      }
      continue;
    }
    // Text before the item's assignment: a broken sentence, or the body of a title-like heading.
    // A task already closed by its inline assignment takes no more text, and a remark (备注:…) is never task text.
    if (isNamedRemark(line) || hasInlineAssignment(current.body ?? current.text, firstIsLead, unitOpts)) continue;
    if (current.body !== null) current.body = joinBroken(current.body, line);
    else if (current.children.length === 0 && isTitleLike(current.text) && !looksLikeUnitList(line)) current.body = line;
    else if (current.children.length === 0) current.text = joinBroken(current.text, line);
    splitTrailingLabels(current);
  }

  const drafts = new Map<Item, Task | null>();
  const draft = (items: Item[]) => {
    for (const item of items) {
      drafts.set(item, itemToTask(item, firstIsLead, unitOpts));
      draft(item.children);
    }
  };
  draft(root);
  const assigned = (item: Item): boolean => {
    const t = drafts.get(item);
    return (t !== null && t !== undefined && (t.leadUnits.length > 0 || t.coUnits.length > 0 || t.leaders.length > 0)) || item.children.some(assigned);
  };
  const anyAssigned = root.some(assigned);
  const tasks: Task[] = [];
  const walk = (items: Item[]) => {
    for (const item of items) {
      const task = drafts.get(item);
      if (task) tasks.push(task);
      walk(item.children);
    }
  };
  // A top-level part with no assignment anywhere under it (总体要求, 保障措施) is the plan's prose, not tasks;
  // a childless top-level item is an ordinary task of a flat list, units or not.
  walk(anyAssigned ? root.filter((item) => item.children.length === 0 || assigned(item)) : root);
  warnNumbering(root, ctx);
  return { tasks, start };
}

/**
 * `1,` is taken as a number only where the sequence confirms it: the first
 * item under its parent, or the successor of the previous arabic sibling.
 */
function acceptMarker(marker: Marker, stack: Item[], lastArabic: Map<Item | null, number>): boolean {
  if (!marker.weak) return true;
  let parent: Item | null = null;
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k]!.marker.rank < marker.rank) {
      parent = stack[k]!;
      break;
    }
  }
  const prev = lastArabic.get(parent);
  return prev === undefined ? marker.value === 1 : marker.value === prev + 1;
}

/** "3.任务文字。牵头单位:…" on one line: the labels move to the assignments. */
function splitTrailingLabels(item: Item): void {
  const target = item.body !== null ? 'body' : 'text';
  const text = item[target]!;
  LABEL_AT.lastIndex = 0;
  const m = LABEL_AT.exec(fold(text));
  LABEL_AT.lastIndex = 0;
  if (!m || m.index === 0) return;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index);
  // Labels inside a trailing bracket are handled as an inline assignment.
  if (/[(（【〔][^()（）【】〔〕]*$/.test(before)) return;
  item[target] = trimLine(before);
  appendLabelled(item, after);
}

/**
 * The task list starts at the unnumbered title above the first numbered item
 * that leads to an assignment, and ends at an appendix (附件) after it.
 */
function findTaskListScope(lines: string[], firstIsLead: boolean, unitOpts: UnitListOptions): { start: number; end: number } {
  let first = lines.findIndex(
    (l, i) =>
      isAssignmentLine(l) ||
      hasInlineAssignment(l, firstIsLead, unitOpts) ||
      (firstIsLead &&
        i > 0 &&
        ((parseMarker(lines[i - 1]!) !== null && isConventionList(l, lines[i - 1]!)) ||
          (parseMarker(l) !== null && takeTrailingList(l, unitOpts).assignments.length > 0))),
  );
  if (first < 0) first = lines.findIndex((l) => parseMarker(l) !== null);
  if (first < 0) return { start: 0, end: 0 };
  let i = first;
  // Numbered line itself may carry the assignment; otherwise walk up past the task's own text.
  if (!parseMarker(lines[i]!) || isAssignmentLine(lines[i]!)) {
    i--;
    while (i >= 0 && !parseMarker(lines[i]!)) i--;
  }
  while (i >= 0 && parseMarker(lines[i]!)) i--;
  const start = i + 1;
  let end = lines.length;
  for (let k = first; k < lines.length; k++) {
    if (isEndOfList(lines[k]!)) {
      end = k;
      break;
    }
  }
  return { start, end };
}

/** An appendix heading or the page furniture after a document: the task list ends here. */
export function isEndOfList(printed: string): boolean {
  const line = fold(printed);
  return (
    /^(?:附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*$/.test(line) ||
    /^(?:附件下载|相关附件|相关文件|相关链接|扫一扫|【\s*打印|【\s*关闭|关闭窗口)/.test(line) ||
    /^[(（]此件.{0,12}[)）]$/.test(line)
  );
}

function itemToTask(item: Item, firstIsLead: boolean, unitOpts: UnitListOptions): Task | null {
  let text = item.body ?? item.text;
  let assignments = [...parseLabelled(item.labelled), ...item.assignments];
  const inline = takeInlineAssignment(text, firstIsLead, unitOpts);
  text = inline.text;
  assignments.push(...inline.assignments);
  if (assignments.length === 0 && firstIsLead) {
    const trailing = takeTrailingList(text, unitOpts);
    text = trailing.text;
    assignments = trailing.assignments;
  }
  const hasAssignment = assignments.length > 0;
  if (!hasAssignment && item.children.length > 0) return null;
  // A childless heading with neither text of its own nor units is not a task either.
  if (!hasAssignment && item.children.length === 0 && item.marker.rank === 1 && isTitleLike(item.text)) return null;

  const path: string[] = [];
  const section: string[] = [];
  for (let p = item.parent; p; p = p.parent) {
    path.unshift(p.marker.label);
    section.unshift(p.text);
    // "一、王纲市长主抓重点工作": the heading's leader leads every task under it, unless the task names its own.
    const leaders = leadersOfHeading(p.text);
    if (leaders.length > 0 && !assignments.some((a) => a.role === 'leaders')) assignments.push({ role: 'leaders', value: leaders.join('、') });
  }
  path.push(item.marker.label);
  return buildTask(item.marker.number, path, section, text, assignments, unitOpts);
}
// ---------------------------------------------------------------------------
// Checks

/**
 * Sibling numbers should run 1, 2, 3 … Arabic task numbers in many plans run
 * on through the whole document instead of restarting under each heading, so
 * both readings are tried and the one with fewer problems is reported.
 */
function warnNumbering(root: Item[], ctx: ExtractContext): void {
  const byKind = new Map<MarkerKind, Item[]>();
  const collect = (items: Item[]) => {
    for (const it of items) {
      const list = byKind.get(it.marker.kind) ?? [];
      list.push(it);
      byKind.set(it.marker.kind, list);
      collect(it.children);
    }
  };
  collect(root);
  for (const [, items] of byKind) {
    const perParent = new Map<Item | null, Item[]>();
    for (const it of items) {
      const list = perParent.get(it.parent) ?? [];
      list.push(it);
      perParent.set(it.parent, list);
    }
    // Top-level numbering may begin past 一 when the plan's first parts (总体要求) carry no tasks; count from the first printed.
    const restarting = [...perParent.entries()].map(([parent, sibs]) => ({
      sibs,
      problems: checkSequence(sibs.map((s) => s.marker.value), parent === null ? sibs[0]!.marker.value - 1 : 0),
    }));
    const restartCount = restarting.reduce((n, r) => n + r.problems.length, 0);
    const running = checkSequence(items.map((s) => s.marker.value));
    const chosen = running.length < restartCount ? [{ sibs: items, problems: running }] : restarting;
    for (const { sibs, problems } of chosen) {
      for (const p of problems) {
        const it = sibs[p.index]!;
        const where = pathOf(it).join('.');
        const code = p.code === 'numbering-duplicate' ? 'numbering-duplicate' : 'numbering-gap';
        const message =
          p.code === 'numbering-duplicate'
            ? `numbering: ${it.marker.label} is printed again where ${labelLike(it.marker, p.expected)} was expected (at ${where})`
            : `numbering: ${labelLike(it.marker, p.expected)} is missing before ${it.marker.label} (at ${where})`;
        ctx.warn(code, message, where);
      }
    }
  }
}

function pathOf(item: Item): string[] {
  const out: string[] = [];
  for (let p: Item | null = item; p; p = p.parent) out.unshift(p.marker.label);
  return out;
}

/** A number written the way the marker kind prints it: 五, (五), 5, (5), 5), ⑤. */
function labelLike(marker: Marker, value: number): string {
  switch (marker.kind) {
    case 'cn':
      return toChineseNumeral(value);
    case 'cnParen':
      return `(${toChineseNumeral(value)})`;
    case 'arabicParen':
      return `(${value})`;
    case 'arabicHalf':
      return `${value})`;
    case 'decimal':
      return `${marker.label.replace(/\d+$/, '')}${value}`;
    case 'circled':
      return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[value - 1] ?? String(value);
    default:
      return String(value);
  }
}

