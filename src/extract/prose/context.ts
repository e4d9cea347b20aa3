/**
 * What every prose status-list recogniser reads besides its own sentence: the item it yields, the sentences
 * around it, and the verdict its group gives (the group heading, the count it states, the sentence after it).
 */
import type { Status } from '../../model/schema.js';
import { makeStatus, proseVerdict, type LexiconHit } from '../../classify/lexicon.js';
import type { ProseItem } from './items.js';
import { countValue, lastCount, type Sentence } from './sentences.js';
import { fold } from '../text.js';

export interface StatusListItem extends ProseItem {
  status: Status | null;
  /** Index of the paragraph the item was found in. */
  para: number;
  /** True when the item was a quotation (“A”“B”等…), which may also be a name a task mentions. */
  quoted?: boolean;
  /**
   * True when the item is a project opening its own clause of a report (A项目已完成投资…；B项目正在…): a task the report
   * tells of, even inside what an outline heading's body says ((一)关于解决城区“大班额”问题 ⏎ A项目…；B项目…).
   */
  subject?: boolean;
  /** What the text says was done, when the item is a project sentence (…完成年度任务的100%). */
  progress?: string;
  /**
   * True when the rest of the item's paragraph is its report (秦岭路立体停车场项目，…。北侧主体建筑已封顶，…): the works named
   * after it there (主楼4层浇筑完成，东西配楼一层正在施工, 惠济 2019) are its parts, not projects of their own.
   */
  holdsParagraph?: boolean;
}

export function statusFrom(hit: LexiconHit | null, evidence: string): Status | null {
  return hit ? makeStatus(hit.code, evidence, 'notice-list') : null;
}

/**
 * A relative clause naming what became of a list it opens: 这次集中开工的, 今年已竣工的, 新开工建设的 (镇安 2015), 本次交付使用的
 * (皮山 2017). Group 1 holds the verdict's words.
 */
export const RELATIVE_VERDICT = /^[^，,。；;、“”]{0,12}?((?:集中|新|已|已经|陆续|全面|顺利)(?:开工|竣工|完工|建成|投产)(?:建设)?|交付使用|投入使用|建成投用|建成投产)的/;

/** Everything a recogniser needs to know about the sentence it reads. */
export interface Context {
  sentences: Sentence[];
  index: number;
  paragraphs: string[];
}

/** The sentences of the current group before the current one, nearest first, down to the group's opener. */
export function groupBefore(ctx: Context): Sentence[] {
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

/**
 * A sentence that is itself a list closed by its count (其中A、B等2项动态达到年度目标。C、D等3项常态化开展。): its verdict is
 * its own list's, a sibling's, not the group's.
 */
const SIBLING_LIST = /[、，,][^。；;]{1,60}等\s*(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:项|个|件)/;

/**
 * A sentence that picks its own item out of a group and counts it (62个续建项目中广南高速公路1个项目竣工通车。): a
 * sibling of the lists after it, not their heading.
 */
const SIBLING_PICK = /中[^，,。；;0-9０-９]{2,40}?(?:[0-9]{1,3}|[一两])\s*(?:个|项)(?:项目|工程)/;

/** The status a list takes when its own clause names none: the nearest sentence of its group that gives a verdict. */
export function contextStatus(ctx: Context): Status | null {
  for (const t of groupBefore(ctx)) {
    if (SIBLING_LIST.test(fold(t.text)) || SIBLING_PICK.test(fold(t.text))) continue;
    const st = statusFrom(proseVerdict(t.text), t.text);
    if (st) return st;
  }
  return null;
}

/** A following sentence that restates the list's count with a verdict: 目前，3个任务…都已完成。 */
export function followingStatus(ctx: Context, stated: number | null): Status | null {
  const next = ctx.sentences[ctx.index + 1];
  if (!next) return null;
  // 所有项目自9月下旬相继开工，截至11月25日已全部完工通水 (华容 2020): a sentence on all of the list, whatever its count.
  if (ALL_OF_THE_LIST.test(fold(next.text))) return statusFrom(proseVerdict(next.text, { saidOfSubject: true }), next.text);
  if (stated === null || lastCount(next.text) !== stated) return null;
  return statusFrom(proseVerdict(next.text), next.text);
}

/** A lead-in that points back at items counted before: 这7个项目分别为, 上述5项工程是, 这些项目为. */
const POINTS_BACK = /^\s*(?:这|上述|以上|该|这些)\s*(?:[0-9０-９]{1,3}|[一二两三四五六七八九十]{1,3})?\s*(?:个|项|件)?(?:[\u4e00-\u9fa5]{0,6}?)(?:项目|工程|任务|实事)/;

/**
 * The sentence before a lead-in that points back at its items with the same count: 总投资45亿元的7个项目集中开工。⏎ 这7个项目
 * 分别为：A；B；… (卢龙 2019): that sentence's verdict is the list's.
 */
export function precedingStatus(ctx: Context, leadIn: string, stated: number | null): Status | null {
  const prev = ctx.sentences[ctx.index - 1];
  if (!prev || stated === null || !POINTS_BACK.test(fold(leadIn)) || lastCount(prev.text) !== stated) return null;
  return statusFrom(proseVerdict(prev.text), prev.text);
}

/** A sentence whose subject is the whole list before it: 所有项目, 上述工程, 以上任务, 这些项目. */
// 项目均正在建设之中 (修水 2015): the projects, all of them, said right after their list.
const ALL_OF_THE_LIST = /^\s*(?:(?:所有|全部|上述|以上|这些)(?:的)?(?:项目|工程|任务|实事)|(?:项目|工程)(?:均|都|全部))/;

/** The count stated for a list: in its own lead-in, else in the sentence that gives its group's verdict, else in the group's opener. */
export function statedCount(leadIn: string, ctx: Context): number | null {
  const own = lastCount(leadIn);
  if (own !== null) return own;
  const before = groupBefore(ctx);
  const verdict = before.find((t) => proseVerdict(t.text) !== null);
  // 已完成12项，42个项目正在按计划推进，2个项目达到… then (已完成项目：1.…): the count said with the lead-in's own verdict.
  const ownVerdict = proseVerdict(leadIn);
  const matched = verdict && ownVerdict ? countWithVerdict(verdict.text, ownVerdict.words) : null;
  if (matched !== null) return matched;
  const inVerdict = verdict ? lastCount(verdict.text) : null;
  if (inVerdict !== null) return inVerdict;
  const opener = before[before.length - 1];
  return opener && opener.opensGroup ? lastCount(opener.text) : null;
}

export function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** The count a sentence states right after or before the given verdict words: 已完成12项, 12项已完成. */
function countWithVerdict(sentence: string, words: string): number | null {
  const folded = fold(sentence);
  const w = fold(words).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${w}\\s*([0-9]{1,4}|[一二两三四五六七八九十百]{1,4})\\s*(?:个|项|件)|([0-9]{1,4}|[一二两三四五六七八九十百]{1,4})\\s*(?:个|项|件)[^，,。；;]{0,8}?${w}`).exec(folded);
  return m ? countValue(m[1] ?? m[2]!) : null;
}


/**
 * A band of projects by the share of the year's plan they reached (伊春 2020: 完成年度计划100%及以上的项目4个, 完成年度计划
 * 投资90%以上的项目2个, …等5个项目完成年度计划50%以下): at 100% or more done; below, judged against the share of the year gone
 * by the date the report gives (截至12月末, 1-9月, 上半年), on schedule when it keeps up and lagging when it does not.
 * Without a date nothing is said of a share below 100%.
 */
const PLAN_SHARE = /完成(?:了)?(?:年度|全年)(?:计划|目标|任务)(?:投资)?(?:的)?(?:在)?([0-9]{1,3}(?:\.[0-9]+)?)[%％](及以上|以上|以下|左右)?/;

/** The share of the year gone by a date a report gives: 截至12月末, 截止9月底, 1-6月, 上半年, 前三季度. */
function reportedElapsed(text: string): number | null {
  const t = fold(text);
  const month = /(?:截至|截止|到)\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份|中旬)?/.exec(t) ?? /1\s*[-—–~至]\s*([0-9]{1,2})月/.exec(t);
  if (month) {
    const n = countValue(month[1]!);
    if (n !== null && n >= 1 && n <= 12) return n / 12;
  }
  if (/上半年/.test(t)) return 0.5;
  if (/前三季度/.test(t)) return 0.75;
  return null;
}

export function shareBandStatus(clause: string, ctx: Context): Status | null {
  const s = ctx.sentences[ctx.index]!;
  const earlier: string[] = [];
  for (let i = ctx.index; i >= 0; i--) {
    const t = ctx.sentences[i]!;
    if (t.para < s.para - 3) break;
    earlier.push(t.text);
  }
  return shareBand(clause, earlier, 'notice-list');
}

/**
 * The band of a share of the year's plan in `clause`, the year gone read from `earlier` (the texts before it, nearest
 * first): the one rule for list readers and for a project's own clause (庙尔沟景区…项目完成投资400万元，完成年度计划80%,
 * 兵团第十三师 2017).
 */
export function shareBand(clause: string, earlier: string[], source: Status['source']): Status | null {
  const m = PLAN_SHARE.exec(fold(clause));
  if (!m) return null;
  const share = Number(m[1]) / 100;
  const below = m[2] === '以下';
  if (share >= 1 && !below) return makeStatus('done', clause.trim(), source);
  let elapsed: number | null = null;
  for (const t of earlier) {
    elapsed = reportedElapsed(t);
    if (elapsed !== null) break;
  }
  if (elapsed === null) return null;
  return makeStatus(share + 1e-9 >= elapsed && !below ? 'on_schedule' : 'lagging', clause.trim(), source);
}
