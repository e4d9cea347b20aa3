/**
 * The one home for whitespace in document text: what counts as blank, and
 * trimming it (or a set of trailing punctuation) off a line.
 *
 * Trimming is a scan from the ends, not a regular expression. An unanchored
 * `[…]+$` is tried from every position of a run that does not reach the end,
 * so a line with 100 000 spaces in the middle costs 10^10 steps; scraped
 * pages pad their layout with exactly such runs (spaces, NBSP, U+3000,
 * zero-width spaces).
 */

/**
 * Blank for every reader and extractor: JavaScript's `\s` (which covers NBSP,
 * U+3000, the en/em spaces and the BOM) plus the zero-width characters that
 * scraped pages pad lines with.
 */
export function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The same set as a character class, for the linear uses (global replace of whole runs, split). */
export const SPACE_CLASS = '\\s\\u200b-\\u200d\\u2060';

const SPACE_RUNS = new RegExp(`[${SPACE_CLASS}]+`, 'g');

/** Removes every blank character (names broken by line wraps: 徐 州经开区 → 徐州经开区). */
export function stripSpaces(s: string): string {
  return s.replace(SPACE_RUNS, '');
}

/** Blank characters off both ends of a line. */
export function trimSpace(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isSpaceCode(s.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

/**
 * `s` without its trailing run of the characters in `chars` (and of blanks
 * when `spaces` is set): the linear form of `s.replace(/[chars\s]+$/, '')`.
 * `chars` holds BMP characters only.
 */
export function trimEndOf(s: string, chars: string, spaces = false): string {
  let end = s.length;
  while (end > 0) {
    const code = s.charCodeAt(end - 1);
    if (!(spaces && isSpaceCode(code)) && !chars.includes(s[end - 1]!)) break;
    end--;
  }
  return end === s.length ? s : s.slice(0, end);
}

/** `s` without its leading run of the characters in `chars` (and of blanks when `spaces` is set). */
export function trimStartOf(s: string, chars: string, spaces = false): string {
  let start = 0;
  while (start < s.length) {
    const code = s.charCodeAt(start);
    if (!(spaces && isSpaceCode(code)) && !chars.includes(s[start]!)) break;
    start++;
  }
  return start === 0 ? s : s.slice(start);
}
