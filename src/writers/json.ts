import type { TaskDocument } from '../model/schema.js';

/** One document → the object itself; several → an array, so the output is always one JSON value. */
export function writeJson(docs: TaskDocument[]): string {
  const value = docs.length === 1 ? docs[0] : docs;
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * One document as a batch writes it beside thousands of others: a field per line and each task,
 * lagging group or warning on one line of its own. It parses to the same value as writeJson and still
 * reads and greps task by task, at ~60 % of the bytes: pretty-printing indented every unit of every
 * task, and those bytes were a third of what a first batch wrote. `taskJson`: each task's
 * JSON.stringify, when the caller has it already.
 */
export function writeJsonByTask(doc: TaskDocument, taskJson: readonly string[] = doc.tasks.map((t) => JSON.stringify(t))): string {
  const entries = Object.entries(doc);
  const lines = entries.map(([key, value], i) => {
    const comma = i < entries.length - 1 ? ',' : '';
    const name = `  ${JSON.stringify(key)}: `;
    if (!Array.isArray(value) || value.length === 0) return `${name}${JSON.stringify(value)}${comma}`;
    // The tasks as the caller already serialised them (a batch writes the same text into tasks.jsonl).
    const json = value === doc.tasks ? taskJson : value.map((item) => JSON.stringify(item));
    const items = json.map((item, j) => `    ${item}${j < value.length - 1 ? ',' : ''}`);
    return `${name}[\n${items.join('\n')}\n  ]${comma}`;
  });
  return `{\n${lines.join('\n')}\n}\n`;
}
