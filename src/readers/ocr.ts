/**
 * Scanned PDFs: each page rendered to an image by pdftoppm, read by Tesseract
 * with its simplified-Chinese model, page by page so a long scan never holds
 * more than one page image in flight. The text is less reliable than a text
 * layer; the pipeline marks it as OCR in `source.via` and warns.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { CONVERT_TIMEOUT_MS, hasProgram, program, runWithTimeout, scratchDir } from './convert.js';
import { SCANNED_PDF_REASON } from './pdf.js';

/** 300 dpi is where Tesseract's Chinese model reads 10.5-pt body text reliably; higher only costs time. */
const OCR_DPI = 300;

/** One page takes Tesseract ~10 s of CPU; this bounds a page that never ends, not a slow machine. */
const OCR_PAGE_TIMEOUT_MS = 600_000;

/**
 * One thread per Tesseract: batch workers already use every core, and Tesseract's own OpenMP threads
 * on top of them made each page several times slower on a loaded machine.
 */
const TESSERACT_ENV = { ...process.env, OMP_THREAD_LIMIT: '1' };

/** The recognised text of each page, in page order. */
export async function ocrPdfPages(bytes: Buffer, file: string, opts: { scratch?: string | undefined; timeoutMs?: number | undefined } = {}): Promise<string[]> {
  if (!hasProgram(program('tesseract')) || !hasProgram(program('pdftoppm'), '-v')) {
    throw new InputError(file, `${SCANNED_PDF_REASON}; install Tesseract to read it (Debian: apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils)`);
  }
  if (!chineseModelInstalled()) {
    throw new InputError(file, `${SCANNED_PDF_REASON}; Tesseract has no simplified-Chinese model (Debian: apt-get install tesseract-ocr-chi-sim)`);
  }
  const timeoutMs = opts.timeoutMs ?? CONVERT_TIMEOUT_MS;
  const pageTimeoutMs = opts.timeoutMs ?? OCR_PAGE_TIMEOUT_MS;
  const dir = scratchDir(opts.scratch, 'taskgen-ocr-');
  try {
    const pdf = join(dir, 'input.pdf');
    writeFileSync(pdf, bytes);
    const rendered = await runWithTimeout(file, program('pdftoppm'), ['-r', String(OCR_DPI), '-gray', '-png', pdf, join(dir, 'page')], timeoutMs, 'rendering the scanned pages');
    const pages = readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => pageNumber(a) - pageNumber(b));
    if (rendered.code !== 0 || pages.length === 0) throw new InputError(file, 'scanned PDF whose pages could not be rendered for OCR');
    const texts: string[] = [];
    for (const page of pages) {
      const base = join(dir, page.replace(/\.png$/, ''));
      const r = await runWithTimeout(file, program('tesseract'), [join(dir, page), base, '-l', 'chi_sim', '--psm', '6'], pageTimeoutMs, `OCR of ${page.replace(/\.png$/, '')}`, TESSERACT_ENV);
      if (r.code !== 0) throw new InputError(file, `OCR failed on ${page.replace(/\.png$/, '')}`);
      texts.push(repairHeadingNumbers(joinCjkSpaces(readFileSync(`${base}.txt`, 'utf8'))));
      rmSync(join(dir, page), { force: true });
    }
    return texts;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function pageNumber(name: string): number {
  return Number(/(\d+)\.png$/.exec(name)![1]);
}

let chiSim: boolean | undefined;
function chineseModelInstalled(): boolean {
  if (chiSim === undefined) {
    const r = spawnSync(program('tesseract'), ['--list-langs'], { encoding: 'utf8', timeout: 60_000 });
    chiSim = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.split(/\s+/).includes('chi_sim');
  }
  return chiSim;
}

/**
 * Tesseract puts a space between every pair of Chinese characters it reads; Chinese text has none, and the
 * extractors match words across them. Spaces between Latin letters or digits are kept.
 */
export function joinCjkSpaces(text: string): string {
  const cjk = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef';
  return text
    .replace(new RegExp(`(?<=[${cjk}])[ \\t]+(?=[${cjk}0-9A-Za-z])`, 'gu'), '')
    .replace(new RegExp(`(?<=[0-9A-Za-z])[ \\t]+(?=[${cjk}])`, 'gu'), '');
}

/**
 * Tesseract's chi_sim model reads the heading number （二） as 全) or 仝) — the bracket and the two strokes
 * merged into one glyph (seen on every （二） heading of seed 001 scanned at 200 dpi). Only at a line
 * start followed by text, where a heading number stands, is it put back.
 */
export function repairHeadingNumbers(text: string): string {
  return text.replace(/^[全仝][)）](?=\S)/gmu, '(二)');
}
