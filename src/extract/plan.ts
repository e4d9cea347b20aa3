/**
 * Breakdown plans (分解方案, 重点工作, 任务清单): numbered task lists with
 * their unit assignments, printed as running text or as a table.
 *
 * Running text. A task is every numbered item that carries its own
 * assignment; a numbered item whose children carry the assignments is a
 * section. Levels come from the marker type (一、 > (一) > 1. > (1) > 1） > ①).
 * Assignments are read from labelled lines (牵头单位:…;责任单位:…, 牵头负责领导:),
 * from a trailing bracket ((市发改委牵头,市财政局配合)), or, where the plan
 * states that the first listed unit leads, from a bare unit list. Lines the
 * scrape broke are joined without inserting anything. The notice that wraps
 * the plan has numbered paragraphs too (一、高位推动…); they are not tasks, so
 * the list starts at the unnumbered title right above the first numbered item
 * that leads to an assignment, and ends at an appendix (附件), whose
 * 成员名单 become `groups`.
 *
 * Tables. A header row (or two, when 责任单位 spans 牵头单位 | 配合单位) names
 * the columns; rows spanning the table are sections; a task cell repeated by
 * a rowspan is one task; a table split by pages is joined.
 *
 * Everything is matched on a traditional→simplified fold of the text and
 * sliced from the printed text, so names and texts stay as printed.
 */
import type { Block } from '../model/blocks.js';
import type { Task, Unit } from '../model/schema.js';
import { extractedDocument, type ExtractContext, type Extractor } from './types.js';
import { checkSequence, parseMarker, toChineseNumeral, type Marker, type MarkerKind } from './numbering.js';
import { isAdminLevelParen, parseUnitList, splitLeaders, type UnitListOptions } from './units.js';
import { endsSentence, fold, joinBroken, openingParen, parseArabic, parseChineseNumeral, stripSpaces, toHalfWidth, trimEndOf, trimLine } from './text.js';
import { maxOf, pushAll } from '../util/arrays.js';

export interface PlanOptions {
  /** The city whose bodies the plan assigns (徐州); guessed from the document when absent. */
  city?: string | null;
}

export interface PlanTasks {
  tasks: Task[];
  groups: Record<string, string[]>;
  /** Counts the document states about itself, e.g. { total: 150 }. */
  stated: Record<string, number>;
}

export const extractPlan: Extractor = (blocks, ctx) => {
  const { tasks, groups, stated } = extractPlanTasks(blocks, ctx);
  return extractedDocument('plan', { summary: { stated }, tasks, groups });
};

export function extractPlanTasks(blocks: Block[], ctx: ExtractContext, opts: PlanOptions = {}): PlanTasks {
  const lines = blocksToLines(blocks);
  const city = opts.city ?? guessCity(lines);
  const groups = extractGroups(lines, city);
  const unitOpts: UnitListOptions = { city, groups };

  let tasks: Task[] = [];
  for (const rows of planTables(blocks)) pushAll(tasks, extractTablePlan(rows, ctx, unitOpts));
  // A count the document states about itself is read from its preamble, never from task texts ("实施攻关项目30项").
  let preamble = lines;
  if (tasks.length === 0) {
    const plan = extractLinePlan(lines, ctx, unitOpts);
    tasks = plan.tasks;
    preamble = lines.slice(0, plan.start);
  }

  dedupeIds(tasks);
  for (const t of tasks) {
    if (t.leadUnits.length === 0 && t.coUnits.length === 0) ctx.warn('no-units', `task ${t.id} has no unit assignment`, t.id);
  }
  const stated: Record<string, number> = {};
  const total = statedTotal(preamble);
  if (total !== null) {
    stated.total = total;
    if (total !== tasks.length) {
      ctx.warn('count-mismatch', `the document states ${total} tasks but ${tasks.length} were found`);
    }
  }
  return { tasks, groups, stated };
}

// ---------------------------------------------------------------------------
// Lines

function blocksToLines(blocks: Block[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.kind !== 'para') continue;
    for (const piece of b.text.split(/\r?\n/)) {
      const t = trimLine(piece);
      if (t !== '' && !isPageFurniture(t)) out.push(normalizeLabel(t));
    }
  }
  return out;
}

/**
 * Repairs a label the layout damaged so it matches like any other: letters
 * spaced out by justification (牵 头 单 位：) and the ratio colon ∶ some PDFs
 * print for ：. Only the label is touched; the rest of the line is as printed.
 */
function normalizeLabel(line: string): string {
  // Gaps bounded: with `*` a letter followed by a long run of spaces is retried at every split of the run.
  const m = /^((?:\p{Script=Han}[ \u3000\u00a0]{0,6}){2,9}?)[ \u3000\u00a0]{0,6}([:：∶︰])/u.exec(line);
  if (!m) return line;
  const label = m[1]!.replace(/[ \u3000\u00a0]/g, '');
  if (!new RegExp(`^${LABEL_WORD}$`).test(fold(label))) return line;
  return label + '：' + line.slice(m[0].length);
}

/** Page numbers and running markers a PDF or print scrape leaves between lines: "— 3 —", "-3-", "第3页 共9页", "-- 1 of 5 --". */
function isPageFurniture(line: string): boolean {
  const t = toHalfWidth(line).replace(/\s+/g, '');
  return /^[-—–─]*\d{1,3}[-—–─]*$/.test(t) || /^第\d+页(?:共\d+页)?$/.test(t) || /^--\d+of\d+--$/.test(t) || /^\d+\/\d+$/.test(t);
}

/** The city the issuing government belongs to: 徐州 from 徐州市人民政府, 界首 from 界首市人民政府. */
function guessCity(lines: string[]): string | null {
  const counts = new Map<string, number>();
  for (const line of lines.slice(0, 400)) {
    for (const m of fold(line).matchAll(/(\p{Script=Han}{2,3}?)[市县区](?:人民政府|政府办公室|委员会|人民代表大会)/gu)) {
      // The printed form, so a distributed place prefix reads as the document prints it.
      const name = line.slice(m.index!, m.index! + m[1]!.length);
      if (/^(?:关于|印发|全|本|各|我|该|的)/.test(m[1]!)) continue;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

// ---------------------------------------------------------------------------
// Assignment labels

type Role = 'lead' | 'leadOrSole' | 'co' | 'leaders' | 'deadline' | 'firstListed';

/** Printed labels and the role each assigns; 责任单位 is lead unless a 牵头 list exists on the same task. */
const LABELS: Array<[RegExp, Role]> = [
  [/^牵头[(（]责任[)）]单位$/, 'lead'],
  [/^牵头(?:责任)?(?:单位|部门)$/, 'lead'],
  [/^(?:主办|主责)(?:单位|部门)$/, 'lead'],
  // The short labels some tables print inside one unit cell: "牵头：市发改委；配合：市财政局".
  [/^牵头$/, 'lead'],
  [/^(?:配合|协同|协办|参与)$/, 'co'],
  [/^责任人$/, 'leaders'],
  [/^(?:[市县区]级)?(?:牵头)?(?:负责|责任|分管|包保)?(?:[市县区]级?)?领导$/, 'leaders'],
  [/^牵头负责领导$/, 'leaders'],
  [/^(?:协同|配合|协办|参与|协作)(?:责任)?(?:单位|部门)$/, 'co'],
  [/^责任(?:单位|部门)$/, 'leadOrSole'],
  [/^主?责任?单位$/, 'leadOrSole'],
  [/^(?:完成)?(?:时限|时间)(?:要求)?$|^时间节点$|^完成时限$|^时间安排$/, 'deadline'],
];

const LABEL_WORD =
  '(?:牵头[(（]责任[)）]单位|牵头负责领导|牵头(?:责任)?(?:单位|部门)|(?:主办|主责)(?:单位|部门)|责任人|(?:[市县区]级)?(?:牵头|负责|责任|分管|包保)(?:[市县区]级?)?领导|(?:协同|配合|协办|参与|协作)(?:责任)?(?:单位|部门)|责任(?:单位|部门)|完成时限|时间节点|完成时间|时限要求|时间安排|牵头|配合|协同|协办|参与)';
const LABEL_AT = new RegExp(`${LABEL_WORD}\\s*[:：]`, 'g');
const LINE_STARTS_WITH_LABEL = new RegExp(`^${LABEL_WORD}\\s*[:：]`);

function roleOf(label: string): Role | null {
  const l = stripSpaces(fold(label));
  for (const [re, role] of LABELS) if (re.test(l)) return role;
  return null;
}

interface Assignment {
  role: Role;
  /** The printed list (or leader names, or deadline). */
  value: string;
  /** Units already parsed, when a convention (first listed leads) split one list into two roles. */
  units?: Unit[];
}

/** "牵头单位:A、B;责任单位:C" → two assignments; values keep their printed text. */
function parseLabelled(text: string): Assignment[] {
  // Matched on the simplified fold, sliced from the printed text (same offsets).
  const hits = [...fold(text).matchAll(LABEL_AT)];
  const out: Assignment[] = [];
  hits.forEach((m, i) => {
    const label = m[0].replace(/\s*[:：]$/, '');
    const role = roleOf(label);
    const start = m.index! + m[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index! : text.length;
    const value = trimEndOf(text.slice(start, end), ';；。', true);
    if (role === 'leadOrSole') {
      // 责任单位：市发改委牵头，市财政局、市统计局配合 — the verbs inside the list assign the roles.
      const byVerb = rolesByVerb(value);
      if (byVerb) {
        out.push(...byVerb);
        return;
      }
    }
    if (role) out.push({ role, value });
  });
  return out;
}

/** A labelled list whose clauses end in 牵头 / 配合 verbs, read as an inline assignment; null when no clause does. */
function rolesByVerb(value: string): Assignment[] | null {
  const clauses = fold(value).split(/[;；,，]/).map((c) => c.trim());
  if (!clauses.some((c) => LEAD_VERB.test(c) || CO_VERB.test(c))) return null;
  const parsed = parseInlineAssignment(value, false, {});
  return parsed && parsed.some((a) => a.role === 'lead' || a.role === 'co') ? parsed : null;
}

// ---------------------------------------------------------------------------
// Inline assignments: "(市发改委牵头,市财政局配合)" at the end of a task text

const CO_VERB = /(?:配合|参与|协助|协同|协办|按职责分工负责|按职责负责|分工负责|按照职责分工负责|共同负责|按职能分工负责)$/;
const LEAD_VERB = /(?:牵头负责|牵头抓总|牵头落实|牵头)$/;
const SOLE_VERB = /(?:负责落实|具体负责|负责)$/;

/**
 * Reads the content of a trailing parenthesis as an assignment; null when it
 * is an ordinary parenthesis of the task text (含…, 2024年…).
 */
function parseInlineAssignment(inner: string, firstIsLead: boolean, unitOpts: UnitListOptions, afterSentence = true): Assignment[] | null {
  const s = trimLine(inner);
  if (isAdminLevelParen(s)) return null;
  if (LABEL_AT.test(fold(s))) {
    LABEL_AT.lastIndex = 0;
    return parseLabelled(s);
  }
  LABEL_AT.lastIndex = 0;
  const clauses = s.split(/[;；,，]/).map((c) => c.trim()).filter((c) => c !== '');
  const out: Assignment[] = [];
  let sawVerb = false;
  for (const c of clauses) {
    let m: RegExpExecArray | null;
    const fc = fold(c);
    if ((m = LEAD_VERB.exec(fc))) {
      out.push({ role: 'lead', value: c.slice(0, m.index) });
      sawVerb = true;
    } else if ((m = CO_VERB.exec(fc))) {
      out.push({ role: 'co', value: c.slice(0, m.index) });
      sawVerb = true;
    } else if ((m = SOLE_VERB.exec(fc))) {
      out.push({ role: 'leadOrSole', value: c.slice(0, m.index) });
      sawVerb = true;
    } else if (isDeadlineClause(c)) {
      out.push({ role: 'deadline', value: c });
    } else if (looksLikeUnitList(c)) {
      out.push({ role: 'leadOrSole', value: c });
    } else {
      return null;
    }
  }
  if (out.length === 0) return null;
  if (!sawVerb) {
    // A bracket right after a name is that name's note (公安局(交警大队)), not a list of bodies.
    if (!afterSentence) return null;
    // A bare list of bodies in brackets: all of them are responsible, the first leading where the plan says so.
    return firstListedIsLead(clauses.join('、'), firstIsLead, unitOpts);
  }
  if (out.some((a) => stripSpaces(a.value) === '')) return null;
  return out;
}

/** "2024年9月底前完成", "年底前", "长期坚持": a time limit inside an inline assignment. */
function isDeadlineClause(clause: string): boolean {
  const c = toHalfWidth(fold(stripSpaces(clause)));
  return (
    /^(?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|中旬|上旬|下旬)?|年底|年内|上半年|下半年|全年|[一二三四]季度(?:末)?)前?(?:完成|到位|建成|实现)?$/.test(c) ||
    /^(?:长期坚持|持续推进|长期推进|常态化推进|按进度推进|\d{4}年(?:底|内)?(?:前)?(?:完成)?)$/.test(c)
  );
}

/** Marks the first unit of a bare list as lead and the rest as co when the plan states that convention. */
function firstListedIsLead(list: string, firstIsLead: boolean, _unitOpts: UnitListOptions): Assignment[] {
  return [{ role: firstIsLead ? 'firstListed' : 'leadOrSole', value: list }];
}

const ORG_ENDING =
  /(?:局|委|办|院|部|厅|室|中心|处|所|站|队|会|社|行|司|集团|公司|政府|管委会|单位|街道|镇|乡|联|团|机构|企业|海关|高校|学校|组|馆|台|区|县|市|园|场|署|科|庭|军|支队|总队|分局|部门)$/;

/** Whether a piece of text is nothing but a list of bodies (used for bare lists and broken unit lines). */
function looksLikeUnitList(s: string): boolean {
  const t = fold(stripSpaces(s)).replace(/[。.]$/, '');
  if (t === '' || /[。！？:：]/.test(t)) return false;
  const pieces = t.split(/[、,，;；]/).filter((p) => p !== '');
  if (pieces.length === 0) return false;
  // Unit names carry no structural particles; a sentence about units (排在第一位的为牵头单位) is not a list.
  if (/的|其他|其它|以上|以下/.test(t.replace(/[(（][^()（）]*[)）]/g, ''))) return false;
  return pieces.every((p) => {
    const core = p.replace(/[(（][^()（）]*[)）]$/, '').replace(/等\S*$/, '');
    return core.length >= 1 && core.length <= 24 && (ORG_ENDING.test(core) || /等/.test(p));
  });
}

/** Plans that say the first unit listed leads: "排在第一位的为牵头单位", "第一个单位为牵头单位". */
function statesFirstIsLead(lines: string[]): boolean {
  return lines.some((l) => /(?:排在?第一位?|排名第一|排序第一|列第一|第一个|首位|居首)[^。]{0,12}(?:为|是)牵头(?:单位|部门)/.test(fold(l)));
}

// ---------------------------------------------------------------------------
// Groups appendix: "一、…领导小组成员名单" followed by its member list

function extractGroups(lines: string[], city: string | null): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (let i = 0; i < lines.length - 1; i++) {
    const numbered = parseMarker(lines[i]!);
    const heading = stripSpaces(numbered ? numbered.rest : lines[i]!);
    const m = /^(.+?)(成员单位名单|成员名单|名单)[:：]?$/.exec(fold(heading));
    if (!m || heading.length > 60) continue;
    // The key is the name as tasks reference it: 成员名单/名单 removed, 成员单位 kept.
    const name = heading.slice(0, m[1]!.length + (m[2] === '成员单位名单' ? 4 : 0));
    // The member list may wrap over several lines; it runs to its final 。 or the next heading.
    let body = lines[i + 1]!;
    for (let j = i + 2; j < lines.length && !endsSentence(body) && !parseMarker(lines[j]!) && !isEndOfList(lines[j]!) && !/名单[:：]?$/.test(fold(lines[j]!)); j++) {
      body += lines[j]!;
    }
    if (/组长|主任[:：]/.test(fold(body)) || !looksLikeUnitList(body)) continue;
    groups[name] = parseUnitList(body, { city }).map((u) => u.name);
  }
  return groups;
}

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

function isAssignmentLine(line: string): boolean {
  return LINE_STARTS_WITH_LABEL.test(fold(trimLine(line)));
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

function extractLinePlan(lines: string[], ctx: ExtractContext, unitOpts: UnitListOptions): { tasks: Task[]; start: number } {
  const firstIsLead = statesFirstIsLead(lines);
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
function isEndOfList(printed: string): boolean {
  const line = fold(printed);
  return (
    /^(?:附件|附表)\s*[0-9０-９一二三四五六七八九十]*\s*[:：]?\s*$/.test(line) ||
    /^(?:附件下载|相关附件|相关文件|相关链接|扫一扫|【\s*打印|【\s*关闭|关闭窗口)/.test(line) ||
    /^[(（]此件.{0,12}[)）]$/.test(line)
  );
}

function hasInlineAssignment(line: string, firstIsLead: boolean, unitOpts: UnitListOptions): boolean {
  const t = trimLine(line).replace(/[。.；;]$/, '');
  if (!/[)）】〕]$/.test(t)) return false;
  const open = openingParen(t, t.length - 1);
  // open 0: the assignment printed on a line of its own below the task ("（市发改委牵头）").
  if (open < 0) return false;
  const parsed = parseInlineAssignment(t.slice(open + 1, -1), firstIsLead, unitOpts, followsSentence(t, open));
  return parsed !== null && parsed.some((a) => a.role !== 'leadOrSole' || firstIsLead || /负责|牵头/.test(fold(t.slice(open))));
}

function followsSentence(text: string, open: number): boolean {
  return /[。；;！？]$/.test(text.slice(0, open).trimEnd());
}

/** Removes a trailing assignment parenthesis from a task text and returns both parts. */
function takeInlineAssignment(text: string, firstIsLead: boolean, unitOpts: UnitListOptions): { text: string; assignments: Assignment[] } {
  const m = /^([\s\S]*?)([。.；;]?)$/.exec(trimLine(text))!;
  let body = m[1]!;
  const tailPunct = m[2]!;
  if (!/[)）】〕]$/.test(body)) return { text, assignments: [] };
  const open = openingParen(body, body.length - 1);
  if (open <= 0) return { text, assignments: [] };
  const parsed = parseInlineAssignment(body.slice(open + 1, -1), firstIsLead, unitOpts, followsSentence(body, open));
  if (!parsed) return { text, assignments: [] };
  body = body.slice(0, open);
  return { text: trimLine(body) + tailPunct, assignments: parsed };
}

/** "…完成验收。市发改委、市财政局" under a first-listed-is-lead plan: the trailing list after the last sentence. */
function takeTrailingList(text: string, unitOpts: UnitListOptions): { text: string; assignments: Assignment[] } {
  const cut = Math.max(text.lastIndexOf('。'), text.lastIndexOf('；'));
  if (cut < 0 || cut === text.length - 1) return { text, assignments: [] };
  const tail = text.slice(cut + 1);
  if (!looksLikeUnitList(tail)) return { text, assignments: [] };
  return { text: text.slice(0, cut + 1), assignments: firstListedIsLead(tail, true, unitOpts) };
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
  }
  path.push(item.marker.label);
  return buildTask(item.marker.number, path, section, text, assignments, unitOpts);
}

export function buildTask(
  number: string,
  path: string[],
  section: string[],
  text: string,
  assignments: Assignment[],
  unitOpts: UnitListOptions,
): Task {
  const hasLead = assignments.some((a) => a.role === 'lead');
  const lead: Unit[] = [];
  const co: Unit[] = [];
  const leaders: string[] = [];
  let deadline: string | null = null;
  for (const a of assignments) {
    const units = a.units ?? (a.role === 'leaders' || a.role === 'deadline' ? [] : parseUnitList(a.value, unitOpts));
    switch (a.role) {
      case 'lead':
        pushAll(lead, units);
        break;
      case 'co':
        pushAll(co, units);
        break;
      case 'leadOrSole':
        if (hasLead) pushAll(co, units);
        else splitMarkedLead(units, lead, co);
        break;
      case 'firstListed':
        lead.push(...units.slice(0, 1));
        pushAll(co, units.slice(1));
        break;
      case 'leaders':
        pushAll(leaders, splitLeaders(a.value));
        break;
      case 'deadline':
        deadline = trimLine(a.value).replace(/[。；;]$/, '') || null;
        break;
    }
  }
  return {
    id: path.join('.'),
    number,
    path,
    section,
    text: trimLine(text),
    leadUnits: lead,
    coUnits: co,
    leaders,
    deadline,
    progress: null,
    status: null,
  };
}

/**
 * One 责任单位 list that marks its lead, in brackets ("市发改委（牵头）、市财政局")
 * or with a star ("市发改委*、市财政局"): the marked units lead and the rest
 * are co. Without a mark, all lead.
 */
function splitMarkedLead(units: Unit[], lead: Unit[], co: Unit[]): void {
  const isMark = (u: Unit) =>
    (u.note !== null && /^(?:牵头|牵头单位|牵头负责|主办|主责)$/.test(fold(stripSpaces(u.note)))) || /[*＊★☆]$/.test(u.raw);
  if (!units.some(isMark)) {
    pushAll(lead, units);
    return;
  }
  for (const u of units) {
    if (isMark(u)) lead.push({ ...u, note: null });
    else co.push(u);
  }
}

/** Building blocks the notice and progress extractors may reuse for assignment text. */
export type { Assignment };
export { parseLabelled, parseInlineAssignment, looksLikeUnitList, takeInlineAssignment };

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

/** "将全年目标任务分解为150项具体事项", "共梳理重点任务36项". */
function statedTotal(lines: string[]): number | null {
  for (const printed of lines) {
    const line = fold(printed);
    const m = /(?:分解(?:为|成)|细化(?:为|成)|梳理(?:出|形成)?|明确|确定|共计?|总计|实施|安排|部署)[^，。；,;:：]{0,12}?([0-9０-９]+|[零〇一二两三四五六七八九十百]+)\s*(?:项|件|条)/.exec(line);
    if (m) {
      const raw = m[1]!;
      const n = parseArabic(raw) ?? parseChineseNumeral(raw);
      if (n !== null && n > 1) return n;
    }
  }
  return null;
}

function dedupeIds(tasks: Task[]): void {
  const seen = new Map<string, number>();
  for (const t of tasks) {
    const n = (seen.get(t.id) ?? 0) + 1;
    seen.set(t.id, n);
    if (n > 1) t.id = `${t.id}#${n}`;
  }
}

// ---------------------------------------------------------------------------
// Table plans

type Column = 'number' | 'task' | 'lead' | 'co' | 'leadOrSole' | 'leaders' | 'deadline' | 'category';

/** Header words → column role. Order matters: 牵头领导 is leaders, not lead. */
function columnRole(header: string): Column | null {
  const h = stripSpaces(toHalfWidth(fold(header)));
  if (h === '') return null;
  if (/^(?:序号|编号|序|No\.?)$/i.test(h)) return 'number';
  if (/领导/.test(h)) return 'leaders';
  if (/牵头/.test(h)) return 'lead';
  if (/(?:配合|协同|协办|参与|协作)/.test(h)) return 'co';
  if (/(?:责任|承办|主办)(?:单位|部门)|^单位$/.test(h)) return 'leadOrSole';
  if (/(?:时限|时间|节点|期限)/.test(h)) return 'deadline';
  if (/(?:类别|领域|板块|分类|方面|类型)/.test(h)) return 'category';
  if (/(?:任务|工作|内容|事项|目标|举措|措施|指标)/.test(h)) return 'task';
  return null;
}

interface TableLayout {
  /** Index of the last header row (a header may take two rows). */
  headerRow: number;
  columns: Map<number, Column>;
}

function tableLayout(rows: string[][]): TableLayout | null {
  for (let r = 0; r < Math.min(rows.length, 4); r++) {
    const columns = headerColumns([rows[r]!]);
    const roles = new Set(columns.values());
    if (!(roles.has('task') && (roles.has('lead') || roles.has('leadOrSole') || roles.has('co')))) continue;
    // "责任单位" spanning "牵头单位 | 配合单位" on a second header row: the lower row names the columns.
    const next = rows[r + 1];
    if (next && isSubHeader(rows[r]!, next)) return { headerRow: r + 1, columns: headerColumns([rows[r]!, next]) };
    return { headerRow: r, columns };
  }
  return null;
}

/** Column roles from one or two header rows; the lower row wins where it differs (it splits a spanned cell). */
function headerColumns(headerRows: string[][]): Map<number, Column> {
  const columns = new Map<number, Column>();
  const width = Math.max(...headerRows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    let role: Column | null = null;
    for (const row of headerRows) role = columnRole(row[c] ?? '') ?? role;
    // A header spanning two columns repeats its text; the first column keeps the role.
    if (role && ![...columns.values()].includes(role)) columns.set(c, role);
  }
  return columns;
}

/** A second header row: every cell repeats the row above (a spanned header) or is itself a header word. */
function isSubHeader(upper: string[], lower: string[]): boolean {
  let splits = 0;
  for (let c = 0; c < lower.length; c++) {
    const cell = stripSpaces(lower[c] ?? '');
    if (cell === stripSpaces(upper[c] ?? '') || cell === '') continue;
    if (columnRole(cell) === null) return false;
    splits++;
  }
  return splits > 0;
}

export function isPlanTable(rows: string[][]): boolean {
  return tableLayout(rows) !== null;
}

/**
 * The plan tables of a document, each as one list of rows: a table split by
 * pages (a header-less continuation of the same width, or the header printed
 * again) is joined to the table it continues.
 */
function planTables(blocks: Block[]): string[][][] {
  const out: string[][][] = [];
  let width = -1;
  let header = '';
  for (const b of blocks) {
    if (b.kind !== 'table' || b.rows.length === 0) continue;
    const w = maxOf(b.rows.map((r) => r.length));
    const layout = tableLayout(b.rows);
    if (layout) {
      const h = b.rows[layout.headerRow]!.map(stripSpaces).join('|');
      if (out.length > 0 && w === width && h === header) pushAll(out[out.length - 1]!, b.rows);
      else out.push([...b.rows]);
      width = w;
      header = h;
    } else if (out.length > 0 && w === width) {
      pushAll(out[out.length - 1]!, b.rows);
    } else {
      width = -1;
    }
  }
  return out;
}

export function extractTablePlan(rows: string[][], ctx: ExtractContext, unitOpts: UnitListOptions): Task[] {
  const layout = tableLayout(rows);
  if (!layout) return [];
  const cols = layout.columns;
  const colOf = (role: Column) => [...cols.entries()].find(([, r]) => r === role)?.[0];
  const header = rows[layout.headerRow]!.map((c) => stripSpaces(c));
  let categoryIndex = 0;
  const tasks: Task[] = [];
  const sections: Array<{ label: string; title: string; rank: number }> = [];
  let category: string | null = null;
  let counter = 0;
  let previousKey: string | null = null;

  for (let r = layout.headerRow + 1; r < rows.length; r++) {
    const row = rows[r]!.map((c) => trimLine(c));
    if (row.every((c) => c === '')) continue;
    // A header printed again (a page break in the table) is not a task.
    if (row.map(stripSpaces).join('|') === header.join('|') || row.every((c) => c === '' || columnRole(c) !== null)) continue;
    const distinct = new Set(row.filter((c) => c !== ''));
    const unitCells = [...cols.entries()].filter(([, role]) => role === 'lead' || role === 'co' || role === 'leadOrSole').map(([c]) => row[c] ?? '');
    const numColumn = colOf('number');
    const taskColumn = colOf('task');
    const numberCell = numColumn !== undefined ? stripSpaces(row[numColumn] ?? '') : '';
    const taskCell = taskColumn !== undefined ? (row[taskColumn] ?? '') : '';
    // A section row spans the table ("一、稳增长" repeated in every cell), or prints a Chinese numeral in 序号 with no units.
    const spansRow = distinct.size === 1 && (unitCells.every((c) => c === '') || unitCells.every((c) => c === [...distinct][0]));
    const numberedSection = !spansRow && unitCells.every((c) => c === '') && /^[一二三四五六七八九十]+[、.．]?$/.test(numberCell) && taskCell !== '';
    if (spansRow || numberedSection) {
      const title = spansRow ? [...distinct][0]! : `${numberCell.replace(/[、.．]$/, '')}、${taskCell}`;
      const numbered = parseMarker(title);
      const rank = numbered ? numbered.marker.rank : 0;
      while (sections.length > 0 && sections[sections.length - 1]!.rank >= rank) sections.pop();
      sections.push({ label: numbered ? numbered.marker.label : '', title: numbered ? numbered.rest : title, rank });
      continue;
    }
    const taskCol = colOf('task');
    let text = taskCol !== undefined ? (row[taskCol] ?? '') : '';
    const numCol = colOf('number');
    let number = numCol !== undefined ? stripSpaces(toHalfWidth(row[numCol] ?? '')).replace(/[.、,，]$/, '') : '';
    const inText = parseMarker(text);
    if (inText && (number === '' || inText.marker.number === number)) {
      if (number === '') number = inText.marker.number;
      text = inText.rest;
    }
    number = number.replace(/^[(（](.+)[)）]$/, '$1');
    if (number === '') number = String(++counter);
    else counter = parseArabic(number) ?? counter;

    const catCol = colOf('category');
    const cat = catCol !== undefined ? trimLine(row[catCol] ?? '') : '';
    if (catCol !== undefined && cat !== '' && cat !== category) {
      category = cat;
      categoryIndex++;
    }

    const assignments: Assignment[] = [];
    for (const [c, role] of cols) {
      const value = role === 'task' || role === 'number' || role === 'category' ? (row[c] ?? '') : cellList(row[c] ?? '');
      if (value === '' || role === 'number' || role === 'task' || role === 'category') continue;
      // A unit cell may carry its own labels ("牵头：市发改委；配合：市财政局").
      const labelled = role === 'deadline' || role === 'leaders' ? [] : parseLabelled(value);
      if (labelled.length > 0) assignments.push(...labelled);
      else assignments.push({ role: role as Role, value });
    }
    const inline = takeInlineAssignment(text, false, unitOpts);
    text = inline.text;
    assignments.push(...inline.assignments);

    // A task cell spanning several rows repeats in each: one task, with the rows' units merged.
    const key = `${number}|${stripSpaces(text)}`;
    const categoryMarker = category ? parseMarker(category) : null;
    const sectionTitles = [...sections.map((s) => s.title), ...(category ? [categoryMarker ? categoryMarker.rest : category] : [])];
    // An unnumbered category column gets its position as a Chinese numeral, so numbers restarting per category stay apart.
    const categoryLabel = category ? (categoryMarker ? categoryMarker.marker.label : toChineseNumeral(categoryIndex)) : null;
    const path = [...sections.filter((s) => s.label !== '').map((s) => s.label), ...(categoryLabel ? [categoryLabel] : []), number];
    const task = buildTask(number, path, sectionTitles, text, assignments, unitOpts);
    const prev = tasks[tasks.length - 1];
    if (prev && key === previousKey) {
      mergeUnits(prev.leadUnits, task.leadUnits);
      mergeUnits(prev.coUnits, task.coUnits);
      for (const l of task.leaders) if (!prev.leaders.includes(l)) prev.leaders.push(l);
      prev.deadline ??= task.deadline;
      continue;
    }
    previousKey = key;
    tasks.push(task);
  }
  if (tasks.length === 0) ctx.warn('no-tasks', 'the plan table has a header but no task rows');
  return tasks;
}

/** A cell that prints one unit (or leader) per line: the line breaks separate names; otherwise they are wrapping. */
function cellList(cell: string): string {
  const lines = cell.split(/\r?\n/).map(trimLine).filter((l) => l !== '');
  if (lines.length > 1 && lines.every((l) => looksLikeUnitList(l) || /^\p{Script=Han}{2,4}$/u.test(l))) return lines.join('、');
  return cell;
}

function mergeUnits(into: Unit[], from: Unit[]): void {
  for (const u of from) if (!into.some((x) => x.name === u.name && x.note === u.note)) into.push(u);
}
