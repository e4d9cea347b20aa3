/**
 * Scanned PDFs: each page rendered to an image by pdftoppm, read by Tesseract
 * with its simplified-Chinese model, page by page so a long scan never holds
 * more than one page image in flight. The text is less reliable than a text
 * layer; the pipeline marks it as OCR in `source.via` and warns.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { CONVERT_TIMEOUT_MS, hasProgram, program, runWithTimeout, scratchDir } from './convert.js';
import { removePageFurniture, SCANNED_PDF_REASON } from './pdf.js';
import { MARKER_RANK, parseMarker, toChineseNumeral } from '../extract/numbering.js';

/**
 * Seed 001 scanned at 200 dpi and rendered for Tesseract at 150, 200, 250, 300 and 400 dpi: 300 lost the fewest
 * tasks (after the repairs below, task recall 1.000 against 0.980 at 200); 400 only costs time.
 */
const OCR_DPI = 300;

/** A page takes Tesseract 2–3 s of CPU (seed 001 at 300 dpi); this bounds a page that never ends, not a slow machine. */
const OCR_PAGE_TIMEOUT_MS = 600_000;

/**
 * One thread per Tesseract: batch workers already use every core, and Tesseract's own OpenMP threads
 * on top of them made each page several times slower on a loaded machine.
 */
const TESSERACT_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

/**
 * The recognised text of a scanned PDF as lines: each page's text with Tesseract's spaces joined, page numbers and
 * running headers removed by the PDF reader's rule, then the heading numbers OCR merged put back over the whole
 * document (a section runs across page breaks, and a page number between two halves of a wrapped line would hide
 * the bracket the first half leaves open).
 */
export async function ocrPdfLines(bytes: Buffer, file: string, opts: { scratch?: string | undefined; timeoutMs?: number | undefined } = {}): Promise<string[]> {
  const pages = await ocrPdfPages(bytes, file, opts);
  return ocrTextToLines(pages);
}

/** Tesseract's page texts → the document's lines (see ocrPdfLines). */
export function ocrTextToLines(pages: string[]): string[] {
  const lines = removePageFurniture(pages.map((p) => joinCjkSpaces(p).split('\n').filter((l) => l.trim() !== '').map((text) => ({ text: text.trim(), depth: null }))));
  return repairItemNumbers(repairHeadingNumbers(lines.flat().map((l) => l.text)));
}

/** The recognised text of each page, in page order, as Tesseract wrote it. */
async function ocrPdfPages(bytes: Buffer, file: string, opts: { scratch?: string | undefined; timeoutMs?: number | undefined } = {}): Promise<string[]> {
  if (!hasProgram(program('tesseract')) || !hasProgram(program('pdftoppm'), '-v')) {
    throw new InputError(file, `${SCANNED_PDF_REASON}; install Tesseract to read it (Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)`);
  }
  if (!chineseModelInstalled()) {
    throw new InputError(file, `${SCANNED_PDF_REASON}; Tesseract has no simplified-Chinese model (Debian: apt-get install tesseract-ocr-chi-sim)`);
  }
  const renderTimeoutMs = opts.timeoutMs ?? CONVERT_TIMEOUT_MS;
  const pageTimeoutMs = opts.timeoutMs ?? OCR_PAGE_TIMEOUT_MS;
  const dir = scratchDir(opts.scratch, 'taskgen-ocr-');
  try {
    const pdf = join(dir, 'input.pdf');
    writeFileSync(pdf, bytes);
    const texts: string[] = [];
    // Page by page, each step under its own deadline: a scan of hundreds of pages never holds more than one
    // page image on disk, and its length is no reason to abandon it.
    for (let n = 1; ; n++) {
      const page = join(dir, `page-${n}`);
      // PGM, not PNG: compressing a 300-dpi page to PNG cost 2 s of CPU, as much as reading it (same text either way).
      const rendered = await runWithTimeout(file, program('pdftoppm'), ['-r', String(OCR_DPI), '-gray', '-f', String(n), '-l', String(n), '-singlefile', pdf, page], renderTimeoutMs, `rendering page ${n} for OCR`);
      if (!existsSync(`${page}.pgm`)) {
        if (n > 1 && PAST_LAST_PAGE.test(rendered.stderr)) break;
        throw new InputError(file, n === 1 ? 'scanned PDF whose pages could not be rendered for OCR' : `scanned PDF whose page ${n} could not be rendered for OCR`);
      }
      const r = await runWithTimeout(file, program('tesseract'), [`${page}.pgm`, page, '-l', 'chi_sim', '--psm', '6'], pageTimeoutMs, `OCR of page ${n}`, TESSERACT_ENV);
      rmSync(`${page}.pgm`, { force: true });
      if (r.code !== 0) throw new InputError(file, `OCR failed on page ${n}`);
      texts.push(readFileSync(`${page}.txt`, 'utf8'));
    }
    return texts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdftoppm asked for the page after the last: "Wrong page range given: the first page (22) can not be after the last page (21)". */
const PAST_LAST_PAGE = /Wrong page range given/;

let chiSim: boolean | undefined;
function chineseModelInstalled(): boolean {
  if (chiSim === undefined) {
    const r = spawnSync(program('tesseract'), ['--list-langs'], { encoding: 'utf8', timeout: 60_000 });
    chiSim = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split(/\s+/).includes('chi_sim');
  }
  return chiSim;
}

/**
 * Spaces Tesseract puts where Chinese text has none: between Chinese characters, beside Chinese punctuation and
 * curly quotes (“两个毫不动摇” ， → “两个毫不动摇”，; “5+X ” → “5+X”; 融汇 ) → 融汇)), between a digit and the dot of
 * a number (60 .推广 → 60.推广). The extractors match words and numbers across them. Spaces between Latin words or
 * numbers are kept (2024 GDP growth).
 */
export function joinCjkSpaces(text: string): string {
  return text.replace(WIDE_SPACE, '').replace(SPACE_BEFORE_WIDE, '').replace(SPACE_IN_NUMBER_DOT, '');
}

/** Chinese characters, CJK and full-width punctuation, curly quotes, the dash and the ellipsis. */
const WIDE = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2018-\\u201f\\u2026';
// Each run is tried once: the look-behind fails inside a run of spaces, so long runs cost linear time.
const WIDE_SPACE = new RegExp(`(?<=[${WIDE}])[ \\t]+(?=[^\\s])`, 'gu');
const SPACE_BEFORE_WIDE = new RegExp(`(?<=[^\\s])[ \\t]+(?=[${WIDE}])|(?<=\\()[ \\t]+|(?<=[^\\s])[ \\t]+(?=[),;:!?])`, 'gu');
const SPACE_IN_NUMBER_DOT = /(?<=^\d{1,3})[ \t]+(?=[.．、])/gmu;

/**
 * Tesseract's chi_sim model reads a bracketed heading number — (二), （三） — as one glyph more often than not: the
 * tall bracket and the numeral merge into 全), 仝), 伍), 亿), C) or 人三) (seed 001 scanned at 200 dpi, read at 150,
 * 200, 250, 300 and 400 dpi: a different subset of its 34 such headings misread at each). The outline then loses the
 * heading and files its tasks under the one before.
 *
 * A line that opens with one or two glyphs and a closing bracket, then a short heading (no sentence punctuation)
 * while the line before leaves no bracket open — so not the tail of a wrapped "各县（市、\n区）政府" — is such a
 * heading. Its number is the numeral the glyphs still show (人三 → 三), else the one after the previous bracketed
 * heading, counting from (一) again after each 一、 heading. A 一、 heading whose 、 was read as 。 is mended first.
 */
export function repairHeadingNumbers(lines: string[]): string[] {
  let previous = 0;
  let inOutline = false;
  let before = '';
  return lines.map((line) => {
    const s = line.trim().replace(CN_NUMBER_FULL_STOP, '、');
    const numbered = parseMarker(s);
    let out = s;
    if (numbered?.marker.kind === 'cn' || numbered?.marker.kind === 'cnParen') {
      inOutline = true;
      previous = numbered.marker.kind === 'cn' ? 0 : numbered.marker.value;
    } else if (!numbered && inOutline && !opensBracket(before)) {
      const m = MERGED_HEADING_NUMBER.exec(s);
      if (m) {
        const value = shownNumeral(m[1]!) ?? previous + 1;
        out = `(${toChineseNumeral(value)})${m[2]!}`;
        previous = value;
      }
    }
    if (s !== '') before = s;
    return out;
  });
}

/** 八。突出… : the 、 after a top-level heading number read as 。 (no sentence starts with a bare numeral and a stop). */
const CN_NUMBER_FULL_STOP = /(?<=^[一二三四五六七八九十]{1,3})。(?=\S)/u;

/**
 * One glyph, or one and the numeral it did not swallow (人三), after an optional bracket; a closing bracket; a heading
 * of 2–30 characters without sentence punctuation.
 */
const MERGED_HEADING_NUMBER = /^[(（]?([^\s()（）][一二三四五六七八九十]?)[)）]([^\s()（）,，、;；:：。.!！?？]{2,30})$/u;

/** The plain numeral left in a merged glyph pair: 人三 → 3; null when none is (全, 伍, 亿). */
function shownNumeral(glyphs: string): number | null {
  const m = /[一二三四五六七八九十]/.exec(glyphs);
  return m ? '一二三四五六七八九十'.indexOf(m[0]) + 1 : null;
}

/**
 * The item number (1), (4), (10) loses its digits or its bracket as often as a heading number does: (1) comes
 * back as (, (), (G), (D) or (G, and (4) as (4 (seed 002 scanned, 24 of its 97 such items). A line opening a
 * bracket where an item of the list stands is given the number the list runs to: the one after the previous
 * item, when the line keeps no other digit (or keeps exactly that one), and only where the list shows it —
 * an item before it, or the next item numbered one higher. A bracket that a wrapped line left open, a
 * parenthesis closed on its own line (此件公开发布) and a short line are left alone.
 */
export function repairItemNumbers(lines: string[]): string[] {
  const markers = lines.map((l) => parseMarker(l));
  const listBoundary = (i: number) => {
    const m = markers[i]?.marker;
    return m !== undefined && m.kind !== 'arabicParen' && m.kind !== 'circled' && m.kind !== 'arabicHalf' && m.rank < MARKER_RANK.arabicParen;
  };
  // The next (N) item after each line, before the list ends.
  const nextItem: (number | null)[] = new Array<number | null>(lines.length).fill(null);
  let next: number | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    nextItem[i] = next;
    if (markers[i]?.marker.kind === 'arabicParen') next = markers[i]!.marker.value;
    else if (listBoundary(i)) next = null;
  }
  let expected = 1;
  return lines.map((line, i) => {
    const m = markers[i]?.marker;
    if (m?.kind === 'arabicParen') expected = m.value + 1;
    else if (listBoundary(i)) expected = 1;
    if (m || i === 0 || opensBracket(lines[i - 1]!)) return line;
    const lost = LOST_ITEM_NUMBER.exec(line);
    if (!lost) return line;
    const [prefix, digits] = [lost[0], lost[1]];
    const rest = line.slice(prefix.length);
    const kept = digits === undefined ? null : Number(digits);
    const closedHere = /[)）]$/.test(prefix);
    if (kept !== null ? kept !== expected : !closedHere && !opensBracket(prefix + rest)) return line;
    if (!(expected > 1 || nextItem[i] === expected + 1)) return line;
    if (hanCount(rest) < 6) return line;
    expected++;
    return `(${expected - 1})${rest}`;
  });
}

/** An opening bracket, then a digit run kept without its closing bracket, or up to two glyphs that are no digit and an optional closing bracket, before Chinese text. */
const LOST_ITEM_NUMBER = /^[(（](?:(\d{1,2})|[^\s\d()（）\p{Script=Han}]{0,2}[)）]?)(?=[\p{Script=Han}“])/u;

function hanCount(s: string): number {
  let n = 0;
  for (const ch of s) if (/\p{Script=Han}/u.test(ch)) n++;
  return n;
}

/** Whether a line leaves a bracket open, so the next line's closing bracket is its continuation. */
function opensBracket(line: string): boolean {
  let depth = 0;
  for (const ch of line) {
    if (ch === '(' || ch === '（') depth++;
    else if ((ch === ')' || ch === '）') && depth > 0) depth--;
  }
  return depth > 0;
}
