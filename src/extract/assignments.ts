/**
 * Assignments: who is responsible for a task, however the plan prints it.
 *
 * - labels: "牵头单位:A;责任单位:B", "责任领导:X", "完成时限:年底前";
 * - inline brackets after the task text: "(市发改委牵头,市财政局配合)",
 *   "（A、B等负责）", "〔责任单位:A、B按职责分工负责。〕";
 * - verbs inside a list: "X牵头,Y参加,Z落实", "A、B牵头,C及D按职责分工负责";
 * - conventions the plan states once: "列第一位者为牵头单位" (first listed leads).
 *
 * Each recogniser returns `Assignment`s (a role and the printed list); `buildTask`
 * turns them into lead/co units with the one unit-list grammar in units.ts.
 * Everything is matched on the simplified fold and sliced from the printed text.
 */
import { pushAll } from '../util/arrays.js';
import type { Task, Unit } from '../model/schema.js';
import { coWithoutLeads, isAdminLevelParen, looksLikeUnitList, parseUnitList, type UnitListOptions } from './units.js';
import { CO_VERB, firstListedIsLead, LEAD_VERB, parseInlineAssignment, SOLE_VERB } from './assignment-verbs.js';

export { parseInlineAssignment, takeOpeningAssignment } from './assignment-verbs.js';
import { splitLeaders } from './leaders.js';
import { fold, lastIndexOfAny, openingParen, splitTopLevel, stripSpaces, toHalfWidth, trimLine, trimEndOf } from './text.js';
import { isUnitName } from './tables/unit-cells.js';

// ---------------------------------------------------------------------------
// Assignment labels

export type Role = 'lead' | 'leadOrSole' | 'co' | 'leaders' | 'deadline' | 'firstListed';

/** Printed labels and the role each assigns; 责任单位 is lead unless a 牵头 list exists on the same task. */
const LABELS: Array<[RegExp, Role]> = [
  [/^牵头[(（]责任[)）]单位$/, 'lead'],
  [/^牵头(?:责任)?(?:单位|部门|处室|科室)$/, 'lead'],
  [/^(?:主办|主责)(?:单位|部门)$/, 'lead'],
  // The short labels some tables print inside one unit cell: "牵头：市发改委；配合：市财政局".
  [/^牵头$/, 'lead'],
  [/^(?:配合|协同|协办|参与)$/, 'co'],
  [/^责任人$/, 'leaders'],
  // 责任领导, 牵头市领导, 分管省领导, 县级包保领导, 包抓领导 (利通).
  [/^(?:[省市县区]级)?(?:牵头)?(?:负责|责任|分管|主管|包保|包抓|包联|联系)?(?:[省市县区]级?)?领导$/, 'leaders'],
  [/^牵头负责领导$/, 'leaders'],
  [/^(?:协同|配合|协办|参与|协作)(?:责任)?(?:单位|部门|处室|科室)$/, 'co'],
  [/^责任(?:单位|部门|处室|科室|主体)$/, 'leadOrSole'],
  [/^主?责任?单位$/, 'leadOrSole'],
  // "部门分工:省发展改革委牵头,各地、各部门配合" — the verbs inside the list assign the roles.
  [/^(?:部门|责任|任务|工作)?分工$/, 'leadOrSole'],
  [/^(?:完成)?(?:时限|时间|期限)(?:要求)?$|^时间节点$|^完成时限$|^时间安排$/, 'deadline'],
];

export const LABEL_WORD =
  '(?:牵头[(（]责任[)）]单位|牵头负责领导|牵头(?:责任)?(?:单位|部门|处室|科室)|(?:主办|主责)(?:单位|部门)|责任人|(?:[省市县区]级)?(?:牵头|负责|责任|分管|主管|包保|包抓|包联|联系)(?:[省市县区]级?)?领导|(?:协同|配合|协办|参与|协作)(?:责任)?(?:单位|部门|处室|科室)|责任(?:单位|部门|处室|科室|主体)|(?:部门|责任|任务)分工|完成时限|完成期限|时间节点|完成时间|时限要求|时间安排|牵头|配合|协同|协办|参与)';
export const LABEL_AT = new RegExp(`${LABEL_WORD}\\s*[:：]`, 'g');
const LINE_STARTS_WITH_LABEL = new RegExp(`^${LABEL_WORD}\\s*[:：]`);

function roleOf(label: string): Role | null {
  const l = stripSpaces(fold(label));
  for (const [re, role] of LABELS) if (re.test(l)) return role;
  return null;
}

export interface Assignment {
  role: Role;
  /** The printed list (or leader names, or deadline). */
  value: string;
  /** Units already parsed, when a convention (first listed leads) split one list into two roles. */
  units?: Unit[];
}

/** "牵头单位:A、B;责任单位:C" → two assignments; values keep their printed text. */
export function parseLabelled(text: string): Assignment[] {
  // Matched on the simplified fold, sliced from the printed text (same offsets).
  const hits = [...fold(text).matchAll(LABEL_AT)];
  const out: Assignment[] = [];
  hits.forEach((m, i) => {
    const label = m[0].replace(/\s*[:：]$/, '');
    const role = roleOf(label);
    const start = m.index! + m[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index! : text.length;
    const raw = text.slice(start, end);
    const value = trimEndOf(dropListRemarks(beforeOtherLabel(i + 1 < hits.length ? withoutLabelHead(raw) : raw)), ';；。', true);
    if (role === 'leadOrSole') {
      // 责任单位：市发改委牵头，市财政局、市统计局配合 — the verbs inside the list assign the roles.
      const byVerb = rolesByVerb(value);
      if (byVerb) {
        pushAll(out, byVerb);
        return;
      }
    }
    if (role) out.push({ role, value });
  });
  return out;
}

/**
 * Labels of a one-line record are set apart by spaces, and not every one assigns: 责任单位:市公安局 项目责任人:王伟标
 * 实际完成情况:…. A value ends where a space and another label (2–8 characters and a colon) begin. The
 * lookbehind starts a match only at the first space of a run, so a long run of spaces is scanned once.
 */
const OTHER_LABEL = /(?<![ \t\u3000\n])[ \t\u3000\n]+(?=[\u4e00-\u9fa5]{2,8}[:：])/;

/** 责任单位:市公安局 项目责任人:… — the word after the last space (项目) opens the next label, not this value. */
function withoutLabelHead(value: string): string {
  const at = Math.max(value.lastIndexOf(' '), value.lastIndexOf('\t'), value.lastIndexOf('\u3000'), value.lastIndexOf('\n'));
  return at > 0 && /^[\u4e00-\u9fa5]{1,6}$/.test(value.slice(at + 1)) ? value.slice(0, at) : value;
}

function beforeOtherLabel(value: string): string {
  const m = OTHER_LABEL.exec(value);
  return m ? value.slice(0, m.index) : value;
}

/** A labelled list whose clauses end in 牵头 / 配合 verbs, read as an inline assignment; null when no clause does. */
function rolesByVerb(value: string): Assignment[] | null {
  // Cheap test first: a list without any verb character (simplified or traditional) has no verb clause.
  if (!/[牵牽配参參协協落实實施负負]/.test(value)) return null;
  const clauses = splitTopLevel(fold(value), ';；,，').map((c) => c.trim());
  if (!clauses.some((c) => LEAD_VERB.test(c) || CO_VERB.test(c) || SOLE_VERB.test(c))) return null;
  const parsed = parseInlineAssignment(value, false, {});
  return parsed && parsed.some((a) => a.role !== 'deadline' && a.role !== 'leaders') ? parsed : null;
}

// ---------------------------------------------------------------------------
// Conventions and remarks inside assignment text

/**
 * The plan's statement that the first unit of a list leads: "列第一位者为牵头单位",
 * "列第一位者为工作牵头单位或汇总单位", "排在第一位的为牵头单位", "第一个单位为牵头单位".
 */
const FIRST_LISTED_LEADS = /(?:排在?第一位?|排名第一|排序第一|列(?:在)?第一位?|列首位|第一个|首位|居首)[^。]{0,12}(?:为|是)(?:工作)?牵头/;

/** Plans that say the first unit listed leads (stated once, often inside the first bracket, "下同"). */
export function statesFirstIsLead(lines: string[]): boolean {
  return lines.some((l) => FIRST_LISTED_LEADS.test(fold(l)));
}

/** A piece after a comma, outside brackets, that states a rule instead of naming a unit: 以下均需…, 不再…, 均由…. */
const REMARK_PIECE = /[，,；;]\s*(?:以下|不再|均需|均由|以上)/;

/** A bracket that states a convention rather than naming units: "(列第一位者为牵头或汇总单位,下同)". */
const CONVENTION_BRACKET = /^[(（〔【]([^()（）〔〕【】]*)[)）〕】]$/;

/**
 * What an assignment list says after its units is not units: a second sentence
 * ("…按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同",
 * "…等负责。列第一位者为牵头单位，下同", "A、B。其中，A负责…") and a trailing
 * convention bracket ("(列第一位者为工作牵头单位或汇总单位,下同)"). The list
 * ends at its first sentence end outside brackets.
 */
export function dropListRemarks(list: string): string {
  let out = list.includes('。') ? splitTopLevel(list, '。')[0]! : list;
  // …各县市区,以下均需各县市区落实,不再逐一列出 (荆门): a rule for the items below, after a comma, ends the list too.
  const rule = REMARK_PIECE.exec(out);
  if (rule && !/[(（][^()（）]*$/.test(out.slice(0, rule.index))) out = out.slice(0, rule.index);
  const close = out.trimEnd().length - 1;
  const open = close > 0 && /[)）〕】]/.test(out[close]!) ? openingParen(out, close) : -1;
  // Only a bracket that mentions first place or 下同 can be a convention (most are notes: "(监测)").
  if (open > 0 && /第一|首位|居首|下同/.test(out.slice(open))) {
    const inner = CONVENTION_BRACKET.exec(out.slice(open, close + 1))?.[1] ?? '';
    if (FIRST_LISTED_LEADS.test(fold(inner)) || /下同$/.test(fold(inner))) out = out.slice(0, open);
  }
  return out;
}

export function hasInlineAssignment(line: string, firstIsLead: boolean, unitOpts: UnitListOptions): boolean {
  const t = trimLine(line).replace(/[。.；;]$/, '');
  if (!/[)）】〕]$/.test(t)) return false;
  const open = openingParen(t, t.length - 1);
  // open 0: the assignment printed on a line of its own below the task ("（市发改委牵头）").
  if (open < 0) return false;
  const parsed = parseInlineAssignment(t.slice(open + 1, -1), firstIsLead, unitOpts, followsSentence(t, open));
  // A bare list in brackets is an assignment only with a verb or the convention; "(责任单位:X)" always is.
  const inner = fold(t.slice(open));
  return parsed !== null && parsed.some((a) => a.role !== 'leadOrSole' || firstIsLead || /负责|牵头/.test(inner) || hasLabel(inner));
}

export function followsSentence(text: string, open: number): boolean {
  return /[。；;！？]$/.test(text.slice(0, open).trimEnd());
}

/** Removes a trailing assignment parenthesis from a task text and returns both parts. */
export function takeInlineAssignment(text: string, firstIsLead: boolean, unitOpts: UnitListOptions): { text: string; assignments: Assignment[] } {
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

/**
 * A bracket of labels right after the task's name, with what was done after it:
 * 赵家沟苦水河大桥建设项目（包抓领导：钱晓明；责任单位：住建和交通局）承台与地系梁已全部完工… (利通). A page that
 * lost the opening bracket (…建设项目包抓领导：钱晓明；责任单位：住建和交通局）。已完成…) is read the same way.
 */
export function takeLabelledBracket(text: string): { text: string; assignments: Assignment[]; after: string } | null {
  LABEL_AT.lastIndex = 0;
  const m = LABEL_AT.exec(fold(text));
  LABEL_AT.lastIndex = 0;
  if (!m || m.index === 0) return null;
  const before = text.slice(0, m.index);
  const opened = /[(（]\s*$/.exec(before);
  // An earlier bracket still open is another remark; the label belongs to it, not to the item.
  if (!opened && /[(（][^()（）]*$/.test(before)) return null;
  const close = text.slice(m.index).search(/[)）]/);
  if (close < 0) return null;
  const name = trimLine(opened ? before.slice(0, opened.index) : before);
  const after = trimLine(text.slice(m.index + close + 1)).replace(/^[。.，,；;]\s*/, '');
  if ([...name].length < 4 || after === '') return null;
  const assignments = parseLabelled(text.slice(m.index, m.index + close));
  return assignments.length > 0 ? { text: name, assignments, after } : null;
}

/**
 * The assignment an item carries in its own text, for extractors that segment
 * items themselves (notices, reports, progress rows): a trailing bracket
 * ("…60家(责任单位:市经信局)", "…(A牵头,B配合)") or trailing labels
 * ("…。牵头单位:X;责任单位:Y"). Returns the text without it; no assignment → [].
 */
export function readItemAssignment(text: string, unitOpts: UnitListOptions = {}): { text: string; assignments: Assignment[] } {
  const inline = takeInlineAssignment(text, unitOpts.firstListedLeads ?? false, unitOpts);
  if (inline.assignments.length > 0) return inline;
  LABEL_AT.lastIndex = 0;
  const m = LABEL_AT.exec(fold(text));
  LABEL_AT.lastIndex = 0;
  if (!m || m.index === 0 || /[(（【〔][^()（）【】〔〕]*$/.test(text.slice(0, m.index))) return { text, assignments: [] };
  return { text: trimLine(text.slice(0, m.index)), assignments: parseLabelled(text.slice(m.index)) };
}

/** "…完成验收。市发改委、市财政局" under a first-listed-is-lead plan: the trailing list after the last sentence. */
export function takeTrailingList(text: string, unitOpts: UnitListOptions): { text: string; assignments: Assignment[] } {
  const cut = Math.max(text.lastIndexOf('。'), text.lastIndexOf('；'));
  if (cut < 0 || cut === text.length - 1) return { text, assignments: [] };
  const tail = text.slice(cut + 1);
  if (!looksLikeUnitList(tail)) return { text, assignments: [] };
  return { text: text.slice(0, cut + 1), assignments: firstListedIsLead(tail, true, unitOpts) };
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
        else if (unitOpts.firstListedLeads) splitFirstListed(units, lead, co);
        else splitMarkedLead(units, lead, co);
        break;
      case 'firstListed':
        splitFirstListed(units, lead, co);
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
    coUnits: coWithoutLeads(co, lead),
    leaders,
    deadline,
    progress: null,
    status: null,
  };
}

/** Under "列第一位者为牵头单位": the first unit leads, the rest are co. */
function splitFirstListed(units: Unit[], lead: Unit[], co: Unit[]): void {
  pushAll(lead, units.slice(0, 1));
  pushAll(co, units.slice(1));
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

function hasLabel(text: string): boolean {
  LABEL_AT.lastIndex = 0;
  const found = LABEL_AT.test(text);
  LABEL_AT.lastIndex = 0;
  return found;
}

/** Whether a line starts with an assignment label ("牵头单位:…", "责任领导:…"). */
export function isAssignmentLine(line: string): boolean {
  return LINE_STARTS_WITH_LABEL.test(fold(trimLine(line)));
}

/**
 * Labelled assignments closing a text that is not split into lines, such as a
 * table's task cell (湖州: `…压减一般性支出15%以上。责任单位:市政府办公室、市财政局`):
 * the text before the first label, and the assignments after it. A label inside
 * an open bracket is left to the inline-assignment reader.
 */
export function takeTrailingLabels(text: string): { text: string; assignments: Assignment[] } {
  LABEL_AT.lastIndex = 0;
  const m = LABEL_AT.exec(fold(text));
  LABEL_AT.lastIndex = 0;
  if (!m || m.index === 0) return { text, assignments: [] };
  const before = text.slice(0, m.index);
  const open = lastIndexOfAny(before, '(（【〔');
  const close = lastIndexOfAny(before, ')）】〕');
  if (open > close) return { text, assignments: [] };
  return { text: trimLine(before), assignments: parseLabelled(text.slice(m.index)) };
}

/**
 * A heading that names the unit leading every task under it: 一、县示范区管委会牵头工作(8项), （二）市发改委牵头,
 * 三、市住建局负责的任务（12项） (沁县 2025). The unit list before 牵头/负责 is the lead; null for any other heading.
 */
const HEADING_LEAD = /^([^，,。；;：:（）()]{2,40}?)(?:牵头|负责|主责)的?(?:重点|具体)?(?:工作|任务|事项|项目)?(?:清单)?\s*(?:[(（]\s*(?:共)?[0-9一二三四五六七八九十]{1,3}\s*项\s*[)）])?$/;

export function headingLead(text: string): string | null {
  const m = HEADING_LEAD.exec(trimLine(text));
  if (!m) return null;
  const units = m[1]!.trim();
  return looksLikeUnitList(units) || isUnitName(units) ? units : null;
}

