/**
 * An outline item turned into a task: its text (heading or body), assignments from labels, inline and labelled
 * brackets, a unit before a colon or a trailing list, the leaders of the headings above it, and its progress or
 * status from a report line.
 */
import { pushAll } from '../util/arrays.js';
import type { Task } from '../model/schema.js';
import { buildTask, headingLead, parseLabelled, readItemAssignment, takeInlineAssignment, takeLabelledBracket, takeOpeningAssignment, takeTrailingList } from './assignments.js';
import { assignmentClauses } from './assignment-verbs.js';
import { assignmentRuns } from './assignment-runs.js';
import type { UnitListOptions } from './units.js';
import { leadersOfHeading } from './leaders.js';
import { classifyStatusText, compact, proseVerdict, verdictOf } from '../classify/lexicon.js';
import { isUnitName } from './tables/unit-cells.js';
import { isTitleLike, type Item } from './outline-item.js';
import { endsSentence, fold } from './text.js';

/** A body that opens with a verdict sentence (全面完成目标任务。…) reports on its heading, which is the task. */
export function opensWithVerdict(body: string): boolean {
  const first = /^[^。；;]{2,16}[。；;]/.exec(body.trim())?.[0];
  // 2项已完成年度目标任务。: a counted group's heading, the start of a status list, not a verdict on the line above.
  if (!first || /^[0-9一二三四五六七八九十]{1,3}\s*(?:项|个|件)/.test(first)) return false;
  const v = first ? verdictOf(first) : null;
  return v !== null && v.words.length >= compact(first!).length - 7;
}

/**
 * (一)城区教育基础设施建设 ⏎ 10所学校全部建设完成,其中…均超额完成目标任务。 (宜春 2021): under a heading that is a
 * name, a body that states a verdict and names no unit says what became of the heading's work, as a report does;
 * a plan's body under such a heading is an order (加快推进…，确保…完成), which states none.
 */
function reportsOnHeading(item: Item): boolean {
  if (item.body === null || item.labelled !== '' || item.assignments.length > 0 || !isTitleLike(item.text)) return false;
  // (二)优化基础教育工程 ⏎ 4,新建、改扩建学校77所…: a body that opens with a number is the next numbered item.
  if (/^[0-9０-９]{1,3}\s*[,，、.．]/.test(item.body.trim())) return false;
  const v = proseVerdict(item.body);
  // On schedule is said by orders too (加快推进, 稳步推进); said with 已/正在 (已完成了选址, 正在施工) it reports.
  return v !== null && (v.code !== 'on_schedule' || /^(?:已|正在)/.test(v.words));
}

/** 县教育局：学前教育促进工程 → the unit before the colon, and what follows it. */
function unitLabel(text: string): { unit: string; rest: string } | null {
  const m = /^([^：:，,。；;、\s]{2,20})[：:]/.exec(text);
  if (!m || !isUnitName(m[1]!)) return null;
  const rest = text.slice(m[0].length).trim();
  return [...rest].length >= 4 ? { unit: m[1]!, rest } : null;
}

/**
 * 河门水库:已完成场地平整和一期导流,正在进行截渗槽开挖… — a short name (a project, no sentence in it) before a colon, then
 * what has become of it: a report stated with 已/正在, or its investment done so far (累计完成投资…); the report, or null. A
 * plan's 目标:… or 加快产业发展:推进… orders and reports nothing.
 */
function titledReport(text: string): string | null {
  const m = /^([^：:，,。；;]{2,30})[：:]\s*(.{4,})$/s.exec(text.trim());
  if (!m || !isTitleLike(m[1]!) || isUnitName(m[1]!) || /(?:内容|目标|任务|措施|要求|时限|单位|领导)$/.test(fold(m[1]!))) return null;
  const report = m[2]!;
  const v = proseVerdict(report, { saidOfSubject: true });
  const reports = (v !== null && (v.code !== 'on_schedule' || /^(?:已|正在|正)/.test(v.words))) || /(?:累计|已)(?:经)?完成(?:投资)?/.test(fold(report));
  return reports ? report : null;
}

/** Fewest clauses, each with a verdict of its own, that make a body a report on its members. */
const MEMBER_REPORTS_MIN = 3;

/**
 * (一)关于解决城区“大班额”问题 ⏎ A项目…已完成了选址,正在办理…;B项目已完成投资…,现正重新对外招商;C项目已完成主体,正在进行…
 * (丹凤 2018; 中卫 2023 the same under 自治区重点项目): a body whose ；-clauses each judge a project of their own reports on the
 * heading's members, which the list readers take one by one; the heading is the task, and the body no report on it.
 */
function reportsOnMembers(item: Item): boolean {
  // Counted before the verdicts are asked for: most bodies hold fewer ；-clauses than that.
  if (item.body === null || (item.body.match(/[；;]/g)?.length ?? 0) < MEMBER_REPORTS_MIN - 1 || !isTitleLike(item.text)) return false;
  const clauses = item.body.split(/[；;]/).filter((c) => proseVerdict(c, { saidOfSubject: true }) !== null);
  return clauses.length >= MEMBER_REPORTS_MIN;
}

export function itemToTask(item: Item, firstIsLead: boolean, unitOpts: UnitListOptions): Task | null {
  const members = reportsOnMembers(item);
  // (1)增加1000张老年病床 / 超出目标任务。2019年，新增…: the heading is the task, the body its progress.
  const reportBody = !members && item.body !== null && (opensWithVerdict(item.body) || reportsOnHeading(item)) ? item.body : null;
  // (一)在兰州设立综合配套改革试验区事宜 ⏎ 由杨志武副市长负责，市发改委牵头，…尽快完成…: the heading is the task, its body
  // opens with who answers for it.
  const opening = item.body !== null && reportBody === null && isTitleLike(item.text) ? takeOpeningAssignment(item.body) : null;
  // 一、实施脱贫攻坚工程 ⏎ 主要内容：全省完成…: a labelled description under the heading, which is the task's name.
  // 一、何家洞镇中心小学建设 ⏎ 1、考核任务:… (双牌 2024): a numbered task label under the heading likewise.
  const described =
    item.body !== null && isTitleLike(item.text) && /^(?:(?:主要|建设|工作|具体|实施)?内容|考核任务|目标任务|任务目标|工作目标|建设任务)\s*[:：]/.test(fold(item.body.trim()));
  let text = reportBody !== null || opening !== null || described || members ? item.text : item.body ?? item.text;
  let assignments = [...parseLabelled(item.labelled), ...item.assignments, ...(opening?.assignments ?? [])];
  const inline = takeInlineAssignment(text, firstIsLead, unitOpts);
  text = inline.text;
  pushAll(assignments, inline.assignments);
  // 1赵家沟苦水河大桥建设项目（包抓领导：…；责任单位：…）承台已全部完工…: the bracket ends the name; the rest reports.
  const bracketed = assignments.length === 0 ? takeLabelledBracket(text) : null;
  if (bracketed) {
    text = bracketed.text;
    pushAll(assignments, bracketed.assignments);
  }
  // (一)县教育局：学前教育促进工程。…: a notice by unit names the unit first, then the item it answers for.
  const labelledUnit = assignments.some((a) => a.role === 'lead' || a.role === 'leadOrSole') ? null : unitLabel(text);
  if (labelledUnit) {
    assignments.push({ role: 'lead', value: labelledUnit.unit });
    text = labelledUnit.rest;
  }
  // ②、嵩阳路大桥工程:累计完成投资1亿元,…均已完成铺装 (登封): a project's name, then the report on it, which is the task's
  // progress. The item keeps its text as printed (readers of 呼和浩特经开区 2016 quote the line whole, those of 登封 the name).
  const titled = labelledUnit === null && reportBody === null ? titledReport(text) : null;
  // (一)省监察厅牵头的工作 ⏎ 加强行政监察工作…: the body is the task, and its own heading names its lead.
  const ownLead = item.body !== null && reportBody === null ? headingLead(item.text) : null;
  if (ownLead !== null && !assignments.some((a) => a.role === 'lead' || a.role === 'leadOrSole')) assignments.push({ role: 'lead', value: ownLead });
  if (assignments.length === 0 && firstIsLead) {
    const trailing = takeTrailingList(text, unitOpts);
    text = trailing.text;
    assignments = trailing.assignments;
  }
  // 1.由县编办、发改局负责，调整充实… (旬阳 2018): a 由-clause in the text names who answers for it.
  if (!assignments.some((a) => a.role === 'lead' || a.role === 'leadOrSole')) pushAll(assignments, assignmentClauses(text));
  const hasAssignment = assignments.length > 0;
  if (!hasAssignment && item.children.length > 0) return null;
  // A childless heading with neither text of its own nor units is not a task either.
  // (One with a report, 一、…学校建设 ⏎ 2、完成情况:…, is a task reported on.)
  if (!hasAssignment && item.children.length === 0 && item.marker.rank === 1 && isTitleLike(item.text) && !item.report) return null;
  // (一)县级民生实事方面 ⏎ … (青田 2023): a heading naming a category of work, whose body tells of the items in it, is no task.
  if (!hasAssignment && item.children.length === 0 && /方面[:：]?$/.test(fold(item.text.trim()))) return null;

  const path: string[] = [];
  const section: string[] = [];
  for (let p = item.parent; p; p = p.parent) {
    path.unshift(p.marker.label);
    section.unshift(p.text);
    // "一、王纲市长主抓重点工作": the heading's leader leads every task under it, unless the task names its own.
    const leaders = leadersOfHeading(p.text);
    if (leaders.length > 0 && !assignments.some((a) => a.role === 'leaders')) assignments.push({ role: 'leaders', value: leaders.join('、') });
    // "一、县示范区管委会牵头工作(8项)": the heading's unit leads every task under it that names no lead of its own.
    const lead = headingLead(p.text);
    if (lead !== null && !assignments.some((a) => a.role === 'lead' || a.role === 'leadOrSole')) assignments.push({ role: 'lead', value: lead });
  }
  path.push(item.marker.label);
  const task = buildTask(item.marker.number, path, section, text, assignments, unitOpts);
  if (item.report?.role === 'status' && task.status === null && item.report.text !== '') {
    return { ...task, status: classifyStatusText(item.report.text) };
  }
  const progress = task.progress ?? item.report?.text ?? reportBody ?? bracketed?.after ?? titled ?? null;
  return progress !== null && progress !== '' && progress !== task.progress ? { ...task, progress } : task;
}

/**
 * 二、加快推进引江济淮入太、引黄调蓄工程和森林太康建设工程 ⏎ A…完成。（牵头责任单位：水利局；…）。B…完成。（牵头责任单位：
 * 城管局；…）。C…（牵头责任单位：水利局；…） (太康 2020): a heading whose body holds several tasks, each closed by its own
 * labelled bracket, heads them; each run is a task under it, unnumbered. Null for any other item.
 */
export function runTasks(item: Item, unitOpts: UnitListOptions): Task[] | null {
  if (item.children.length > 0 || item.labelled !== '' || item.assignments.length > 0) return null;
  // (A heading with a 、 is not taken for a title, and its body was joined to it as a broken line: the body is what
  // follows the numbered line.)
  const heading = item.body !== null ? item.text : item.ownText;
  const body = item.body ?? (item.text.length > item.ownText.length && item.text.startsWith(item.ownText) ? item.text.slice(item.ownText.length) : null);
  const runs = body !== null && !endsSentence(heading) ? assignmentRuns(body) : null;
  if (!runs) return null;
  const path: string[] = [item.marker.label];
  const section: string[] = [heading];
  for (let p = item.parent; p; p = p.parent) {
    path.unshift(p.marker.label);
    section.unshift(p.text);
  }
  return runs.map((run, k) => {
    const read = readItemAssignment(run, unitOpts);
    return buildTask('', [...path, String(k + 1)], section, read.text, read.assignments, unitOpts);
  });
}
