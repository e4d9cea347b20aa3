/**
 * PDF page texts from poppler's `pdftotext`, in the shape the pdf.js worker returns, so everything after
 * extraction runs unchanged. pdftotext reads the seed-001 CMap PDF in ~20 ms where pdf.js takes 100–170 ms
 * after loading itself on its own thread, and a one-PDF run spent most of its time on the latter.
 *
 * `-raw -bbox`: each word with its box, in content-stream order. Not `-bbox-layout`: its reading order
 * and its lines are poppler's layout analysis (words sorted into columns, duplicates dropped, words
 * merged), where pdf.js reports runs in stream order, which its line builder relies on (pdf.ts); lines are
 * rebuilt from positions after extraction either way. Raw words are cut only at a space, a gap or a new
 * font size, so they can be joined again the way pdf.js joins its glyphs (pdf-words.ts).
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import type { PdfPageText } from './pdf-worker.js';
import { DEFAULT_PDF_TIMEOUT_MS } from './pdf-limits.js';
import { MAX_INPUT_BYTES, readGatedSync } from '../util/input-gate.js';
import { fontMetrics, wordsToItems, type PopplerWord } from './pdf-words.js';

/** Pages, a timeout (final, as pdf.js's is), or why pdf.js should read the PDF instead. */
export type PdftotextResult = { ok: true; pages: PdfPageText[] } | { ok: false; timeout: boolean; message: string };

/**
 * The XHTML is ~100 bytes a word; a PDF whose output passes this is left to pdf.js, whose heap limit
 * bounds it, so that one file cannot fill this process's memory.
 */
export const MAX_PDFTOTEXT_OUTPUT_BYTES = 64 * 1024 * 1024;

let located: string | null | undefined;

/**
 * The pdftotext to run, or null: TASKGEN_PDFTOTEXT, else `pdftotext` on the PATH. Looked up once per
 * process by looking into the PATH's folders, not by running `pdftotext -v` (a process for nothing).
 */
export function pdftotextProgram(): string | null {
  if (located !== undefined) return located;
  const name = process.env.TASKGEN_PDFTOTEXT || 'pdftotext';
  const candidates = name.includes('/') ? [name] : (process.env.PATH ?? '').split(delimiter).filter(isAbsolute).map((dir) => join(dir, name));
  located = candidates.find(isExecutable) ?? null;
  return located;
}

/**
 * Which program reads a PDF's text, decided here alone: poppler's pdftotext when installed (a fifth to a
 * tenth of pdf.js's time, and no pdf.js to load), else pdf.js on its worker. TASKGEN_PDF=pdfjs forces
 * pdf.js. Given the PDF, pdf.js also reads one whose fonts use a legacy-code-page CMap (LEGACY_CMAP) or
 * whose pages are turned a quarter (QUARTER_TURN).
 */
export function pdfTextSource(pdf?: Buffer): 'pdftotext' | 'pdfjs' {
  if (process.env.TASKGEN_PDF === 'pdfjs' || pdftotextProgram() === null) return 'pdfjs';
  return pdf && (mentions(pdf, '/Encoding', LEGACY_CMAP) || mentions(pdf, '/Rotate', QUARTER_TURN)) ? 'pdfjs' : 'pdftotext';
}

/**
 * A page turned a quarter (/Rotate 90 or 270). pdftotext prints the page's size before the turn and its
 * words after it, and which pages are turned it does not say; pdf.js reads such a PDF, so that the height
 * the header and footer bands are measured against is the page's as shown.
 */
const QUARTER_TURN = /^\/Rotate\s+-?(?:90|270)\b/;

/**
 * Predefined CMaps that encode text in a legacy Chinese, Japanese or Korean code page (GBK-EUC-H, B5pc-H,
 * 90ms-RKSJ-H…), named in a font's /Encoding. For their single-byte codes pdf.js reports ASCII and poppler
 * the full-width forms Adobe's tables map them to (，．：（ for , . : ( ), so these PDFs stay with pdf.js
 * and read as they did. Only a font dictionary outside a compressed object stream is seen.
 */
const LEGACY_CMAP = /^\/Encoding\s*\/(?!Uni|Identity)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*-[HV]\b/;

/** Whether a dictionary outside the PDF's compressed streams has `key` followed by what `pattern` matches. */
function mentions(pdf: Buffer, key: string, pattern: RegExp): boolean {
  for (let at = pdf.indexOf(key, 0, 'latin1'); at >= 0; at = pdf.indexOf(key, at + key.length, 'latin1')) {
    if (pattern.test(pdf.toString('latin1', at, at + 64))) return true;
  }
  return false;
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * What pdftotext prints when a font needs poppler-data (the Adobe CMaps of non-embedded Chinese fonts) that
 * is not installed; it exits 0 all the same, without those fonts' words.
 */
const MISSING_DATA = /Missing language pack|Unknown character collection|Couldn't find .*(?:CMap|cidToUnicode|unicodeMap)/i;

/** pdftotext at work on one PDF. */
export interface PdftotextRun {
  bytes: Buffer;
  timeoutMs: number;
  result: Promise<PdftotextResult>;
  /** Kills it (the PDF was refused before its text was needed). */
  cancel(): void;
}

/** Runs pdftotext on the bytes (on its stdin) under a deadline that kills it. */
export function pdftotextPages(bytes: Buffer, opts: { timeoutMs: number; program?: string }): Promise<PdftotextResult> {
  return startPdftotext(bytes, opts.timeoutMs, opts.program).result;
}

function startPdftotext(bytes: Buffer, timeoutMs: number, program = pdftotextProgram()): PdftotextRun {
  if (!program) return { bytes, timeoutMs, result: Promise.resolve({ ok: false, timeout: false, message: 'pdftotext not found' }), cancel: () => {} };
  const child = spawn(program, ['-raw', '-bbox', '-cropbox', '-enc', 'UTF-8', '-', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let finish: (result: PdftotextResult) => void = () => {};
  const result = new Promise<PdftotextResult>((resolve) => {
    const out: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let missingData = false;
    let settled = false;
    finish = (r) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(r);
    };
    const timer = setTimeout(() => finish({ ok: false, timeout: true, message: `pdftotext took longer than ${timeoutMs} ms` }), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PDFTOTEXT_OUTPUT_BYTES) finish({ ok: false, timeout: false, message: 'pdftotext output too large' });
      else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      // A damaged PDF can make poppler complain for every glyph: only the last lines are kept.
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
      if (MISSING_DATA.test(stderr)) missingData = true;
    });
    // pdftotext closes its stdin early on a PDF it refuses; its exit code tells why.
    child.stdin.on('error', () => {});
    child.on('error', (e) => finish({ ok: false, timeout: false, message: `pdftotext could not start: ${e.message}` }));
    child.on('close', (code) => {
      if (code !== 0) finish({ ok: false, timeout: false, message: `pdftotext exited with ${code}: ${stderr.trim().split('\n').pop() ?? ''}` });
      else if (missingData) finish({ ok: false, timeout: false, message: 'a font of this PDF needs poppler-data, which is not installed' });
      else finish({ ok: true, pages: bboxToPages(Buffer.concat(out).toString('utf8')) });
    });
    child.stdin.end(bytes);
  });
  return { bytes, timeoutMs, result, cancel: () => finish({ ok: false, timeout: false, message: 'cancelled' }) };
}

/** A run started before its PDF's turn came (startReadingPdf), until pdftotextFor takes it. */
let early: PdftotextRun | undefined;

/**
 * For a command about to read the PDF at `path`: starts the slow part of reading it now, while the
 * command loads the rest of taskgen: pdftotext on it (pdftotextFor takes the run), or pdf.js's worker.
 */
export function startReadingPdf(path: string): void {
  let bytes: Buffer | undefined;
  try {
    if (pdfTextSource() === 'pdftotext') bytes = readGatedSync(path, { maxBytes: MAX_INPUT_BYTES, what: 'document' });
  } catch {
    return; // unreadable now: the read in its turn says why
  }
  if (bytes && pdfTextSource(bytes) === 'pdftotext') {
    early?.cancel();
    early = startPdftotext(bytes, DEFAULT_PDF_TIMEOUT_MS);
  } else {
    void import('./pdf-worker.js').then((m) => m.startPdfWorker());
  }
}

/** pdftotext on these bytes: the early run if it was started on them (with this deadline), else a new one. */
export function pdftotextFor(bytes: Buffer, timeoutMs: number): PdftotextRun {
  if (early && early.timeoutMs === timeoutMs && early.bytes.equals(bytes)) {
    const run = early;
    early = undefined;
    return run;
  }
  return startPdftotext(bytes, timeoutMs);
}

const PAGE_OR_WORD = /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="(-?[\d.]+)" yMin="(-?[\d.]+)" xMax="(-?[\d.]+)" yMax="(-?[\d.]+)">([^<]*)<\/word>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** pdftotext's `-bbox` XHTML → pages of runs. Its markup is pdftotext's own and fixed: one scan reads it. */
export function bboxToPages(xhtml: string): PdfPageText[] {
  const pages: { width: number; height: number; words: PopplerWord[] }[] = [];
  for (const m of xhtml.matchAll(PAGE_OR_WORD)) {
    if (m[1] !== undefined) {
      pages.push({ width: Number(m[1]), height: Number(m[2]), words: [] });
      continue;
    }
    const text = m[7]!.includes('&') ? m[7]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!) : m[7]!;
    pages[pages.length - 1]?.words.push({ text, xMin: Number(m[3]), yMin: Number(m[4]), xMax: Number(m[5]), yMax: Number(m[6]) });
  }
  const metrics = fontMetrics(pages.map((p) => p.words));
  return pages.map((page, i) => ({ num: i + 1, items: wordsToItems(page.words, metrics), height: displayedHeight(page) }));
}

/**
 * A page turned a quarter inside a compressed object stream, where QUARTER_TURN cannot see it, shows when
 * words lie beyond the printed width or height (poppler drops text outside the page): its height as shown,
 * the one pdf.js reports, is the printed width.
 */
function displayedHeight({ width, height, words }: { width: number; height: number; words: PopplerWord[] }): number {
  return words.some((w) => w.xMax > width + 1 || w.yMax > height + 1) ? width : height;
}
