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
  const lines: string[] = [];
  for (const doc of docs) {
    const head = JSON.stringify(documentFields(doc)).slice(0, -1);
    for (const task of doc.tasks) lines.push(`${head},${JSON.stringify(task).slice(1)}`);
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
