import type { TaskDocument } from '../model/schema.js';
import { documentFields } from './format.js';

/**
 * One task per line, each carrying its document's fields, so lines can be
 * filtered independently. The document fields are serialised once per
 * document and spliced in front of each task's own JSON: a batch writes
 * hundreds of thousands of lines, and rebuilding a merged object per task was
 * its largest single cost.
 */
export function writeJsonl(docs: TaskDocument[]): string {
  return docs.map((doc) => documentLines(doc, doc.tasks.map((t) => JSON.stringify(t)))).join('');
}

/** One document's lines, from each task's JSON.stringify (a batch serialises each task once for its two outputs). */
export function documentLines(doc: TaskDocument, taskJson: readonly string[]): string {
  if (taskJson.length === 0) return '';
  const head = JSON.stringify(documentFields(doc)).slice(0, -1);
  let out = '';
  for (const json of taskJson) out += `${head},${json.slice(1)}\n`;
  return out;
}
