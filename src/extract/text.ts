import { FOLD_PAIRS } from './fold-data.js';
import { trimSpace } from '../util/space.js';

/**
 * Text helpers shared by the extractors: width normalisation, Chinese
 * numerals, and the repair of lines that a scrape broke in the middle of a
 * sentence or a unit name.
 */

/** Full-width ASCII variants (！ … ～) sit at a fixed offset from ASCII. */
const FULLWIDTH_OFFSET = 0xfee0;

/**
 * Maps full-width digits, Latin letters and the brackets/colons/commas that
 * documents mix freely with ASCII to their ASCII forms. Used for matching and
 * for unit names; task text keeps the document's own punctuation.
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_OFFSET)).replace(/\u3000/g, ' ');
}

/** Only brackets and digits: what a unit name normalises without touching 、 or Chinese punctuation. */
export function normalizeNameWidth(s: string): string {
  return s.replace(/[（）０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_OFFSET));
}

/** Whitespace lives in util/space.ts; the extractors import it from here as they always have. */
export { stripSpaces, trimEndOf, trimSpace as trimLine } from '../util/space.js';

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰仟';

/**
 * Parses a Chinese numeral as used in headings (一, 十, 十二, 二十三, 一百零五)
 * to an integer; null when the string is not a numeral.
 */
export function parseChineseNumeral(s: string): number | null {
  if (s.length === 0) return null;
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
    } else if (ch in UNIT) {
      // A bare 十 at the start means 10 ("十二" = 12).
      total += (digit ?? 1) * UNIT[ch]!;
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESIZED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';

/** ① → 1, ⑴ → 1; null for any other character. */
export function parseEnclosedDigit(ch: string): number | null {
  const a = CIRCLED.indexOf(ch);
  if (a >= 0) return a + 1;
  const b = PARENTHESIZED.indexOf(ch);
  if (b >= 0) return b + 1;
  return null;
}

export const ENCLOSED_DIGITS = CIRCLED + PARENTHESIZED;

/**
 * Whether a line ends where a sentence or list ends. A line that does not is
 * a candidate for re-joining with the next one.
 */
export function endsSentence(s: string): boolean {
  return /[。！？!?；;]$/.test(trimSpace(s));
}

/**
 * A site's navigation menu scraped as a line: 首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心 — four or more short
 * words parted by spaces, none a sentence. Page chrome, never a heading or a unit.
 */
export function isMenuLine(line: string): boolean {
  const words = line.trim().split(/[ \u3000\u00a0]+/);
  return words.length >= 4 && words.every((w) => /^[\u4e00-\u9fa5]{1,8}$/.test(w));
}

/**
 * Joins two pieces of a line the scrape broke apart. Chinese needs no space,
 * so nothing is inserted; only the whitespace at the seam is removed.
 */
export function joinBroken(a: string, b: string): string {
  return trimSpace(a) + trimSpace(b);
}

/** The last position in `s` of any of `chars` (-1 when none): where the clause or bracket before a point begins. */
export function lastIndexOfAny(s: string, chars: string): number {
  let at = -1;
  for (const c of chars) at = Math.max(at, s.lastIndexOf(c));
  return at;
}

/**
 * Splits `s` on any of the separator characters that are not nested inside
 * brackets or quotes. Returns the pieces untrimmed, each with its separator when `keepSeparator`;
 * then a run of separators (。。 / ？！ / ；；) closes one piece, as a reader takes it, rather than
 * making a piece of each (a 100,000-。 run made as many one-character sentences).
 */
export function splitTopLevel(s: string, separators: string, keepSeparator = false): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '(' || ch === '（' || ch === '[' || ch === '【' || ch === '《' || ch === '〔') depth++;
    else if (ch === ')' || ch === '）' || ch === ']' || ch === '】' || ch === '》' || ch === '〕') depth = Math.max(0, depth - 1);
    else if (ch === '“' || ch === '‘') quote++;
    else if (ch === '”' || ch === '’') quote = Math.max(0, quote - 1);
    else if (depth === 0 && quote === 0 && separators.includes(ch)) {
      if (keepSeparator) while (i + 1 < s.length && separators.includes(s[i + 1]!)) i++;
      out.push(s.slice(start, keepSeparator ? i + 1 : i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

const OPENER_OF: Record<string, string> = { ')': '(（', '）': '(（', '】': '【', '〕': '〔', ']': '[' };

/**
 * Index of the bracket that opens the one closing at `close` (the last char
 * of a trailing group), or -1. Round brackets of either width pair with each
 * other, since documents mix them; 【】 and 〔〕 pair only with themselves.
 */
export function openingParen(s: string, close: number): number {
  const closer = s[close] ?? '';
  const openers = OPENER_OF[closer];
  if (!openers) return -1;
  const closers = Object.keys(OPENER_OF).filter((k) => OPENER_OF[k] === openers);
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const ch = s[i]!;
    if (closers.includes(ch)) depth++;
    else if (openers.includes(ch)) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Arabic digits in either width to an integer; null otherwise. */
export function parseArabic(s: string): number | null {
  const t = toHalfWidth(s);
  return /^\d+$/.test(t) ? Number(t) : null;
}


/**
 * BMP code unit → its simplified code unit (itself when there is none). The pairs come from OpenCC's
 * Taiwan → mainland dictionaries, one character each, applied as its converter applies them after NFC
 * (which folds the compatibility ideographs U+F900…); scripts/gen-fold-data.ts writes them, and a test
 * checks the table against `OpenCC.Converter({ from: 'tw', to: 'cn' })` over U+3400–U+FFFF. Shipped
 * as data: building it from opencc-js cost every process ~100 ms and its converter's tries ~11 MB.
 */
let foldTable: Uint16Array | null = null;

function buildFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (let code = 0; code < 0x10000; code++) table[code] = code;
  for (let i = 0; i < FOLD_PAIRS.length; i += 2) table[FOLD_PAIRS.charCodeAt(i)] = FOLD_PAIRS.charCodeAt(i + 1);
  return table;
}

function foldUnit(code: number): number {
  return (foldTable ??= buildFoldTable())[code]!;
}

/**
 * Traditional → simplified, one character at a time and never changing the
 * string's length, so a match found in the folded copy can be sliced out of
 * the printed text at the same offsets. Extractors test their patterns on
 * `fold(s)` and keep `s` for output: names and texts stay as printed.
 * Extractors call this on every line many times, so a string with nothing to
 * fold (every simplified document) is returned as is, without allocating.
 */
export function fold(s: string): string {
  const n = s.length;
  let i = 0;
  let measure = false;
  while (i < n) {
    const code = s.charCodeAt(i);
    if (foldUnit(code) !== code) break;
    if (code === MEASURE_ZONG) measure = true;
    i++;
  }
  // One scan for both: nothing to fold and no 宗 (every simplified page without one) returns the string as it is.
  if (i === n) return measure ? countedAsItems(s) : s;
  const units = new Array<number>(n);
  for (let j = 0; j < n; j++) units[j] = j < i ? s.charCodeAt(j) : foldUnit(s.charCodeAt(j));
  let out = '';
  for (let j = 0; j < n; j += 4096) out += String.fromCharCode(...units.slice(j, j + 4096));
  return countedAsItems(out);
}

/**
 * 28宗, 有6宗 (蕉岭 2020): Guangdong and Fujian pages count projects in 宗 where others say 项; a count compares as 项,
 * so every count pattern reads both (宗教, 宗旨 stay: only 宗 right after a numeral is a measure word).
 */
function countedAsItems(s: string): string {
  return s.includes('宗') ? s.replace(/(?<=[0-9０-９一二两三四五六七八九十百])宗/g, '项') : s;
}

const MEASURE_ZONG = '宗'.charCodeAt(0);

/**
 * A verb a task opens with (实施…, 开工建设…, 办好…): a line that starts so is work to do, not a name — not a project's
 * name in a news sentence, nor a place or park in a table's unit cell (开工建设古饶智慧农业产业园).
 */
export const TASK_VERB_HEAD = /^(?:实施|推进|加快|开展|聚焦|围绕|大力|全力|扎实|持续|深入|启动|完成|抓好|做好|建成|新建|开工建设|打造|办好|盘活|印发|出台|制定|编制)/;
