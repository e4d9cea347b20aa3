/**
 * One item of a list written in prose: its printed number (①, 一是, 1.), its
 * text, and the unit a notice prints after it in brackets
 * (（责任单位：市经信局）, “老旧小区改造”(市住建局)). Splitting a list into items is
 * guided by the count the document states for it (分别为：…；… after 有7项).
 */
import type { Unit } from '../../model/schema.js';
import { parseUnitList } from '../units.js';
import { ANSWERS_FOR } from '../assignment-verbs.js';
import { compact, findStatusPhrases, proseVerdict, verdictOf, type LexiconHit } from '../../classify/lexicon.js';
import { PREPARATION_STEPS } from '../../classify/lexicon-terms.js';
import { isPlaceOrPark, isUnitName } from '../tables/unit-cells.js';
import { fold, openingParen, parseEnclosedDigit, splitTopLevel, trimEndOf, trimLine } from '../text.js';
import { countValue } from './sentences.js';

/** Adverbs left on a name cut before its verdict: 汪坪集镇棚户已经 | 拆除. */
const TRAILING_ADVERB = /(?:已经|已|正在|正|均|都|全部|基本|目前)+$/;

/**
 * The name a clause part opens with, ending where its first status phrase starts (清社公路改造工程基本完工,
 * 小溪港流域水生态修复按序推进), adverbs left before the phrase dropped; null when no phrase starts after `min` characters.
 * `part` is compacted (no spaces), as the phrase offsets are.
 */
export function nameBeforeVerdict(part: string, min: number): string | null {
  const first = findStatusPhrases(part).filter((h) => !h.negated).sort((a, b) => a.start - b.start)[0];
  if (!first || first.start < min) return null;
  return part.slice(0, first.start).replace(TRAILING_ADVERB, '');
}

/** The same name cut after a verdict that opens its clause is read (已完成6个村的电网改造): the adverbs left are dropped. */
export function withoutTrailingAdverb(name: string): string {
  return name.replace(TRAILING_ADVERB, '');
}

export interface ProseItem {
  number: string | null;
  text: string;
  lead: Unit[];
  /** The item's own verdict when it ends with one (第一实验幼儿园建设工程已竣工). */
  own?: LexiconHit;
}

/** 一是 / ① / 1. / （1） / 1、 / 第一， before an item. */
const ITEM_ORDINAL = /^(?:([一二三四五六七八九十]{1,3})是[，,:：]?|([\u2460-\u2473\u2474-\u2487])|[（(]([0-9]{1,2})[)）]|([0-9]{1,2})[、.．](?![0-9])|第([一二三四五六七八九十]{1,3})[，,、]|([一二三四五六七八九十]{1,3})[、．]|[（(]([一二三四五六七八九十]{1,3})[)）])/;

/** A bracket after an item that names who is responsible: （责任单位：市教育局）, （牵头单位：…）. */
const UNIT_LABEL = /^(?:责任单位|牵头单位|责任部门|牵头部门|承办单位|主办单位|实施单位)\s*[:：]\s*/;

/** Quotation marks that only delimit an item in prose (“A”“B”), not a quote inside a name. */
function unquote(s: string): string {
  // “医疗救助资助困难居民参加城乡居民医保”项目: the noun after the quotation is not part of the name.
  const m = /^[“"]([^“”"]+)[”"](?:项目|工程|任务|工作)?$/.exec(s);
  return m ? m[1]! : s;
}

/** Trailing punctuation, 等 and the count a list ends with (…等5小项, …等任务). */
function stripListTail(s: string): string {
  let t = trimLine(s);
  for (;;) {
    const before = t;
    t = trimEndOf(t, '。；;，,、：:', true);
    // Only the last dozen characters can hold 等5小项: matching there keeps this linear on a long run.
    const tail = t.slice(-12);
    const etc = /等(?:[0-9一二三四五六七八九十]{0,4}(?:个|项|件|小项|大项)?)?(?:项目|任务|工作|事项)?$/u.exec(tail);
    if (etc) t = t.slice(0, t.length - tail.length + etc.index);
    if (t === before) return t;
  }
}

/**
 * 其中，总投资1.3亿元的 / 投资4870万元的 / 总投资3.75亿元、占地5万平方米的 / 总建筑面积达4000平方米的 (巴里坤 2014): the figures a
 * report puts before a project's name,
 * no part of it (matched on the simplified fold, so 總投資 too). One home for the list readers and the subject reader.
 */
export const INVESTMENT_MODIFIER = /^(?:其中[，,]?)?(?:(?:总投资|计划投资|投资)(?:约|达)?[0-9０-９.]+(?:万元|亿元|元|万|亿)|总?(?:建筑|占地)面积(?:约|达|为)?[0-9０-９.]+(?:万)?(?:平方米|亩|平米))(?:[、，,](?:占地(?:面积)?|建筑面积|年产)[^的，,。；;、]{1,20}){0,2}的/;

/** The item with its ordinal and a trailing unit bracket taken off. */
export function cleanItem(raw: string): ProseItem | null {
  // 仅西和县…物流园1个项目未复工 (陇南 2020): 仅/只有 singles the item out and is no part of its name; 总投资60万元的… (黎平
  // 2013): the investment it is qualified by is no part of it either.
  let text = stripListTail(raw).replace(/^\s*(?:仅有|只有|仅)(?=[\u4e00-\u9fa5]{3})/, '').trimStart();
  const investment = INVESTMENT_MODIFIER.exec(fold(text))?.[0].length ?? 0;
  if (investment > 0 && [...text.slice(investment)].length >= 3) text = text.slice(investment);
  let number: string | null = null;
  const ord = ITEM_ORDINAL.exec(text);
  if (ord) {
    const circled = ord[2] ? parseEnclosedDigit(ord[2]) : null;
    number = ord[1] ?? (circled !== null ? String(circled) : null) ?? ord[3] ?? ord[4] ?? ord[5] ?? ord[6] ?? ord[7] ?? null;
    text = text.slice(ord[0].length).trim();
  }
  // 实施近视防控教室照明改造工程（第三项）正在开展…: a citation of the plan's number ends the name.
  const cited = /[（(]第([0-9]{1,3}|[一二三四五六七八九十百]{1,4})[项件条][)）]/.exec(text);
  if (cited && cited.index > 0) {
    const n = countValue(cited[1]!);
    if (number === null && n !== null) number = String(n);
    text = text.slice(0, cited.index);
  }
  let lead: Unit[] = [];
  const responsible = responsibleUnit(text) ?? unitHead(text);
  if (responsible) {
    lead = parseUnitList(responsible.unit);
    text = responsible.rest;
  }
  // 市发改委牵头的第1项“地区生产总值增长6.5%以上”，一季度增长6.4% (池州 2025): the plan's item cited by its number and
  // quoted name; what follows the quotation reports on it.
  const quotedCite = /^第([0-9]{1,3}|[一二三四五六七八九十百]{1,4})[项件条]\s*“([^“”]{2,80})”/.exec(text);
  if (quotedCite) {
    const n = countValue(quotedCite[1]!);
    if (number === null && n !== null) number = String(n);
    text = quotedCite[2]!;
  }
  const close = text.length - 1;
  if (close > 0 && (text[close] === '）' || text[close] === ')')) {
    const open = openingParen(text, close);
    const inner = open > 0 ? text.slice(open + 1, close) : '';
    const labelled = UNIT_LABEL.exec(inner);
    if (lead.length === 0 && (labelled || (inner !== '' && inner.split(/[、，,]/).every((u) => isUnitName(u))))) {
      lead = parseUnitList(labelled ? inner.slice(labelled[0].length) : inner);
      text = text.slice(0, open).trim();
    }
  }
  text = unquote(stripListTail(text));
  const own = endingVerdict(text);
  if (own) text = own.name;
  if ([...text].length < 2) return null;
  return own ? { number, text, lead, own: own.hit } : { number, text, lead };
}

/** 市住建局负责的金凤五路道路桥梁工程 / 灵武市负责的A / 市发改委牵头的第1项“…”: the unit before 负责的 answers for the item. */
const RESPONSIBLE = new RegExp(`^([^，,；;、：:。]{2,16}?)${ANSWERS_FOR}`);

/** The unit (or place) `re` finds before an item (its group 1), and the item after it; null when it names no unit. */
function unitBefore(re: RegExp, text: string): { unit: string; rest: string } | null {
  const m = re.exec(text);
  if (!m) return null;
  const unit = m[1]!;
  if (!isUnitName(unit) && !isPlaceOrPark(unit)) return null;
  const rest = text.slice(m[0].length).trim();
  return [...rest].length >= 2 ? { unit, rest } : null;
}

const responsibleUnit = (text: string) => unitBefore(RESPONSIBLE, text);

/** 沭阳县2项：A / 市卫生计生委1项：B / 市住建局：C — a unit (or place) with its count and a colon heads its items. */
const UNIT_HEAD = /^([^：:，,。；;、\s]{2,20}?)\s*(?:共)?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})?\s*(?:项|个|件)?\s*[：:]\s*/;

const unitHead = (text: string) => unitBefore(UNIT_HEAD, text);

/**
 * 分别是沭阳县2项:A、B;宿城区1项:C (宿迁 2015): each ；-group headed by a unit and its count gives that head to every
 * 、-item of the group, so the items split apart each keep their unit.
 */
export function distributeUnitHeads(list: string): string {
  if (!/[：:]/.test(list)) return list;
  return splitTopLevel(list, '；;', true)
    .map((group) => {
      const m = UNIT_HEAD.exec(group.trimStart());
      if (!m || (!isUnitName(m[1]!) && !isPlaceOrPark(m[1]!))) return group;
      const head = group.trimStart().slice(0, m[0].length);
      const names = splitNames(group.trimStart().slice(m[0].length));
      return names.length > 1 ? names.map((n) => head + n).join('、') : group;
    })
    .join('');
}

/**
 * A piece that names its items and counts them: 灵武市负责的A和B2个项目 → 灵武市负责的A, 灵武市负责的B.
 * The count decides which conjunction joins the items (和 first: 及 also joins parts of one name, A及扩建B).
 * What goes before 负责的 is shared by every item.
 */
export function expandCountedPiece(piece: string): string[] {
  const tail = piece.slice(-8);
  const m = /([0-9]{1,2}|[两二三四五六七八九])\s*(?:个|项|件)(?:项目|工程|任务|事项)?$/.exec(tail);
  const n = m ? countValue(m[1]!) : null;
  if (!m || n === null || n < 2) return [piece];
  const body = piece.slice(0, piece.length - tail.length + m.index);
  const prefix = RESPONSIBLE.exec(body)?.[0] ?? '';
  const names = body.slice(prefix.length);
  for (const conj of ['和', '与', '及', '和与及']) {
    const parts = splitTopLevel(names.replace(new RegExp(`[${conj}]`, 'g'), '\u0001'), '\u0001').map((p) => p.trim());
    if (parts.length === n && parts.every((p) => [...p].length >= 2)) return parts.map((p) => prefix + p);
  }
  return [piece];
}

/** Adverbs between a name and its verdict: …项目已初步投入使用, …均已完成, …正按序时推进, …迟迟未开工. */
const VERDICT_ADVERBS = /(?:已经|已|均|都|正在|正|初步|全部|基本|顺利|迟迟|至今|仍然|仍|尚|于[0-9一二三四五六七八九十]{1,2}月)+$/;

/** An item that ends with its own verdict: the name before it, and the verdict. */
function endingVerdict(text: string): { name: string; hit: LexiconHit } | null {
  const hit = proseVerdict(text, { saidOfSubject: true });
  if (!hit || hit.end < compact(text).length - 1 || hit.start < 4) return null;
  const at = text.lastIndexOf(hit.words[0]!, text.length - hit.words.length + 1);
  if (at <= 0) return null;
  // …(一期)工程,预计年底完工 (渝中): the comma before a verdict said in its own clause is no part of the name.
  const name = text.slice(0, at).replace(VERDICT_ADVERBS, '').trim().replace(/[，,；;]+$/, '');
  return [...name].length >= 4 ? { name, hit } : null;
}

/** Separator sets from coarse to fine: a list of long items is cut at ；, a list of names at 、 too. */
const SEPARATOR_SETS = ['；;', '；;，,', '；;，,、'];

/**
 * Items of a list text. With a stated count, the split that gives exactly that many
 * items wins, else the nearest; without one, the coarsest split that gives two or more.
 */
export function splitListItems(list: string, stated: number | null): string[] {
  // “A”和“B”: a conjunction between two quotations separates two items, like 、.
  list = hideCommentCommas(gluedSeparators(list).replace(/”\s*(?:以及|和|及|与)\s*“/g, '”、“'));
  const candidates = SEPARATOR_SETS.map((seps) =>
    splitTopLevel(list, seps)
      .map((s) => s.trim())
      .filter((s) => stripListTail(s) !== '')
      .flatMap(expandCountedPiece)
      .flatMap(splitJoinedWorks)
      .map(restoreCommentCommas),
  );
  if (stated !== null) {
    const exact = candidates.find((c) => c.length === stated) ?? candidates.map(splitLastConjunction).find((c) => c.length === stated);
    if (exact) return exact;
    // A single piece is no list: among equally near splits, one that gives two or more wins.
    const lists = candidates.filter((c) => c.length >= 2);
    let best = lists[0] ?? candidates[0]!;
    for (const c of lists) if (Math.abs(c.length - stated) < Math.abs(best.length - stated)) best = c;
    return best;
  }
  // A、B、C以及D (兴东镇 2025): with no count to check against, 以及 before the last name parts it, as a 、 would.
  const split = candidates.find((c) => c.length >= 2) ?? candidates[0]!;
  return split.length >= 2 ? [...split.slice(0, -1), ...splitAtYiji(split[split.length - 1]!)] : split;
}

/** Longest piece read as a modifier sharing the next item's head (餐饮油烟、噪声…扰民问题整改). */
const SHARED_HEAD_PIECE = 4;

/**
 * 出生缺陷防治、餐饮油烟、噪声及恶臭异味扰民问题整改等2项: one 、 more than the count allows is inside an item, where a short
 * noun shares the next piece's head. The shortest such piece (≤ 4 characters, not the last) is joined to the next;
 * without one the pieces are left as they are (and the count check rejects them).
 */
export function joinToCount(pieces: string[], stated: number): string[] {
  if (pieces.length !== stated + 1) return pieces;
  let at = -1;
  for (let i = 0; i < pieces.length - 1; i++) {
    const n = [...pieces[i]!.trim()].length;
    if (n <= SHARED_HEAD_PIECE && (at < 0 || n < [...pieces[at]!.trim()].length)) at = i;
  }
  if (at < 0) return pieces;
  return [...pieces.slice(0, at), `${pieces[at]}、${pieces[at + 1]}`, ...pieces.slice(at + 2)];
}

/**
 * A、B和C: the list's last two items are joined by 和/及/以及/与 instead of 、. Tried only when the stated count asks
 * for one more item than the separators give, and only outside quotes and brackets.
 */
export function splitLastConjunction(pieces: string[]): string[] {
  if (pieces.length < 2) return pieces;
  const last = pieces[pieces.length - 1]!;
  let depth = 0;
  let cut = -1;
  let width = 0;
  for (let i = 0; i < last.length; i++) {
    const c = last[i]!;
    if ('“（(《「'.includes(c)) depth++;
    else if ('”）)》」'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '和' || c === '与' || c === '及')) {
      cut = i;
      width = last.startsWith('以及', i - 1) ? 1 : 1;
    }
  }
  if (cut < 2 || cut > last.length - 3) return pieces;
  const head = last.slice(0, last.startsWith('以及', cut - 1) ? cut - 1 : cut).trim();
  const tail = last.slice(cut + width).trim();
  return [...pieces.slice(0, -1), head, tail];
}

/**
 * A comma before what is said of the item before it (A，目前已达46.2%; B，预计年底完工; C，截至9月底完成80%) does not
 * part two items: it is hidden from the split and put back as printed.
 */
const COMMENT_WORDS = '(?:目前|现已|预计|截至|截止|累计)';
const COMMENT_COMMA = new RegExp(`[，,](?=\\s*${COMMENT_WORDS})`, 'g');

/** A clause opening with a comma and a comment on the item before it (，目前已达…, ，预计年底完工). */
export function opensComment(clause: string): boolean {
  return OPENS_COMMENT.test(clause);
}
const OPENS_COMMENT = new RegExp(`^[，,]\\s*${COMMENT_WORDS}`);
const HIDDEN_FULL = '\u0003';
const HIDDEN_ASCII = '\u0004';

/**
 * 、 between two numerals is inside a name (第二、三自来水厂, 宁东一、二期, 医用手套1、2、3号生产线), not between items.
 * Arabic numbers only when the run ends in what they number (号, 期, 栋, 标段); the look-ahead is bounded.
 */
const NUMERAL_ENUM = /(?<=[一二三四五六七八九十])、(?=[一二三四五六七八九十])|(?<=[0-9])、(?=[0-9]{1,2}(?:、[0-9]{1,2}){0,8}\s*(?:号|期|栋|座|标段|#))/g;
const HIDDEN_ENUM = '\u0005';

function hideCommentCommas(list: string): string {
  return list.replace(COMMENT_COMMA, (c) => (c === '，' ? HIDDEN_FULL : HIDDEN_ASCII)).replace(NUMERAL_ENUM, HIDDEN_ENUM);
}

function restoreCommentCommas(piece: string): string {
  return piece.replaceAll(HIDDEN_FULL, '，').replaceAll(HIDDEN_ASCII, ',').replaceAll(HIDDEN_ENUM, '、');
}

/** A 、-list split into its names, keeping 第二、三 and 一、二期 whole. */
/**
 * A、,B / A,、B / A,,B (蕉岭 2020): a mirror doubles separators; a comma glued to a 、 is that 、, and a doubled comma one comma
 * (spaces in their place).
 */
function gluedSeparators(list: string): string {
  // One pass over each run of commas (linear whatever the run's length): beside a 、 it is that 、, doubled it is one.
  return list
    .replace(/[，,]+/g, (run: string, at: number) =>
      list[at - 1] === '、' || list[at + run.length] === '、' ? ' '.repeat(run.length) : run[0]! + ' '.repeat(run.length - 1),
    )
    .replace(LABELLED_UNIT_GLUED, '$&、');
}

/**
 * A项目(责任单位:甲镇)B项目(责任单位:乙乡) (卢氏 2021): the 、 a scrape lost after an item's labelled unit, where the next
 * name starts right after the bracket. The one place a separator is added (the pieces are strings, no offsets).
 */
const LABELLED_UNIT_GLUED = /[（(](?:责任单位|牵头单位|责任部门|牵头部门|承办单位|实施单位)\s*[:：][^（）()]{1,30}[)）](?=[\u4e00-\u9fa5])/g;

export function splitNames(list: string): string[] {
  return joinPlacePairs(splitTopLevel(gluedSeparators(list).replace(NUMERAL_ENUM, HIDDEN_ENUM), '、'))
    .flatMap(splitAtYiji)
    .flatMap(splitJoinedWorks)
    .map((p) => p.replaceAll(HIDDEN_ENUM, '、'));
}

/** A town, township or village named alone (漳扎镇, 大录乡): no works of its own. */
const BARE_PLACE = /^[\u4e00-\u9fa5]{1,4}(?:镇|乡|街道|村)$/;
/** A piece opening with such a place and going on to the works (大录乡堤防工程). */
const PLACE_THEN_WORKS = /^[\u4e00-\u9fa5]{1,4}(?:镇|乡|街道|村)[\u4e00-\u9fa5]{2,}/;
/** The place a piece ends with after its conjunction (…服务体系和漳扎镇). */
const PLACE_AFTER_CONJUNCTION = /^(.{2,}?)(?:和|及|与)([\u4e00-\u9fa5]{1,4}(?:镇|乡|街道|村))$/;

/**
 * 漳扎镇、大录乡堤防工程 (九寨沟 2019): a 、 between two places names where one works is, so a bare place joins the
 * piece after it when that piece opens with a place and goes on to the works; a place after 和 (…服务体系和漳扎镇、
 * 大录乡堤防工程) leaves the piece before it and joins the same way. Places alone (A镇、B乡等地) stay apart.
 */
function joinPlacePairs(pieces: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!.trim();
    const next = pieces[k + 1]?.trim() ?? '';
    if (!PLACE_THEN_WORKS.test(next)) {
      out.push(pieces[k]!);
      continue;
    }
    if (BARE_PLACE.test(piece)) {
      pieces[k + 1] = `${piece}、${next}`;
      continue;
    }
    const m = PLACE_AFTER_CONJUNCTION.exec(piece);
    if (m) {
      out.push(m[1]!);
      pieces[k + 1] = `${m[2]!}、${next}`;
      continue;
    }
    out.push(pieces[k]!);
  }
  return out;
}

/** A whole works' name: six characters or more ending in 工程/项目, with a bracket after it. */
const WHOLE_WORKS = /^[^、，,及和与]{4,}(?:工程|项目)(?:[（(][^()（）]{1,20}[)）])?$/;

/** Longest list piece looked at for two works joined (a list's item is a name, not a page). */
const JOINED_WORKS_MAX = 120;

/**
 * A工程及B工程 (莆田职业技术学校迁建工程及福建广播电视大学莆田分校迁建工程, 莆田 2021): 及/和/与 between two whole works' names
 * joins two items; inside one name (农村公路建设和管养工程) the part before it is no works of its own.
 */
function splitJoinedWorks(piece: string): string[] {
  if (piece.length > JOINED_WORKS_MAX) return [piece];
  const m = /^(.+?(?:工程|项目)(?:[（(][^()（）]{1,20}[)）])?)(?:及|和|与|以及)(.+?)([。；;，,]*)$/.exec(piece.trim());
  return m && WHOLE_WORKS.test(m[1]!) && WHOLE_WORKS.test(m[2]!) ? [m[1]!, m[2]! + m[3]!] : [piece];
}

/**
 * A、B以及C: 以及 joins two items of a list, never two words of one name (unlike 和, 与, 及: 农村公路建设和管养工程).
 * Split only where both sides are names (two characters or more) outside brackets and quotations.
 */
function splitAtYiji(piece: string): string[] {
  const parts = splitTopLevel(piece.replaceAll('以及', '\u0001'), '\u0001').map((p) => p.trim());
  return parts.length > 1 && parts.every((p) => [...p].length >= 2) ? parts : [piece];
}

/**
 * A、B以及C、D环境整治工程等3个工程 (高邮 2016): when the count asks for one item fewer than the 、 give, the item 以及
 * opens is the list's last, holding its own 、 (复建高邮州署、人民公园及周边环境整治工程). Null when that does not fit.
 */
export function lastItemAfterYiji(list: string, stated: number): string[] | null {
  const at = list.lastIndexOf('以及');
  if (at < 0) return null;
  const head = splitNames(list.slice(0, at));
  const tail = list.slice(at + 2).trim();
  return head.length + 1 === stated && [...tail].length >= 2 && tail.includes('、') ? [...head, tail] : null;
}

/** Longest piece read as a modifier sharing the last piece's head noun. */
const SHARED_HEAD_MODIFIER = 4;

/**
 * 盛润集团技改新上全铝、LNG、CNG、LPG生产线 (梁山 2015): short pieces before a long last one are modifiers sharing its head
 * noun (生产线), so the list is one name, printed whole. Other lists are left as split.
 */
export function joinSharedHead(pieces: string[]): string[] {
  if (pieces.length < 3) return pieces;
  const middle = pieces.slice(1, -1).map((p) => [...compact(p)].length);
  const last = [...compact(pieces[pieces.length - 1]!)].length;
  return Math.max(...middle) <= SHARED_HEAD_MODIFIER && last >= Math.max(...middle) + 2 && /[\u4e00-\u9fa5]{2}$/.test(pieces[pieces.length - 1]!) && middle.every((n, i) => /^[A-Za-z0-9]+$/.test(compact(pieces[i + 1]!)) || n <= 2)
    ? [pieces.join('、')]
    : pieces;
}

/** A pair joined by 及/和/与 when the stated count is two: A及B2个项目. */
export function splitPair(list: string): string[] {
  const parts = splitTopLevel(list.replace(/[及和与]/g, '\u0001'), '\u0001');
  return parts.length === 2 ? parts : [list];
}

/** A step of a project's preparations named alone (施工图审查, 招投标, 可研, 征地): a part of its project. */
const PREPARATION_STEP = new RegExp(`^(?:${PREPARATION_STEPS})(?:工作|手续|报告|批复|审批|审查)?$`);

/**
 * True when a piece reads like the name of a task, not a sentence, a bare number or a status word (“推进中”为…).
 * An item the document numbers itself (一是…) may run longer: its figures follow its name.
 */
export function plausibleItem(text: string, maxLength = 120): boolean {
  const n = [...text].length;
  if (n < 2 || n > maxLength || /^[0-9０-９.%％+＋\-]+$/.test(text)) return false;
  // 蕉城83.8%, 东侨81.6% (宁德, a ranking of counties by a share): a place and its figure, not a task.
  if (/^[\u4e00-\u9fa5]{2,4}[0-9０-９.]+[%％]$/.test(text)) return false;
  // “三率”均位居全省第一 (大兴安岭 2022), 双创, 两违: a numeral and one character is a set named in short, not an item.
  if (/^[一二三四五六七八九十两双][\u4e00-\u9fa5]$/.test(text)) return false;
  // 开工率100%, 投资完成率125% (大兴安岭 2022): a rate and its figure.
  // (安心托幼行动完成率35%, 大观 2024, names its item before the rate.)
  if (/^(?:项目|财政)?(?:资金|投资)?(?:开工|开复工|完成|到位|竣工|投产|达产|签约|履约)率(?:为|达|达到)?[0-9０-９.]+[%％]$/.test(text)) return false;
  // 个重点竣工项目 (曲靖, a mirror that stripped the digits): a count of projects whose number was lost, not a task.
  if (/^(?:个|项|件)/.test(text)) return false;
  // 我市21个大项, 27个小项: a quantity, not a task.
  if (n <= 8 && /[0-9一二三四五六七八九十]\s*(?:个|项|件)(?:大项|小项|项目|任务)?$/.test(text)) return false;
  // 施工图审查、招投标等前期工作已结束 (湟中 2011): steps of the preparations of a project, not items of their own.
  if (PREPARATION_STEP.test(text)) return false;
  // 市发展改革委8 heads a notice's group of items; it is not an item itself.
  const counted = /^(.+?)[0-9０-９]+\s*项?$/.exec(text);
  if (counted && isUnitName(counted[1]!)) return false;
  const hit = verdictOf(text);
  return !(hit && hit.words.length >= compact(text).length - 1);
}

/**
 * A list whose pieces are all units or places (教育局、住建局…等6个民生工程牵头实施部门, 以白莲乡、石店镇…等4个乡镇)
 * names who took part, not tasks.
 */
const OFFICE = /(?:局|委|办|办公室|政府|管委会|委员会|部|厅|处|支队|大队)$/;

export function namesUnits(pieces: string[]): boolean {
  const units = pieces.filter((p) => {
    const t = stripListTail(p).replace(/^(?:以|对|由|在|从|向|和|及)/, '');
    // An office (教育局, 住建局) or a bare place (白莲乡, 石店镇); a facility (区中医院莲塘新院, 区档案管理中心) or a
    // project named after its site (明一生态养殖厂区) may well be the item.
    return (isUnitName(t) && OFFICE.test(t)) || /^[\u4e00-\u9fa5]{1,4}(?:省|市|县|区|镇|乡|街道)$/.test(t);
  }).length;
  // Every piece: an item may well be named after the office it builds (闽清县总部经济研发中心).
  return pieces.length > 0 && units === pieces.length;
}
