/**
 * PDF reader: page texts from poppler's pdftotext when it is installed, else
 * from pdf-parse (run on a worker, with CMaps so non-embedded Chinese fonts
 * yield text); both give the same positioned runs. Then page furniture removed:
 * running headers/footers repeated on most pages and page numbers. Each
 * visual line stays a para; re-joining wrapped Chinese lines is the
 * extractors' job because only they know where a task or unit list ends.
 */
import type { Block } from '../model/blocks.js';
import { ContentError, InputError } from '../errors.js';
import { checkPdfInflation, DEFAULT_PDF_TIMEOUT_MS } from './pdf-limits.js';
import { extractPdfPages, type PdfExtraction, type PdfPageText, type PdfTextItem } from './pdf-worker.js';
import { pdfTextSource, pdftotextFor } from './pdftotext.js';
import { chineseScript } from './encoding.js';
import { trimSpace } from '../util/space.js';
import { minOf } from '../util/arrays.js';
import { findTables, joinContinuedTables, textRuns, type TextRun } from './pdf-table.js';

export interface PdfReadOptions {
  /** Give up on a PDF after this many milliseconds (default 30 000). */
  timeoutMs?: number;
}

export { DEFAULT_PDF_TIMEOUT_MS } from './pdf-limits.js';

/** How many lines at the top and bottom of a page can be header/footer material. */
const EDGE_LINES = 2;

/** Page-number lines as Chinese and Western documents print them. */
const PAGE_NUMBER_PATTERNS: RegExp[] = [
  /^[—–\-－─]+\s*\d{1,4}\s*[—–\-－─]+$/, // — 3 —, - 3 -
  /^第\s*\d{1,4}\s*页(?:\s*[,，、/／]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页, 第3页 共10页
  /^共\s*\d{1,4}\s*页\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/10
  /^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^\d{1,4}$/, // a bare number at the page edge
];

export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER_PATTERNS.some((re) => re.test(line));
}

/** Full-width digits and Latin letters → ASCII. PDF text only: HTML/text keep characters as printed. */
export function normaliseFullWidthAlnum(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/**
 * CJK Radicals Supplement code points that browsers' and Office's ToUnicode
 * maps emit for ordinary characters whose glyph doubles as a radical
 * (Chromium prints 首页 as ⾸⻚). Only whole-character radicals are listed;
 * components such as ⻌ have no character to map to.
 */
const RADICAL_SUPPLEMENT: Record<string, string> = {
  '⺟': '母', '⺠': '民', '⻄': '西', '⻅': '见', '⻆': '角', '⻉': '贝', '⻋': '车', '⻑': '長', '⻓': '长', '⻔': '门',
  '⻗': '雨', '⻘': '青', '⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼',
  '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

/**
 * Punctuation a PDF font's Unicode map gives as a compatibility twin of what
 * Chinese text uses: U+2329/U+232A are canonically U+3008/U+3009 (〈〉), and
 * GB2312's dash maps to U+2015 in some tables where the text has U+2014.
 */
const PUNCTUATION_TWINS: Record<string, string> = { '\u2329': '\u3008', '\u232a': '\u3009', '\u2015': '\u2014' };

/**
 * Traditional characters that pdf.js reports for a simplified glyph shared in
 * Source Han/Noto CJK fonts (a browser-printed 户 comes back as 戶). Mapped
 * only when the document is otherwise simplified, where the traditional form
 * cannot be meant.
 */
const SHARED_GLYPH_TRADITIONAL: Record<string, string> = { '戶': '户' };

/** Kangxi radicals (U+2F00–U+2FD5) have canonical NFKC mappings to the unified ideographs. */
export function normaliseRadicals(text: string): string {
  return text.replace(/[\u2e80-\u2eff\u2f00-\u2fd5]/g, (ch) => RADICAL_SUPPLEMENT[ch] ?? (ch >= '\u2f00' ? ch.normalize('NFKC') : ch));
}

function normalisePunctuationTwins(text: string): string {
  return text.replace(/[\u2329\u232a\u2015]/g, (ch) => PUNCTUATION_TWINS[ch] ?? ch);
}

/** Undo shared-glyph traditional forms in a simplified document. */
export function normaliseSharedGlyphs(pages: PageLine[][]): PageLine[][] {
  if (chineseScript(pages.flat().map((l) => l.text).join('')) !== 'simplified') return pages;
  const pattern = new RegExp(`[${Object.keys(SHARED_GLYPH_TRADITIONAL).join('')}]`, 'g');
  return pages.map((lines) => lines.map((l) => ({ ...l, text: l.text.replace(pattern, (ch) => SHARED_GLYPH_TRADITIONAL[ch] ?? ch) })));
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * Group positioned items into visual lines: same baseline (within half a font
 * size), top to bottom. Within a line the content-stream order is kept when it
 * runs left to right: CJK punctuation is often drawn slightly left of where
 * the previous glyph ends ("(“" squeezed), and sorting by x would swap them.
 * Only a line drawn out of order is sorted by x.
 */
function groupIntoLines(items: PdfTextItem[]): PdfTextItem[][] {
  const indexed = items.map((item, index) => ({ item, index })).filter(({ item }) => item.str !== '');
  indexed.sort((a, b) => a.item.y - b.item.y || a.index - b.index);
  const lines: Array<typeof indexed> = [];
  let current: typeof indexed = [];
  let baseline = 0;
  let size = 0;
  for (const entry of indexed) {
    const { item } = entry;
    if (current.length > 0 && Math.abs(item.y - baseline) <= Math.max(size, item.size, 1) * 0.5) {
      current.push(entry);
      size = Math.max(size, item.size);
    } else {
      if (current.length > 0) lines.push(current);
      current = [entry];
      baseline = item.y;
      size = item.size;
    }
  }
  if (current.length > 0) lines.push(current);
  return lines.map((line) => {
    const inStreamOrder = line.sort((a, b) => a.index - b.index).map(({ item }) => item);
    return runsLeftToRight(inStreamOrder) ? inStreamOrder : inStreamOrder.slice().sort((a, b) => a.x - b.x);
  });
}

/** True if each run starts no more than half an em left of the previous run's start. */
function runsLeftToRight(items: PdfTextItem[]): boolean {
  return items.every((item, i) => i === 0 || item.x >= items[i - 1]!.x - 0.5 * Math.max(item.size, 1));
}

/**
 * Join the runs of one line left to right. Chinese runs touch (justification
 * leaves small gaps, which must not become spaces inside a word); Latin words
 * split without a space character get one; a gap of more than 1.5 em is a
 * column or cell boundary and becomes a space.
 */
function joinLine(items: PdfTextItem[]): string {
  let text = '';
  let prev: PdfTextItem | undefined;
  for (const item of items) {
    if (prev) {
      const size = Math.max(prev.size, item.size, 1);
      const gap = item.x - (prev.x + prev.width);
      // Fake bold: the same run drawn twice a fraction of a point apart.
      if (item.str === prev.str && Math.abs(item.x - prev.x) < 0.2 * size) continue;
      const left = text.slice(-1);
      const right = item.str[0] ?? '';
      const spaced = /\s/.test(left) || /\s/.test(right);
      if (!spaced && (gap > 1.5 * size || (gap > 0.2 * size && LATIN_OR_DIGIT.test(left) && LATIN_OR_DIGIT.test(right)))) text += ' ';
    }
    text += item.str;
    prev = item;
  }
  return text;
}

/** The visual lines of one page, top to bottom. */
export function assembleLines(items: PdfTextItem[]): string[] {
  return groupIntoLines(items).map(joinLine);
}

/** A visual line and, when positions are known, how far down the page its baseline sits (0 top … 1 bottom). */
export interface PageLine {
  text: string;
  depth: number | null;
  /** Baseline of the line's highest run in page units, when positions are known: places it against a rebuilt table. */
  y?: number;
}

/**
 * The band at the top and bottom of a page where running headers and footers
 * live (A4: about 59 pt). Body text, and table header rows repeated on each
 * page, start below it.
 */
const MARGIN_BAND = 0.07;

function normaliseLine(raw: string): string {
  return trimSpace(normalisePunctuationTwins(normaliseRadicals(normaliseFullWidthAlnum(raw.replace(/\t/g, ' ')))));
}

function pageLines(page: PdfPageText): PageLine[] {
  const height = page.height ?? 0;
  const lines: PageLine[] = page.items
    ? groupIntoLines(page.items).map((items) => ({
        text: joinLine(items),
        depth: height > 0 ? minOf(items.map((i) => i.y)) / height : null,
        y: minOf(items.map((i) => i.y)),
      }))
    : (page.text ?? '').split(/\r\n|\n|\r/).map((text) => ({ text, depth: null }));
  return lines.map((l) => ({ ...l, text: normaliseLine(l.text) })).filter((l) => l.text !== '');
}

/** Header/footer identity ignores numbers, so "2024年第3期 … 第3页" matches across pages. */
function furnitureKey(line: string): string {
  return line.replace(/\d+/g, '#').replace(/\s+/g, '');
}

function edgeIndexes(count: number): number[] {
  const idx = new Set<number>();
  for (let i = 0; i < Math.min(EDGE_LINES, count); i++) {
    idx.add(i);
    idx.add(count - 1 - i);
  }
  return [...idx];
}

/** Without positions every edge line could be in the margin; with them, only lines in the top/bottom band are. */
function inMarginBand(line: PageLine): boolean {
  return line.depth === null || line.depth < MARGIN_BAND || line.depth > 1 - MARGIN_BAND;
}

/**
 * Drop page numbers and running headers/footers. A line at a page edge is
 * page furniture when the same line (numbers aside) sits at an edge of most
 * pages. In the margin band it goes everywhere; inside the body area it is a
 * table header row repeated on each page, which is kept where it first occurs.
 */
export function removePageFurniture(pages: PageLine[][]): PageLine[][] {
  const withoutNumbers = pages.map((lines) => {
    const edges = new Set(edgeIndexes(lines.length));
    return lines.filter((line, i) => !(edges.has(i) && isPageNumberLine(line.text)));
  });
  if (withoutNumbers.length < 2) return withoutNumbers;

  const pagesWithKey = new Map<string, number>();
  for (const lines of withoutNumbers) {
    const keys = new Set(edgeIndexes(lines.length).map((i) => furnitureKey(lines[i]!.text)));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(withoutNumbers.length * 0.6));
  const furniture = new Set([...pagesWithKey].filter(([, n]) => n >= needed).map(([key]) => key));
  if (furniture.size === 0) return withoutNumbers;
  const seenInBody = new Set<string>();
  return withoutNumbers.map((lines) => {
    const edges = new Set(edgeIndexes(lines.length));
    return lines.filter((line, i) => {
      const key = furnitureKey(line.text);
      if (!edges.has(i) || !furniture.has(key)) return true;
      if (inMarginBand(line)) return false;
      if (seenInBody.has(key)) return false;
      seenInBody.add(key);
      return true;
    });
  });
}

/**
 * The one re-join that is safe without knowing the document: a Latin word
 * hyphenated at a line end ("infra-" + "structure").
 */
function joinHyphenatedWords(lines: Array<{ text: string; page: number }>): Array<{ text: string; page: number }> {
  const out: Array<{ text: string; page: number }> = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && /[A-Za-z]{2}-$/.test(prev.text) && /^[a-z]{2}/.test(line.text)) {
      prev.text = prev.text.slice(0, -1) + line.text;
    } else out.push({ ...line });
  }
  return out;
}

function failureReason(result: Extract<PdfExtraction, { ok: false }>, timeoutMs: number): string {
  switch (result.failure) {
    case 'password':
      return 'encrypted PDF (password protected); remove the password first';
    case 'corrupt':
      return 'corrupt or truncated PDF';
    case 'timeout':
      return `PDF took longer than ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${timeoutMs / 1000} s`} to parse (malformed or too complex); gave up`;
    case 'crash':
      return 'PDF parser failed (malformed or too large PDF)';
    default: {
      const first = result.message.split('\n')[0]?.trim() ?? '';
      return first ? `unreadable PDF (${first.slice(0, 120)})` : 'unreadable PDF';
    }
  }
}

/** Page texts → blocks, without any I/O (used by tests on extracted texts too). */
export function pdfPagesToBlocks(pages: PdfPageText[]): Block[] {
  const cleaned = removePageFurniture(normaliseSharedGlyphs(pages.map(pageLines)));
  const tables = findTables(pages.map(tableRuns));
  const simplified = chineseScript(cleaned.flat().map((l) => l.text).join('')) === 'simplified';
  const blocks: Block[] = [];
  cleaned.forEach((lines, i) => {
    const page = pages[i]!.num;
    const table = tables[i];
    const paras = (ls: PageLine[]): Block[] =>
      joinHyphenatedWords(ls.map(({ text }) => ({ text, page }))).map(({ text, page: p }) => ({ kind: 'para', text, page: p }));
    if (!table) {
      blocks.push(...paras(lines));
      return;
    }
    // Lines inside the table's band are its cells, already rebuilt; lines above and below stay paragraphs.
    const slack = 0.5;
    blocks.push(...paras(lines.filter((l) => l.y === undefined || l.y < table.top - slack)));
    const rows = table.rows.map((cells) => cells.map((c) => normaliseCell(c, simplified)));
    blocks.push({ kind: 'table', rows, page });
    blocks.push(...paras(lines.filter((l) => l.y !== undefined && l.y > table.bottom + slack)));
  });
  return joinPageTables(blocks);
}

/** At most this many short lines between two tables are the table's own spanning rows (section headings). */
const MAX_LINES_BETWEEN_TABLE_PAGES = 3;
const SPANNING_ROW_MAX_CHARS = 40;

/**
 * Tables of consecutive pages are one table. A few short lines between them are rows that span the
 * whole table (四、全面加快新型城镇化进程): they start no column, so the page's table began below them.
 */
function joinPageTables(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const b = blocks[i]!;
    const prev = out[out.length - 1];
    if (prev?.kind === 'table') {
      let j = i;
      while (j < blocks.length && blocks[j]!.kind === 'para' && j - i < MAX_LINES_BETWEEN_TABLE_PAGES) j++;
      const next = blocks[j];
      const between = blocks.slice(i, j) as Array<Extract<Block, { kind: 'para' }>>;
      const width = prev.rows[0]?.length ?? 0;
      if (next?.kind === 'table' && next.rows[0]?.length === width && between.every((p) => p.text.length <= SPANNING_ROW_MAX_CHARS)) {
        const spanning = between.map((p) => Array.from({ length: width }, () => p.text));
        const continued = spanning.length ? [...spanning, ...next.rows] : next.rows;
        prev.rows = joinContinuedTables([prev.rows, continued])[0]!;
        i = j + 1;
        continue;
      }
    }
    out.push(b);
    i++;
  }
  return out;
}

/** The text runs a table on the page may hold; a page number in the header or footer band is never one. */
function tableRuns(page: PdfPageText): TextRun[] {
  if (!page.items || !page.height) return [];
  const height = page.height;
  return textRuns(page.items).filter((r) => !(isPageNumberLine(r.text.trim()) && (r.y < height * MARGIN_BAND || r.y > height * (1 - MARGIN_BAND))));
}

function normaliseCell(text: string, simplified: boolean): string {
  const t = normaliseLine(text);
  return simplified ? t.replace(/[戶]/g, (ch) => SHARED_GLYPH_TRADITIONAL[ch] ?? ch) : t;
}

/** The reason a PDF without a text layer is refused; the reader tries OCR on exactly these. */
export const SCANNED_PDF_REASON = 'scanned PDF, no text layer (OCR it first)';

export async function pdfToBlocks(bytes: Buffer, file: string, opts: PdfReadOptions = {}): Promise<Block[]> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const result = await extractPages(bytes, file, timeoutMs);
  if (!result.ok) {
    // Corrupt or encrypted is the file's own doing; a timeout or a crashed parser may not be.
    const Failure = result.failure === 'corrupt' || result.failure === 'password' ? ContentError : InputError;
    throw new Failure(file, failureReason(result, timeoutMs));
  }
  if (!hasText(result.pages)) {
    throw new InputError(file, result.pages.length === 0 ? 'PDF has no pages' : SCANNED_PDF_REASON);
  }
  return pdfPagesToBlocks(result.pages);
}

function hasText(pages: PdfPageText[]): boolean {
  return pages.some((p) => (p.items ?? []).some((i) => i.str.trim() !== '') || (p.text ?? '').trim() !== '');
}

/**
 * The page texts, from the source pdfTextSource names. pdf.js reads the PDF when pdftotext fails on it
 * (pdf.js then gives today's error, or reads what poppler could not), finds no text in it (a scan is only
 * called one when pdf.js agrees, so fonts poppler cannot map are never taken for a scan) or lacks
 * poppler-data for one of its fonts. A pdftotext timeout stands: pdf.js is the slower of the two.
 *
 * The decompression limit is checked before pdf.js reads anything, and while pdftotext runs: pdftotext is
 * a process of its own that reads streams as they come, and the check inflates every stream (~90 ms of a
 * printed PDF's thousand small ones), which would otherwise add to pdftotext's time.
 */
async function extractPages(bytes: Buffer, file: string, timeoutMs: number): Promise<PdfExtraction> {
  const started = Date.now();
  const poppler = pdfTextSource(bytes) === 'pdftotext' ? pdftotextFor(bytes, timeoutMs) : undefined;
  try {
    await checkPdfInflation(bytes, file);
  } catch (e) {
    poppler?.cancel();
    throw e;
  }
  if (poppler) {
    const result = await poppler.result;
    if (result.ok && hasText(result.pages)) return result;
    if (!result.ok && result.timeout) return { ok: false, failure: 'timeout', message: result.message };
  }
  return extractPdfPages(bytes, { timeoutMs: Math.max(1, timeoutMs - (Date.now() - started)) });
}
