/**
 * Plain-text reader: one para block per non-blank line. Characters are kept
 * exactly as printed (ASCII or full-width punctuation alike) because the
 * extractors and the gold depend on the printed text; only the whitespace
 * around a line goes.
 */
import type { Block } from '../model/blocks.js';
import { trimSpace } from '../util/space.js';

/** Line separators a text file may use, including the Unicode ones Word exports. */
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u0085\u2028\u2029]/;

/** Split decoded text into trimmed, non-blank lines. */
export function textToLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(LINE_BREAK)) {
    const line = trimSpace(raw);
    if (line !== '') lines.push(line);
  }
  return lines;
}

export function textToBlocks(text: string): Block[] {
  return textToLines(text).map((line) => ({ kind: 'para', text: line }));
}
