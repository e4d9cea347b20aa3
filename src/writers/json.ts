import type { TaskDocument } from '../model/schema.js';

/** One document → the object itself; several → an array, so the output is always one JSON value. */
export function writeJson(docs: TaskDocument[]): string {
  const value = docs.length === 1 ? docs[0] : docs;
  return JSON.stringify(value, null, 2) + '\n';
}
