/**
 * Turns a TaskDocument into the plain data a report template prints: every
 * count and every grouping is decided here, so html, md, txt and docx say the
 * same thing and templates only lay it out.
 *
 * Which list a notice prints (see README.md beside this file):
 * - the document carries its own lagging list (`doc.lagging`, e.g. a parsed
 *   督查通报): that list is reproduced group for group and item for item, because
 *   its items are not all linked to tasks and re-deriving them from task
 *   statuses would lose some and merge others;
 * - otherwise the behind items are derived from task statuses and grouped by
 *   the task's lead units (or lead and co units with `by: 'all'`).
 */
import type { StatusCode, Task, TaskDocument } from '../model/schema.js';
import { bracketOrdinal, printedLabel } from './numerals.js';
import {
  AHEAD_CODES,
  BEHIND_CODES,
  type BehindCode,
  isAheadCode,
  isBehindCode,
  joinStatusWords,
  statusCellLines,
  statusLabel,
} from './status.js';
import { joinUnits, printUnitList, unitGroupKey } from './units.js';
import { chineseDate } from './dates.js';
import { trimEndOf } from '../util/space.js';
import { barChartSvg } from './chart.js';
import { charsPerLine, titleLines } from './title-lines.js';
import { appendixColumnWidths } from './fit-columns.js';

export interface NoticeOptions {
  period?: string | null;
  issuer?: string | null;
  /** YYYY-MM-DD */
  date?: string | null;
  year?: number | null;
  only?: BehindCode[];
  by?: 'lead' | 'all';
  /** Replaces the derived title entirely. */
  title?: string | null;
  /** 主送机关, printed after the title and ended with a full-width colon. */
  to?: string | null;
  /** 发文字号 such as 宿政办秘〔2021〕12号. */
  docNumber?: string | null;
  /** 发文机关标志 (the red head), e.g. 宿州市人民政府办公室文件. */
  header?: string | null;
  /** The 要求 paragraph after the list; '' leaves it out, undefined prints the default. */
  closing?: string | null;
}

export interface NoticeItem {
  n: number;
  text: string;
  taskId: string | null;
}

export interface NoticeGroup {
  index: number;
  ordinal: string;
  unit: string;
  count: number;
  items: NoticeItem[];
}

export interface TableRow {
  isSection: boolean;
  level: number;
  label: string;
  n: string;
  text: string;
  progress: string;
  progressLines: string[];
  status: string;
  /** The status broken between words for a four-character column (无实质性 / 进展). */
  statusLines: string[];
  units: string;
  /** The lead units themselves, for writers that must print them so they read back (xlsx). */
  unitList: Task['leadUnits'];
}

export interface Totals {
  total: number;
  ahead: number;
  aheadPercent: number;
  behind: number;
  behindPercent: number;
  other: number;
  otherPercent: number;
  unknown: number;
  unknownPercent: number;
  aheadWords: string;
  behindWords: string;
  otherWords: string;
}

export interface NoticeView {
  kind: 'notice';
  basis: 'notice-list' | 'task-status';
  title: string;
  /** The title broken at a phrase boundary for the 156 mm text block in 22 pt (see titleLines). */
  titleLines: string[];
  /** 发文机关标志 and 发文字号; empty when not asked for. */
  header: string;
  docNumber: string;
  hasHead: boolean;
  /** 主送机关 with its closing colon, or empty. */
  to: string;
  closing: string;
  /** 2021年《政府工作报告》重点目标任务一季度 — the phrase the opening and title share. */
  subject: string;
  year: string;
  period: string;
  totals: Totals;
  /** The opening paragraph, composed once so every format (and docx) prints the same sentence. */
  opening: string;
  methodNote: string;
  /** Inline SVG bar chart of behind items per unit (escaped markup; empty when nothing is behind). */
  chart: string;
  listedSum: number;
  groups: NoticeGroup[];
  hasGroups: boolean;
  attachmentTitle: string;
  /** The appendix title broken for the text block in 18 pt. */
  attachmentTitleLines: string[];
  appendix: TableRow[];
  /** CSS widths of the appendix's five columns, fitted to its rows as the Word table's are. */
  appendixColumns: string[];
  issuer: string;
  date: string;
  hasSignature: boolean;
}

export interface PlanEntry {
  isHeading: boolean;
  isTask: boolean;
  level: number;
  label: string;
  text: string;
  leaders: string;
  lead: string;
  co: string;
  hasLeaders: boolean;
  unitLine: string;
  /** 完成时限 as the source printed it, or empty. */
  deadline: string;
}

/** One row of the plan table: a section heading across the table, or a task with one cell per header. */
export interface PlanTableRow {
  isSection: boolean;
  label: string;
  text: string;
  cells: string[];
}

export interface PlanView {
  kind: 'plan';
  layout: 'list' | 'table';
  isTable: boolean;
  title: string;
  /** The title broken at a phrase boundary for the 156 mm text block in 22 pt. */
  titleLines: string[];
  /** 序号 / 工作任务 / (牵头领导) / 牵头单位 / 责任单位 / 完成时限; 牵头领导 only when some task names one. */
  tableHeaders: string[];
  rows: PlanTableRow[];
  taskCount: number;
  entries: PlanEntry[];
  issuer: string;
  date: string;
  hasSignature: boolean;
}

const NO_LEAD_UNIT = '未明确牵头单位';

/** Characters a title line holds in the GB/T 9704 text block (156 mm): 2号 (22 pt) and the appendix's 小二 (18 pt). */
const TITLE_CHARS = charsPerLine(156, 22);
const APPENDIX_TITLE_CHARS = charsPerLine(156, 18);

export function buildNoticeView(doc: TaskDocument, opts: NoticeOptions = {}): NoticeView {
  const year = opts.year ?? doc.year;
  const period = (opts.period ?? doc.period ?? '').trim();
  const yearText = year ? `${year}年` : '';
  const { subject, word } = noticeSubject(doc, year ?? null, period);
  const by = opts.by ?? 'lead';
  const filtered = Boolean(opts.only && opts.only.length > 0);
  const only = filtered ? (opts.only as BehindCode[]) : [...BEHIND_CODES];

  const fromList = doc.lagging.length > 0;
  const withStatus = doc.tasks.filter((t) => t.status && t.status.code !== 'unknown').length;
  // Without its own list, a notice counts statuses; when most tasks have none it would mostly say 未反映进展情况.
  if (!fromList && withStatus * 2 <= doc.tasks.length) throw new NoStatusesError(withStatus, doc.tasks.length);
  // The list honours --only; the totals never do: the opening reports the whole document.
  const listed = fromList ? groupsFromLaggingList(doc, only, filtered) : groupsFromTaskStatus(doc.tasks, only, by);
  const whole = fromList ? groupsFromLaggingList(doc, BEHIND_CODES, false) : listed;
  const { groups } = listed;
  const listedSum = groups.reduce((s, g) => s + g.count, 0);
  const totals = fromList ? totalsForList(doc, whole.behindCount) : totalsForTasks(doc.tasks);
  const listedWords = filtered ? joinStatusWords(only, BEHIND_CODES) : totals.behindWords;
  const groupedBy = fromList ? '责任单位' : by === 'all' ? '牵头和责任单位' : '牵头单位';
  const issuer = (opts.issuer ?? doc.issuer ?? '').trim();
  const header = (opts.header ?? '').trim();
  const docNumber = (opts.docNumber ?? '').trim();
  const to = (opts.to ?? '').trim().replace(/[：:]+$/u, '');

  const title = opts.title?.trim() || `关于${subject}${word}情况的通报`;
  const appendix = tableRows(doc.tasks, (task, n) => ({
    n: String(n),
    text: task.text,
    progressLines: splitLines(task.progress),
    progress: task.progress ?? '',
    status: statusLabel(task),
    units: joinUnits(task.leadUnits),
  }));
  const attachmentTitle = `${period ? subject.replace(period, '') : subject}${word}情况清单`;

  return {
    kind: 'notice',
    basis: fromList ? 'notice-list' : 'task-status',
    title,
    titleLines: titleLines(title, TITLE_CHARS),
    header,
    docNumber,
    hasHead: Boolean(header || docNumber),
    to: to ? `${to}：` : '',
    closing: (opts.closing ?? DEFAULT_CLOSING).trim(),
    subject,
    year: yearText,
    period,
    totals,
    opening: openingSentence(`${subject}${word}情况`, totals, groups.length > 0, groupedBy, listedWords),
    chart: barChartSvg(
      groups.map((g) => ({ label: g.unit, value: g.count })),
      `各单位${listedWords || '推进较慢'}事项数`,
    ),
    methodNote: methodNote(fromList, by, listedSum, listed.behindCount),
    listedSum,
    groups,
    hasGroups: groups.length > 0,
    attachmentTitle,
    attachmentTitleLines: titleLines(attachmentTitle, APPENDIX_TITLE_CHARS),
    appendix,
    appendixColumns: htmlAppendixColumns(appendix),
    issuer,
    date: chineseDate(opts.date ?? doc.date),
    hasSignature: Boolean(issuer || (opts.date ?? doc.date)),
  };
}

/** The HTML appendix's column widths: 156 mm (442 pt) of 10.5 pt text, each cell 2.5 pt padding a side plus its border. */
function htmlAppendixColumns(rows: readonly TableRow[]): string[] {
  const block = (156 / 25.4) * 72;
  return appendixColumnWidths(rows, block, 10.5, 6).map((w) => `${((100 * w) / block).toFixed(2)}%`);
}

/** What an office asks of the units it names when the user gives no 要求 paragraph of their own. */
export const DEFAULT_CLOSING =
  '请各责任单位对照通报事项，认真分析原因，逐项制定整改措施，明确时间节点，确保按期保质完成目标任务。';

/** A notice needs statuses to count; a plan has none, and a notice of 99% 未反映进展 helps no one. */
export class NoStatusesError extends Error {
  constructor(withStatus: number, total: number) {
    const found = withStatus === 0 ? 'no task carries a status' : `only ${withStatus} of ${total} tasks carry a status`;
    super(`${found} and there is no lagging list; \`notice\` needs a notice or progress table (use \`taskgen plan\` for a plan)`);
    this.name = 'NoStatusesError';
  }
}

/**
 * The phrase the title and opening share, from the source's own title where it
 * has one (关于X完成情况的通报 → X; X推进情况表 → X), so a 重点工作 or 民生实事
 * notice keeps its words; the year and period are written in when missing and
 * replaced when the user gives other ones.
 */
export function noticeSubject(doc: TaskDocument, year: number | null, period: string): { subject: string; word: string } {
  const title = (doc.title ?? '').trim();
  const own =
    /^关于(.+?)(完成|推进|进展|落实)情况的通报$/u.exec(title) ??
    /^(.+?)(完成|推进|进展|落实)情况(?:统计|汇总|调度|一览)?表/u.exec(title);
  let subject: string;
  let word = '完成';
  if (own?.[1] && own[2]) {
    subject = own[1];
    word = own[2];
  } else {
    const fromReport = /政府工作报告/u.test(title) || doc.kind === 'report' || !title;
    subject = fromReport ? '《政府工作报告》重点目标任务' : '重点工作任务';
  }
  if (doc.period && period && doc.period !== period) subject = subject.replace(doc.period, period);
  if (doc.year && year && doc.year !== year) subject = subject.replace(`${doc.year}年`, `${year}年`);
  if (year && !subject.includes(`${year}年`)) subject = `${year}年${subject}`;
  if (period && !subject.includes(period)) subject = `${subject}${period}`;
  return { subject, word };
}

/** The document's own list, merged by unit key; counts are the items actually listed. */
function groupsFromLaggingList(
  doc: TaskDocument,
  only: readonly BehindCode[],
  filtered: boolean,
): { groups: NoticeGroup[]; behindCount: number } {
  const byKey = new Map<string, { unit: string; first: number; items: NoticeItem[] }>();
  let order = 0;
  let behind = 0;
  for (const group of doc.lagging) {
    const key = unitGroupKey(group.unit);
    let g = byKey.get(key);
    if (!g) {
      g = { unit: group.unit, first: order++, items: [] };
      byKey.set(key, g);
    }
    for (const item of group.items) {
      // An item whose wording the classifier could not place is kept unless the user asked for specific codes.
      const code = item.status?.code;
      const keep = code ? isBehindCode(code) && only.includes(code) : !filtered;
      if (!keep) continue;
      g.items.push({ n: g.items.length + 1, text: item.text, taskId: item.taskId });
      behind++;
    }
  }
  return { groups: orderGroups([...byKey.values()]), behindCount: behind };
}

function groupsFromTaskStatus(
  tasks: readonly Task[],
  only: readonly BehindCode[],
  by: 'lead' | 'all',
): { groups: NoticeGroup[]; behindCount: number } {
  const byKey = new Map<string, { unit: string; first: number; items: NoticeItem[] }>();
  let order = 0;
  let behind = 0;
  for (const task of tasks) {
    const code = task.status?.code;
    if (!code || !isBehindCode(code) || !only.includes(code)) continue;
    behind++;
    const units = by === 'all' ? [...task.leadUnits, ...task.coUnits] : task.leadUnits;
    const names = units.length > 0 ? units.map((u) => u.name) : [NO_LEAD_UNIT];
    const seen = new Set<string>();
    for (const name of names) {
      const key = unitGroupKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      let g = byKey.get(key);
      if (!g) {
        g = { unit: name, first: order++, items: [] };
        byKey.set(key, g);
      }
      g.items.push({ n: g.items.length + 1, text: behindItemText(task), taskId: task.id });
    }
  }
  return { groups: orderGroups([...byKey.values()]), behindCount: behind };
}

/** Count descending, then the order in which the unit first appeared. */
function orderGroups(groups: { unit: string; first: number; items: NoticeItem[] }[]): NoticeGroup[] {
  return groups
    .filter((g) => g.items.length > 0)
    .sort((a, b) => b.items.length - a.items.length || a.first - b.first)
    .map((g, i) => ({
      index: i + 1,
      ordinal: bracketOrdinal(i + 1),
      unit: g.unit,
      count: g.items.length,
      items: g.items,
    }));
}

/**
 * A derived item reads like a notice item: the task followed by its status words.
 * When the status came from a notice's own wording, that wording already says both.
 */
export function behindItemText(task: Task): string {
  const s = task.status;
  if (s && s.source === 'notice-list' && s.evidence.trim()) return s.evidence.trim().split('\n')[0] ?? '';
  const body = trimEndOf(task.text.trim(), '。；;，,、', true);
  const label = statusLabel(task);
  return label ? `${body}，${label}。` : `${body}。`;
}

/** Counts over every task of the document, whatever the list shows. */
function totalsForTasks(tasks: readonly Task[]): Totals {
  const codes = tasks.map((t) => t.status?.code ?? 'unknown');
  const aheadCodes = codes.filter(isAheadCode);
  const behindCodes = codes.filter(isBehindCode);
  const unknown = codes.filter((c) => c === 'unknown').length;
  return makeTotals(tasks.length, aheadCodes, behindCodes, [], unknown);
}

/**
 * With the document's own list the counting unit is the listed item, as in the
 * source notice: the total is the stated total when the document gives one.
 */
function totalsForList(doc: TaskDocument, behind: number): Totals {
  const stated = doc.summary.stated['total'];
  const statedTotal = typeof stated === 'number' ? stated : typeof stated === 'string' ? Number.parseInt(stated, 10) : NaN;
  const total = Number.isFinite(statedTotal) && statedTotal >= behind ? statedTotal : Math.max(doc.tasks.length, behind);
  const aheadCodes = doc.tasks.map((t) => t.status?.code).filter((c): c is StatusCode => Boolean(c && isAheadCode(c)));
  const pct = apportionPercent([total - behind, behind]);
  return {
    total,
    ahead: total - behind,
    aheadPercent: pct[0] ?? 0,
    behind,
    behindPercent: pct[1] ?? 0,
    other: 0,
    otherPercent: 0,
    unknown: 0,
    unknownPercent: 0,
    aheadWords: joinStatusWords(aheadCodes.length > 0 ? aheadCodes : ['good', 'on_schedule'], AHEAD_CODES),
    behindWords: joinStatusWords(listCodes(doc), BEHIND_CODES),
    otherWords: '',
  };
}

/** The behind codes the document's own list uses; all of them when its wording could not be placed. */
function listCodes(doc: TaskDocument): StatusCode[] {
  const codes = doc.lagging.flatMap((g) => g.items.map((i) => i.status?.code)).filter((c): c is BehindCode => Boolean(c && isBehindCode(c)));
  const unplaced = doc.lagging.some((g) => g.items.some((i) => !i.status?.code));
  return codes.length > 0 && !unplaced ? codes : [...BEHIND_CODES];
}

function makeTotals(
  total: number,
  aheadCodes: StatusCode[],
  behindCodes: StatusCode[],
  otherCodes: StatusCode[],
  unknown: number,
): Totals {
  const pct = apportionPercent([aheadCodes.length, behindCodes.length, otherCodes.length, unknown]);
  return {
    total,
    ahead: aheadCodes.length,
    aheadPercent: pct[0] ?? 0,
    behind: behindCodes.length,
    behindPercent: pct[1] ?? 0,
    other: otherCodes.length,
    otherPercent: pct[2] ?? 0,
    unknown,
    unknownPercent: pct[3] ?? 0,
    aheadWords: joinStatusWords(aheadCodes, AHEAD_CODES),
    behindWords: joinStatusWords(behindCodes, BEHIND_CODES),
    otherWords: joinStatusWords(otherCodes, BEHIND_CODES),
  };
}

/**
 * Whole percentages that add up to exactly 100 (largest remainder), so a notice
 * never prints 87% and 14% for two halves of one total.
 */
export function apportionPercent(counts: readonly number[]): number[] {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return counts.map(() => 0);
  const exact = counts.map((c) => (c * 100) / total);
  const floors = exact.map(Math.floor);
  let left = 100 - floors.reduce((s, f) => s + f, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, r: e - Math.floor(e) }))
    .filter(({ i }) => (counts[i] ?? 0) > 0)
    .sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left--;
  }
  return floors;
}

/**
 * 经督查，…完成情况如下：目标任务共N项，其中M项（占x%）序时推进，K项（占y%）推进较慢。
 * Clauses for empty categories are left out rather than printed as 0项.
 */
function openingSentence(what: string, t: Totals, hasGroups: boolean, groupedBy: string, listedWords: string): string {
  const clauses: string[] = [];
  if (t.ahead > 0) clauses.push(`${t.ahead}项（占${t.aheadPercent}%）${t.aheadWords || '完成较好或序时推进'}`);
  if (t.behind > 0) clauses.push(`${t.behind}项（占${t.behindPercent}%）${t.behindWords}`);
  if (t.other > 0) clauses.push(`${t.other}项（占${t.otherPercent}%）${t.otherWords}`);
  if (t.unknown > 0) clauses.push(`${t.unknown}项（占${t.unknownPercent}%）未反映进展情况`);
  const counts = clauses.length > 0 ? `，其中${clauses.join('，')}` : '';
  const close = hasGroups ? `现将${listedWords}的事项按${groupedBy}通报如下：` : t.behind > 0 ? `没有${listedWords}的事项。` : '没有推进滞后的事项。';
  return `经督查，${what}如下：目标任务共${t.total}项${counts}。${close}`;
}

function methodNote(fromList: boolean, by: 'lead' | 'all', listedSum: number, behind: number): string {
  if (fromList || listedSum <= behind) return '';
  const who = by === 'all' ? '涉及多个牵头或责任单位' : '有多个牵头单位';
  return `一项任务${who}的，在各单位下分别列出，故以下各单位合计${listedSum}项次，多于${behind}项。`;
}

/**
 * Rows of a task table with section rows inserted where the numbering path
 * enters a new heading, so the table keeps the document's structure.
 */
function tableRows(
  tasks: readonly Task[],
  fill: (task: Task, n: number) => Pick<TableRow, 'n' | 'text' | 'progressLines' | 'progress' | 'status' | 'units'>,
): TableRow[] {
  const rows: TableRow[] = [];
  for (const { task, index, depth, opened } of withOpenedHeadings(tasks)) {
    for (const h of opened) {
      rows.push({
        isSection: true,
        level: h.level,
        label: h.label ? printedLabel(h.label) : '',
        n: '',
        text: h.text,
        progress: '',
        progressLines: [],
        status: '',
        statusLines: [],
        units: '',
        unitList: [],
      });
    }
    const filled = fill(task, index + 1);
    rows.push({ isSection: false, level: depth + 1, label: '', unitList: task.leadUnits, statusLines: statusCellLines(filled.status), ...filled });
  }
  return rows;
}

/**
 * Walks the tasks in order and says, for each, which headings open before it:
 * those of its chain it does not share with the previous task's.
 */
function* withOpenedHeadings(
  tasks: readonly Task[],
): Generator<{ task: Task; index: number; depth: number; opened: { level: number; label: string; text: string }[] }> {
  let previous: string[] = [];
  let index = 0;
  for (const task of tasks) {
    const headings = headingChain(task);
    const keys = headings.map((h) => `${h.label}|${h.text}`);
    let from = 0;
    while (from < keys.length && keys[from] === previous[from]) from++;
    previous = keys;
    yield { task, index: index++, depth: headings.length, opened: headings.slice(from).map((h, k) => ({ level: from + k + 1, ...h })) };
  }
}

/** The headings above a task: numbered from its path where the path has a label, unnumbered beyond. */
function headingChain(task: Task): { label: string; text: string }[] {
  const depth = Math.max(task.section.length, task.path.length - 1);
  const chain: { label: string; text: string }[] = [];
  for (let i = 0; i < depth; i++) {
    chain.push({ label: i < task.path.length - 1 ? (task.path[i] ?? '') : '', text: task.section[i] ?? '' });
  }
  return chain;
}

function splitLines(text: string | null): string[] {
  if (!text) return [];
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

export interface PlanOptions {
  layout?: 'list' | 'table';
  title?: string | null;
  issuer?: string | null;
  date?: string | null;
}

export function buildPlanView(doc: TaskDocument, opts: PlanOptions = {}): PlanView {
  const entries: PlanEntry[] = [];
  for (const { task, depth, opened } of withOpenedHeadings(doc.tasks)) {
    for (const h of opened) {
      entries.push({
        isHeading: true,
        isTask: false,
        level: h.level,
        label: h.label ? printedLabel(h.label) : '',
        text: h.text,
        leaders: '',
        lead: '',
        co: '',
        hasLeaders: false,
        unitLine: '',
        deadline: '',
      });
    }
    const lead = printUnitList(task.leadUnits);
    const co = printUnitList(task.coUnits);
    entries.push({
      isHeading: false,
      isTask: true,
      level: depth + 1,
      label: printedLabel(task.path[task.path.length - 1] ?? task.number),
      text: task.text,
      leaders: task.leaders.length > 0 ? `${task.leaders.join('、')}。` : '',
      lead,
      co,
      hasLeaders: task.leaders.length > 0,
      unitLine: unitLine(lead, co),
      deadline: task.deadline?.trim() ?? '',
    });
  }
  const issuer = (opts.issuer ?? doc.issuer ?? '').trim();
  const date = chineseDate(opts.date ?? doc.date);
  const layout = opts.layout ?? 'list';
  const table = planTable(doc.tasks);
  const title = opts.title?.trim() || planTitle(doc);
  return {
    kind: 'plan',
    layout,
    isTable: layout === 'table',
    tableHeaders: table.headers,
    rows: table.rows,
    title,
    titleLines: titleLines(title, TITLE_CHARS),
    taskCount: doc.tasks.length,
    entries,
    issuer,
    date,
    hasSignature: Boolean(issuer || date),
  };
}

/** The plan as a table, one row per task, section rows where the numbering enters a new heading. */
export function planTable(tasks: readonly Task[]): { headers: string[]; rows: PlanTableRow[] } {
  const withLeaders = tasks.some((t) => t.leaders.length > 0);
  const headers = ['序号', '工作任务', ...(withLeaders ? ['牵头领导'] : []), '牵头单位', '责任单位', '完成时限'];
  const rows = tableRows(tasks, (task, n) => ({
    n: String(n),
    text: task.text,
    progress: '',
    progressLines: [],
    status: '',
    units: '',
  })).map((r): PlanTableRow => {
    if (r.isSection) return { isSection: true, label: r.label, text: r.text, cells: [] };
    // Task rows are numbered 1… in task order, so the number finds the task.
    const task = tasks[Number(r.n) - 1]!;
    return {
      isSection: false,
      label: '',
      text: task.text,
      cells: [
        r.n,
        task.text,
        ...(withLeaders ? [task.leaders.join('、')] : []),
        joinUnits(task.leadUnits),
        joinUnits(task.coUnits),
        task.deadline?.trim() ?? '',
      ],
    };
  });
  return { headers, rows };
}

/**
 * 牵头单位：…；责任单位：…。 as the Xuzhou plan prints it; a missing side is left
 * out, not printed empty. The closing 。 ends the list, so a line that follows
 * (a signature) is never read as the tail of a wrapped unit name.
 */
function unitLine(lead: string, co: string): string {
  const parts: string[] = [];
  if (lead) parts.push(`牵头单位：${lead}`);
  if (co) parts.push(`${lead ? '' : '协同'}责任单位：${co}`);
  return parts.length > 0 ? `${parts.join('；')}。` : '';
}

/**
 * A plan is usually published inside a cover notice (…关于印发X的通知); the plan
 * itself is X.
 */
export function planTitle(doc: TaskDocument): string {
  const title = doc.title?.trim() ?? '';
  const inner = /印发(.+?)的通知$/.exec(title);
  if (inner?.[1]) return inner[1].replace(/^《(.+)》$/, '$1');
  if (title) return title;
  return doc.year ? `${doc.year}年《政府工作报告》主要目标任务分解方案` : '重点工作任务分解方案';
}

