/**
 * Assignments said with verbs rather than labels: the clauses of an inline bracket (市发改委牵头，市财政局配合),
 * "A、B等负责", and the clauses that open a task's text (由X副市长负责，A牵头，B配合，…). The verbs are one vocabulary
 * here; the labels, conventions and the building of a task stay in assignments.ts.
 */
import { dropListRemarks, LABEL_AT, parseLabelled, type Assignment } from './assignments.js';
import { leadersOfHeading } from './leaders.js';
import { looksLikeUnitList, isAdminLevelParen, type UnitListOptions } from './units.js';
import { fold, splitTopLevel, stripSpaces, toHalfWidth, trimLine } from './text.js';

// ---------------------------------------------------------------------------
// Inline assignments: "(市发改委牵头,市财政局配合)" at the end of a task text

/**
 * Verbs that end a clause of co units: "Y配合", "Y、Z等有关部门参加", "各镇街落实", "各县市区具体实施",
 * "C及D按職責分工負責" (国发/国办发 分工 style). 落实 after 负责/牵头 is not one.
 */
export const CO_VERB = /(?:配合|参与|参加|协助|协同|协办|(?<!负责|牵头|具体)落实|(?<!负责|牵头)(?:具体|组织)?实施)$/;
export const LEAD_VERB = /(?:牵头负责|牵头抓总|牵头落实|牵头)$/;
/**
 * Verbs that make a list responsible without ranking it: "A、B等负责" (all lead),
 * "(A牵头,B、C按职责分工负责)" (co after a 牵头 clause, lead when alone).
 */
export const SOLE_VERB = /(?:按照?职责分工负责|按职能分工负责|按职责负责|分工负责|共同负责|负责落实|具体负责|负责)$/;

/**
 * Reads the content of a trailing parenthesis as an assignment; null when it
 * is an ordinary parenthesis of the task text (含…, 2024年…).
 */
export function parseInlineAssignment(inner: string, firstIsLead: boolean, unitOpts: UnitListOptions, afterSentence = true): Assignment[] | null {
  const s = trimLine(dropListRemarks(inner));
  if (s === '' || isAdminLevelParen(s)) return null;
  if (LABEL_AT.test(fold(s))) {
    LABEL_AT.lastIndex = 0;
    return parseLabelled(s);
  }
  LABEL_AT.lastIndex = 0;
  const clauses = splitTopLevel(s, ';；,，').map((c) => c.trim()).filter((c) => c !== '');
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
export function firstListedIsLead(list: string, firstIsLead: boolean, _unitOpts: UnitListOptions): Assignment[] {
  return [{ role: firstIsLead ? 'firstListed' : 'leadOrSole', value: list }];
}


/**
 * Clauses that open a task's text and assign it before saying what to do (兰州): 由杨志武副市长负责，市发改委牵头，相关部门
 * 配合，尽快完成…. Each clause is a leader with what he does (由X副市长负责) or a unit list with its verb (X牵头, Y配合);
 * the first clause that is neither starts the task. At least one unit must lead.
 */
export function takeOpeningAssignment(text: string): { text: string; assignments: Assignment[] } | null {
  const out: Assignment[] = [];
  let at = 0;
  while (at < text.length) {
    const end = text.slice(at).search(/[，,；;]/);
    if (end < 0) break;
    const clause = text.slice(at, at + end).trim();
    const fc = fold(clause);
    const leaders = leadersOfHeading(clause.replace(/^由/, ''));
    let m: RegExpExecArray | null;
    if (leaders.length > 0) out.push({ role: 'leaders', value: leaders.join('、') });
    else if ((m = LEAD_VERB.exec(fc)) && looksLikeUnitList(clause.slice(0, m.index))) out.push({ role: 'lead', value: clause.slice(0, m.index) });
    else if ((m = CO_VERB.exec(fc)) && looksLikeUnitList(clause.slice(0, m.index))) out.push({ role: 'co', value: clause.slice(0, m.index) });
    else break;
    at += end + 1;
  }
  if (!out.some((a) => a.role === 'lead')) return null;
  const rest = trimLine(text.slice(at));
  return rest === '' ? null : { text: rest, assignments: out };
}


/**
 * The verb after a unit that answers for what follows it: 市住建局负责的金凤五路…, 由镇公路站负责的农村道路硬化项目,
 * 由X牵头负责的, 灵武市负责实施的. Read by the prose list items and by plans of paragraphs handed to units.
 */
export const ANSWERS_FOR = '(?:(?:牵头)?负责(?:实施)?|牵头)的';

/** A clause that hands the task to a unit list: 由县编办、发改局负责 / 由县人社局牵头. */
const GIVEN_TO = /^由(.{2,80}?)(?:牵头负责|牵头|具体负责|负责)$/;

/**
 * Clauses inside a task's text that assign it (旬阳 2018): 1.由县编办、发改局负责，调整充实… / 2.由县编办、发改局牵头，
 * 考评办配合，抓紧制定… / 3.《…实施意见》，由县人社局负责，修改完善后…. A 由-clause of units leads, the clause right
 * after it with a co verb (考评办配合) assists. The text stays as printed: the clause may stand anywhere in it.
 */
export function assignmentClauses(text: string): Assignment[] {
  const clauses = splitTopLevel(text, '，,；;。').map((c) => c.trim());
  for (let i = 0; i < clauses.length; i++) {
    const m = GIVEN_TO.exec(fold(clauses[i]!));
    if (!m || !looksLikeUnitList(clauses[i]!.slice(1, 1 + m[1]!.length))) continue;
    const out: Assignment[] = [{ role: 'lead', value: clauses[i]!.slice(1, 1 + m[1]!.length) }];
    const next = clauses[i + 1] ?? '';
    const co = CO_VERB.exec(fold(next));
    if (co && looksLikeUnitList(next.slice(0, co.index))) out.push({ role: 'co', value: next.slice(0, co.index) });
    return out;
  }
  return [];
}
