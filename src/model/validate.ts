/**
 * Checking a document against the zod schema, kept out of the parse path: zod loads ~95 modules, so
 * only code that needs the check pays for it (documents built from user-edited data, such as a draft,
 * and JSON files users hand back to taskgen). The parser's own output is checked by the tests
 * (tests/pipeline-schema.test.ts) over every fixture, in the schema's key order.
 */
import { TaskDocument } from './schema.js';

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

/** A JSON value a user gave as a taskgen document: the document, or the first field that does not fit. */
export function checkParsedJson(value: unknown): { ok: true; doc: TaskDocument } | { ok: false; where: string; message: string } {
  const result = TaskDocument.safeParse(value);
  if (result.success) return { ok: true, doc: result.data };
  const first = result.error.issues[0];
  return { ok: false, where: first && first.path.length ? first.path.join('.') : '(document)', message: first?.message ?? 'invalid' };
}
