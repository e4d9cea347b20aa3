/**
 * Runs on every document after its layout extractor: tasks named in prose
 * status lists either give their status (and unit) to a task the extractor
 * already found with the same text, or become tasks of their own.
 */
import type { Task } from '../../model/schema.js';
import type { Block } from '../../model/blocks.js';
import type { ExtractedDocument } from '../types.js';
import { fold, stripSpaces } from '../text.js';
import { findStatusListItems, type StatusListItem } from './status-lists.js';

export { findStatusListItems } from './status-lists.js';

/** Text as compared across a list and a task: no spaces, punctuation or quotes, simplified. */
function bare(s: string): string {
  return fold(stripSpaces(s)).replace(/[\p{P}\p{S}]/gu, '');
}

function sameTask(item: string, task: Task): boolean {
  const a = bare(item);
  const b = bare(task.text);
  if (a.length < 4 || b.length < 4) return a === b && a !== '';
  return b.startsWith(a) || a.startsWith(b.slice(0, Math.max(8, Math.min(a.length, b.length))));
}

function paragraphsOf(blocks: Block[]): string[] {
  return blocks.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}~${k}`;
  taken.add(id);
  return id;
}

function taskOf(item: StatusListItem, k: number, taken: Set<string>): Task {
  return {
    id: uniqueId(`list.${k + 1}`, taken),
    number: item.number ?? '',
    path: item.number ? [item.number] : [],
    section: [],
    text: item.text,
    leadUnits: item.lead,
    coUnits: [],
    leaders: [],
    deadline: null,
    progress: null,
    status: item.status,
  };
}

/**
 * Words inside a table's progress cell, or a quotation inside a real task's text
 * (推进“一企一策”帮扶…, “十四五”规划), name something the task mentions, not a task
 * of its own. A "task" without units or progress is prose the layout took for a
 * heading, and its quotations may well be the items of a list.
 */
function mentionedInside(item: StatusListItem, tasks: Task[]): boolean {
  const a = bare(item.text);
  return tasks.some(
    (t) =>
      (t.progress !== null && bare(t.progress).includes(a)) ||
      (item.quoted === true && t.leadUnits.length > 0 && bare(t.text).indexOf(a) > 0),
  );
}

/** The document with its prose status lists applied to its tasks. */
export function applyStatusLists(doc: ExtractedDocument, blocks: Block[]): ExtractedDocument {
  // Items of a lagging list the notice extractor already read (grouped by unit) are not read twice.
  const listed = doc.lagging.flatMap((g) => g.items.map((i) => bare(i.text)));
  const items = findStatusListItems(paragraphsOf(blocks)).filter(
    (i) => !mentionedInside(i, doc.tasks) && !listed.some((l) => l.includes(bare(i.text))),
  );
  if (items.length === 0) return doc;
  const tasks = [...doc.tasks];
  const taken = new Set(tasks.map((t) => t.id));
  const claimed = new Set<number>();
  let added = 0;
  for (const item of items) {
    // A task another list already named without a verdict takes this one's (分别为A、B、C。其中B、C未达序时).
    const at = tasks.findIndex((t, i) => (!claimed.has(i) || (t.status === null && item.status !== null)) && sameTask(item.text, t));
    if (at >= 0) {
      claimed.add(at);
      const t = tasks[at]!;
      tasks[at] = {
        ...t,
        status: t.status ?? item.status,
        leadUnits: t.leadUnits.length ? t.leadUnits : item.lead,
      };
      continue;
    }
    const task = taskOf(item, added++, taken);
    claimed.add(tasks.length);
    tasks.push(task);
  }
  const withStatus = tasks.filter((t) => t.status).length;
  // The kind is decided by what was found: a "plan" whose tasks mostly carry statuses reports on progress.
  const kind = doc.kind === 'plan' && withStatus * 2 > tasks.length ? (/通报/.test(doc.title ?? '') ? 'notice' : 'report') : doc.kind;
  return { ...doc, kind, tasks };
}
