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
import { pushAll } from '../util/arrays.js';
import type { ExtractContext } from './types.js';
import { paragraphMarker, parseMarker, warnNumbering, type Marker } from './numbering.js';
import { looksLikeUnitList, type UnitListOptions } from './units.js';
import { endsSentence, fold, joinBroken, trimLine } from './text.js';
import { LABEL_AT, buildTask, hasInlineAssignment, headingLead, isAssignmentLine, statesFirstIsLead, takeTrailingList } from './assignments.js';
import { columnRole } from './tables/columns.js';
import { hasAssignments, isTitleLike, newItem, type Item } from './outline-item.js';
import { itemToTask, opensWithVerdict, runTasks } from './outline-task.js';
import { leadersOfHeading } from './leaders.js';

// ---------------------------------------------------------------------------
// Running-text plans

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

export function extractLinePlan(lines: string[], ctx: ExtractContext, unitOpts: UnitListOptions): { tasks: Task[]; start: number } {
  const firstIsLead = unitOpts.firstListedLeads ?? statesFirstIsLead(lines);
  const { start, end } = findTaskListScope(lines, firstIsLead, unitOpts);
  const root: Item[] = [];
  const stack: Item[] = [];
  let current: Item | null = null;
  const lastArabicValue = new Map<Item | null, number>();
  // An unnumbered paragraph after a finished task, kept until it shows its own assignment (or a number ends it).
  let pending: string | null = null;

  /**
   * "(一)推动经济稳定健康发展…。\n认真贯彻落实…。(A、B等负责)\n发挥投资的关键作用…。(C、D等负责)":
   * paragraphs without numbers, each ending in its own assignment, are tasks of their own.
   */
  const extendPending = (closed: Item, line: string, at: number): Item => {
    pending = pending === null ? line : joinBroken(pending, line);
    const t = trimLine(pending);
    if (!hasInlineAssignment(t, firstIsLead, unitOpts) || /^[(（〔【]/.test(t)) return closed;
    const item = openParagraphItem(closed, t, at);
    pending = null;
    return item;
  };

  /** Opens an unnumbered task under the closed task's heading; a numbered task split into paragraphs becomes that heading. */
  const openParagraphItem = (closed: Item, text: string, at: number): Item => {
    const parent = closed.marker.kind === 'none' ? closed.parent : closed;
    if (parent === closed) splitOffFirstParagraph(closed);
    const siblings = parent ? parent.children : root;
    const item = newItem(paragraphMarker(siblings.filter((c) => c.marker.kind === 'none').length + 1), text, parent, at);
    siblings.push(item);
    while (stack.length > 0 && stack[stack.length - 1]!.marker.rank >= item.marker.rank) stack.pop();
    stack.push(item);
    return item;
  };

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const numbered = isAssignmentLine(line) ? null : parseMarker(line);
    // 一、何家洞镇中心小学建设 ⏎ 1、考核任务:… ⏎ 2、完成情况:截止8月底已完成… (双牌 2024): sub-items that are the item's
    // labelled fields (a task, progress or status label, an assignment) are what is said of it, not tasks of their own.
    if (numbered && current && current.children.length === 0 && numbered.marker.rank > current.marker.rank && fieldOfItem(current, numbered.rest)) {
      pending = null;
      continue;
    }
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
      const item = newItem(numbered.marker, numbered.rest, parent, i);
      if (parent) parent.children.push(item);
      else root.push(item);
      if (numbered.marker.kind === 'arabic') lastArabicValue.set(parent, numbered.marker.value);
      stack.push(item);
      current = item;
      pending = null;
      splitTrailingLabels(item);
      splitInlineReport(item);
      item.ownText = item.text;
      continue;
    }
    if (!current) continue;
    // 推进情况:目前累计完成…, 督查结果:已完成: what the report says of the item, not more of its text.
    const report = reportLine(line);
    if (report) {
      current.report = report;
      pending = null;
      continue;
    }
    if (current.report && !isAssignmentLine(line)) {
      current.report.text = joinBroken(current.report.text, line);
      continue;
    }
    if (isAssignmentLine(line)) {
      // "段落。\n责任单位:…" after a finished task: the paragraph is a task of its own, printed without a number.
      if (pending !== null) current = openParagraphItem(current, pending, i);
      pending = null;
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
        continue;
      }
      current = extendPending(current, line, i);
      continue;
    }
    // Text before the item's assignment: a broken sentence, or the body of a title-like heading.
    // A remark (备注:…) is never task text; after a task closed by its inline assignment, a paragraph may be the next task.
    if (isNamedRemark(line)) continue;
    if (hasInlineAssignment(current.body ?? current.text, firstIsLead, unitOpts)) {
      current = extendPending(current, line, i);
      continue;
    }
    if (current.body !== null) current.body = joinBroken(current.body, line);
    else if (current.children.length === 0 && (isTitleLike(current.text) || (!endsSentence(current.text) && !/[：:]$/.test(current.text) && opensWithVerdict(line))) && !looksLikeUnitList(line)) current.body = line;
    else if (current.children.length === 0) current.text = joinBroken(current.text, line);
    splitTrailingLabels(current);
  }

  const drafts = new Map<Item, Task | null>();
  // A heading whose body is several tasks, each closed by its own assignment bracket, gives those tasks instead.
  const split = new Map<Item, Task[]>();
  const draft = (items: Item[]) => {
    for (const item of items) {
      const runs = runTasks(item, unitOpts);
      if (runs) split.set(item, runs);
      drafts.set(item, runs ? null : itemToTask(item, firstIsLead, unitOpts));
      draft(item.children);
    }
  };
  draft(root);
  shareGroupAssignment(root, drafts);
  const withUnits = (t: Task | null | undefined) => t !== null && t !== undefined && (t.leadUnits.length > 0 || t.coUnits.length > 0 || t.leaders.length > 0);
  const assigned = (item: Item): boolean => withUnits(drafts.get(item)) || (split.get(item)?.some(withUnits) ?? false) || item.children.some(assigned);
  const anyAssigned = root.some(assigned);
  const tasks: Task[] = [];
  const walk = (items: Item[]) => {
    for (const item of items) {
      const task = drafts.get(item);
      if (task) tasks.push(task);
      pushAll(tasks, split.get(item) ?? []);
      walk(item.children);
    }
  };
  const hasUnits = (item: Item) => ((t) => !!t && t.leadUnits.length + t.coUnits.length > 0)(drafts.get(item));
  if (anyAssigned) dropCutOffLastItem(root, end === lines.length, hasUnits, ctx);
  // A top-level part with no assignment anywhere under it (总体要求, 保障措施) is the plan's prose, not tasks;
  // a childless top-level item is an ordinary task of a flat list, units or not.
  walk(anyAssigned ? root.filter((item) => item.children.length === 0 || assigned(item)) : root);
  if (tasks.length === 0) pushAll(tasks, titledItems(root, unitOpts));
  warnNumbering(root, ctx);
  return { tasks, start };
}

/**
 * 1.完善应急预案体系 ⏎ (1)… ⏎ (2)… ⏎ (3)… ⏎ (4)… ⏎ (责任单位:A、B) (运城 2017): one assignment printed after a group of
 * sub-items, none of which has its own, is the whole group's. It was read onto the last sub-item; the earlier ones,
 * under a parent without units, take the same units and leaders.
 */
function shareGroupAssignment(items: Item[], drafts: Map<Item, Task | null>): void {
  for (const item of items) {
    const kids = item.children;
    shareGroupAssignment(kids, drafts);
    if (kids.length < 2 || kids.some((k) => k.children.length > 0)) continue;
    const parent = drafts.get(item);
    if (parent && parent.leadUnits.length + parent.coUnits.length > 0) continue;
    const tasks = kids.map((k) => drafts.get(k));
    const last = tasks[tasks.length - 1];
    const units = (t: Task | null | undefined) => (t ? t.leadUnits.length + t.coUnits.length : 0);
    if (!last || units(last) === 0 || tasks.slice(0, -1).some((t) => !t || units(t) > 0 || t.leaders.length > 0)) continue;
    kids.slice(0, -1).forEach((k) => {
      const t = drafts.get(k)!;
      drafts.set(k, { ...t, leadUnits: last.leadUnits, coUnits: last.coUnits, leaders: t.leaders.length > 0 ? t.leaders : last.leaders });
    });
  }
}

/**
 * A page stored or scraped only in part ends inside its last item: "2.开展项目“双进双产",
 * "7.高新技术产业增加值…(牵头单位:市". When the document ends there and that item has no
 * assignment while the one before it has, the item is a fragment, not a task.
 */
function dropCutOffLastItem(root: Item[], runsToEnd: boolean, hasUnits: (item: Item) => boolean, ctx: ExtractContext): void {
  if (!runsToEnd) return;
  const order: Item[] = [];
  const visit = (items: Item[]) => items.forEach((it) => (order.push(it), visit(it.children)));
  visit(root);
  // The last item and the task before it (headings between them carry no units of their own).
  const leaves = order.filter((it) => it.children.length === 0);
  const last = order[order.length - 1];
  const before = leaves[leaves.length - 2];
  // A complete last sentence ("2.推进B。") is a task without units, not a fragment.
  if (!last || last.children.length > 0 || hasUnits(last) || !before || !hasUnits(before) || endsSentence(last.body ?? last.text)) return;
  const siblings = last.parent ? last.parent.children : root;
  siblings.splice(siblings.indexOf(last), 1);
  ctx.warn('cut-off-item', `the document ends inside item ${last.marker.label} (${last.text.slice(0, 12)}…), which has no assignment; not taken as a task`);
}

/**
 * A numbered line that is a heading sentence ("(一)推动经济稳定健康发展，必须…作用。")
 * followed by a paragraph that carries its own assignment: once a second such
 * paragraph appears, the first is moved off the heading into its own unnumbered task.
 */
function splitOffFirstParagraph(item: Item): void {
  if (item.children.length > 0 || item.labelled !== '' || item.assignments.length > 0) return;
  let first: string | null = null;
  if (item.body !== null) {
    first = item.body;
    item.body = null;
  } else if (item.text.startsWith(item.ownText) && item.text.length > item.ownText.length && endsSentence(item.ownText)) {
    first = item.text.slice(item.ownText.length);
    item.text = item.ownText;
  }
  if (first !== null) item.children.push(newItem(paragraphMarker(1), trimLine(first), item, item.line + 1));
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

/**
 * 1.领办项目:下荒村路灯损坏修复项目。工作进展:…目前全部更换完毕。 (元宝山区 2021): a numbered line that labels its task and
 * then, after a full stop, reports on it under a label of the column vocabulary. The task label goes; the report is the
 * item's, as on a line of its own.
 */
const INLINE_TASK_LABEL = /^\s*([^，,、。；;：:\s]{2,6})\s*[:：]\s*/;
const INLINE_REPORT_LABEL = /[。；;]\s*([^，,、。；;：:\s]{2,6})\s*[:：]\s*/g;

function splitInlineReport(item: Item): void {
  if (item.body !== null || item.report !== null) return;
  const text = item.text;
  const head = INLINE_TASK_LABEL.exec(text);
  if (!head || columnRole(head[1]!) !== 'task') return;
  for (const m of text.matchAll(INLINE_REPORT_LABEL)) {
    const role = /结果$/.test(fold(m[1]!)) ? 'status' : columnRole(m[1]!);
    if (role !== 'progress' && role !== 'status') continue;
    const at = m.index ?? 0;
    item.text = trimLine(text.slice(head[0].length, at));
    item.report = { role, text: text.slice(at + m[0].length).trim() };
    return;
  }
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
  // …建设项目包抓领导：钱晓明；责任单位：住建和交通局）。已完成土方路基工程…: the page lost the opening bracket; the
  // closing one ends the labels, and what follows reports on the item.
  const close = /^[^()（）]*[)）]/.exec(after);
  if (close) {
    const rest = trimLine(after.slice(close[0].length)).replace(/^[。.，,；;]\s*/, '');
    appendLabelled(item, after.slice(0, close[0].length - 1));
    if (rest !== '' && item.report === null) item.report = { role: 'progress', text: rest };
    return;
  }
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
      // 一、县示范区管委会牵头工作(8项): a heading that gives its tasks their lead (after a cover notice's own 一、二、三、).
      headingLead(parseMarker(l)?.rest ?? '') !== null ||
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
  // Up past the numbered headings above it, and a short line right under a leader's or unit's heading (一、孟学农省长
  // 负责的工作 ⏎ 全面负责省人民政府工作任务的落实。 ⏎ (一)省监察厅牵头的工作): that heading's own remark, inside the list.
  while (i >= 0 && (parseMarker(lines[i]!) || (i > 0 && [...lines[i]!].length <= 60 && groupsTasks(lines[i - 1]!)))) i--;
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

/** A numbered heading that names the leader or the lead unit of the tasks under it. */
function groupsTasks(line: string): boolean {
  const rest = parseMarker(line)?.rest;
  return rest !== undefined && (leadersOfHeading(rest).length > 0 || headingLead(rest) !== null);
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

/**
 * A line that reports on the item above by a label of the column vocabulary: 推进情况:, 进展情况:,
 * 完成情况:, 工作进展: (progress) or 完成状态:, 督查结果:, 是否完成: (status).
 */
/**
 * Takes a numbered sub-item's text onto the item when it is one of its labelled fields: a report (完成情况:…) becomes its
 * report, an assignment (责任单位:…) its labelled block, a task label (考核任务:, 目标任务:) its body. False otherwise.
 */
function fieldOfItem(item: Item, rest: string): boolean {
  if (isAssignmentLine(rest)) {
    appendLabelled(item, rest);
    return true;
  }
  const report = reportLine(rest);
  if (report) {
    item.report = report;
    return true;
  }
  const m = /^\s*([^，,、。；;：:\s]{2,8})\s*[:：]\s*/.exec(rest);
  if (!m || (columnRole(m[1]!) !== 'task' && columnRole(m[1]!) !== 'target') || item.report) return false;
  // Kept with its label, so the heading stays the task's name and this its description (outline-task.ts `described`).
  item.body = item.body === null ? rest.trim() : joinBroken(item.body, rest.trim());
  return true;
}

function reportLine(line: string): { role: 'progress' | 'status'; text: string } | null {
  const m = /^\s*([^，,、。；;：:\s]{2,10})\s*[:：]\s*/.exec(line);
  if (!m) return null;
  const label = m[1]!;
  const role = /结果$/.test(fold(label)) ? 'status' : columnRole(label);
  if (role !== 'progress' && role !== 'status') return null;
  return { role, text: line.slice(m[0].length).trim() };
}

/** A report's own sections (总体进展情况, 存在主要问题, 下步工作建议, 工程项目概况): what it says, not what is to be done. */
const REPORT_SECTION = /(?:情况|问题|建议|概况|要求|措施|成效|做法|经验|打算|思路|原则|意义|目标|方面)$/;

/** Fewest titled items that make a list of them the document's tasks. */
const TITLED_ITEMS_MIN = 3;

/**
 * 一、2025年村内基础设施提升工程 ⏎ 在17个乡镇硬化道路10万平方米… ⏎ 二、2025年农村饮水维修养护工程 ⏎ … (涉县 2025): a list of
 * 民生实事 that names each under its number and describes it below, with no unit anywhere. When nothing else was a task, each
 * titled item is one: its title names it, the description follows.
 */
function titledItems(root: Item[], unitOpts: UnitListOptions): Task[] {
  const titled = root.filter((i) => i.children.length === 0 && i.body !== null && isTitleLike(i.text) && !REPORT_SECTION.test(fold(i.text).replace(/[(（][^()（）]*[)）]$/, '')));
  if (titled.length < TITLED_ITEMS_MIN || titled.length !== root.length) return [];
  return titled.map((i) => buildTask(i.marker.number, [i.marker.label], [], `${i.text}\n${i.body}`, [], unitOpts));
}
