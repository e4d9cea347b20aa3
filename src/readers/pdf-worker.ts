/**
 * Runs pdf-parse on a worker thread so a hostile or huge PDF can be killed by
 * a timeout instead of hanging the whole run. The worker only extracts page
 * texts; everything that interprets them happens on the main thread.
 *
 * The worker body is plain JavaScript passed with `eval: true`: that runs the
 * same way under tsx (tests), from dist (the CLI) and from a bundle, with no
 * separate worker file to locate or transpile.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** One run of text as pdf.js reports it, in viewport coordinates (y grows downwards, baseline point). */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
}

/** A page as the worker returns it: positioned items, or plain text from the fallback path. */
export interface PdfPageText {
  num: number;
  items?: PdfTextItem[];
  text?: string;
  height?: number;
}

/** What went wrong inside the worker, classified for the user. */
export type PdfFailure = 'password' | 'corrupt' | 'timeout' | 'crash' | 'other';

export type PdfExtraction =
  | { ok: true; pages: PdfPageText[] }
  | { ok: false; failure: PdfFailure; message: string };

export interface PdfExtractOptions {
  /** Milliseconds before the worker is terminated. */
  timeoutMs: number;
  /** Pass false only to demonstrate what happens without CMaps (tests). */
  useCMaps?: boolean;
  /** Heap limit of the worker in MB, so one PDF cannot exhaust the process. */
  maxHeapMb?: number;
}

interface PdfAssetPaths {
  pdfParsePath: string;
  cMapUrl: string;
  standardFontDataUrl: string;
}

let assets: PdfAssetPaths | undefined;

/**
 * pdf.js needs filesystem paths WITH a trailing separator for its CMaps and
 * standard fonts; without the CMaps, text in non-embedded Chinese fonts
 * (STSong-Light + UniGB-UCS2-H, as Office exports) comes back empty.
 */
function pdfAssets(): PdfAssetPaths {
  if (assets) return assets;
  const require = createRequire(import.meta.url);
  const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));
  assets = {
    // Resolved here because an eval'd worker has no module context of ours to resolve from.
    pdfParsePath: require.resolve('pdf-parse'),
    cMapUrl: path.join(pdfjsRoot, 'cmaps') + path.sep,
    standardFontDataUrl: path.join(pdfjsRoot, 'standard_fonts') + path.sep,
  };
  return assets;
}

/**
 * pdf-parse 2.4.5's `load()` (not in its typings) yields the pdf.js document,
 * whose text items carry positions; lines are then built on the main thread
 * by position. Should a later pdf-parse drop `load()`, the worker falls back to
 * the public `getText()`, whose lines are in content-stream order.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  let parser;
  try {
    const { PDFParse } = require(workerData.pdfParsePath);
    const options = { data: new Uint8Array(workerData.data), isEvalSupported: false, verbosity: 0, stopAtErrors: false };
    if (workerData.useCMaps) {
      options.cMapUrl = workerData.cMapUrl;
      options.cMapPacked = true;
      options.standardFontDataUrl = workerData.standardFontDataUrl;
    }
    parser = new PDFParse(options);
    if (typeof parser.load === 'function') {
      const doc = await parser.load();
      const pages = [];
      for (let num = 1; num <= doc.numPages; num++) {
        const page = await doc.getPage(num);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items = [];
        for (const item of content.items) {
          if (!('str' in item) || item.str === '') continue;
          const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
          const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 0;
          items.push({ str: item.str, x, y, width: item.width, size });
        }
        pages.push({ num, items, height: viewport.height });
        page.cleanup();
      }
      parentPort.postMessage({ ok: true, pages });
    } else {
      const result = await parser.getText({ pageJoiner: '', cellSeparator: ' ' });
      parentPort.postMessage({ ok: true, pages: result.pages.map((p) => ({ num: p.num, text: p.text })) });
    }
  } catch (error) {
    const name = error && error.name ? String(error.name) : 'Error';
    const message = error && error.message ? String(error.message) : String(error);
    parentPort.postMessage({ ok: false, name, message });
  } finally {
    if (parser) await parser.destroy().catch(() => {});
  }
})();
`;

interface WorkerReply {
  ok: boolean;
  pages?: PdfPageText[];
  name?: string;
  message?: string;
}

/** pdf.js error class names → what the user is told. */
function classify(name: string, message: string): PdfFailure {
  if (name === 'PasswordException' || /password/i.test(message)) return 'password';
  if (name === 'InvalidPDFException' || name === 'FormatError' || /invalid pdf|xref|startxref|unexpected end|bad (?:xref|trailer)/i.test(message)) {
    return 'corrupt';
  }
  return 'other';
}

/** Extract each page's text off the main thread, bounded by a timeout. */
export function extractPdfPages(bytes: Buffer, opts: PdfExtractOptions): Promise<PdfExtraction> {
  const { pdfParsePath, cMapUrl, standardFontDataUrl } = pdfAssets();
  // A copy, so the caller's Buffer (possibly a view into a shared pool) is never transferred away.
  const data = new Uint8Array(bytes).buffer;
  return new Promise((resolve) => {
    let settled = false;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { data, pdfParsePath, cMapUrl, standardFontDataUrl, useCMaps: opts.useCMaps !== false },
      transferList: [data],
      resourceLimits: { maxOldGenerationSizeMb: opts.maxHeapMb ?? 1024 },
      stdout: true,
      stderr: true,
    });
    // pdf.js prints font warnings; they are noise for the user, but the pipes must be drained.
    worker.stdout.resume();
    worker.stderr.resume();
    const finish = (result: PdfExtraction): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish({ ok: false, failure: 'timeout', message: `PDF parsing took longer than ${opts.timeoutMs} ms` }),
      opts.timeoutMs,
    );
    worker.on('message', (reply: WorkerReply) => {
      if (reply.ok) finish({ ok: true, pages: reply.pages ?? [] });
      else finish({ ok: false, failure: classify(reply.name ?? '', reply.message ?? ''), message: reply.message ?? '' });
    });
    worker.on('error', (err) => finish({ ok: false, failure: 'crash', message: err.message }));
    worker.on('exit', (code) => finish({ ok: false, failure: 'crash', message: `PDF worker exited with code ${code}` }));
  });
}
