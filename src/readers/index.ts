/**
 * Entry point of the readers: bytes or a path in, ordered blocks out.
 * The format is decided by content (magic bytes, markup), the extension is
 * only a tie-breaker, and every way a file can be unusable becomes an
 * InputError with a reason the user can act on.
 */
import { createHash } from 'node:crypto';
import { extname } from 'node:path';
import type { Block, ReadResult } from '../model/blocks.js';
import type { SourceFormat } from '../model/schema.js';
import { ContentError, InputError } from '../errors.js';
import { decodeText, detectBom, sniffUtf16 } from './encoding.js';
import { htmlToBlocks } from './html.js';
import { textToBlocks } from './text.js';
import { MAX_INPUT_BYTES, readGated } from '../util/input-gate.js';
import { hasPdfSignature, officeFormatOf } from './formats.js';
import { csvToBlocks } from './csv.js';

export { decodeText } from './encoding.js';

export { MAX_INPUT_BYTES } from '../util/input-gate.js';

export interface ReadOptions {
  /** Milliseconds before PDF parsing is abandoned (default 30 000). */
  pdfTimeoutMs?: number;
  /** Where LibreOffice and OCR conversions work (a batch keeps them inside --out); the system temp folder by default. */
  scratchDir?: string | undefined;
}

const SNIFF_WINDOW = 8192;

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function isZip(bytes: Buffer): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
}

function isOle(bytes: Buffer): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]);
}

const LEGACY_WORKBOOK = /\.(xls|et)$/i;

/** Zip entry names are stored in clear in the local headers and central directory. */
function zipHasEntry(bytes: Buffer, name: string): boolean {
  return bytes.includes(name, 0, 'latin1');
}

/** NUL bytes or many control characters mean the file is not text (unless it is UTF-16: a BOM or its own declaration). */
function looksBinary(bytes: Buffer): boolean {
  const bom = detectBom(bytes);
  if (bom && bom.encoding.startsWith('utf-16')) return false;
  if (sniffUtf16(bytes)) return false;
  const sample = bytes.subarray(0, SNIFF_WINDOW);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > sample.length * 0.02;
}

/** Markup that makes decoded text an HTML document or fragment. */
export function looksLikeHtml(text: string, extensionHint: string): boolean {
  const head = text.slice(0, SNIFF_WINDOW).replace(/^[\ufeff\s]+/, '');
  if (/^<(?:!doctype\s+html|html|head|body|meta|table|p|div|span|h[1-6]|br|ul|ol|center|font|title|!--)[\s>/]/i.test(head)) return true;
  if (/^<\?xml[^>]*>\s*<(?:!doctype\s+html|html)[\s>]/i.test(head)) return true;
  if (/<(?:html|body)[\s>]|<!doctype\s+html/i.test(head)) return true;
  const tags = head.match(/<\/?(?:p|div|table|tr|td|br|span|li|h[1-6])\b[^>]*>/gi)?.length ?? 0;
  // Text documents rarely contain markup; a few tags plus an .html name, or many tags, decide.
  return tags >= 6 || (tags >= 1 && (extensionHint === '.html' || extensionHint === '.htm'));
}

/**
 * Decide the format from the content, the extension only as a hint.
 * Returns null for anything that is not a supported document.
 */
export function sniffFormat(bytes: Buffer, path: string): SourceFormat | null {
  if (bytes.length === 0) return null;
  if (hasPdfSignature(bytes)) return 'pdf';
  if (isZip(bytes)) return zipHasEntry(bytes, 'word/document.xml') ? 'docx' : zipHasEntry(bytes, 'xl/workbook') ? 'xlsx' : null;
  // An OLE file named .xls/.et is a binary workbook (the same container holds .doc, so the name decides).
  if (isOle(bytes) && LEGACY_WORKBOOK.test(path)) return 'xls';
  if (looksBinary(bytes)) return null;
  return looksLikeHtml(markupWindow(bytes), extname(path).toLowerCase()) ? 'html' : 'text';
}

/**
 * The start of the file as far as markup is concerned. Without a BOM the bytes are read as latin1:
 * in UTF-8, GBK/GB18030 and Big5 every `<` and ASCII tag name is the byte itself (no trail byte is
 * below 0x40), so the tags are found without paying for encoding detection twice per file.
 */
function markupWindow(bytes: Buffer): string {
  const window = bytes.subarray(0, SNIFF_WINDOW * 2);
  return detectBom(window) || sniffUtf16(window) ? decodeText(window).text : window.toString('latin1');
}

/** Why a file sniffFormat rejected is not readable, in the user's terms. */
function unsupportedReason(bytes: Buffer): string {
  if (isZip(bytes)) {
    if (zipHasEntry(bytes, 'ppt/presentation')) return 'PowerPoint file is not supported';
    return 'ZIP archive, not a Word (.docx) document';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return 'old-format Office file (.doc/.xls) or password-protected Office document; save it as .docx without a password';
  }
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || bytes.subarray(0, 4).toString('latin1') === 'GIF8') {
    return 'image file, not a text document (OCR it first)';
  }
  return 'binary file, not a supported document';
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function describeSize(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

/** Read a document already in memory. `path` names it in errors and in the result. */
export async function readBytes(bytes: Buffer, path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.length === 0) throw new ContentError(path, 'empty file');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(path, `file too large (${describeSize(bytes.length)}; the limit is ${describeSize(MAX_INPUT_BYTES)})`);
  }
  // Workbooks (.xls/.et) go through the workbook reader (LibreOffice to .xlsx, then sheets with merged cells
  // expanded); word-processing files and .ods through LibreOffice to HTML.
  if (officeFormatOf(path) && !LEGACY_WORKBOOK.test(path)) return readThroughLibreOffice(bytes, path, opts);
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw new ContentError(path, 'RTF content in a file not named .rtf; rename it to .rtf (read through LibreOffice) or save it as .docx');
  const format = sniffFormat(bytes, path);
  if (format === null) throw new ContentError(path, unsupportedReason(bytes));

  let blocks: Block[];
  let encoding: string | null = null;
  switch (format) {
    case 'pdf': {
      // Loaded on demand: most inputs are pages and text, and start-up time is part of every run.
      const { pdfToBlocks, SCANNED_PDF_REASON } = await import('./pdf.js');
      try {
        blocks = await pdfToBlocks(bytes, path, { timeoutMs: opts.pdfTimeoutMs });
      } catch (e) {
        if (!(e instanceof InputError) || e.reason !== SCANNED_PDF_REASON) throw e;
        const { ocrPdfLines } = await import('./ocr.js');
        blocks = textToBlocks((await ocrPdfLines(bytes, path, { scratch: opts.scratchDir })).join('\n'));
        if (blocks.length === 0) throw new InputError(path, 'scanned PDF, no text layer, and OCR found no text in it');
        return { path, format, encoding: null, sha256: sha256(bytes), bytes: bytes.length, blocks, via: 'ocr' };
      }
      break;
    }
    case 'docx': {
      const { docxToBlocks } = await import('./docx.js');
      blocks = await docxToBlocks(bytes, path);
      break;
    }
    case 'xlsx': {
      const { xlsxToBlocks } = await import('./xlsx.js');
      blocks = await xlsxToBlocks(bytes, path);
      break;
    }
    case 'xls': {
      const { legacyWorkbookToBlocks } = await import('./xlsx.js');
      blocks = await legacyWorkbookToBlocks(bytes, path, extname(path).toLowerCase());
      break;
    }
    case 'html': {
      const decoded = decodeText(bytes);
      encoding = decoded.encoding;
      blocks = htmlToBlocks(decoded.text);
      break;
    }
    default: {
      const decoded = decodeText(bytes);
      encoding = decoded.encoding;
      // A .csv is a table whatever its lines look like; tab-separated text the text reader already reads as one.
      blocks = extname(path).toLowerCase() === '.csv' ? csvToBlocks(decoded.text) : textToBlocks(decoded.text);
    }
  }
  if (blocks.length === 0) {
    // What LibreOffice made of a workbook, or a PDF's text layer, is not the bytes' alone.
    const Failure = format === 'xls' || format === 'pdf' ? InputError : ContentError;
    throw new Failure(path, format === 'text' ? 'empty file (only whitespace)' : `no text content in this ${format.toUpperCase()} file`);
  }
  return { path, format, encoding, sha256: sha256(bytes), bytes: bytes.length, blocks };
}

export { fsErrorReason } from '../util/input-gate.js';

/** Legacy Office/WPS files: LibreOffice turns them into HTML, which the HTML reader reads (tables stay tables). */
async function readThroughLibreOffice(bytes: Buffer, path: string, opts: ReadOptions): Promise<ReadResult> {
  const { officeToHtml } = await import('./convert.js');
  const html = await officeToHtml(bytes, path, { scratch: opts.scratchDir });
  const blocks = htmlToBlocks(html);
  if (blocks.length === 0) throw new InputError(path, 'no text content in this file (converted by LibreOffice)');
  return { path, format: 'html', encoding: null, sha256: sha256(bytes), bytes: bytes.length, blocks, via: 'libreoffice' };
}


/** Read a document from disk. */
export async function readFile(path: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const bytes = await readGated(path, { maxBytes: MAX_INPUT_BYTES, what: 'document' });
  return readBytes(bytes, path, opts);
}
