import type { TaskDocument } from '../model/schema.js';
import { documentFields } from './format.js';

/** One task per line, each carrying its document's fields, so lines can be filtered independently. */
export function writeJsonl(docs: TaskDocument[]): string {
  const lines: string[] = [];
  for (const doc of docs) {
    const head = documentFields(doc);
    for (const task of doc.tasks) lines.push(JSON.stringify({ ...head, ...task }));
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
