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
  /** Heap limit in MB of the worker (applied when a worker is started), so one PDF cannot exhaust the process. */
  maxHeapMb?: number;
}

interface PdfAssetPaths {
  pdfParsePath: string;
  /** pdf.js's worker half (the parser), which pdf.js would import on the first document. */
  pdfjsWorkerPath: string;
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
    pdfjsWorkerPath: path.join(path.dirname(require.resolve('pdf-parse')), 'pdf.worker.mjs'),
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
 * The worker stays alive between documents: starting a thread and loading
 * pdf.js cost more than parsing a typical attachment.
 *
 * Start-up is most of a one-PDF run, so the worker loads only what text needs. pdf.js's display half
 * loads @napi-rs/canvas (a native addon, ~70 ms) to polyfill DOMMatrix, ImageData and Path2D for
 * rendering pages, which taskgen never does (OCR renders with pdftoppm): that one module is refused,
 * and the one DOMMatrix pdf.js builds while loading (a constant of its canvas code) gets an inert
 * stand-in. The parser half (pdf.worker.mjs, 1.1 MB) is imported at once, as pdf.js would on the
 * first document, so that a worker started early (startPdfWorker) has it compiled while the main
 * thread loads the extractors.
 */
const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
// pdf.js prints font warnings through console; they are noise for the user. (Piping the worker's
// stdout instead would keep the process alive while the idle worker waits for the next document.)
for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = () => {};
const Module = require('node:module');
const loadModule = Module._load;
Module._load = function (request) {
  if (request === '@napi-rs/canvas') throw new Error('not loaded: taskgen renders no PDF pages');
  return loadModule.apply(this, arguments);
};
if (!globalThis.DOMMatrix) globalThis.DOMMatrix = class DOMMatrix {};
let PDFParse;
try {
  ({ PDFParse } = require(workerData.pdfParsePath));
} finally {
  Module._load = loadModule;
}
// pdf.js takes an already loaded parser half from globalThis.pdfjsWorker instead of importing it.
const parserHalf = import(require('node:url').pathToFileURL(workerData.pdfjsWorkerPath).href).then((m) => {
  globalThis.pdfjsWorker = m;
});
async function extract(data, useCMaps) {
  let parser;
  try {
    await parserHalf;
    const options = { data: new Uint8Array(data), isEvalSupported: false, verbosity: 0, stopAtErrors: false };
    if (useCMaps) {
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
      return { ok: true, pages };
    }
    const result = await parser.getText({ pageJoiner: '', cellSeparator: ' ' });
    return { ok: true, pages: result.pages.map((p) => ({ num: p.num, text: p.text })) };
  } catch (error) {
    const name = error && error.name ? String(error.name) : 'Error';
    const message = error && error.message ? String(error.message) : String(error);
    return { ok: false, name, message };
  } finally {
    if (parser) await parser.destroy().catch(() => {});
  }
}
parentPort.on('message', async (job) => {
  parentPort.postMessage({ id: job.id, ...(await extract(job.data, job.useCMaps)) });
});
`;

interface WorkerReply {
  id: number;
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

/** The one live PDF worker of this thread, replaced after a timeout or crash. */
let live: Worker | null = null;
/**
 * pdf.js holds tens of MB; a worker idle this long is let go, so a batch of
 * mostly web pages does not carry one per thread. Back-to-back PDFs reuse it.
 */
const IDLE_MS = 2000;
let idleTimer: NodeJS.Timeout | null = null;
/**
 * Set for the length of a batch (holdPdfWorker): the worker is kept however long the gaps between PDFs.
 * In a mixed archive a PDF comes every few seconds, so the idle timeout restarted pdf.js for nearly
 * every one, at ~3× the CPU of the document itself.
 */
let held = false;

/** Keeps this thread's PDF worker from one PDF to the next until released (a batch worker, for its whole run). */
export function holdPdfWorker(): void {
  held = true;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
}

/** Ends holdPdfWorker: an idle worker is let go now. */
export function releasePdfWorker(): void {
  held = false;
  if (live && !busy) {
    void live.terminate();
    live = null;
  }
}

/** Whether a document is being extracted (the worker must not be let go under it). */
let busy = false;
let nextJobId = 1;
/** Documents are extracted one at a time per thread; a batch gets its parallelism from its own workers. */
let queue: Promise<unknown> = Promise.resolve();

function pdfWorker(maxHeapMb: number): Worker {
  if (live) return live;
  const { pdfParsePath, pdfjsWorkerPath, cMapUrl, standardFontDataUrl } = pdfAssets();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { pdfParsePath, pdfjsWorkerPath, cMapUrl, standardFontDataUrl },
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 16 },
  });
  worker.on('exit', () => {
    if (live === worker) live = null;
  });
  // A worker that fails while nobody waits on it (started early, or idle) just goes; the next
  // document starts another, and a document in progress hears of it through its own listener.
  worker.on('error', () => {});
  live = worker;
  return worker;
}

/**
 * Start the worker (and its loading of pdf.js) now, before the first PDF is read: a run that will
 * parse a PDF overlaps pdf.js's start-up with the main thread's own. An unused worker goes after
 * the idle time, like one that has finished a document, and never keeps the process alive.
 */
export function startPdfWorker(maxHeapMb = DEFAULT_MAX_HEAP_MB): void {
  if (live) return;
  const worker = pdfWorker(maxHeapMb);
  worker.unref();
  // Longer than between documents: on a busy machine the main thread's start-up can outlast IDLE_MS.
  armIdleTimer(worker, STARTED_IDLE_MS);
}

const STARTED_IDLE_MS = 30_000;

function armIdleTimer(worker: Worker, ms = IDLE_MS): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (live === worker) live = null;
    void worker.terminate();
  }, ms);
  idleTimer.unref();
}

const DEFAULT_MAX_HEAP_MB = 1024;

/** Extract each page's text off the main thread, bounded by a timeout. */
export function extractPdfPages(bytes: Buffer, opts: PdfExtractOptions): Promise<PdfExtraction> {
  const run = queue.then(() => extractOne(bytes, opts));
  queue = run.catch(() => undefined);
  return run;
}

function extractOne(bytes: Buffer, opts: PdfExtractOptions): Promise<PdfExtraction> {
  // A copy, so the caller's Buffer (possibly a view into a shared pool) is never transferred away.
  const data = new Uint8Array(bytes).buffer;
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const worker = pdfWorker(opts.maxHeapMb ?? DEFAULT_MAX_HEAP_MB);
  const id = nextJobId++;
  busy = true;
  worker.ref();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PdfExtraction, killWorker: boolean): void => {
      if (settled) return;
      settled = true;
      busy = false;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (killWorker) {
        if (live === worker) live = null;
        void worker.terminate();
      } else {
        // An idle worker must not keep the process alive, nor (outside a batch) its memory for long.
        worker.unref();
        if (!held) armIdleTimer(worker);
      }
      resolve(result);
    };
    const onMessage = (reply: WorkerReply): void => {
      if (reply.id !== id) return;
      if (reply.ok) finish({ ok: true, pages: reply.pages ?? [] }, false);
      else finish({ ok: false, failure: classify(reply.name ?? '', reply.message ?? ''), message: reply.message ?? '' }, false);
    };
    const onError = (err: Error): void => finish({ ok: false, failure: 'crash', message: err.message }, true);
    const onExit = (code: number): void => finish({ ok: false, failure: 'crash', message: `PDF worker exited with code ${code}` }, true);
    const timer = setTimeout(
      () => finish({ ok: false, failure: 'timeout', message: `PDF parsing took longer than ${opts.timeoutMs} ms` }, true),
      opts.timeoutMs,
    );
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, data, useCMaps: opts.useCMaps !== false }, [data]);
  });
}
