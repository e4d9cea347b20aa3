/**
 * Breakdown plans (分解方案, 重点工作, 任务清单): numbered task lists with
 * their unit assignments, printed as running text or as a table.
 *
 * Running text (outline.ts). A task is every numbered item that carries its own
 * assignment; a numbered item whose children carry the assignments is a
 * section. Levels come from the marker type (一、 > (一) > 1. > (1) > 1） > ①).
 * Assignments (assignments.ts) are read from labelled lines (牵头单位:…;责任单位:…, 牵头负责领导:),
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
import { parseMarker, toChineseNumeral } from './numbering.js';
import { looksLikeUnitList, parseUnitList, type UnitListOptions } from './units.js';
import { endsSentence, fold, parseArabic, parseChineseNumeral, stripSpaces, toHalfWidth, trimLine } from './text.js';
import { LABEL_WORD, buildTask, statesFirstIsLead, parseLabelled, takeInlineAssignment, type Assignment, type Role } from './assignments.js';
import { extractLinePlan, isEndOfList } from './outline.js';

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
  const unitOpts: UnitListOptions = { city, groups, firstListedLeads: statesFirstIsLead(lines) };

  let tasks: Task[] = [];
  for (const rows of planTables(blocks)) tasks.push(...extractTablePlan(rows, ctx, unitOpts));
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
  const m = /^((?:\p{Script=Han}[ \u3000\u00a0]*){2,9}?)[ \u3000\u00a0]*([:：∶︰])/u.exec(line);
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
    const w = Math.max(...b.rows.map((r) => r.length));
    const layout = tableLayout(b.rows);
    if (layout) {
      const h = b.rows[layout.headerRow]!.map(stripSpaces).join('|');
      if (out.length > 0 && w === width && h === header) out[out.length - 1]!.push(...b.rows);
      else out.push([...b.rows]);
      width = w;
      header = h;
    } else if (out.length > 0 && w === width) {
      out[out.length - 1]!.push(...b.rows);
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
