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

/**
 * A paragraph break a scrape flattened into a run of spaces after a full stop (…计划2004年6月底完工。   东新路绿化。工程于…,
 * 湛江 2004): the run is where one paragraph ended and the next began. (A run between cells, with no full stop before it,
 * is a flattened table's, and stays for the table readers.)
 */
const FLATTENED_BREAK = /(?<=[。；;！？!?])(?: {3,}|\u3000{2,}|\u00a0{2,})(?=[^\s])/;

/** A row of a table flattened with spaces opens with a short cell (4    开工建设…。    市发展改革委…, 池州) or holds tabs. */
const TABLE_ROW = /^\S{1,6}(?: {2,}|\u3000{2,}|\t)|\t/;

function splitFlattenedBreaks(line: string): string[] {
  return TABLE_ROW.test(line.trimStart()) ? [line] : line.split(FLATTENED_BREAK);
}

/** Split decoded text into trimmed, non-blank lines. */
export function textToLines(text: string): string[] {
  const lines: string[] = [];
  for (const raw of text.split(LINE_BREAK).flatMap(splitFlattenedBreaks)) {
    const line = trimSpace(raw);
    if (line !== '') lines.push(line);
  }
  return lines;
}

/** An HTML tag, opening or closing, with its attributes on the same line. */
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\s[^<>\n]{0,200})?\/?>/g;

/** Fewest tags that make a text file a page saved with its markup debris (mirrors pad pages with empty tags). */
const DEBRIS_TAGS = 8;

/** What is left of a line of debris once its tags are gone: nothing, or the list marker it hung on (1. •). */
const BARE_MARKER = /^(?:[0-9]{1,3}[.．、]?|[•·●○◦▪■□\-*])?$/;

/**
 * A text file saved from a mirror keeps the page's empty tags (<p id="h4sia"><td id="h4sia"></td></p>,
 * 1. <blockquote …></blockquote>): the tags go, and a line that held only tags and a list marker goes with
 * them, so the markers are not read as numbered tasks. A text file with a few `<` in its prose is left whole.
 */
function withoutMarkupDebris(lines: string[]): string[] {
  let tags = 0;
  for (const line of lines) {
    tags += line.match(TAG)?.length ?? 0;
    if (tags >= DEBRIS_TAGS) break;
  }
  if (tags < DEBRIS_TAGS) return lines;
  const out: string[] = [];
  for (const line of lines) {
    if (!line.includes('<')) {
      out.push(line);
      continue;
    }
    const text = trimSpace(line.replace(TAG, ''));
    if (!BARE_MARKER.test(text)) out.push(text);
  }
  return out;
}

/**
 * A forum's anti-copy jammer (Discuz prints hidden runs of random ASCII between the lines of a post, and a copy keeps
 * them: `" x& q0 d9 v, J( \`( \, H. {" v县道大中修工程…`, 姜堰; `巍山县水利化程度明显改善6 S( C+ d0 y: D/ H$`, 巍山 2015):
 * four or more tokens of one to three ASCII characters, one space apart, two in three of them a symbol, a letter with a
 * digit or a lone letter, before or after Chinese text or alone on a line. Words and figures (LED 显示屏, 3 5 8 10) are kept.
 */
const JAMMER_RUN = /(?<=^| |[^!-~ ])(?:[!-~]{1,3} ){3,}[!-~]{1,3}(?= |$|[^!-~ ])/g;

/** A jammer's token: a symbol in it, a letter with a digit (I6, t5), or a lone letter; not a word or a figure. */
const JAMMER_TOKEN = /[^A-Za-z0-9]|^[A-Za-z][0-9]$|^[0-9][A-Za-z]$|^[A-Za-z]$/;

function isJammer(run: string): boolean {
  const tokens = run.trim().split(' ');
  const marked = tokens.filter((t) => JAMMER_TOKEN.test(t)).length;
  return tokens.length >= 4 && marked * 3 >= tokens.length * 2;
}

function withoutJammer(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (!/[!-~] [!-~]/.test(line)) {
      out.push(line);
      continue;
    }
    // The last token may be the text's own start glued to the jammer (…E! v51辆新能源公交车): a figure or a word stays.
    const text = trimSpace(line.replace(JAMMER_RUN, (run) => (isJammer(run) ? (JAMMER_TOKEN.test(run.slice(run.lastIndexOf(' ') + 1)) ? '' : run.slice(run.lastIndexOf(' ') + 1)) : run)));
    if (text !== '') out.push(text);
  }
  return out;
}

export function textToBlocks(text: string): Block[] {
  return withoutJammer(withoutMarkupDebris(textToLines(text))).map((line) => ({ kind: 'para', text: line }));
}
