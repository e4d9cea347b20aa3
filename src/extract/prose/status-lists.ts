/**
 * Tasks that a status notice or progress report names in running prose, each
 * with the status its list states:
 *   推进较慢的7项任务分别是：A，B，…            (lead-in, then the list)
 *   （一）提前完成任务指标有7项。…分别为：A；B；…  (the group heading decides)
 *   “A”“B”“C”等5小项已完成                       (quoted list, status after it)
 *   A、B、C3个项目全面完成任务 / A、B等项目进展较快   (list before its verdict)
 *   推进缓慢的有3（A、B、C）                       (list in brackets after a count)
 *   由县民政局负责的第1件…进展滞后                 (items cited by number)
 *   8项进展偏慢的重点工作为：⏎①A（责任单位：X）；⏎②B…  (one item per line)
 * Whatever the document's kind: a plan can carry such a list and a notice may have none.
 */
import type { Status } from '../../model/schema.js';
import { compact, findStatusPhrases, makeStatus, proseVerdict, type LexiconHit } from '../../classify/lexicon.js';
import { fold, splitTopLevel } from '../text.js';
import { parseMarker } from '../numbering.js';
import { cleanItem, namesUnits, plausibleItem, splitListItems, splitPair, type ProseItem } from './items.js';
import { COUNT, ETC, NOT_A_RATIO, countValue, lastCount, sentencesOf, type Sentence } from './sentences.js';
import { countedGroupItems } from './counted-groups.js';
import { responsibleClauseItems } from './responsible-clauses.js';
import { pushAll } from '../../util/arrays.js';

export interface StatusListItem extends ProseItem {
  status: Status | null;
  /** Index of the paragraph the item was found in. */
  para: number;
  /** True when the item was a quotation (“A”“B”等…), which may also be a name a task mentions. */
  quoted?: boolean;
  /** What the text says was done, when the item is a project sentence (…完成年度任务的100%). */
  progress?: string;
}

/**
 * Words that introduce a list, strongest first: 分别为/分别是/具体为 always introduce one;
 * 为：/是：/有：/滞后项目：/已有10项：/10件为民实事： only with their colon, or 为 right after a count (未达到序时进度11项、占比20.0%，为…); 包括/主要有/涉及：/如 are weaker (如 not in 如期/如实/如下).
 * The strongest in a sentence wins: …涉及我市的任务有3个，分别为：一是…
 */
const INTRODUCERS = [
  /分别[为是有][:：]?|具体[为是][:：]?/g,
  new RegExp(
    `[为是有][:：]|如下[:：]|其中[:：]|(?<=[0-9%％项个件][，,])为${NOT_A_RATIO}|(?<=项目|任务|事项|[0-9一二三四五六七八九十两](?:项|个|件)(?:[\\u4e00-\\u9fa5]{0,6}(?:实事|工程|项目|任务|事项))?)[:：]`,
    'g',
  ),
  /包括[:：]?|包含[:：]?|主要[有为是][:：]?|涉及[:：]/g,
  /(?<![例比假])如(?![期实何果下此今同])[:：]?/g,
];

function findIntroducer(text: string): RegExpExecArray | null {
  const folded = fold(text);
  for (const re of INTRODUCERS) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m) return m;
  }
  return null;
}

function statusFrom(hit: LexiconHit | null, evidence: string): Status | null {
  return hit ? makeStatus(hit.code, evidence, 'notice-list') : null;
}

/** Everything a recogniser needs to know about the sentence it reads. */
interface Context {
  sentences: Sentence[];
  index: number;
  paragraphs: string[];
}

/** The sentences of the current group before the current one, nearest first, down to the group's opener. */
function groupBefore(ctx: Context): Sentence[] {
  const s = ctx.sentences[ctx.index]!;
  const out: Sentence[] = [];
  for (let i = ctx.index - 1; i >= 0; i--) {
    const t = ctx.sentences[i]!;
    if (t.group !== s.group) break;
    out.push(t);
    if (t.opensGroup) break;
  }
  return out;
}

/** The status a list takes when its own clause names none: the nearest sentence of its group that gives a verdict. */
function contextStatus(ctx: Context): Status | null {
  for (const t of groupBefore(ctx)) {
    const st = statusFrom(proseVerdict(t.text), t.text);
    if (st) return st;
  }
  return null;
}

/** A following sentence that restates the list's count with a verdict: 目前，3个任务…都已完成。 */
function followingStatus(ctx: Context, stated: number | null): Status | null {
  const next = ctx.sentences[ctx.index + 1];
  if (!next || stated === null || lastCount(next.text) !== stated) return null;
  return statusFrom(proseVerdict(next.text), next.text);
}

/** The count stated for a list: in its own lead-in, else in the sentence that gives its group's verdict, else in the group's opener. */
function statedCount(leadIn: string, ctx: Context): number | null {
  const own = lastCount(leadIn);
  if (own !== null) return own;
  const before = groupBefore(ctx);
  const verdict = before.find((t) => proseVerdict(t.text) !== null);
  const inVerdict = verdict ? lastCount(verdict.text) : null;
  if (inVerdict !== null) return inVerdict;
  const opener = before[before.length - 1];
  return opener && opener.opensGroup ? lastCount(opener.text) : null;
}

/**
 * The paragraphs after a lead-in that ends with a colon, one item each: numbered lines (1. ① （1）)
 * as long as they go on, or unnumbered ones that end with ；, up to the one that ends the list with 。.
 * A numbered sub-heading with its own count (一、综合指标类9项) is passed over, not taken as an item.
 */
/** A line that opens with a counted group's heading sentence: 4项进展较快。, 7项正在抓紧实施。 */
const COUNTED_GROUP = /^[0-9一二三四五六七八九十]{1,3}\s*(?:项|个|件)[^。，,]{1,20}。/;

/** A report's section heading: 一、牵头部门实施情况, 二、存在的主要问题. */
const SECTION_HEADING = /^[一二三四五六七八九十]{1,3}[、.．]\s*[^。；;，,]{2,24}(?:情况|问题|要求|建议|成效|措施|工作|进展)$/;

function itemLines(ctx: Context, stated: number | null): { items: string[]; lastPara: number } {
  const para = ctx.sentences[ctx.index]!.para;
  const items: string[] = [];
  let lastPara = -1;
  let itemRank: number | null = null;
  for (let k = para + 1; k < ctx.paragraphs.length; k++) {
    const line = ctx.paragraphs[k]!.trim();
    if (line === '') continue;
    if (/[:：]$/.test(line) || [...line].length > 200) break;
    // 2项已完成年度目标任务。A、B等。: the lines are groups with their own counts, each read as its own list.
    if (COUNTED_GROUP.test(fold(line))) break;
    // 现将督查情况通报如下：then 一、牵头部门实施情况: the lead-in opens the report's sections, not a list.
    if (items.length === 0 && SECTION_HEADING.test(fold(line))) break;
    // A number glued to its text (1加快…) is trusted only by the outline, which checks the sequence.
    const parsed = parseMarker(line)?.marker ?? null;
    const marker = parsed && !(parsed.weak && /^[0-9０-９]+$/.test(parsed.printed)) ? parsed : null;
    if (marker && (itemRank === null || marker.rank < itemRank) && lastCount(line) !== null && !/[。；;]$/.test(line)) {
      lastPara = k;
      continue;
    }
    const numberedItem = marker !== null && (itemRank === null || marker.rank === itemRank);
    if (items.length > 0 && !numberedItem && !/[；;]$/.test(items[items.length - 1]!)) break;
    if (marker && itemRank === null) itemRank = marker.rank;
    items.push(line);
    lastPara = k;
    if (!numberedItem && /[。.]$/.test(line)) break;
    if (stated !== null && items.length >= stated) break;
  }
  return { items, lastPara };
}

interface Introduced {
  /** Character ranges of the sentence the list covers. */
  covered: Array<[number, number]>;
  /** The last paragraph read as an item line, when the list continued on the lines after its lead-in. */
  lastPara: number;
  /** The last sentence the list ran on into, when it went past its own full stop. */
  lastSentence?: number;
}

/**
 * A counted list that ends its sentence short of its count runs on into the next sentences of its paragraph
 * (超额完成任务的已有10项：A，完成率200%；…；G，完成率110%。H，完成率147.6%。I…): as long as they add items of the
 * same shape (figures in each when the list's items have them) and no more than the count, and say nothing of
 * their own (no lead-in, no verdict).
 */
function runOnPieces(ctx: Context, pieces: string[], stated: number): { pieces: string[]; last: number } {
  const s = ctx.sentences[ctx.index]!;
  const figures = pieces.every((p) => /[0-9０-９]/.test(p));
  const all = [...pieces];
  let last = ctx.index;
  for (let i = ctx.index + 1; i < ctx.sentences.length && all.length < stated; i++) {
    const t = ctx.sentences[i]!;
    if (t.para !== s.para || findIntroducer(t.text) || proseVerdict(t.text)) break;
    const more = splitTopLevel(t.text, '；;').map((p) => p.trim()).filter((p) => p !== '');
    if (more.length === 0 || all.length + more.length > stated || (figures && !more.every((p) => /[0-9０-９]/.test(p)))) break;
    all.push(...more);
    last = i;
  }
  return { pieces: all, last };
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** A piece that ends with a figure: 51件, 245.31亿元, 38家, 3.56%. */
const FIGURE_END = /[0-9０-９][0-9０-９.]*\s*(?:个|项|件|家|人|名|元|万元|亿元|万|亿|%|％|万人|人次|户|套|所|座|公里|条|处)?$/;

/** Where 等 closes an introduced list, with the count and noun after it. */
const INTRODUCED_LIST_END = new RegExp(`${ETC}(?:[0-9一二三四五六七八九十]{0,4}(?:个|项|件|小项|大项))?(?:项目|任务|工作|事项)?`);

/**
 * The 等 that closes the list: the first one after which no ；-separated item follows. 包括A；新都巷游园等11个公共绿地
 * 项目建设已完成；B、C已完工…等 — the first 等 is inside an item.
 */
function listEnd(folded: string): RegExpExecArray | null {
  const re = new RegExp(INTRODUCED_LIST_END.source, 'g');
  let first: RegExpExecArray | null = null;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    first ??= m;
    if (!/[；;]/.test(folded.slice(m.index + m[0].length))) return m;
  }
  return first;
}

/** Lists introduced by 分别为/包括/…为： in this sentence. */
function introducedLists(ctx: Context, out: StatusListItem[]): Introduced {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const covered: Array<[number, number]> = [];
  const none = { covered, lastPara: -1 };
  const m = findIntroducer(text);
  if (!m) return none;
  const leadIn = text.slice(0, m.index);
  let list = text.slice(m.index + m[0].length);
  // The list ends where the sentence does, or where 等 closes it (…高标准农田建设等任务都在推进).
  // 包括156项任务，如A、B等: the count is of the whole group; the items listed are the examples after 如.
  const examples = /^\s*[0-9一二三四五六七八九十百]{1,5}(?:个|项|件)[\u4e00-\u9fa5]{0,4}[，,]\s*(?:例如|比如|如)[:：]?/.exec(list);
  if (examples) list = list.slice(examples[0].length);
  const etc = listEnd(fold(list));
  // 其中：…；A、B等13个项目，完成年计划70%以上；C、D等26个项目滞后: a 等 that closes only the 、-list after a ；
  // ends a list of its own with its own verdict (read by listsBeforeVerdict), not this one.
  if (etc && /[；;][^；;]*、[^；;]*$/.test(list.slice(0, etc.index))) return none;
  const tail = etc ? list.slice(etc.index) : '';
  if (etc) list = list.slice(0, etc.index);
  const stated = statedCount(leadIn, ctx);
  const lines = list.trim() === '' ? itemLines(ctx, stated) : null;
  let pieces = lines ? lines.items : splitListItems(list, stated);
  const ownPieces = pieces;
  let lastSentence: number | undefined;
  if (!lines && !etc && stated !== null && pieces.length >= 2 && pieces.length < stated) {
    const run = runOnPieces(ctx, pieces, stated);
    if (run.last > ctx.index) ({ pieces, last: lastSentence } = run);
  }
  // 其中：巴州区有3（A、B、C）推进缓慢；…: pieces that carry their own bracketed lists are read as those lists.
  if (!lines && pieces.some((p) => /[0-9一二三四五六七八九十]\s*(?:个|项|件)?\s*[（(][^（）()]*、[^（）()]*[)）]/.test(p))) return none;

  if (pieces.length === 0 || (!lines && pieces.length < 2 && stated !== 1) || namesUnits(pieces)) return none;
  const status =
    statusFrom(proseVerdict(tail), tail) ??
    statusFrom(proseVerdict(leadIn), leadIn) ??
    contextStatus(ctx) ??
    followingStatus(ctx, stated);
  // A list with no count and no verdict is an enumeration inside a plan's task, not a status list.
  if (!status && stated === null) return none;
  // 其中：政策措施类实事51件，工程建设类实事49件，…支出达245.31亿元: figures that break a total down, not items.
  if (!status && !lines && ownPieces.every((p) => FIGURE_END.test(p.trim().replace(/[。；;，,]$/, '')))) return none;
  const para = lines ? ctx.sentences[ctx.index]!.para : s.para;
  for (const p of pieces) {
    const item = cleanItem(p);
    // An item that states its own verdict (…已竣工) has it when the list gives none.
    const own = item?.own ? statusFrom(item.own, p) : null;
    if (item && plausibleItem(item.text)) out.push({ ...item, status: status ?? own, para });
  }
  covered.push([m.index, text.length]);
  return { covered, lastPara: lines ? lines.lastPara : -1, lastSentence };
}

/** Quoted names one after another: “A”“B”, “A”、“B”, “A”项目、“B”项目, “A”(市住建局)、“B”(…). */
const QUOTED_RUN = /(?:“[^“”]{2,60}”(?:项目|工程)?(?:[（(][^（）()“”]{2,40}[)）])?[、，,和及与\s]*)+/g;

/**
 * What is said of a run: its own clause, and a clause that turns on it (…曾因过程性滞后被通报，但均能如期完成),
 * not the clauses after that (…等手段，对标对表，…确保完成).
 */
function clauseWithTurn(after: string): string {
  const pieces = after.split(/(?=[，,])/);
  let out = pieces[0] ?? '';
  for (const p of pieces.slice(1)) {
    if (!/^[，,]\s*(?:但|却|然而|不过)/.test(p)) break;
    out += p;
  }
  return out;
}

/** The names of a quoted run and the bracket after each, sliced from the print at the folded match's offsets. */
function quotedNames(folded: string, printed: string): Array<{ name: string; unit: string | null }> {
  return [...folded.matchAll(/“([^“”]{2,60})”(?:项目|工程)?([（(][^（）()“”]{2,40}[)）])?/g)].map((n) => {
    const at = n.index ?? 0;
    const unitAt = at + n[0].length - (n[2]?.length ?? 0);
    return { name: printed.slice(at + 1, at + 1 + n[1]!.length), unit: n[2] ? printed.slice(unitAt, at + n[0].length) : null };
  });
}

/** “A”“B”等N项已完成, “A”(市住建局)…, “A”成效突出: quoted names with the verdict of their clause. */
function quotedLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  // Patterns match a simplified copy of the same length (項目 → 项目); slices come from the print.
  for (const m of fold(text).matchAll(QUOTED_RUN)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (covered.some(([a, b]) => start < b && end > a)) continue;
    const names = quotedNames(m[0], text.slice(start, end));
    const rest = text.slice(end);
    const clauseEnd = rest.search(/[。；;]/);
    const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    // What is said before a quotation reaches back to the previous quotation or clause end, not over other items.
    const from = Math.max(...['”', '；', ';', '。'].map((c) => text.lastIndexOf(c, start - 1) + 1));
    const before = text.slice(from, start);
    const clauseStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf(';'));
    const listed = /^\s*等/.test(after) || new RegExp(`^\\s*${COUNT.source}`).test(after);
    const unitOfEach = names.length > 0 && names.every((n) => n.unit !== null);
    // 除“A”受疫情影响暂停外，均已完成: the exceptions take what is said of them before 外, never the verdict on the rest.
    const except = /除\s*$/.test(before) ? /^([^，,。；;]*?)外/.exec(after) : null;
    const verdict = except ? proseVerdict(except[1]!, { saidOfSubject: true }) : proseVerdict(clauseWithTurn(after), { saidOfSubject: true });
    if (except && !verdict) continue;
    const status =
      statusFrom(verdict, (before.slice(clauseStart + 1) + m[0] + after).trim()) ??
      (listed || names.length === 1 || names.length >= 3 ? statusFrom(proseVerdict(before), before) ?? contextStatus(ctx) : null);
    // A lone quotation is a name in passing unless its clause gives it a verdict or a unit.
    if (!status && !unitOfEach) continue;
    for (const n of names) {
      const item = cleanItem(n.name + (n.unit ?? ''));
      if (item && plausibleItem(item.text)) out.push({ ...item, status, para: s.para, quoted: true });
    }
    const tail = /^\s*等?\s*[0-9一二三四五六七八九十]{0,4}\s*(?:个|项|件|小项|大项)?/.exec(after);
    covered.push([start, end + (tail ? tail[0].length : 0)]);
  }
}

/**
 * The noun a list before its verdict is summed up by: 等项目, 等经济指标, 等部分重点项目或任务 (at most a few
 * qualifying characters before the noun, so 等多种因素影响 is not one).
 */
const LIST_NOUN = '[\\u4e00-\\u9fa5]{0,6}?(?:项目|任务|工作|事项|指标|工程|实事)(?:[或和及](?:项目|任务|工作|事项|指标|工程))?(?:内容)?';

/**
 * Where a list before its verdict ends: 等 with or without a count (A、B等16个项目, A、B等项目, A等近十个项目),
 * or a bare count (A、B、C3个项目), then the noun it counts.
 */
const LIST_END = new RegExp(`${ETC}\\s*(?:(?:近|约|逾|超过)?${COUNT.source})?(?:${LIST_NOUN})?|${COUNT.source}`, 'g');

/**
 * Words before the first item of a list that belong to the sentence, not the item: 其中, 已有, 已开工项目中有, and the
 * place as subject with its verb (我区实施A、B、C3项民生实事已完成, 全市共推进…).
 */
const LIST_LEAD_IN = /^(?:其中|已有|现有|共有|还有|另有|目前|截至目前|有|已|另|[\u4e00-\u9fa5]{1,8}中有|(?:我|全|本)(?:省|市|区|县|镇)(?:共|已|今年|上半年)*(?:实施|推进|开展|安排|建设|完成)?)+/;

/** A piece that is quotations only, each with its noun or bracket: “A”“B”, “A”项目, “A”(市住建局). */
const QUOTED_PIECE = /^\s*(?:[“"][^“”"]*[”"](?:项目|工程)?\s*(?:[（(][^（）()]*[)）])?\s*)+$/;

/**
 * What may stand between a list and its verdict: 均/都/已/仍…, a bracket ((其中二个分项)), the part of the projects
 * judged (主体工程没有动建), a cause (受…影响); more is another subject (A、B等文艺事业发展未开展).
 */
const SUBJECT_TO_VERDICT =
  /^(?:[（(][^（）()]{1,20}[)）])?(?:[\u4e00-\u9fa5]{0,4}(?:工程|工作|建设))?(?:均|都|已经|已|正在|正|在|仍|也|尚|还|目前|全部|基本|总体|整体)*(?:(?:受|因|由于)[^，,。；;]{0,30}?(?:影响|制约|原因)(?:均|都|已经|已|仍|尚|还)*)?$/;

/**
 * A、B、C3个项目全面完成任务 / A、B等16个项目已开工建设 / A、B等项目进展较快 / A、B等均未达序时:
 * the list is the clause before 等 or the count, its verdict the clause after.
 */
function listsBeforeVerdict(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  // Where a list's verdict ended at a 、 that opens the next list (A、B等项目均已基本完成、C、D等项目已在实施中).
  const boundaries: number[] = [];
  for (const m of fold(text).matchAll(LIST_END)) {
    const at = m.index ?? 0;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const before = text.slice(0, at);
    const clauseStart = Math.max(
      ...['，', ',', '；', ';', '：', ':', '。'].map((c) => before.lastIndexOf(c)),
      ...boundaries.filter((b) => b <= at).map((b) => b - 1),
    );
    // A clause whose list was read already (小型水库等13个项目政策处理、报批、设计等前期工作进度缓慢): what follows
    // is what is said of that list, not another list.
    if (covered.some(([a, b]) => a <= at && b > clauseStart + 1)) continue;
    const hasEtc = m[0].startsWith('等');
    const list = before.slice(clauseStart + 1).replace(LIST_LEAD_IN, '');
    if (/[0-9０-９%％]$/.test(list) || [...list].length < 4) continue;
    // “A”、“B”等 / “A”(市住建局)、“B”: a list of quotations is read by quotedLists; a quote inside a name
    // (美丽圩镇“七个一”项目X工程, 基本消除中心镇“大班额”) is not.
    const pieces = splitTopLevel(list, '、');
    if (pieces.some((p) => QUOTED_PIECE.test(p)) || count(list, '“') !== count(list, '”')) continue;
    const rest = text.slice(at + m[0].length);
    const clauseEnd = rest.search(/[，,；;。]/);
    let after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    // A 、 after the list's own verdict starts the next list: the verdict ends there.
    const own = findStatusPhrases(after).find((h) => !h.negated);
    const ownAt = own ? after.indexOf(own.words) : -1;
    const nextList = ownAt >= 0 ? after.indexOf('、', ownAt + own!.words.length) : -1;
    if (nextList >= 0) {
      after = after.slice(0, nextList);
      boundaries.push(at + m[0].length + nextList + 1);
    }
    const verdict = proseVerdict(after, { saidOfSubject: true });
    // The verdict must be said of the list, right after it (…等项目进展较快), not somewhere later in the clause;
    // a compound verdict (等10项已完成或超额完成) starts at its first phrase.
    const firstPhrase = verdict ? findStatusPhrases(after).find((h) => !h.negated) : undefined;
    const between = verdict ? compact(after).slice(0, Math.min(verdict.start, firstPhrase?.start ?? verdict.start)) : '';
    const status = verdict && SUBJECT_TO_VERDICT.test(between) ? statusFrom(verdict, (list + m[0] + after).trim()) : null;
    const countText = (hasEtc ? m[1] : m[2]) ?? null;
    const stated = countText !== null ? countValue(countText) : null;
    // A list that closes its sentence with 等 (A、B等。) or is counted without a verdict (A、B等4项完成率超70%)
    // takes its group heading's (4项进展较快。).
    // (the text right after 等 must end the sentence: 等重大工程，推动… goes on and is no list of its own)
    const closesSentence = hasEtc && /^\s*(?:[。.]|$)/.test(rest);
    const pieceCount = pieces.length;
    const counted = stated !== null && (hasEtc || (pieceCount >= 2 && pieceCount === stated));
    const heading = status === null && (closesSentence || counted) ? contextStatus(ctx) : null;
    // Without a verdict, only a count of items (等4项, 等3个项目) makes a list; 等20个排水单元 counts things a task will do.
    const countsItems = /(?:项|件|项目|任务|工作|事项|实事|工程|指标)$/.test(m[0]);
    if (!status && !heading && !(hasEtc && stated !== null && countsItems)) continue;
    const named = pieces.length === 1 && stated === 2 ? splitPair(list) : pieces;
    // 等6个民生工程牵头实施部门, 等4个乡镇: the noun the list is counted by says it lists units, not items.
    if (namesUnits(named) || /^[\u4e00-\u9fa5]{0,10}?(?:部门|单位|乡镇|街道|县区|区县)/.test(compact(after))) continue;
    if (stated === null ? named.length < 2 : hasEtc ? named.length > stated : named.length !== stated) continue;
    const items = named.map(cleanItem).filter((i): i is ProseItem => i !== null && plausibleItem(i.text) && [...i.text].length <= 40);
    if (items.length !== named.length) continue;
    for (const item of items) out.push({ ...item, status: status ?? heading, para: s.para });
    covered.push([clauseStart + 1, at + m[0].length]);
  }
}

/** 推进缓慢的有3（A、B、C）/ 巴州区有3（A、B）推进缓慢: a list in brackets right after a count. */
function bracketLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  for (const m of fold(text).matchAll(/([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件)?\s*[（(]([^（）()]{2,200}?)[)）]/g)) {
    const at = m.index ?? 0;
    const inner = text.slice(at + m[0].length - m[2]!.length - 1, at + m[0].length - 1);
    if (!inner.includes('、') && countValue(m[1]!) !== 1) continue;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const rest = text.slice(at + m[0].length);
    const clauseEnd = rest.search(/[，,；;。]/);
    const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    const before = text.slice(Math.max(0, at - 30), at);
    const status = statusFrom(proseVerdict(after), m[0] + after) ?? statusFrom(proseVerdict(before), before + m[0]);
    if (!status) continue;
    for (const p of inner.split('、')) {
      const item = cleanItem(p);
      if (item && plausibleItem(item.text)) out.push({ ...item, status, para: s.para });
    }
    covered.push([at, at + m[0].length]);
  }
}

/** 由县民政局负责的第1件、县卫健局负责的第17、18件…进展滞后: items known only by their numbers. */
function citedItems(ctx: Context, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const cites = [...fold(text).matchAll(/([\u4e00-\u9fa5]{2,20}?)负责的第([0-9、]{1,20})(件|项)/g)];
  if (cites.length === 0) return;
  const last = cites[cites.length - 1]!;
  const after = text.slice((last.index ?? 0) + last[0].length);
  const status = statusFrom(proseVerdict(after.split(/[，,；;。]/)[0] ?? ''), after);
  for (const c of cites) {
    const printed = text.slice(c.index ?? 0, (c.index ?? 0) + c[0].length);
    const unit = printed.slice(0, c[1]!.length).replace(/^由/, '');
    const span = unit + printed.slice(c[1]!.length);
    for (const n of c[2]!.split('、').filter((x) => x !== '')) {
      out.push({ number: n, text: span, lead: [{ name: unit, raw: unit, note: null }], status, para: s.para });
    }
  }
}

/** 一是 / 二是 … inside one sentence or one paragraph. */
const ORDINAL_IS = /[一二三四五六七八九十]{1,3}是/g;

/**
 * 目前，我县实施进度较慢的项目，一是A，二是B，三是C。: items enumerated by 一是/二是 after a
 * lead-in that gives their verdict. A lead-in without one (主要做法：一是加强领导…) lists measures, not tasks.
 */
/** Longest item a document numbers itself (一是…): its name with the figures and measures after it. */
const NUMBERED_ITEM_MAX = 400;

/** A clause after the last item that looks back on all of them: ；上述6项实事均超额完成年度目标任务. */
const RETROSPECT = /[；;，,](?=\s*(?:上述|以上)[^；;。]{0,40}$|\s*(?:上述|以上)[^；;。]{0,40}[。.]?$)[\s\S]*$/;
const RETROSPECT_SENTENCE = /^\s*(?:上述|以上)[^；;。]{0,40}[。.]?$/;

function ordinalItems(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const marks = [...fold(text).matchAll(ORDINAL_IS)].filter((m) => !covered.some(([a, b]) => (m.index ?? 0) >= a && (m.index ?? 0) < b));
  if (marks.length < 2 || !marks[0]![0].startsWith('一')) return;
  const first = marks[0]!.index ?? 0;
  const leadIn = text.slice(0, first);
  // 一是A；…六是F；上述6项实事均超额完成年度目标任务。: a closing clause that looks back on the items judges them all.
  const lastAt = marks[marks.length - 1]!.index ?? 0;
  const back = RETROSPECT.exec(text.slice(lastAt));
  const listEnd = back ? lastAt + back.index : text.length;
  const next = ctx.sentences[ctx.index + 1];
  const retro = back ? back[0] : next && next.para === s.para && RETROSPECT_SENTENCE.test(next.text) ? next.text : '';
  const status = statusFrom(proseVerdict(leadIn), leadIn) ?? contextStatus(ctx) ?? statusFrom(proseVerdict(retro), retro);
  if (!status) return;
  marks.forEach((m, k) => {
    const end = k + 1 < marks.length ? (marks[k + 1]!.index ?? text.length) : listEnd;
    const item = cleanItem(text.slice(m.index ?? 0, end));
    if (item && plausibleItem(item.text, NUMBERED_ITEM_MAX)) out.push({ ...item, status, para: s.para });
  });
  covered.push([first, text.length]);
}

const MAX_LIST_SENTENCE = 2000;

/** Every item named in a prose status list of the paragraphs, in document order. */
export function findStatusListItems(paragraphs: string[]): StatusListItem[] {
  const sentences = sentencesOf(paragraphs);
  const out: StatusListItem[] = [];
  let skipUntilPara = -1;
  let skipUntilSentence = -1;
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index]!;
    if (s.para <= skipUntilPara || index <= skipUntilSentence) continue;
    // A list a person writes fits in a sentence of a few hundred characters; a longer run is a table
    // flattened into one line or padding, and reading it clause by clause would cost its length squared.
    if (s.text.length > MAX_LIST_SENTENCE) continue;
    const ctx: Context = { sentences, index, paragraphs };
    const { covered, lastPara, lastSentence } = introducedLists(ctx, out);
    if (lastSentence !== undefined) skipUntilSentence = lastSentence;
    ordinalItems(ctx, covered, out);
    // Items taken from the lines after a lead-in are not read again as sentences of their own.
    skipUntilPara = Math.max(skipUntilPara, lastPara);
    // A 、-list closed by 等N项 and its verdict is read first: names inside its items may hold quotes or brackets.
    listsBeforeVerdict(ctx, covered, out);
    quotedLists(ctx, covered, out);
    bracketLists(ctx, covered, out);
    citedItems(ctx, out);
    // Clauses inside a list already read are that list's items, not more.
    pushAll(out, responsibleClauseItems(s.text, s.para, covered));
  }
  pushAll(out, countedGroupItems(sentences));
  return dropRestatements(out);
}

/** A paragraph that names the same item twice (once in total, once per district) lists it once. */
function dropRestatements(items: StatusListItem[]): StatusListItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.para}\u0000${i.number ?? ''}\u0000${i.text}\u0000${i.status?.code ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
