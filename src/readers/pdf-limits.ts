/**
 * Decompression limit for PDFs, checked before pdf.js reads anything. pdf.js inflates a page's
 * content stream (and the fonts and object streams it needs) whole, in memory the worker's heap cap
 * does not bound: an 800 KB PDF whose one content stream inflates to 800 MB of spaces took the
 * process to 1.4 GB of RSS and 15 s before it was called a scan. Every compressed stream that text
 * extraction would inflate is inflated here first, with its output counted and dropped as it comes,
 * so the check itself holds no more than one chunk; images are left alone (text extraction never
 * decodes them, and a scan's page images are legitimately large).
 */
import { constants, createInflate, inflateSync } from 'node:zlib';
import { InputError } from '../errors.js';
import { describeSize } from '../util/input-gate.js';

/** A PDF whose text takes longer than this to extract is given up (PdfReadOptions.timeoutMs overrides it). */
export const DEFAULT_PDF_TIMEOUT_MS = 30_000;

/** All streams text extraction inflates, together: far above any real document (a 300-page report's are tens of MB). */
export const PDF_MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** How far before `stream` its dictionary may start. */
const DICTIONARY_WINDOW = 4096;

export interface FlateStream {
  /** Offset of the compressed data in the file. */
  start: number;
  end: number;
}

/**
 * The FlateDecode streams of a PDF that are not images, found by the `stream` / `endstream`
 * keywords (an object's dictionary, just before its `stream`, names the filter and the subtype).
 * A keyword inside compressed data is met only by chance and costs one inflate that fails.
 */
export function flateStreams(pdf: Buffer): FlateStream[] {
  const out: FlateStream[] = [];
  for (let at = pdf.indexOf('stream', 0, 'latin1'); at >= 0; at = pdf.indexOf('stream', at + 6, 'latin1')) {
    if (at >= 3 && pdf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (pdf[start] === 0x0d) start++;
    if (pdf[start] !== 0x0a) continue;
    start++;
    const dictionary = pdf.toString('latin1', Math.max(0, at - DICTIONARY_WINDOW), at);
    const own = dictionary.slice(dictionary.lastIndexOf('obj') + 1);
    const end = pdf.indexOf('endstream', start, 'latin1');
    let stop = end < 0 ? pdf.length : end;
    // The line end before `endstream` is syntax, not data.
    if (stop > start && pdf[stop - 1] === 0x0a) stop--;
    if (stop > start && pdf[stop - 1] === 0x0d) stop--;
    if (/\/(?:FlateDecode|Fl)\b/.test(own) && !/\/Subtype\s*\/Image\b/.test(own)) out.push({ start, end: stop });
    at = Math.max(at, end < 0 ? pdf.length : end);
  }
  return out;
}

/** Streams up to this size inflated are inflated in one call (a printed PDF has a thousand small ones). */
const SMALL_STREAM_BYTES = 1024 * 1024;

/** The inflated size when at most SMALL_STREAM_BYTES, else null (then counted chunk by chunk). */
function smallInflatedSize(data: Buffer): number | null {
  try {
    return inflateSync(data, { maxOutputLength: SMALL_STREAM_BYTES, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (e) {
    // Larger than the small limit: counted without holding it. Anything else is corrupt data, left to pdf.js.
    return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? null : 0;
  }
}

/** Bytes the stream inflates to, counting stops once more than `cap` have come (corrupt data counts what it gave). */
function inflatedSize(data: Buffer, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflate();
    let size = 0;
    const done = () => {
      inflate.removeAllListeners();
      inflate.on('error', () => {});
      inflate.destroy();
      resolve(size);
    };
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) done();
    });
    inflate.on('end', done);
    inflate.on('error', done);
    inflate.end(data);
  });
}

/** Refuses a PDF whose streams would inflate beyond `maxBytes` in all, before pdf.js reads it. */
export async function checkPdfInflation(pdf: Buffer, file: string, maxBytes = PDF_MAX_INFLATED_BYTES): Promise<void> {
  let total = 0;
  for (const s of flateStreams(pdf)) {
    const data = pdf.subarray(s.start, s.end);
    total += smallInflatedSize(data) ?? (await inflatedSize(data, maxBytes - total));
    if (total > maxBytes) {
      throw new InputError(file, `its compressed streams inflate to more than ${describeSize(maxBytes)} (a decompression bomb, or far larger than any document)`);
    }
  }
}
