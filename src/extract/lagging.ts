/**
 * A status notice's list of lagging items, grouped by responsible unit —
 * `(一)市发展改革委(8项)` followed by `1.…推进较慢。` lines — and the link from
 * each item to the appendix task it is about. The scrape loses brackets,
 * numerals and 项, so headings are recognised by shape (a bare unit name with
 * an optional ordinal and count), not by exact punctuation.
 */
import type { LaggingGroup, LaggingItem, Task } from '../model/schema.js';
import { classifyLaggingItem, compact, findStatusPhrases } from '../classify/lexicon.js';
import { aliasKey } from './aliases.js';
import { isUnitName } from './tables/unit-cells.js';
import { fold, isMenuLine, trimLine } from './text.js';

const GROUP_ORDINAL = /^(?:[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[)）、]|[(（][一二三四五六七八九十]{1,3}|[)）])/;
const GROUP_COUNT = /^(.+?)[:：]?[(（]?(?:共)?(\d{1,3})\s*(?:项|个|条)?[)）]?[:：]?$/;
/** Ordinals some notices number their unit groups with (1．市发展改革委（2项）, 一是市商务局1项); only taken with a count. */
const COUNTED_GROUP_ORDINAL = /^(?:\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,3}是)/;

const UNIT_OPENING = /^(市|县|区|省|团|xx|[\u4e00-\u9fa5]{1,6}?(市|县|区))/;

export interface GroupHeading {
  unit: string;
  statedCount: number | null;
}

/**
 * `(一)市发展改革委(8项)`, and what the scrape left of it: `市发展改革委8`,
 * `)市商务局(3项)`, `十一)市文化和旅游局`, `（三）市商务局（3项）：`.
 */
export function parseGroupHeading(line: string): GroupHeading | null {
  if (isMenuLine(line)) return null;
  let t = compact(line);
  const ord = GROUP_ORDINAL.exec(t);
  if (ord) t = t.slice(ord[0].length);
  const counted = ord ? null : COUNTED_GROUP_ORDINAL.exec(t);
  if (counted) t = t.slice(counted[0].length);
  t = t.replace(/[:：]$/, '');
  let unit = t;
  let count: number | null = null;
  // Matched on the simplified copy (8項 → 8项); the unit keeps its printed characters.
  const m = GROUP_COUNT.exec(fold(t));
  if (m && isUnitName(m[1]!)) {
    unit = t.slice(0, m[1]!.length);
    count = Number(m[2]);
  }
  if (!isUnitName(unit)) return null;
  // An arabic ordinal also numbers items, so it marks a group only together with the group's count.
  if (counted && count === null) return null;
  // A bare name without ordinal or count must still read as a body, not as a short item.
  if (!ord && count === null && !UNIT_OPENING.test(fold(unit))) return null;
  return { unit, statedCount: count };
}


/**
 * An item line without its ordinal. The ordinal is the expected item number
 * k, with or without `.`/`、`; `212月,…` is item 2 whose text lost `1-` and so
 * starts `12月`. A bare leading digit is only taken as the ordinal when the
 * group is numbered (more than one item), so a single item `12月…` keeps it.
 */
export function stripItemOrdinal(line: string, k: number, numbered: boolean): string {
  const t = trimLine(line);
  const ks = String(k);
  const withSep = new RegExp(`^(?:${ks}\\s*[.、.．]|[(（]${ks}[)）])\\s*`);
  if (withSep.test(t)) return t.replace(withSep, '');
  if (numbered && t.startsWith(ks) && t.length > ks.length) return t.slice(ks.length);
  return t;
}

/**
 * A group printed in one paragraph: `（一）市发展改革委（2项）：1．…推进较慢；2．…低于序时进度。`
 * Items are cut at their ordinals 1., 2., … in sequence, so digits inside an item stay.
 */
export function splitInlineGroup(line: string): { heading: GroupHeading; items: string[] } | null {
  const t = trimLine(line);
  const colon = t.search(/[:：]/);
  if (colon < 0) return null;
  const heading = parseGroupHeading(t.slice(0, colon));
  if (!heading) return null;
  const rest = t.slice(colon + 1);
  if (!rest) return null;
  const items: string[] = [];
  let from = 0;
  let k = 1;
  const starts: number[] = [];
  while (from <= rest.length) {
    const re = new RegExp(`(^|[;；。，,])\\s*${k}\\s*[.、．]`, 'g');
    re.lastIndex = from;
    const m = re.exec(rest);
    if (!m) break;
    starts.push(m.index + m[1]!.length);
    from = m.index + m[0].length;
    k++;
  }
  if (!starts.length) return { heading, items: unnumberedItems(rest, heading.statedCount) };
  if (starts[0] !== 0) items.push(rest.slice(0, starts[0]));
  starts.forEach((st, i) => {
    const piece = rest.slice(st, starts[i + 1] ?? rest.length).replace(/^\d+\s*[.、．]\s*/, '').replace(/[;；，,]$/, '');
    if (piece) items.push(piece);
  });
  return { heading, items };
}

/**
 * Items printed without ordinals after the heading's colon, one per ；-clause
 * (市发展改革委（2项）：…低于序时进度；…推进较慢。). Split only when the clauses
 * agree with the stated count, since a single item may itself hold a ；.
 */
function unnumberedItems(rest: string, statedCount: number | null): string[] {
  const pieces = rest.split(/[;；]/).map((p) => p.trim()).filter((p) => p !== '');
  return pieces.length > 1 && pieces.length === statedCount ? pieces : [rest];
}

/** A top-level heading of the notice's own outline (二、下步工作要求): the list is over. */
const OUTLINE_HEADING = /^[一二三四五六七八九十]{1,3}、/;

/** Lines that end a notice's body: the appendix, a closing instruction, a signature. */
const LIST_END = /^(附件|附表|序号$)|^(请各|各地各|各单位要|各牵头单位要|希望|望各)/;

/**
 * Groups from the lines after the summary paragraph. Lines before the first
 * heading are not part of the list; the list ends at the appendix or a
 * closing instruction.
 */
export function parseLaggingList(lines: string[]): { groups: LaggingGroup[]; end: number } {
  const groups: LaggingGroup[] = [];
  let cur: LaggingGroup | null = null;
  let i = 0;
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = trimLine(raw);
    if (!t) continue;
    if (LIST_END.test(fold(t))) break;
    const h = parseGroupHeading(t);
    if (h) {
      cur = { unit: h.unit, statedCount: h.statedCount, items: [] };
      groups.push(cur);
      continue;
    }
    if (groups.length && OUTLINE_HEADING.test(t) && !splitInlineGroup(t)) break;
    const inline = splitInlineGroup(t);
    if (inline) {
      cur = { unit: inline.heading.unit, statedCount: inline.heading.statedCount, items: [] };
      groups.push(cur);
      for (const text of inline.items) cur.items.push({ text, status: classifyLaggingItem(text), taskId: null });
      continue;
    }
    if (!cur) continue;
    const k = cur.items.length + 1;
    const numbered = (cur.statedCount ?? 0) > 1 || k > 1 || /^\d+\s*[.、.．]/.test(t);
    const text = stripItemOrdinal(t, k, numbered);
    if (!text) continue;
    const item: LaggingItem = { text, status: classifyLaggingItem(text), taskId: null };
    cur.items.push(item);
  }
  return { groups, end: i };
}

// ---- linking items to appendix tasks --------------------------------------

const NOISE = /[\s\u3000,，。;；:：、“”"'‘’《》()（）\[\]【】!！?？·.\-—–]/g;

function coreText(s: string): string {
  return fold(compact(s)).replace(NOISE, '');
}

/**
 * Words that place an item in time or scope (一季度, 1-2月, 全市, 累计) or judge
 * it (较低, 目标任务) but say nothing about which task it is.
 */
const TOPIC_NOISE =
  /^\d{1,2}(?:[-—–]\d{1,2})?月?|\d{1,2}[-—–]\d{1,2}月|[一二三四]季度|上半年|下半年|前三季度|全年|年度|全市|全县|全区|累计|目前|正在进行|与年度目标相比|与\d{4}年同期相比|同比|较低|偏低|目标任务|完成|方面|工作|已/g;

/** The item without its status wording, which says nothing about the topic. */
function topicOf(itemText: string): string {
  let s = compact(itemText);
  const hits = findStatusPhrases(s).sort((a, b) => b.start - a.start);
  for (const h of hits) s = s.slice(0, h.start) + s.slice(h.end);
  s = s.replace(TOPIC_NOISE, '');
  return coreText(s);
}

function grams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** The bigrams an item is matched by: its topic, without status and time wording. */
export function topicGrams(itemText: string): Set<string> {
  return grams(topicOf(itemText));
}

/** The bigrams of a task's text or progress, as items are matched against them. */
export function contentGrams(text: string): Set<string> {
  return grams(coreText(text));
}

/** Two printed names of one body (市卫健委 / 市卫生健康委): same alias key, or one's characters in order inside the other. */
export function sameUnit(a: string, b: string): boolean {
  if (a === b) return true;
  if (aliasKey(a) === aliasKey(b)) return true;
  const x = a.replace(/^市/, '');
  const y = b.replace(/^市/, '');
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 2) return false;
  let j = 0;
  for (const ch of long) if (ch === short[j]) j++;
  return j === short.length && short[short.length - 1] === long[long.length - 1];
}

export interface LinkOptions {
  /** Minimum score (0..1 share of the item's weighted topic bigrams found in the task) to accept a link. */
  threshold?: number;
}

export interface Link {
  taskId: string | null;
  score: number;
  /** Runner-up, for diagnostics. */
  second: { taskId: string; score: number } | null;
}

const TEXT_WEIGHT = 1;
const PROGRESS_WEIGHT = 0.6;
const UNIT_BONUS = 0.12;
export const DEFAULT_LINK_THRESHOLD = 0.3;
/** Two tasks this close are a coin toss (an item whose topic is only 投资): no link rather than a guess. */
const AMBIGUITY_MARGIN = 0.05;

/**
 * Link every item to the task it is about, by content: the share of the
 * item's topic bigrams (weighted by rarity across the appendix) found in the
 * task text (full weight) or its progress (less), plus a bonus when the
 * item's unit leads the task. Each item links to at most one task; an item
 * whose best score is weak stays unlinked.
 *
 * Scored through an index from bigram to the tasks holding it, so an item costs
 * the tasks that share a bigram with it, not every task of the appendix (2,048
 * tasks × 608 items took 7.7 s when every item scored every task). Each task's
 * score is summed over the item's bigrams in the same order as a full scan, so
 * the scores, and the links, are the same to the last bit.
 */
export function linkLaggingItems(groups: LaggingGroup[], tasks: Task[], opts: LinkOptions = {}): Link[][] {
  const threshold = opts.threshold ?? DEFAULT_LINK_THRESHOLD;
  const index = indexTaskGrams(tasks);
  const idf = (g: string) => Math.log((tasks.length + 1) / ((index.df.get(g) ?? 0) + 0.5));
  const hits = new Float64Array(tasks.length);
  const touched = new Uint8Array(tasks.length);
  const leads = leadUnitIndex(tasks);
  return groups.map((group) => {
    const bonus = tasksLedBy(group.unit, leads);
    return group.items.map((item) => {
      const topic = topicGrams(item.text);
      let total = 0;
      for (const g of topic) total += Math.max(idf(g), 0);
      const candidates: number[] = [];
      const touch = (i: number) => {
        if (!touched[i]) {
          touched[i] = 1;
          candidates.push(i);
        }
      };
      for (const g of topic) {
        const posting = index.postings.get(g);
        if (!posting) continue;
        const w = Math.max(idf(g), 0);
        for (let k = 0; k < posting.tasks.length; k++) {
          const i = posting.tasks[k]!;
          touch(i);
          hits[i] = hits[i]! + (posting.inText[k] ? w * TEXT_WEIGHT : w * PROGRESS_WEIGHT);
        }
      }
      for (const i of bonus) touch(i);
      const scoreOf = (i: number) => {
        let score = total > 0 ? hits[i]! / total : 0;
        if (bonus.has(i)) score += UNIT_BONUS;
        return score;
      };
      const [best, runnerUp] = topTwo(candidates, scoreOf, touched, tasks);
      const second = runnerUp ?? null;
      for (const i of candidates) {
        hits[i] = 0;
        touched[i] = 0;
      }
      if (!best || best.score < threshold) return { taskId: null, score: best?.score ?? 0, second: best ?? null };
      if (second && best.score - second.score < AMBIGUITY_MARGIN) return { taskId: null, score: best.score, second };
      return { taskId: best.taskId, score: best.score, second };
    });
  });
}

interface GramIndex {
  /** Tasks whose text or progress holds the bigram (task order), and whether it is in the text (else only in the progress). */
  postings: Map<string, { tasks: number[]; inText: boolean[] }>;
  /** Tasks holding the bigram in text or progress. */
  df: Map<string, number>;
}

function indexTaskGrams(tasks: Task[]): GramIndex {
  const postings = new Map<string, { tasks: number[]; inText: boolean[] }>();
  const df = new Map<string, number>();
  tasks.forEach((t, i) => {
    const text = contentGrams(t.text);
    const add = (g: string, inText: boolean) => {
      df.set(g, (df.get(g) ?? 0) + 1);
      let posting = postings.get(g);
      if (!posting) postings.set(g, (posting = { tasks: [], inText: [] }));
      posting.tasks.push(i);
      posting.inText.push(inText);
    };
    // The text's bigrams, then the progress's others: the order of the union, without building it.
    for (const g of text) add(g, true);
    for (const g of contentGrams(t.progress ?? '')) if (!text.has(g)) add(g, false);
  });
  return { postings, df };
}

/** Lead unit names → the tasks they lead, so a group's bonus is decided once per distinct name. */
function leadUnitIndex(tasks: Task[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  tasks.forEach((t, i) => {
    for (const u of t.leadUnits) {
      const list = byName.get(u.name) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      byName.set(u.name, list);
    }
  });
  return byName;
}

function tasksLedBy(unit: string, leads: Map<string, number[]>): Set<number> {
  const out = new Set<number>();
  for (const [name, list] of leads) if (sameUnit(name, unit)) for (const i of list) out.add(i);
  return out;
}

/**
 * The two best tasks in the order a stable sort by descending score gives: higher score first, the
 * earlier task on a tie. Tasks outside `candidates` score 0, so the first two of them take part too.
 */
function topTwo(candidates: number[], scoreOf: (i: number) => number, isCandidate: Uint8Array, tasks: Task[]): [Scored | undefined, Scored | undefined] {
  // Best and runner-up as (index, score); -1 while unset. No object per candidate: an item can share a
  // bigram (推进) with most of the appendix.
  let ai = -1;
  let as = 0;
  let bi = -1;
  let bs = 0;
  const offer = (i: number, score: number) => {
    if (ai < 0 || score > as || (score === as && i < ai)) {
      bi = ai;
      bs = as;
      ai = i;
      as = score;
    } else if (bi < 0 || score > bs || (score === bs && i < bi)) {
      bi = i;
      bs = score;
    }
  };
  for (const i of candidates) offer(i, scoreOf(i));
  let zeros = 0;
  for (let i = 0; i < tasks.length && zeros < 2; i++) {
    if (isCandidate[i]) continue;
    offer(i, 0);
    zeros++;
  }
  const scored = (i: number, score: number): Scored | undefined => (i < 0 ? undefined : { taskId: tasks[i]!.id, score });
  return [scored(ai, as), scored(bi, bs)];
}

interface Scored {
  taskId: string;
  score: number;
}
