/**
 * Mirrors that put a pinyin gloss after characters (項(xiàng)目, 進(jìn)展) break the
 * list grammar: 等19個(gè)項(xiàng)目 no longer reads as a count. The lists are read on the
 * text with the glosses taken out, and each item found is mapped back to the
 * span it covers in the text as printed, glosses included, so task texts stay
 * as the page printed them.
 */
import { PINYIN_GLOSS } from '../../classify/lexicon.js';

interface Stripped {
  text: string;
  /** at[i]: offset in the printed text of stripped character i; at[text.length] is the printed length. */
  at: number[];
}

function stripGlosses(printed: string): Stripped {
  let text = '';
  const at: number[] = [];
  let from = 0;
  for (const m of printed.matchAll(PINYIN_GLOSS)) {
    const end = m.index ?? 0;
    for (let i = from; i < end; i++) at.push(i);
    text += printed.slice(from, end);
    from = end + m[0].length;
  }
  for (let i = from; i < printed.length; i++) at.push(i);
  text += printed.slice(from);
  at.push(printed.length);
  return { text, at };
}

/** The printed span of `piece`, found in stripped paragraph `s`; the piece itself when it is not found. */
function printedSpan(piece: string, s: Stripped, printed: string): string {
  const k = s.text.indexOf(piece);
  if (k < 0 || piece === '') return piece;
  return printed.slice(s.at[k], s.at[k + piece.length]);
}

/**
 * Runs `find` over the paragraphs with their glosses removed (when they have any)
 * and gives each item its text (and progress) as printed.
 */
export function readPastGlosses<T extends { text: string; para: number; progress?: string }>(
  paragraphs: string[],
  find: (paragraphs: string[]) => T[],
): T[] {
  if (!paragraphs.some((p) => PINYIN_GLOSS.test(p))) return find(paragraphs);
  const stripped = paragraphs.map(stripGlosses);
  return find(stripped.map((s) => s.text)).map((item) => {
    const s = stripped[item.para];
    const printed = paragraphs[item.para];
    if (!s || printed === undefined) return item;
    const text = printedSpan(item.text, s, printed);
    return item.progress !== undefined ? { ...item, text, progress: printedSpan(item.progress, s, printed) } : { ...item, text };
  });
}
