/**
 * Poppler's words (`pdftotext -raw -bbox`: text and box, in content-stream order) turned into the runs
 * pdf.js reports (PdfTextItem: str, x, baseline y, width, font size), so that lines, spaces and table
 * cells are rebuilt from them exactly as from pdf.js's (pdf.ts, pdf-table.ts).
 *
 * Two things pdftotext does not print are recovered from the boxes: the font size and the baseline
 * (fontMetrics). Then words are joined into runs where pdf.js would join its glyphs (wordsToItems).
 */
import type { PdfTextItem } from './pdf-worker.js';

/** One word of `pdftotext -bbox`: its text and box in points, y growing downwards. */
export interface PopplerWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Characters one em wide in any Chinese font: the ideographs, CJK punctuation (、。《》【】) and full-width forms. */
const ONE_EM = /^[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]+$/;

/**
 * Where the baseline sits in a word's box, from its top. Poppler's box runs from the font's ascent to
 * its descent: poppler's default metrics (0.95 / −0.35 em, for fonts whose own it does not take) and a
 * browser's Type 3 fonts put the baseline 73 % of the way down, Latin fonts about 80 %, STSong-Light's
 * descriptor 88 %. Only the document's main font is placed by this alone; the others are placed against
 * it (fontMetrics), so its error moves whole lines by a fraction of a point, all alike.
 */
const BASELINE_IN_BOX = 0.75;

/** Box height over font size for a font no word tells (a document without Chinese): Latin fonts span ~1.1 em. */
const DEFAULT_BOX_EM = 1.1;

/**
 * pdf.js's limits inside a run, in font sizes (its getTextContent): a gap from 0.102 em is a space, up to
 * 0.6 em inside the run, beyond it as a run of its own; a step back of more than 0.2 em or a baseline
 * shift of a quarter em ends the run.
 */
const SPACE_MIN_EM = 0.102;
const SPACE_IN_RUN_MAX_EM = 0.6;
const STEP_BACK_EM = 0.2;
const BASELINE_SHIFT_EM = 0.25;

/**
 * A word's gap to the one before that is one space wide (up to 0.4 em, where a table cell's padding
 * begins) ends pdf.js's run in the PDFs producers make: a browser, LibreOffice and Word set a space in
 * Chinese text in the Western font, or end a marked-content span there, and pdf.js ends a run at either,
 * reporting the space as a run of its own. The table reader joins runs that close without the space.
 * (Where one font sets everything, as in the seed CMap PDFs, pdf.js keeps the space inside its run; the
 * lines come out the same, and those PDFs hold no tables.)
 */
const SPACE_ENDS_RUN_MAX_EM = 0.4;

/**
 * Estimated baselines closer than this are one baseline: between two fonts the estimate errs by up to
 * ~0.2 em before fontMetrics places them, while text on another baseline (the next line, a cell centred
 * against a taller one) is half an em away or more.
 */
const SAME_BASELINE_EM = 0.3;

/** A word's font size and baseline. */
export interface WordMetrics {
  size(word: PopplerWord): number;
  baseline(word: PopplerWord): number;
}

function boxHeight(w: PopplerWord): number {
  return w.yMax - w.yMin;
}

function roughBaseline(w: PopplerWord): number {
  return w.yMin + BASELINE_IN_BOX * boxHeight(w);
}

/** Words of one font at one size have one box height: the height, to two decimals, names the pair. */
function fontKey(w: PopplerWord): string {
  return boxHeight(w).toFixed(2);
}

/**
 * The font size and baseline of each word of a document, from the boxes alone. A word's box spans its
 * font's ascent to its descent, which vary by font (1 em in all for STSong-Light, 2.6 em for a browser's
 * Type 3 fonts).
 *
 * Size: a Chinese character is one em wide, so each box height is matched with the size its words of
 * Chinese characters alone show (their median). A height with no such word (digits and Latin in a font of
 * their own) takes the size of the words it is drawn next to; any other height DEFAULT_BOX_EM.
 *
 * Baseline: words drawn next to each other on a line share their baseline, so each font's boxes are
 * placed against the main font's by such pairs (the median offset). From the box alone two fonts' baselines
 * are off by up to 0.2 em, more than the extra space between two rows of a table (0.15 line pitches)
 * leaves, and rows would run together.
 */
export function fontMetrics(pages: PopplerWord[][]): WordMetrics {
  const ratios = new Map<string, number>();
  const chineseWords = new Map<string, number>();
  const chinese = pages.flat().filter((w) => ONE_EM.test(w.text));
  for (const [key, list] of group(chinese, fontKey, (w) => boxHeight(w) / ((w.xMax - w.xMin) / [...w.text].length))) {
    ratios.set(key, median(list));
    chineseWords.set(key, list.length);
  }
  // To a hundredth of a point, as fonts are set: 47.99999 / 4 is 12, and a threshold of 2 em is 24, not 23.99999.
  const sizeOf = (w: PopplerWord): number => Math.round((100 * boxHeight(w)) / (ratios.get(fontKey(w)) ?? DEFAULT_BOX_EM)) / 100;
  // Word pairs in two fonts, the second drawn right after the first on its line, both ways round.
  const pairs: [PopplerWord, PopplerWord][] = [];
  for (const words of pages) {
    for (let i = 1; i < words.length; i++) {
      const [a, b] = [words[i - 1]!, words[i]!];
      if (fontKey(a) !== fontKey(b) && drawnNextTo(a, b, Math.max(sizeOf(a), sizeOf(b)))) pairs.push([a, b], [b, a]);
    }
  }
  const borrowed = pairs.filter(([known, other]) => ratios.has(fontKey(known)) && !ratios.has(fontKey(other)));
  for (const [key, list] of group(borrowed, ([, other]) => fontKey(other), ([known, other]) => boxHeight(other) / sizeOf(known))) {
    ratios.set(key, median(list));
  }
  // Each font's baseline shift, from the main font (the most Chinese words) outwards along the pairs.
  const offsets = group(pairs, ([a, b]) => `${fontKey(a)} ${fontKey(b)}`, ([a, b]) => roughBaseline(a) - roughBaseline(b));
  const main = [...chineseWords].sort((x, y) => y[1] - x[1])[0]?.[0] ?? pairs[0]?.map(fontKey)[0];
  const shift = new Map<string, number>();
  const queue = main === undefined ? [] : [main];
  if (main !== undefined) shift.set(main, 0);
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const [edge, list] of offsets) {
      const [a, b] = edge.split(' ') as [string, string];
      if (a !== from || shift.has(b)) continue;
      shift.set(b, shift.get(a)! + median(list));
      queue.push(b);
    }
  }
  return { size: sizeOf, baseline: (w) => roughBaseline(w) + (shift.get(fontKey(w)) ?? 0) };
}

/** b follows a on its line, no more than a wide space after it: one run of text, whatever their fonts. */
function drawnNextTo(a: PopplerWord, b: PopplerWord, size: number): boolean {
  const gap = b.xMin - a.xMax;
  return Math.abs(roughBaseline(b) - roughBaseline(a)) <= SAME_BASELINE_EM * size && gap >= -STEP_BACK_EM * size && gap <= SPACE_IN_RUN_MAX_EM * size;
}

function group<T>(values: T[], keyOf: (v: T) => string, valueOf: (v: T) => number): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const v of values) {
    const key = keyOf(v);
    const list = out.get(key);
    if (list) list.push(valueOf(v));
    else out.set(key, [valueOf(v)]);
  }
  return out;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const CHINESE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Whether pdf.js would see a new font between two words. Poppler starts no word at a font change, so only
 * two signs are left: another box height, and Chinese text meeting Latin (Chinese documents set the two in
 * two fonts, 宋体 and Times New Roman, even where their boxes agree).
 */
function fontChanges(run: string, runFont: string, word: string, wordFont: string): boolean {
  return runFont !== wordFont || CHINESE.test(run.slice(-1)) !== CHINESE.test(word[0] ?? '');
}

/** Words in stream order → runs as pdf.js reports them. */
export function wordsToItems(words: PopplerWord[], metrics: WordMetrics): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  let run: (PdfTextItem & { right: number; font: string }) | undefined;
  for (const word of words) {
    const size = metrics.size(word);
    const font = fontKey(word);
    const text = normaliseCompatibility(word.text);
    let y = metrics.baseline(word);
    if (run) {
      // What is left of the error between two fonts' baselines would reorder a line's runs, which the
      // table reader sorts on y before x: a word in another font on the previous word's line takes its
      // baseline. (Within one font the boxes place baselines exactly, a cell centred 0.9 pt lower included.)
      if (font !== run.font && Math.abs(y - run.y) <= SAME_BASELINE_EM * Math.max(size, run.size)) y = run.y;
      const em = run.size;
      const gap = word.xMin - run.right;
      const sameLine = Math.abs(y - run.y) <= em;
      const spaced = gap >= SPACE_MIN_EM * em;
      const continues =
        sameLine &&
        Math.abs(y - run.y) <= BASELINE_SHIFT_EM * em &&
        gap >= -STEP_BACK_EM * em &&
        gap <= SPACE_IN_RUN_MAX_EM * em &&
        !(spaced && gap <= SPACE_ENDS_RUN_MAX_EM * em) &&
        !fontChanges(run.str, run.font, text, font);
      if (continues) {
        run.str += (spaced ? ' ' : '') + text;
        run.right = Math.max(run.right, word.xMax);
        run.width = run.right - run.x;
        continue;
      }
      items.push(itemOf(run));
      if (sameLine && spaced) items.push({ str: ' ', x: run.right, y: run.y, width: gap, size: em });
    }
    run = { str: text, x: word.xMin, y, width: word.xMax - word.xMin, size, right: word.xMax, font };
  }
  if (run) items.push(itemOf(run));
  return items;
}

function itemOf({ str, x, y, width, size }: PdfTextItem): PdfTextItem {
  return { str, x, y, width, size };
}

/**
 * pdf.js spells out a few compatibility characters (NFKC) as it extracts them: the Latin ligatures (ﬁ, ﬂ…),
 * the micro sign, the Greek question mark and the ohm sign; poppler gives what the font maps.
 */
const COMPATIBILITY = /[\u00b5\u037e\u2126\ufb00-\ufb06]/g;

function normaliseCompatibility(text: string): string {
  return text.replace(COMPATIBILITY, (ch) => ch.normalize('NFKC'));
}
