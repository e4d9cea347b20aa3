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
}

export function statusFrom(hit: LexiconHit | null, evidence: string): Status | null {
  return hit ? makeStatus(hit.code, evidence, 'notice-list') : null;
}

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
  if (!next || stated === null || lastCount(next.text) !== stated) return null;
  return statusFrom(proseVerdict(next.text), next.text);
}

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

