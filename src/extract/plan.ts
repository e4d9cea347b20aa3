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
import { splitInlineOrdinals } from './inline-ordinals.js';
import { pushAll } from '../util/arrays.js';
import type { Block } from '../model/blocks.js';
import type { Task, Unit } from '../model/schema.js';
import { extractedDocument, type ExtractContext, type Extractor } from './types.js';
import { tableTasks } from './tables/index.js';
import { parseMarker, toChineseNumeral } from './numbering.js';
import { looksLikeUnitList, parseUnitList, type UnitListOptions } from './units.js';
import { endsSentence, fold, lastIndexOfAny, parseArabic, parseChineseNumeral, stripSpaces, toHalfWidth, trimLine } from './text.js';
import { LABEL_AT, LABEL_WORD, buildTask, statesFirstIsLead, parseLabelled, takeInlineAssignment, type Assignment, type Role } from './assignments.js';
import { extractLinePlan, isEndOfList } from './outline.js';
import { bracketedParagraphTasks } from './bracketed-paragraphs.js';
import { labelledParagraphTasks } from './labelled-paragraphs.js';
import { responsibleParagraphTasks } from './responsible-paragraphs.js';

export interface PlanOptions {
  /** The city whose bodies the plan assigns (徐州); guessed from the document when absent. */
  city?: string | null;
  /** The caller has read the document's tables and found no task in them: only the running text is read. */
  tablesRead?: boolean;
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
  // A task table in any layout (real, flattened into a line, one cell per paragraph).
  if (!opts.tablesRead) pushAll(tasks, tableTasks(blocks, ctx, unitOpts).tasks);
  // A count the document states about itself is read from its preamble, never from task texts ("实施攻关项目30项").
  let preamble = lines;
  if (tasks.length === 0) {
    const plan = extractLinePlan(lines, ctx, unitOpts);
    tasks = plan.tasks;
    preamble = lines.slice(0, plan.start);
  }
  // No numbering at all: paragraphs that each close with their deadline or assignment in brackets.
  if (tasks.length === 0) tasks = bracketedParagraphTasks(lines, unitOpts);
  // Nor brackets: paragraphs each followed by their own label lines (主管领导:…⏎责任单位:…).
  if (tasks.length === 0) tasks = labelledParagraphTasks(lines, unitOpts);
  // Nor labels: paragraphs that each hand a project to a unit (由镇公路站负责的农村道路硬化项目，…).
  if (tasks.length === 0) tasks = responsibleParagraphTasks(lines, unitOpts);

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
      if (t === '' || isPageFurniture(t)) continue;
      for (const item of splitInlineOrdinals(t)) out.push(normalizeLabel(item));
    }
  }
  if (out.length > 0) out[out.length - 1] = closeCutBracket(out[out.length - 1]!);
  return out;
}

/**
 * A copy cut off inside its last item's assignment bracket (…。(牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均
 * 需各县市区落实,不再逐 — the store keeps the first 2,000 bytes of a page): the bracket closes where the text ends, so the
 * item keeps the whole units it names (a cut before the first whole unit leaves the item cut).
 */
function closeCutBracket(line: string): string {
  const open = lastIndexOfAny(line, '（(');
  if (open < 0 || /[)）]/.test(line.slice(open))) return line;
  const inner = fold(line.slice(open + 1));
  LABEL_AT.lastIndex = 0;
  const labelled = LABEL_AT.test(inner);
  LABEL_AT.lastIndex = 0;
  if (!labelled && !/牵头|负责/.test(inner)) return line;
  // (牵头单位:市 — a name cut after its first character is no unit; the cut piece goes.
  const cut = /[:：，,、;；]\s*[^:：，,、;；]?$/.exec(line);
  let kept = cut ? line.slice(0, cut.index) : line;
  // ;责任单位:市 — the label goes with its cut value.
  if (cut && /[:：]/.test(line[cut.index]!)) kept = kept.slice(0, Math.max(open + 1, lastIndexOfAny(kept, ';；，,、')));
  // (牵头单位:市 — no whole unit is left: the item stays cut, and the outline drops it with a warning.
  if (cut && !/[:：，,、;；]/.test(kept.slice(open + 1))) return line;
  return kept + (line[open] === '（' ? '）' : ')');
}

/** A whole label that is a label word (牵头单位, 责任单位…), compiled once. */
const WHOLE_LABEL_WORD = new RegExp(`^${LABEL_WORD}$`);

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
  if (!WHOLE_LABEL_WORD.test(fold(label))) return line;
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


