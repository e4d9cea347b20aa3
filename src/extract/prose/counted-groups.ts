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

export function countedGroupItems(sentences: Sentence[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    const m = COUNTED_HEADING.exec(fold(sentences[i]!.text.trim()));
    if (!m) continue;
    const count = countValue(m[1]!);
    const verdict = proseVerdict(m[2]!, { saidOfSubject: true });
    if (count === null || count < 2 || !verdict) continue;
    const next = sentences[i + 1]!;
    const pieces = splitTopLevel(next.text, '；;').map((p) => p.trim()).filter((p) => p !== '');
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
