/**
 * Rows of a task table — a progress table (进展情况统计表) or a notice's
 * appendix (完成情况清单) — however the page delivered them: as a real table,
 * as one paragraph per cell, or flattened into one line. Every layout is first
 * brought to `RawRow`s; `rowsToTasks` then builds tasks the same way for all.
 */
import type { Status, Task, Unit } from '../model/schema.js';
import type { ParaBlock } from '../model/blocks.js';
import { extractedDocument, type ExtractContext, type Extractor } from './types.js';
import { classifyStatusText, compact, makeStatus } from '../classify/lexicon.js';
import { parseStatedCounts } from '../classify/summary.js';
import { parseUnitList, splitLeaders } from './units.js';
import { fold, trimLine } from './text.js';
import { toChineseNumeral } from './numbering.js';
import { pushAll } from '../util/arrays.js';

export type ColumnRole = 'number' | 'text' | 'status' | 'progress' | 'units' | 'other';

export interface RawRow {
  number: string;
  /** Headings in force, outermost first; `numeral` null for an unnumbered heading. */
  headings: Heading[];
  text: string;
  statusText: string | null;
  progressLines: string[];
  /** Unit cell text, one entry per printed line or per unit already split. */
  unitTexts: string[];
  /** Cells of a separate 配合单位 column, when the table has one beside its lead column. */
  coUnitTexts?: string[];
  /** Cells of a leader column (责任领导, 牵头市领导), where the table has one. */
  leaderTexts?: string[];
  /** The status column's header when it asks a question (是否完成), so 是/否 can be read as answers. */
  statusQuestion?: string;
}

export interface Heading {
  level: 1 | 2;
  /** Numeral as used in `path`: 一 or (一); null when the document prints none. */
  numeral: string | null;
  text: string;
}

/** Which column a header cell names. */
export function columnRole(header: string): ColumnRole {
  const h = fold(compact(header));
  if (/^(序号|编号|序)$/.test(h)) return 'number';
  if (/状态|进度评价|完成评价|推进状态|进展状态/.test(h) || isStatusQuestion(h)) return 'status';
  if (/单位|部门/.test(h)) return 'units';
  if (/情况|进展|进度/.test(h)) return 'progress';
  if (/任务|工作|事项|目标|内容/.test(h)) return 'text';
  return 'other';
}

/** A yes/no column header about completion or progress: 是否完成, 是否按期完成, 完成与否. */
function isStatusQuestion(header: string): boolean {
  return /^是否.{0,4}(完成|达到序时|达序时|滞后)$|^(完成|滞后)与否$/.test(header);
}

/** A column of leaders' names: 责任领导, 牵头市领导, 分管领导, 责任人. */
function isLeaderHeader(header: string): boolean {
  return /^(?:牵头|责任|分管|包保|联系)?(?:[市县区]级?)?(?:牵头|责任|分管|包保|联系)?领导$|^责任人$/.test(fold(compact(header)));
}

/** A unit column for the units that assist, not lead: 配合单位, 协同责任单位, 协办部门. */
function isCoUnitHeader(header: string): boolean {
  return /^(配合|协同|协办|协作|参与)(责任)?(单位|部门)$/.test(fold(compact(header)));
}

// ---- headings -------------------------------------------------------------

const FIRST_LEVEL = /^([一二三四五六七八九十]{0,3})、\s*(.+)$/;
const SECOND_LEVEL = /^[(（]?([一二三四五六七八九十]{0,3})[)）]\s*(.+)$/;

/**
 * A heading line as printed, tolerating the numeral or bracket the scrape lost:
 * `、提升产业链…`, `)塑造阳光法治…`. Returns null for anything else.
 */
export function parseHeadingLine(line: string): { level: 1 | 2; printed: string | null; text: string } | null {
  const t = line.trim();
  let m = FIRST_LEVEL.exec(t);
  if (m) return { level: 1, printed: m[1] || null, text: m[2]!.trim() };
  m = SECOND_LEVEL.exec(t);
  if (m && (t.startsWith('(') || t.startsWith('（') || /^[)）]/.test(t) || m[1])) {
    return { level: 2, printed: m[1] || null, text: m[2]!.trim() };
  }
  return null;
}

/**
 * Keeps the heading stack; numerals lost in the scrape are rebuilt by order
 * (the k-th first-level heading is 一…, the k-th sub-heading under it (k)).
 */
export class HeadingTracker {
  private first: Heading | null = null;
  private second: Heading | null = null;
  private firstCount = 0;
  private secondCount = 0;

  pushFirst(printed: string | null, text: string): void {
    this.firstCount++;
    this.secondCount = 0;
    this.first = { level: 1, numeral: printed ?? toChineseNumeral(this.firstCount), text };
    this.second = null;
  }

  pushSecond(printed: string | null, text: string, numbered: boolean): void {
    this.secondCount++;
    const numeral = numbered ? `(${printed ?? toChineseNumeral(this.secondCount)})` : null;
    this.second = { level: 2, numeral, text };
  }

  /** A heading line as printed; returns false when the line is not a heading. */
  pushLine(line: string): boolean {
    const h = parseHeadingLine(line);
    if (!h) return false;
    if (h.level === 1) this.pushFirst(h.printed, h.text);
    else this.pushSecond(h.printed, h.text, true);
    return true;
  }

  current(): Heading[] {
    return [this.first, this.second].filter((h): h is Heading => h !== null);
  }
}

// ---- units ----------------------------------------------------------------

const UNIT_SUFFIX =
  /(局|委|委员会|办|办公室|中心|政府|管委会|集团|公司|分局|支队|大队|院|部|室|行|所|站|队|社|厅|处|大学|学院|小组|指挥部|联|会|署|馆|台|团)$/;
const UNIT_PUNCT = /[,，。;；:：、!！?？“”"《》]/;
/** How a unit name typically begins: 市…, xx县…, 埇桥区…, 宿州经开区…, 团市委. */
const UNIT_START = /^(市|省|县|区|团|xx|x|各|[\u4e00-\u9fa5]{1,6}?(市|县|区|镇|园区|新区|开发区|经开区|高新区))/;

function stripNote(raw: string): { name: string; note: string | null } {
  const m = /^(.+?)[(（]([^()（）]+)[)）]$/.exec(raw);
  if (m && UNIT_SUFFIX.test(m[1]!)) return { name: m[1]!, note: m[2]! };
  return { name: raw, note: null };
}

/** A whole unit name (with an optional trailing note): 市发展改革委(粮食和储备局), xx县政府. */
export function isUnitName(s: string): boolean {
  const t = fold(compact(s));
  if (t.length < 2 || t.length > 32 || UNIT_PUNCT.test(t)) return false;
  const { name } = stripNote(t);
  return UNIT_SUFFIX.test(name) && !/[。.]$/.test(t);
}

/** The head of a unit name the line wrap cut off: 市自然资源和 | 规划局, 市发展民营经济工作 | 领导小组办公室. */
export function isUnitFragment(s: string): boolean {
  const t = fold(compact(s));
  return t.length >= 2 && t.length <= 16 && !UNIT_PUNCT.test(t) && UNIT_START.test(t) && !UNIT_SUFFIX.test(t) && !/\d/.test(t);
}

/** A tail that cannot stand alone as a unit: 规划局, 管委会, 体育局, 领导小组办公室. */
function isUnitTail(s: string): boolean {
  const t = fold(compact(s));
  return isUnitName(t) && !UNIT_START.test(t);
}

/**
 * Units glued without a separator (市科技局xx市政府, 市乡村振兴局(原扶贫局)市发展改革委):
 * cut after a unit ending where a new unit start follows.
 */
export function splitGluedUnits(token: string): string[] {
  const parts: string[] = [];
  let rest = token;
  for (;;) {
    let cut = -1;
    const re = /(局|委|办|办公室|中心|政府|管委会|集团|分局|支队|院|部|室|[)）])(?=(市|xx|团市委))/g;
    for (const m of rest.matchAll(re)) {
      const at = (m.index ?? 0) + m[1]!.length;
      const left = rest.slice(0, at);
      const right = rest.slice(at);
      if (compact(left).length >= 3 && isUnitName(left) && (isUnitName(right) || splitGluedUnits(right).every(isUnitName))) {
        cut = at;
        break;
      }
    }
    if (cut < 0) break;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

function makeUnit(raw: string): Unit {
  const { name, note } = stripNote(compact(raw));
  return { name, raw: raw.trim(), note };
}

/**
 * One unit cell as printed: units separated by line breaks, spaces or 、；
 * names broken by a wrap are re-joined, glued names split, 等相关单位 dropped.
 */
export function splitUnitCell(cell: string): Unit[] {
  const pieces = cell
    .split(/[\n\r]+|\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  return joinUnitPieces(pieces).flatMap((p): Unit[] => {
    // A printed list (市工信局、发改委) shares prefixes the way a reader distributes them.
    if (/[、,，;；]/.test(p)) return parseUnitList(p);
    return splitGluedUnits(p)
      .map((x) => x.replace(/等(相关|有关)?(单位|部门)$/, ''))
      .filter((x) => compact(x).length > 0)
      .map(makeUnit);
  });
}

/** Re-join a unit name that a wrap or a space cut into a head fragment and a tail. */
export function joinUnitPieces(pieces: string[]): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (prev !== undefined && isUnitFragment(prev) && (isUnitName(p) || isUnitTail(p)) && !isUnitName(prev)) {
      out[out.length - 1] = prev + p;
      continue;
    }
    if (prev !== undefined && isUnitFragment(prev) && isUnitFragment(p) && !UNIT_START.test(compact(p))) {
      out[out.length - 1] = prev + p;
      continue;
    }
    out.push(p);
  }
  return out;
}

// ---- rows → tasks ---------------------------------------------------------

/**
 * Build tasks from rows. A row that repeats the previous number with the same
 * task text is the continuation of a row the page split (宿州 113): its
 * progress lines are appended, its units merged.
 */
export function rowsToTasks(rows: RawRow[], ctx: ExtractContext): Task[] {
  const tasks: Task[] = [];
  const byId = new Map<string, Task>();
  let prevNumber: number | null = null;
  for (const row of rows) {
    const last = tasks[tasks.length - 1];
    if (last && last.number === row.number && compact(last.text) === compact(row.text)) {
      const more = row.progressLines.filter((l) => compact(l));
      if (more.length) last.progress = [last.progress, ...more].filter((x) => x).join('\n');
      for (const u of row.unitTexts.flatMap(splitUnitCell)) {
        if (!last.leadUnits.some((x) => x.name === u.name)) last.leadUnits.push(u);
      }
      continue;
    }
    const n = Number(row.number);
    if (prevNumber !== null && Number.isFinite(n) && n !== prevNumber + 1) {
      ctx.warn('numbering-gap', `row ${row.number} follows row ${prevNumber}`);
    }
    if (Number.isFinite(n)) prevNumber = n;
    const path = [...row.headings.filter((h) => h.numeral !== null).map((h) => h.numeral!), row.number];
    let id = path.join('.');
    if (byId.has(id)) {
      ctx.warn('duplicate-number', `row number ${row.number} appears twice with different text`, id);
      let k = 2;
      while (byId.has(`${id}#${k}`)) k++;
      id = `${id}#${k}`;
    }
    const progressLines = row.progressLines.filter((l) => compact(l));
    const status =
      row.statusText === null
        ? null
        : ((row.statusQuestion ? answerStatus(row.statusQuestion, row.statusText) : null) ?? classifyStatusText(row.statusText));
    const task: Task = {
      id,
      number: row.number,
      path,
      section: row.headings.map((h) => h.text),
      text: row.text,
      leadUnits: row.unitTexts.flatMap(splitUnitCell),
      coUnits: (row.coUnitTexts ?? []).flatMap(splitUnitCell),
      leaders: (row.leaderTexts ?? []).flatMap((c) => splitLeaders(c.replace(/(?<!\s)\s*\n\s*/g, '、'))),
      deadline: null,
      progress: progressLines.length ? progressLines.join('\n') : null,
      status,
    };
    if (!task.leadUnits.length && task.status) ctx.warn('no-units', `task ${row.number} names no responsible unit`, id);
    tasks.push(task);
    byId.set(id, task);
  }
  return tasks;
}

// ---- layout: a real table block ------------------------------------------

export interface HeaderMap {
  roles: ColumnRole[];
  /** Unit columns (by index) that name the assisting units; only set when a lead unit column exists too. */
  coColumns?: number[];
  /** Printed header cells, where the layout gives them one per column. */
  labels?: string[];
  /** Columns (by index) naming the responsible leaders; their role stays 'other' for the flattened layouts. */
  leaderColumns?: number[];
}

/** The header row of a task table, if `cells` is one (needs a number column and a task or unit column). */
export function headerOf(cells: string[]): HeaderMap | null {
  const header = headerFromRoles(cells.map(columnRole));
  if (!header) return null;
  // 进展情况 | 完成情况 side by side: the second names the verdict (完成 / 滞后), the first the narrative.
  const progress = header.roles.flatMap((r, i) => (r === 'progress' ? [i] : []));
  if (progress.length > 1) {
    const verdict = progress.filter((i) => /^(完成情况|完成结果|是否完成)$/.test(fold(compact(cells[i] ?? ''))));
    if (verdict.length && verdict.length < progress.length) for (const i of verdict) header.roles[i] = 'status';
  }
  const units = header.roles.flatMap((r, i) => (r === 'units' ? [i] : []));
  const co = units.filter((i) => isCoUnitHeader(cells[i] ?? ''));
  const leaders = cells.flatMap((c, i) => (header.roles[i] === 'other' && isLeaderHeader(c) ? [i] : []));
  return {
    ...header,
    labels: cells,
    ...(co.length && co.length < units.length ? { coColumns: co } : {}),
    ...(leaders.length ? { leaderColumns: leaders } : {}),
  };
}

/**
 * A status cell that answers its column's question: 是否完成 → 是 is 已完成 (done),
 * 否 is 未完成 (at_risk: the task did not reach its target); 是否滞后 → 是 is lagging.
 * Null when the cell is not a plain 是/否, so other words go through the lexicon.
 */
export function answerStatus(question: string, cell: string): Status | null {
  const a = fold(compact(cell));
  const yes = /^(是|√|✓)(?![^(（])/.test(a);
  const no = /^(否|×|✗)(?![^(（])/.test(a);
  if (!yes && !no) return null;
  const q = fold(compact(question));
  if (/完成/.test(q)) return makeStatus(yes ? 'done' : 'at_risk', cell.trim(), 'column');
  if (/滞后/.test(q)) return yes ? makeStatus('lagging', cell.trim(), 'column') : null;
  if (/序时/.test(q)) return makeStatus(yes ? 'on_schedule' : 'lagging', cell.trim(), 'column');
  return null;
}

function headerFromRoles(roles: ColumnRole[]): HeaderMap | null {
  if (!roles.includes('number')) return null;
  if (!roles.includes('text')) return null;
  if (!roles.includes('units') && !roles.includes('progress') && !roles.includes('status')) return null;
  return { roles };
}

const ROW_NUMBER = /^\s*(\d{1,4})\s*[.、.]?\s*$/;

/**
 * Rows of a table block (cells already split by the reader; rowspan/colspan
 * resolved by repeating text). A row whose cells are all one text, or whose
 * number cell is empty and whose first cell is a heading, is a section row.
 */
export function rowsFromTable(table: string[][], header: HeaderMap, tracker: HeadingTracker): RawRow[] {
  const rows: RawRow[] = [];
  const col = (role: ColumnRole) => header.roles.indexOf(role);
  const iNum = col('number');
  for (const cells of table) {
    const distinct = [...new Set(cells.map((c) => c.trim()).filter((c) => c))];
    const numCell = cells[iNum]?.trim() ?? '';
    const numMatch = ROW_NUMBER.exec(numCell);
    if (!numMatch) {
      if (distinct.length === 1) pushHeadingText(tracker, distinct[0]!);
      continue;
    }
    const co = header.coColumns ?? [];
    const pick = (role: ColumnRole, keep: (i: number) => boolean = () => true): string[] =>
      header.roles.flatMap((r, i) => (r === role && keep(i) ? [cells[i] ?? ''] : []));
    const statusCells = pick('status');
    const statusQuestion = header.labels?.[header.roles.indexOf('status')];
    rows.push({
      number: numMatch[1]!,
      headings: tracker.current(),
      text: pick('text').join('').replace(/(?<!\s)\s*\n\s*/g, '').trim(),
      statusText: statusCells.length ? (statusCells.join('').trim() || null) : null,
      progressLines: pick('progress').flatMap((c) => c.split(/\n+/)).map((l) => l.trim()),
      unitTexts: pick('units', (i) => !co.includes(i)),
      ...(co.length ? { coUnitTexts: pick('units', (i) => co.includes(i)) } : {}),
      ...(header.leaderColumns ? { leaderTexts: header.leaderColumns.map((i) => cells[i] ?? '') } : {}),
      ...(statusQuestion && isStatusQuestion(fold(compact(statusQuestion))) ? { statusQuestion } : {}),
    });
  }
  return rows;
}

/**
 * A section heading as found in a table or a flattened line: numbered first
 * level (一、), numbered second level ((一)), or an unnumbered sub-heading
 * ending in 。 (a second level that only names the section).
 */
export function pushHeadingText(tracker: HeadingTracker, text: string): void {
  const t = text.trim();
  if (tracker.pushLine(t)) return;
  tracker.pushSecond(null, t, false);
}

// ---- layout: one paragraph per cell (a notice appendix scraped from HTML) -

/** The header as consecutive one-cell paragraphs: 序号 / 目标任务 / 完成情况 / 牵头责任单位. */
export function findCellLinesHeader(lines: string[]): { header: HeaderMap; end: number } | null {
  for (let i = 0; i < lines.length; i++) {
    if (columnRole(lines[i]!) !== 'number') continue;
    const roles: ColumnRole[] = ['number'];
    let j = i + 1;
    while (j < lines.length && roles.length < 7) {
      const t = compact(lines[j]!);
      if (!t) {
        j++;
        continue;
      }
      if (t.length > 12 || /^\d+$/.test(t) || parseHeadingLine(lines[j]!)) break;
      const r = columnRole(t);
      if (r === 'other' || r === 'number') break;
      roles.push(r);
      j++;
    }
    const header = headerFromRoles(roles);
    if (header && roles.length >= 3) return { header, end: j };
  }
  return null;
}

const STATUS_CELL_MAX = 10;

function isStatusCell(s: string): boolean {
  const t = compact(s);
  // 序时推进（已完成年度目标的95%）: a short verdict with a remark in brackets.
  if (!t || t.replace(/[(（][^()（）]*[)）]$/, '').length > STATUS_CELL_MAX) return false;
  const st = classifyStatusText(t);
  return st !== null && st.code !== 'unknown';
}

/**
 * The trailing run of unit lines in a row's cell lines, re-joining a name the
 * wrap split over two lines. Returns the index where the run starts.
 */
function unitRunStart(lines: string[], end: number, from: number): number {
  let k = end;
  while (k > from) {
    const t = lines[k - 1]!;
    if (isUnitName(t) || splitGluedUnits(compact(t)).every(isUnitName)) {
      k--;
      continue;
    }
    // A head fragment directly before a unit line: 市发展民营经济工作 | 领导小组办公室.
    if (k < end && isUnitFragment(t)) {
      k--;
      continue;
    }
    break;
  }
  return k;
}

/**
 * Rows from one-paragraph-per-cell lines. A row starts at a line holding only
 * the next number (or the same number again, when the page split a row and
 * repeated its task text). Section headings sit between a row's last unit and
 * the next number.
 */
export function rowsFromCellLines(
  lines: string[],
  header: HeaderMap,
  tracker: HeadingTracker,
  ctx: ExtractContext,
): RawRow[] {
  const clean = lines.map(trimLine).filter((l) => l);
  const groups: { number: string; headings: Heading[]; lines: string[] }[] = [];
  let cur: { number: string; headings: Heading[]; lines: string[] } | null = null;
  let afterHeading = false;
  for (let i = 0; i < clean.length; i++) {
    const t = clean[i]!;
    const num = /^(\d{1,4})$/.exec(compact(t));
    if (num) {
      const n = Number(num[1]);
      const prev = cur ? Number(cur.number) : null;
      const isNext = prev === null ? true : n === prev + 1;
      const isRepeat = prev !== null && n === prev && compact(clean[i + 1] ?? '') === compact(cur!.lines[0] ?? '');
      if (isNext || isRepeat) {
        if (cur) groups.push(cur);
        cur = { number: num[1]!, headings: tracker.current(), lines: [] };
        afterHeading = false;
        continue;
      }
    }
    if (!cur) {
      tracker.pushLine(t);
      continue;
    }
    const last = cur.lines[cur.lines.length - 1] ?? '';
    if ((afterHeading || (cur.lines.length >= 2 && isUnitName(last))) && parseHeadingLine(t)) {
      tracker.pushLine(t);
      afterHeading = true;
      continue;
    }
    if (afterHeading) {
      ctx.warn('stray-line', `line between a heading and row ${Number(cur.number) + 1} ignored: ${t.slice(0, 30)}`);
      continue;
    }
    cur.lines.push(t);
  }
  if (cur) groups.push(cur);
  return groups.map((g, gi) => cellLinesToRow(g, header, ctx, gi === groups.length - 1));
}

function cellLinesToRow(
  g: { number: string; headings: Heading[]; lines: string[] },
  header: HeaderMap,
  ctx: ExtractContext,
  isLast: boolean,
): RawRow {
  const order = header.roles.filter((r) => r !== 'number' && r !== 'other');
  const lines = [...g.lines];
  const text = lines.shift() ?? '';
  let statusText: string | null = null;
  if (order.includes('status')) {
    const si = lines.findIndex(isStatusCell);
    if (si >= 0) statusText = lines.splice(si, 1)[0]!;
  }
  let units: string[] = [];
  let progress: string[] = [];
  const unitsFirst = order.indexOf('units') >= 0 && order.indexOf('units') < order.indexOf('progress');
  if (unitsFirst) {
    let k = 0;
    while (k < lines.length && (isUnitName(lines[k]!) || (isUnitFragment(lines[k]!) && isUnitName(lines[k + 1] ?? '')))) k++;
    units = lines.slice(0, k);
    progress = lines.slice(k);
  } else {
    // Page chrome after the last row (扫一扫…) is not part of it: find the last unit run.
    let end = lines.length;
    if (isLast) {
      while (end > 0 && !isUnitName(lines[end - 1]!)) end--;
      if (end < lines.length) ctx.warn('trailing-text', `text after the last row ignored: ${lines.slice(end).join(' ').slice(0, 40)}`);
      if (end === 0) end = lines.length;
    }
    const start = order.includes('units') ? unitRunStart(lines, end, 0) : end;
    units = lines.slice(start, end);
    progress = lines.slice(0, start);
  }
  return {
    number: g.number,
    headings: g.headings,
    text,
    statusText,
    progressLines: progress,
    unitTexts: joinUnitPieces(units),
  };
}

// ---- layout: the whole table flattened into one line ---------------------

const TOKEN_SPLIT = /[ \u00a0\u3000]+/;
/** A table's own heading: …统计表, …情况表(政府). */
const TABLE_TITLE = /^.{4,60}表([(（][^()（）]*[)）])?$/;

/** The header inside a flattened line: `… 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 …`. */
export function findFlatHeader(line: string): { title: string | null; header: HeaderMap; body: string[] } | null {
  const tokens = line.split(TOKEN_SPLIT).filter((t) => t);
  const i = tokens.findIndex((t) => columnRole(t) === 'number');
  if (i < 0) return null;
  const roles: ColumnRole[] = ['number'];
  let j = i + 1;
  while (j < tokens.length && roles.length < 7) {
    const t = tokens[j]!;
    if (t.length > 12 || /^\d+$/.test(t) || parseHeadingLine(t)) break;
    const r = columnRole(t);
    if (r === 'other' || r === 'number') break;
    roles.push(r);
    j++;
  }
  if (!headerFromRoles(roles) || roles.length < 3) return null;
  const before = tokens.slice(0, i).join(' ').trim();
  const title = TABLE_TITLE.test(before) ? before : null;
  return { title, header: { roles }, body: tokens.slice(j) };
}

/**
 * A token that is a whole unit cell: one name, names glued together, or a
 * printed list (市发改委、财政局; 市应急局等相关单位).
 */
function isUnitToken(t: string): boolean {
  const bare = t.replace(/等(相关|有关)?(单位|部门)$/, '');
  if (isUnitName(bare) || splitGluedUnits(bare).every(isUnitName)) return true;
  const pieces = bare.split(/[、，,]/);
  return pieces.length > 1 && pieces.every((p) => isUnitName(p) || isUnitFragment(p));
}

/** A row number where it is expected: standalone, or glued to the previous row's last unit (市发展改革委103). */
function rowStartAt(tokens: string[], i: number, expected: number): { glued: string | null } | null {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const prevOk =
    prev === undefined || isUnitToken(prev) || isStatusCell(prev) || /[。]$/.test(prev) || parseHeadingLine(prev) !== null;
  if (t === String(expected) && prevOk) return { glued: null };
  const m = /^(.*[^\d.])(\d{1,4})$/.exec(t);
  if (m && Number(m[2]) === expected && isUnitToken(m[1]!)) return { glued: m[1]! };
  return null;
}

/**
 * Rows of a table flattened into one line with single spaces. Boundaries come
 * from what stays reliable: row numbers in sequence, the status word, unit
 * shapes at the end of a row, headings between rows.
 */
export function rowsFromFlatTokens(
  body: string[],
  header: HeaderMap,
  tracker: HeadingTracker,
  ctx: ExtractContext,
): RawRow[] {
  const tokens = [...body];
  const starts: number[] = [];
  let expected = 1;
  for (let i = 0; i < tokens.length; i++) {
    const s = rowStartAt(tokens, i, expected);
    if (!s) continue;
    if (s.glued !== null) {
      tokens.splice(i, 1, s.glued, String(expected));
      i++;
    }
    starts.push(i);
    expected++;
  }
  if (!starts.length) return [];
  pushHeadingTokens(tracker, tokens.slice(0, starts[0]));
  const rows: RawRow[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1] ?? tokens.length;
    const seg = tokens.slice(from + 1, to);
    const number = tokens[from]!;
    const headings = tracker.current();
    const { row, headingTokens } = flatSegmentToRow(number, seg, header, k === starts.length - 1, ctx);
    rows.push({ ...row, headings });
    pushHeadingTokens(tracker, headingTokens);
  }
  return rows;
}

function pushHeadingTokens(tracker: HeadingTracker, tokens: string[]): void {
  let acc: string[] = [];
  for (const t of tokens) {
    const h = parseHeadingLine(t);
    if (h && h.level === 1) {
      if (acc.length) pushHeadingText(tracker, acc.join(' '));
      acc = [];
      tracker.pushFirst(h.printed, h.text);
      continue;
    }
    acc.push(t);
    if (/[。]$/.test(t)) {
      pushHeadingText(tracker, acc.join(' '));
      acc = [];
    }
  }
  if (acc.length) pushHeadingText(tracker, acc.join(' '));
}

/** Where a trailing heading region starts: a few tokens after the row's last cell, ending in 。 or a 一、 heading. */
function headingRegionStart(tokens: string[], endsCell: (t: string) => boolean): number {
  let k = tokens.length;
  while (k > 0 && tokens.length - k < 4 && !endsCell(tokens[k - 1]!)) k--;
  const region = tokens.slice(k);
  const looksLikeHeadings =
    region.length > 0 && (region.some((t) => /。$/.test(t)) || region.some((t) => parseHeadingLine(t)?.level === 1));
  return looksLikeHeadings && k > 0 && endsCell(tokens[k - 1]!) ? k : tokens.length;
}

/** The run of unit tokens ending at `end` (a wrapped name's head fragment included). */
function trailingUnitRun(tokens: string[], end: number): number {
  let u = end;
  while (u > 0) {
    const t = tokens[u - 1]!;
    if (isUnitToken(t) || (u < end && isUnitFragment(t))) {
      u--;
      continue;
    }
    break;
  }
  return u;
}

/** The run of unit tokens starting at `from`. */
function leadingUnitRun(tokens: string[], from: number): number {
  let u = from;
  while (u < tokens.length && (isUnitToken(tokens[u]!) || (isUnitFragment(tokens[u]!) && isUnitToken(tokens[u + 1] ?? '')))) {
    u += isUnitFragment(tokens[u]!) && !isUnitToken(tokens[u]!) ? 2 : 1;
  }
  return u;
}

interface CellParts {
  text: string[];
  progress: string[];
  units: string[];
}

/**
 * Share a run of tokens among the text/progress/units columns it holds, in
 * printed order. Units are found by shape; a text cell before a progress cell
 * with nothing between them gets the first token (a text cell rarely holds a space).
 */
function assignCells(roles: ColumnRole[], tokens: string[]): CellParts {
  const parts: CellParts = { text: [], progress: [], units: [] };
  const ui = roles.indexOf('units');
  const put = (rs: ColumnRole[], ts: string[]) => {
    const text = rs.includes('text');
    const progress = rs.includes('progress');
    if (text && progress) {
      const textFirst = rs.indexOf('text') < rs.indexOf('progress');
      const [a, b] = textFirst ? [ts.slice(0, 1), ts.slice(1)] : [ts.slice(0, -1), ts.slice(-1)];
      pushAll(parts.text, textFirst ? a : b);
      pushAll(parts.progress, textFirst ? b : a);
    } else if (text) pushAll(parts.text, ts);
    else if (progress) pushAll(parts.progress, ts);
  };
  if (ui < 0) {
    put(roles, tokens);
    return parts;
  }
  const before = roles.slice(0, ui);
  const after = roles.slice(ui + 1);
  let start: number;
  let end: number;
  if (!after.length) {
    end = tokens.length;
    start = trailingUnitRun(tokens, end);
    // Leave the cells before the units at least one token each.
    start = Math.max(start, before.filter((r) => r === 'text' || r === 'progress').length > 0 ? 1 : 0);
  } else {
    start = before.length ? tokens.findIndex((t, i) => i >= 1 && isUnitToken(t)) : 0;
    if (start < 0) start = tokens.length;
    end = leadingUnitRun(tokens, start);
  }
  put(before, tokens.slice(0, start));
  parts.units = tokens.slice(start, end);
  put(after, tokens.slice(end));
  return parts;
}

function flatSegmentToRow(
  number: string,
  seg: string[],
  header: HeaderMap,
  isLast: boolean,
  ctx: ExtractContext,
): { row: Omit<RawRow, 'headings'>; headingTokens: string[] } {
  const roles = header.roles.filter((r) => r !== 'number' && r !== 'other');
  const statusLast = roles[roles.length - 1] === 'status';
  let si = -1;
  if (roles.includes('status')) {
    if (statusLast) {
      for (let i = seg.length - 1; i >= 1; i--) if (isStatusCell(seg[i]!)) { si = i; break; }
    } else si = seg.findIndex((t, i) => i >= 1 && isStatusCell(t));
    if (si < 0) {
      if (isLast) ctx.warn('truncated-row', `row ${number} is cut off: no status, progress or unit`);
      else ctx.warn('no-status', `row ${number}: no status cell found`);
      return {
        row: { number, text: seg.join(' '), statusText: null, progressLines: [], unitTexts: [] },
        headingTokens: [],
      };
    }
  }
  // The row's own cells end at its last cell; what follows (before the next number) are headings.
  const lastRole = roles[roles.length - 1];
  let cellsEnd = seg.length;
  if (statusLast) cellsEnd = si + 1;
  else if (!isLast && lastRole === 'units') {
    const from = si + 1;
    cellsEnd = from + headingRegionStart(seg.slice(from), isUnitToken);
  }
  const si2 = si < 0 ? cellsEnd : si;
  const beforeRoles = si < 0 ? roles : roles.slice(0, roles.indexOf('status'));
  const afterRoles = si < 0 ? [] : roles.slice(roles.indexOf('status') + 1);
  const a = assignCells(beforeRoles, seg.slice(0, si2));
  const b = assignCells(afterRoles, seg.slice(si < 0 ? cellsEnd : si + 1, statusLast ? si : cellsEnd));
  const units = [...a.units, ...b.units];
  if (roles.includes('units') && !units.length) ctx.warn('no-units', `row ${number}: no responsible unit found`);
  const progress = [...a.progress, ...b.progress];
  return {
    row: {
      number,
      text: [...a.text, ...b.text].join(' '),
      statusText: si < 0 ? null : seg[si]!,
      progressLines: progress.length ? [progress.join(' ')] : [],
      unitTexts: joinUnitPieces(units),
    },
    headingTokens: seg.slice(cellsEnd),
  };
}

// ---- the progress-table extractor ----------------------------------------

/**
 * Progress tables (进展情况统计表) with an explicit 完成状态 column: the status
 * comes from the cell (source 'column'); any counts printed above the table
 * go to `summary.stated`.
 */
export const extractProgress: Extractor = (blocks, ctx) => {
  const tracker = new HeadingTracker();
  let rows: RawRow[] = [];
  let title: string | null = null;
  let lastPara: string | null = null;
  for (const b of blocks) {
    if (b.kind !== 'table') {
      lastPara = b.text.trim();
      continue;
    }
    const hi = b.rows.findIndex((r) => headerOf(r) !== null);
    if (hi < 0) continue;
    // The table's own heading, printed right above it, is the document's title.
    if (!rows.length && lastPara && TABLE_TITLE.test(lastPara)) title = lastPara;
    pushAll(rows, rowsFromTable(b.rows.slice(hi + 1), headerOf(b.rows[hi]!)!, tracker));
  }
  const paras = blocks.filter((b): b is ParaBlock => b.kind === 'para').map((b) => b.text);
  if (!rows.length) {
    for (const p of paras) {
      const flat = findFlatHeader(p);
      if (!flat) continue;
      title = flat.title;
      rows = rowsFromFlatTokens(flat.body, flat.header, tracker, ctx);
      break;
    }
  }
  if (!rows.length) {
    const cell = findCellLinesHeader(paras);
    if (cell) rows = rowsFromCellLines(paras.slice(cell.end), cell.header, tracker, ctx);
  }
  const stated: Record<string, number | string> = {};
  for (const p of paras) {
    if (findFlatHeader(p)) break;
    const c = parseStatedCounts(p);
    if (Object.keys(c).filter((k) => !k.endsWith('_percent')).length >= 2) {
      Object.assign(stated, c);
      break;
    }
  }
  return extractedDocument('progress', { title, summary: { stated }, tasks: rowsToTasks(rows, ctx) });
};
