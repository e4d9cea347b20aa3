/**
 * A counted group heading as a sentence of its own, then its items in the
 * next sentence, one clause each, with their figures:
 * 7项正在抓紧实施。安心托幼行动新增托位完成率达145%；“四好农村路”建设路基完成率100%；… .
 * The heading gives the count and the verdict; the items are the ；-clauses of
 * the next sentence when there are as many as the count says (fewer only where
 * the page was cut off before the sentence ended).
 */
import { makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { fold, splitTopLevel } from '../text.js';
import { cleanItem, plausibleItem } from './items.js';
import { countValue, type Sentence } from './sentences.js';
import type { StatusListItem } from './status-lists.js';

/** The whole sentence is a count and a verdict: 7项正在抓紧实施。 / 4項進展較快。 */
const COUNTED_HEADING = /^([0-9一二三四五六七八九十]{1,3})\s*(?:项|个|件)([^。，,；;]{1,20})[。]?$/;

/**
 * A sentence that closes on a total all of which it judges: …承担县政府工作报告确定重点工作事项共11项，均已按照要求完成任务。
 * (襄城 2021), the items being the ；-clauses of the paragraph after it.
 */
const TOTAL_ALL_JUDGED = /(?:共|共计|计)([0-9一二三四五六七八九十]{1,3})\s*(?:项|个|件)[，,]\s*((?:均|都|全部|已全部)[^。，,；;]{1,24})[。]?$/;

/** A closing clause that sums up a count of its own (承担的10个重点项目，全部按照时间节点有序推进): no item of the list before. */
const SUMMING_UP = /[0-9一二三四五六七八九十]{1,3}\s*(?:项|个|件)[\u4e00-\u9fa5]{0,8}[，,]\s*(?:均|都|全部)/;

export function countedGroupItems(sentences: Sentence[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const folded = fold(sentences[i]!.text.trim());
    const m = COUNTED_HEADING.exec(folded) ?? TOTAL_ALL_JUDGED.exec(folded);
    if (!m) continue;
    const count = countValue(m[1]!);
    const verdict = proseVerdict(m[2]!, { saidOfSubject: true });
    if (count === null || count < 2 || !verdict) continue;
    const next = sentences[i + 1]!;
    // A total closes its paragraph; its items open the next one.
    if (m.index > 0 && next.para === sentences[i]!.para) continue;
    let pieces = splitTopLevel(next.text, '；;').map((p) => p.trim()).filter((p) => p !== '');
    if (pieces.length === count + 1 && SUMMING_UP.test(fold(pieces[count]!))) pieces = pieces.slice(0, count);
    const cutOff = !/[。.]$/.test(next.text.trim()) && i + 2 >= sentences.length;
    if (pieces.length < 2 || pieces.length > count || (pieces.length < count && !cutOff)) continue;
    const status = makeStatus(verdict.code, sentences[i]!.text.trim(), 'notice-list');
    for (const p of pieces) {
      const item = cleanItem(p);
      if (item && plausibleItem(item.text)) out.push({ ...item, status, para: next.para });
    }
  }
  return out;
}
