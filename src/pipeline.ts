/**
 * readers → extract → classify → validate. Every document taskgen emits goes
 * through `finalizeDocument`, so nothing unvalidated reaches a writer.
 */
export { describeFsError } from './errors.js';
import { readGatedText } from './util/input-gate.js';
import { readBytes, readFile } from './readers/index.js';
import { extractDocument } from './extract/index.js';
import { classifyDocument } from './classify/index.js';
import { SCHEMA_VERSION, TaskDocument } from './model/schema.js';
import type { ReadResult } from './model/blocks.js';
import { GENERATOR } from './version.js';
import { InputError } from './errors.js';

export interface ParseOptions {
  /** Called once per warning as it is found (the CLI prints them on stderr). */
  onWarning?: (path: string, message: string) => void;
}

export async function parseFile(path: string, opts: ParseOptions = {}): Promise<TaskDocument> {
  const read = await readFile(path);
  return parseRead(read, opts);
}

export async function parseBytes(bytes: Buffer, path: string, opts: ParseOptions = {}): Promise<TaskDocument> {
  const read = await readBytes(bytes, path);
  return parseRead(read, opts);
}

export function parseRead(read: ReadResult, opts: ParseOptions = {}): TaskDocument {
  const extracted = classifyDocument(extractDocument(read.blocks, read.path));
  const doc = finalizeDocument({
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    ...extracted,
    source: { path: read.path, sha256: read.sha256, format: read.format, encoding: read.encoding, ...(read.via ? { via: read.via } : {}) },
  });
  if (read.via === 'ocr') {
    doc.warnings.unshift({
      code: 'ocr-text',
      message: 'text recognised by OCR from a scanned PDF: names, numbers and statuses may be misread; check against the scan',
    });
  }
  if (opts.onWarning) for (const w of doc.warnings) opts.onWarning(read.path, w.message);
  return doc;
}

/** Validation failure here is a bug in taskgen, not in the input: let it surface as one. */
export function finalizeDocument(candidate: unknown): TaskDocument {
  const result = TaskDocument.safeParse(candidate);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first ? first.path.join('.') : '?';
    throw new Error(`produced a document that fails the schema at ${where}: ${first?.message ?? 'unknown'}`);
  }
  return result.data;
}

/** JSON of the largest document taskgen parses (64 MB) with room for its structure. */
const MAX_PARSED_JSON_BYTES = 256 * 1024 * 1024;

/**
 * Load JSON written by `taskgen parse` (for `notice`/`plan`, which accept either
 * sources or parsed JSON). A JSON that does not fit names its first bad field.
 */
export async function loadParsedJson(path: string): Promise<TaskDocument> {
  const text = await readGatedText(path, { maxBytes: MAX_PARSED_JSON_BYTES, what: 'taskgen JSON' });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError(path, `not valid JSON (${(e as Error).message})`);
  }
  const result = TaskDocument.safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first && first.path.length ? first.path.join('.') : '(document)';
    throw new InputError(path, `not a taskgen document: field ${where}: ${first?.message ?? 'invalid'}`);
  }
  return result.data;
}

