/**
 * Lists a lead-in introduces: 推进较慢的7项任务分别是：A，B，…; （一）提前完成任务指标有7项。…分别为：A；B；…;
 * 8项进展偏慢的重点工作为：⏎①A（责任单位：X）；⏎②B… (one item per line). The count the lead-in states guides
 * the split; the verdict comes from the tail after the list, the lead-in, the group or the sentence after it.
 */
import { compact, findStatusPhrases, proseVerdict } from '../../classify/lexicon.js';
import { fold, lastIndexOfAny, splitTopLevel } from '../text.js';
import { parseMarker } from '../numbering.js';
import { cleanItem, distributeUnitHeads, namesUnits, opensComment, plausibleItem, splitLastConjunction, splitListItems, splitNames } from './items.js';
import { ETC, NOT_A_RATIO, lastCount } from './sentences.js';
import { WORKS_END } from './works.js';
import { RELATIVE_VERDICT, contextStatus, followingStatus, precedingStatus, shareBandStatus, statedCount, statusFrom, type Context, type StatusListItem } from './context.js';

/**
 * Words that introduce a list, strongest first: 分别为/分别是/具体为 always introduce one;
 * 为：/是：/有：/即：/滞后项目：/已有10项：/10件为民实事：/…工作进展情况： (ending its line) only with their colon, …的项目(还)有 (已全面竣工的项目还有…, 黎平 2013) or …的(学校)项目为 (已完成竣工验收的学校项目为A、B及C, 莆田 2021; 本次交付使用的10个援建项目为, 皮山 2017), 集中开工项目有 (宁都 2018) and 已建成项目为 (市北 2016), or 为 right after a count (未达到序时进度11项、占比20.0%，为…); 包括/主要有/涉及：/如 are weaker (如 not in 如期/如实/如下/如火如荼).
 * 代表们首先视察了A、B、C和D。 (金城镇 2020): what a 督查 visit saw, a 、-list after 视察了/察看了, is weaker still.
 * The strongest in a sentence wins: …涉及我市的任务有3个，分别为：一是…
 */
const INTRODUCERS = [
  /分别[为是有][:：]?|具体[为是][:：]?/g,
  new RegExp(
    `[为是有即][:：]|如下[:：]|其中[:：]|(?<=(?:进展|推进|完成|落实|实施)情况)[:：](?=\\s*$)|(?<=[0-9%％项个件][，,])为${NOT_A_RATIO}|(?<=项目|任务|事项|[0-9一二三四五六七八九十两](?:项|个|件)(?:[\\u4e00-\\u9fa5]{0,6}(?:实事|工程|项目|任务|事项))?)[:：]|(?<=[0-9一二三四五六七八九十两](?:项|个|件))[ \\u3000]+(?=[^\\s0-9])|(?<=的(?:[0-9一二三四五六七八九十两]{1,3}(?:个|项|件))?[\\u4e00-\\u9fa5]{0,4}(?:分?项目|任务|事项|工程|实事))(?:(?:还|另|也)?有|为)(?![0-9０-９一二三四五六七八九十两几]|[:：])|(?<=(?:开工|竣工|完工|建成|投产|签约|在建|新建|续建)(?:项目|工程))[有为](?![0-9０-９一二三四五六七八九十两几]|[:：])`,
    'g',
  ),
  /包括(?!了?[0-9０-９一二三四五六七八九十两]{1,3}(?:个|项|条|座|处|所))[:：]?|包含[:：]?|主要[有为是][:：]?|涉及[:：]|(?:视察|察看|查看|观摩)了(?=[^，,。；;]{2,40}?、)|(?<=[0-9一二三四五六七八九十](?:个|项|处|座|所|条)[^，,。；;]{0,30}[，,])即(?![将使便可时])/g,
  /(?<![例比假火])如(?![期实何果下此今同火荼])[:：]?/g,
];

export function findIntroducer(text: string): RegExpExecArray | null {
  const folded = fold(text);
  for (const re of INTRODUCERS) {
    re.lastIndex = 0;
    const m = re.exec(folded);
    if (m) return m;
  }
  return null;
}

/**
 * The paragraphs after a lead-in that ends with a colon, one item each: numbered lines (1. ① （1）)
 * as long as they go on, or unnumbered ones that end with ；, up to the one that ends the list with 。.
 * A numbered sub-heading with its own count (一、综合指标类9项) is passed over, not taken as an item.
 */
/** A line that opens with a counted group's heading sentence: 4项进展较快。, 7项正在抓紧实施。 */
const COUNTED_GROUP = /^[0-9一二三四五六七八九十]{1,3}\s*(?:项|个|件)[^。，,]{1,20}。/;

/** A report's section heading: 一、牵头部门实施情况, 二、存在的主要问题, (一)县级民生实事方面 (青田 2023). */
const SECTION_HEADING = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*[^。；;，,]{2,24}(?:情况|问题|要求|建议|成效|措施|工作|进展|方面)$/;

/** Longest line read as a whole list after its counted lead-in. */
const ONE_LINE_LIST_MAX = 4000;

function itemLines(ctx: Context, stated: number | null): { items: string[]; lastPara: number } {
  const para = ctx.sentences[ctx.index]!.para;
  const items: string[] = [];
  let lastPara = -1;
  let itemRank: number | null = null;
  let shortLines = false;
  for (let k = para + 1; k < ctx.paragraphs.length; k++) {
    // In a list of short lines a stray colon closing one (…道路平整施工中:) is scrape damage, not a new lead-in.
    const line = shortLines ? ctx.paragraphs[k]!.trim().replace(/(?<=中)[:：]$/, '') : ctx.paragraphs[k]!.trim();
    if (line === '') continue;
    // A list number printed on a line of its own before each item (1 ⏎ 一是…): the item follows it.
    if (/^[0-9０-９]{1,3}$/.test(line)) continue;
    // A line longer than an item is the whole list when it is the one line after a counted lead-in (共52个项目已竣工，分别是：⏎A，
    // 马龙区B、C，…), which the caller splits; else it is prose, and the list has ended.
    const wholeList = items.length === 0 && stated !== null && stated > 1 && [...line].length <= ONE_LINE_LIST_MAX;
    if (/[:：]$/.test(line) || ([...line].length > 200 && !wholeList)) break;
    // 2项已完成年度目标任务。A、B等。: the lines are groups with their own counts, each read as its own list.
    if (COUNTED_GROUP.test(fold(line))) break;
    // 现将督查情况通报如下：then 一、牵头部门实施情况: the lead-in opens the report's sections, not a list.
    if (items.length === 0 && SECTION_HEADING.test(fold(line))) break;
    // A number glued to its text (1加快…) is trusted only by the outline, which checks the sequence.
    const parsed = parseMarker(line)?.marker ?? ordinalIsMarker(line);
    const marker = parsed && !(parsed.weak && /^[0-9０-９]+$/.test(parsed.printed)) ? parsed : null;
    if (marker && (itemRank === null || marker.rank < itemRank) && lastCount(line) !== null && !/[。；;]$/.test(line)) {
      lastPara = k;
      continue;
    }
    const numberedItem = marker !== null && (itemRank === null || marker.rank === itemRank);
    // 进展情况：⏎珠明山社区二组路面垃圾清理转运中 ⏎新桥社区…施工中。⏎… (黄州 2020): short lines, one item each, with no
    // separator between them, run on while they stay short; a date or a credit line (责编：…) ends them.
    const short = !numberedItem && isShortLine(line);
    if (items.length === 0 && short) shortLines = true;
    if (shortLines && (!short || /^[0-9０-９]{4}年|[:：]/.test(line))) break;
    if (items.length > 0 && !numberedItem && !shortLines && !/[；;]$/.test(items[items.length - 1]!)) break;
    if (marker && itemRank === null) itemRank = marker.rank;
    items.push(line);
    lastPara = k;
    if (!numberedItem && !shortLines && /[。.]$/.test(line)) break;
    if (stated !== null && items.length >= stated) break;
  }
  return { items, lastPara };
}

/** Longest line read as one item of a list of short lines. */
const SHORT_LINE_MAX = 40;

/** A short line that is one clause: no comma, colon or ； inside, at most a full stop at its end. */
function isShortLine(line: string): boolean {
  const t = line.replace(/[。.]$/, '');
  return [...t].length >= 4 && [...t].length <= SHORT_LINE_MAX && !/[，,；;：:。]/.test(t);
}

/** 一是… / 二是… opening a line: numbered like 一、, a rank of its own. */
function ordinalIsMarker(line: string): { rank: number; weak: boolean; printed: string } | null {
  const m = /^([一二三四五六七八九十]{1,3})是/.exec(fold(line));
  return m ? { rank: ORDINAL_IS_RANK, weak: false, printed: m[0] } : null;
}

const ORDINAL_IS_RANK = 50;

/** Two or more figures in a row right after the introducer: 分别为93%、80%、100%, 分别是12个、8个. */
const FIGURES_GIVEN = /^\s*[0-9０-９][0-9０-９.]*\s*(?:[%％]|[个项件亿万元]{1,2})?\s*[、，,和及]\s*[0-9０-９]/;

/** A lead-in that ends with its count: 已完成3项, 需大力推进的项目有13项, 推进较慢的有5个. */
const COUNT_CLOSES = /(?:[0-9０-９]{1,4}|[一二三四五六七八九十两]{1,3})\s*(?:项|个|件)(?:[\u4e00-\u9fa5]{0,4})?\s*$/;

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

/** What the sentence says of the items before it, not another item: 均是, 都已完成, 也在推进. */
const PREDICATE_HEAD = /^(?:均|都|也|皆|全部|全都|一律)/;

/** A piece that ends with a figure: 51件, 245.31亿元, 38家, 3.56%. */
const FIGURE_END = /[0-9０-９][0-9０-９.]*\s*(?:个|项|件|家|人|名|元|万元|亿元|万|亿|%|％|万人|人次|户|套|所|座|公里|条|处)?$/;

/** Where 等 closes an introduced list, with the count and noun after it. */
const INTRODUCED_LIST_END = new RegExp(`${ETC}(?:[0-9一二三四五六七八九十]{0,4}(?:个|项|件|小项|大项))?(?:项目|任务|工作|事项)?`);

/**
 * The 等 that closes the list: the first one after which no ；-separated item follows. 包括A；新都巷游园等11个公共绿地
 * 项目建设已完成；B、C已完工…等 — the first 等 is inside an item.
 */
/** The whole 、-run up to the sentence's end holds at least half the count: the names after a 等 are more of the list. */
function runReachesCount(folded: string, stated: number): boolean {
  const run = folded.split(/[。；;]/)[0]!;
  return splitNames(run).length * 2 >= stated;
}

function listEnd(folded: string, stated: number | null): RegExpExecArray | null {
  const re = new RegExp(INTRODUCED_LIST_END.source, 'g');
  let first: RegExpExecArray | null = null;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    const after = folded.slice(m.index + m[0].length);
    // 有10宗，分别是：A、B及C、生命安防等工程,、D、E… (蕉岭 2020): a 等 the 、-run goes on after, with fewer names before it
    // than the count, closes one item's own list (包括A、B等产业、基础设施…项目 with no count: the kinds of the list).
    if (stated !== null && /^[^，,。；;、]{0,6}[，,\s]*、/.test(after) && splitNames(folded.slice(0, m.index)).length < stated && runReachesCount(folded, stated)) continue;
    first ??= m;
    if (!/[；;]/.test(after)) return m;
  }
  return first;
}

/** A count that is the whole object of the introducer (包含子项目18个，…), closed by a comma or a full stop. */
const COUNTED_OBJECT = /^\s*[\u4e00-\u9fa5]{0,8}?[0-9一二三四五六七八九十百]{1,5}\s*(?:个|项|件)[\u4e00-\u9fa5]{0,4}[，,。]/;

/**
 * 有五项：一是完成县分烟叶任务.二是完成白皮柚、莓茶种植.三是… (润雅 2016): a list the introducer numbers 一是/二是 is cut at
 * those marks, whatever stands between the items (；, ，, a damaged full stop), and each item keeps its own 、.
 */
function ordinalPieces(list: string): string[] | null {
  const folded = fold(list);
  if (!/^\s*一是/.test(folded)) return null;
  const marks = [...folded.matchAll(/[一二三四五六七八九十]{1,2}是/g)].filter((m, k) => m.index === 0 || /[；;，,。.\s]$/.test(folded.slice(0, m.index)) || k === 0);
  if (marks.length < 2) return null;
  return marks.map((m, k) => list.slice((m.index ?? 0) + m[0].length, marks[k + 1]?.index ?? list.length).replace(/[；;，,。.\s]+$/, '').trim());
}

/** A piece that is a count with its own list in brackets, the verdict before it or none: 3(A、B、C), 2项已完成(A、B). */
function carriesBracketList(piece: string): boolean {
  const m = /[0-9一二三四五六七八九十]\s*(?:个|项|件)?([^（）()，,；;。]{0,12}?)[（(][^（）()]*、[^（）()]*[)）]/.exec(fold(piece));
  // 62个街道(镇、园区): a count of places with their kinds in brackets is no list of items.
  return m !== null && (m[1] === '' || proseVerdict(m[1]!, { saidOfSubject: true }) !== null);
}

/**
 * 分别为：A、B和C，全旗重点项目建设呈现…态势 (达茂旗 2017): a 、-run before the list's first comma that holds the stated count
 * (its last two names parted at 和 when one short) is the list; the clause after the comma speaks of something else.
 */
function namesBeforeComma(list: string, stated: number | null): string[] | null {
  const comma = list.search(/[，,；;。]/);
  if (stated === null || stated < 2 || comma < 0 || !list.slice(0, comma).includes('、')) return null;
  // …、B工程，预计年底完工 (渝中): what the comma clause says of the last item stays with it, read by the usual split.
  if (opensComment(list.slice(comma))) return null;
  let run = splitNames(list.slice(0, comma)).map((p) => p.trim());
  if (run.length + 1 === stated) run = splitLastConjunction(run);
  return run.length === stated ? run : null;
}

/** The tail after a list's 等, in its own clause (等基础设施落后), saying something of the list other than a verdict. */
function saysOtherwise(tail: string): boolean {
  const said = fold(tail)
    .split(/[，,。；;]/)[0]!
    .replace(INTRODUCED_LIST_END, '')
    .replace(/^(?:[0-9一二三四五六七八九十]{1,4}(?:个|项|件|处|座|所|条))?[\u4e00-\u9fa5]{0,6}?(?:项目|工程|任务|工作|事项|设施|内容)/, '');
  return /[\u4e00-\u9fa5]{2}/.test(said) && proseVerdict(tail) === null;
}

/** A piece that is a verdict and nothing else: 进展顺利, 进度较快, 已全部完成. */
function isBareVerdict(piece: string): boolean {
  const flat = compact(piece).replace(/[。；;，,]$/, '');
  const hit = findStatusPhrases(flat).find((h) => !h.negated);
  return hit !== undefined && hit.start <= 1 && hit.end >= flat.length;
}

/** Most sentences an 一是 list's items and details may run on over. */
const ORDINAL_RUN_SENTENCES = 16;

/** The list continued over the next sentences of its paragraph, when it opens with 一是 and 二是 comes after this sentence. */
function ordinalsAcrossSentences(ctx: Context, list: string): { list: string; last: number } | null {
  if (!/^\s*一是/.test(fold(list)) || /二是/.test(fold(list))) return null;
  const s = ctx.sentences[ctx.index]!;
  let text = list;
  let last = ctx.index;
  for (let k = ctx.index + 1; k < ctx.sentences.length && k - ctx.index <= ORDINAL_RUN_SENTENCES; k++) {
    const next = ctx.sentences[k]!;
    if (next.para !== s.para) break;
    text += next.text;
    if (/^\s*[二三四五六七八九十]{1,2}是/.test(fold(next.text))) last = k;
  }
  if (last === ctx.index) return null;
  // The run ends with the sentences that tell of its last item, up to the paragraph's end.
  return { list: text, last: Math.max(last, lastOfParagraph(ctx, s.para, ctx.index + ORDINAL_RUN_SENTENCES)) };
}

function lastOfParagraph(ctx: Context, para: number, limit: number): number {
  let k = ctx.index;
  while (k + 1 < ctx.sentences.length && k + 1 <= limit && ctx.sentences[k + 1]!.para === para) k++;
  return k;
}

/** Lists introduced by 分别为/包括/…为： in this sentence. */
export function introducedLists(ctx: Context, out: StatusListItem[]): Introduced {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const covered: Array<[number, number]> = [];
  const none = { covered, lastPara: -1 };
  const m = findIntroducer(text);
  if (!m) return none;
  const leadIn = text.slice(0, m.index);
  const ownLeadIn = leadIn.slice(lastIndexOfAny(leadIn, '；;') + 1);
  let list = text.slice(m.index + m[0].length);
  // The list ends where the sentence does, or where 等 closes it (…高标准农田建设等任务都在推进).
  // 包括156项任务，如A、B等: the count is of the whole group; the items listed are the examples after 如.
  const examples = /^\s*[0-9一二三四五六七八九十百]{1,5}(?:个|项|件)[\u4e00-\u9fa5]{0,4}[，,]\s*(?:例如|比如|如)[:：]?/.exec(list);
  if (examples) list = list.slice(examples[0].length);
  // 十件实事包含子项目18个，其中A完成…, 不像过去…如12件，而是…: what a weak introducer names is a count, not a list; the
  // clauses after the count are sentences (a colon's count, 已有3项：A；B, does introduce its list).
  else if (/^(?:包括|包含|主要[有为是]|涉及|如)$/.test(m[0]) && COUNTED_OBJECT.test(fold(list))) return none;
  // 开工率、投资完成率、资金到位率分别为93%、80%、100% (大兴安岭 2022): figures given to the names before 分别, no list of items.
  if (FIGURES_GIVEN.test(list)) return none;
  const stated = statedCount(leadIn, ctx);
  // 分别为：一是A方面。…。二是B方面。… (延安 2023): an 一是 list whose items are titles with sentences of detail runs on
  // through its paragraph; each item is its title, the sentence its mark opens.
  const ordinalRun = ordinalsAcrossSentences(ctx, list);
  if (ordinalRun) list = ordinalRun.list;
  const etc = ordinalRun ? null : listEnd(fold(list), stated);
  // 其中：…；A、B等13个项目，完成年计划70%以上；C、D等26个项目滞后: a 等 that closes only the 、-list after a ；
  // ends a list of its own with its own verdict (read by listsBeforeVerdict), not this one.
  if (etc && /[；;][^；;]*、[^；;]*$/.test(list.slice(0, etc.index))) return none;
  const tail = etc ? list.slice(etc.index) : '';
  if (etc) list = list.slice(0, etc.index);
  const lines = list.trim() === '' ? itemLines(ctx, stated) : null;
  // 一、已完成3项：⏎A、B和C。: the one line after a counted lead-in holds the whole list.
  // Only when the count closes the lead-in (已完成3项：, 需大力推进的项目有13项：) or 分别是 refers back to it (共52个项目已竣工，
  // 分别是：), not a 通报如下： after a count elsewhere.
  const oneLineList =
    lines !== null &&
    lines.items.length === 1 &&
    stated !== null &&
    stated > 1 &&
    parseMarker(lines.items[0]!) === null &&
    (COUNT_CLOSES.test(fold(leadIn)) || /^分别/.test(m[0]));
  const ordinals = lines ? null : (ordinalPieces(list)?.map((p) => (ordinalRun ? p.split(/[。；;]/)[0]!.trim() : p)) ?? namesBeforeComma(list, stated));
  let pieces = lines && !oneLineList ? lines.items : (ordinals ?? splitListItems(distributeUnitHeads(lines ? lines.items[0]! : list), stated));
  // 如A，B，均是…/都已…: a piece that opens with 均/都 says something of the items before it; the list ends there.
  const predicate = lines ? -1 : pieces.findIndex((p, i) => i > 0 && PREDICATE_HEAD.test(p.trim()));
  // (…古市镇月塘中学学生宿舍楼,均正在建设之中, 修水 2015: what the 均 piece says is the list's verdict.)
  const predicateTail = predicate > 0 ? pieces.slice(predicate).join('，') : '';
  if (predicate > 0) pieces = pieces.slice(0, predicate);
  // 其中：进展顺利，进度较快，完成…项目25，完成投资13.25亿元 (凉州 2020): a colon that opens on a bare verdict describes the
  // group it follows with its figures; it lists no items.
  if (!lines && pieces.length > 0 && isBareVerdict(pieces[0]!)) return none;
  const ownPieces = pieces;
  let lastSentence: number | undefined = ordinalRun?.last;
  if (!lines && !etc && stated !== null && pieces.length >= 2 && pieces.length < stated) {
    const run = runOnPieces(ctx, pieces, stated);
    if (run.last > ctx.index) ({ pieces, last: lastSentence } = run);
  }
  // 其中：巴州区有3（A、B、C）推进缓慢；…, 其中:2项已完成(A、B),137项按序时推进 (池州 2025): pieces that carry their own
  // bracketed lists, right after their count or its verdict, are read as those lists.
  if (!lines && pieces.some(carriesBracketList)) return none;
  // 其中:A已建成投运;B一期土建已完工,正在进行设备安装;C、D正在进行…安装 (中卫 2023): ；-clauses that each judge their own
  // subject, some with a comma or a 、 of their own, are reports on those subjects, which the clause readers name.
  if (!lines && pieces.length >= 2 && pieces.every((p) => proseVerdict(p) !== null) && pieces.some((p) => /[、，,]/.test(p.replace(/[，,；;。]+$/, '')))) return none;

  if (pieces.length === 0 || (!lines && pieces.length < 2 && stated !== 1) || namesUnits(pieces)) return none;
  const status =
    statusFrom(proseVerdict(tail), tail) ??
    statusFrom(proseVerdict(predicateTail, { saidOfSubject: true }), predicateTail) ??
    // …开工率77%；基本建成投入使用的项目有：A、B等四个项目 — the clause that introduces the list speaks first.
    statusFrom(proseVerdict(ownLeadIn), ownLeadIn) ??
    statusFrom(proseVerdict(leadIn), leadIn) ??
    // 本次交付使用的10个援建项目为A、B… (皮山 2017): what became of them, said in the relative clause the lead-in opens with.
    relativeStatus(ownLeadIn) ??
    shareBandStatus(ownLeadIn, ctx) ??
    // 一些公共基础设施还不到位，如美化、亮化…等基础设施落后 (润雅 2016): a list whose tail says something of it that is no
    // verdict is judged by that, not by its section's heading.
    (saysOtherwise(tail) ? null : contextStatus(ctx) ?? followingStatus(ctx, stated) ?? precedingStatus(ctx, ownLeadIn, stated));
  // A list with no count and no verdict is an enumeration inside a plan's task, not a status list — unless its lines judge
  // themselves, most of them (…清理转运中, …施工中, …已基本完工).
  const selfJudged = lines !== null && pieces.length >= 3 && pieces.filter((p) => cleanItem(p)?.own).length * 2 >= pieces.length;
  // (An 一是 list of titles run over its paragraph is a list whatever is said of it; the document's verdict may judge it.)
  // (What a 督查 visit saw, 视察了A、B和C项目, is the list of its items whether or not a verdict follows — when they are
  // projects or works: 视察了环卫中心、政务服务中心…等地 (万顷沙 2021) names the places the visit went to.)
  // (视察了A中心、B集中区一期…等现场。A中心主体工程竣工，正在…；B… (兴东镇 2025): works the report then goes through, the
  // first of them opening the next sentence, are its items too.)
  const visit = /^(?:视察|察看|查看|观摩)了/.test(m[0]);
  const visited =
    visit &&
    (pieces.filter((p) => /(?:项目|工程)[。.]?$/.test(p.trim())).length * 2 > pieces.length ||
      (pieces.filter((p) => WORKS_END.test(fold(p.trim().replace(/[。.]$/, '')))).length * 2 > pieces.length && toldOfNext(ctx, pieces[0]!)));
  if (!status && stated === null && !selfJudged && !visited && !(ordinalRun && pieces.length >= 3)) return none;
  // 其中：回民沟已完成施工方案制定并审核，正在进行导流渠开挖 (界首): a piece after the first that opens with 正在/已, in a list
  // as long as no count says, goes on about the item before it; it names no item of its own.
  const ownSay = statusFrom(proseVerdict(tail), tail) ?? statusFrom(proseVerdict(ownLeadIn), ownLeadIn) ?? statusFrom(proseVerdict(leadIn), leadIn);
  if (!ownSay && (stated === null || pieces.length !== stated) && !lines) pieces = pieces.filter((p, i) => i === 0 || !/^(?:正在|已经|已|正)/.test(p.trim()));
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

/** The verdict of a relative clause opening a lead-in (已建成的5个项目为…), or null. */
function relativeStatus(leadIn: string): ReturnType<typeof statusFrom> {
  const m = RELATIVE_VERDICT.exec(fold(leadIn.trim()));
  return m ? statusFrom(proseVerdict(m[1]!, { saidOfSubject: true }), leadIn.trim()) : null;
}

/** The sentence after this one opens with the given item's name: the report goes on to tell of it. */
function toldOfNext(ctx: Context, item: string): boolean {
  const next = ctx.sentences[ctx.index + 1];
  const name = fold(item.trim().replace(/[。.]$/, ''));
  return next !== undefined && name.length >= 4 && fold(next.text.trim()).startsWith(name);
}
