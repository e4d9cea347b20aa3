/**
 * readers → extract → classify → document. The document is assembled field by field in the schema's
 * order (model/schema.ts) without running zod on it: validating every parse cost 12 % of a large
 * parse and ~95 modules of start-up, and the output is the parser's own. tests/pipeline-schema.test.ts
 * checks every fixture's output against the schema; JSON users hand back is validated (loadParsedJson).
 */
export { describeFsError } from './errors.js';
import { readGatedText } from './util/input-gate.js';
import { readBytes, readFile } from './readers/index.js';
import { extractDocument } from './extract/index.js';
import { classifyDocument } from './classify/index.js';
import type { TaskDocument } from './model/schema.js';
import { SCHEMA_VERSION } from './model/codes.js';
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
  const extracted = extractDocument(read.blocks, read.path, classifyDocument);
  const doc: TaskDocument = {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    kind: extracted.kind,
    title: extracted.title,
    issuer: extracted.issuer,
    date: extracted.date,
    docNumber: extracted.docNumber,
    year: extracted.year,
    period: extracted.period,
    source: { path: read.path, sha256: read.sha256, format: read.format, encoding: read.encoding, ...(read.via ? { via: read.via } : {}) },
    summary: extracted.summary,
    tasks: extracted.tasks,
    lagging: extracted.lagging,
    groups: extracted.groups,
    warnings: extracted.warnings,
  };
  if (read.via === 'ocr') {
    doc.warnings.unshift({
      code: 'ocr-text',
      message: 'text recognised by OCR from a scanned PDF: names, numbers and statuses may be misread; check against the scan',
    });
  }
  if (opts.onWarning) for (const w of doc.warnings) opts.onWarning(read.path, w.message);
  return doc;
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
  // A boundary: the file is the user's, so it is checked against the schema (zod loaded only here).
  const checked = (await import('./model/validate.js')).checkParsedJson(value);
  if (!checked.ok) throw new InputError(path, `not a taskgen document: field ${checked.where}: ${checked.message}`);
  return checked.doc;
}

