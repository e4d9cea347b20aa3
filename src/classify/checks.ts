/**
 * Cross-checks between what a document states and what was extracted. They
 * never change the data; each disagreement becomes a warning a reader can act on.
 */
import type { StatusCode, Warning } from '../model/schema.js';
import type { ExtractedDocument } from '../extract/types.js';
import { isProblemKey } from './summary.js';
import { STATUS_LABEL } from './lexicon.js';

export function crossCheck(doc: ExtractedDocument): Warning[] {
  return [...checkLaggingCounts(doc), ...checkUnmatched(doc), ...checkItemConflicts(doc), ...checkTableCounts(doc)];
}

/** Each group's 'N项' against its items, and the summary's lagging count against the whole list. */
function checkLaggingCounts(doc: ExtractedDocument): Warning[] {
  const out: Warning[] = [];
  for (const g of doc.lagging) {
    if (g.statedCount !== null && g.statedCount !== g.items.length) {
      out.push({
        code: 'count-mismatch',
        message: `lagging list: ${g.unit} states ${g.statedCount} items, ${g.items.length} found`,
      });
    }
  }
  if (!doc.lagging.length) return out;
  const listed = doc.lagging.reduce((n, g) => n + g.items.length, 0);
  const stated = Object.entries(doc.summary.stated)
    .filter(([k, v]) => isProblemKey(k) && typeof v === 'number')
    .reduce((n, [, v]) => n + (v as number), 0);
  if (stated > 0 && stated !== listed) {
    out.push({ code: 'count-mismatch', message: `summary states ${stated} lagging items, the list has ${listed}` });
  }
  return out;
}

function checkUnmatched(doc: ExtractedDocument): Warning[] {
  if (!doc.tasks.length) return [];
  return doc.lagging.flatMap((g) =>
    g.items
      .filter((i) => i.taskId === null)
      .map((i) => ({
        code: 'unmatched-lagging-item',
        message: `lagging item of ${g.unit} matches no appendix task: ${i.text}`,
      })),
  );
}

/** A task named by several list items whose wordings disagree (推进较慢 and 无实质性进展). */
function checkItemConflicts(doc: ExtractedDocument): Warning[] {
  const codes = new Map<string, Set<StatusCode>>();
  for (const g of doc.lagging)
    for (const i of g.items) {
      if (!i.taskId || !i.status) continue;
      const s = codes.get(i.taskId) ?? new Set<StatusCode>();
      s.add(i.status.code);
      codes.set(i.taskId, s);
    }
  const out: Warning[] = [];
  for (const [taskId, set] of codes) {
    if (set.size < 2) continue;
    const chosen = doc.tasks.find((t) => t.id === taskId)?.status;
    out.push({
      code: 'status-conflict',
      message: `task ${taskId}: list items say ${[...set].map((c) => STATUS_LABEL[c]).join(' / ')}; kept ${chosen ? STATUS_LABEL[chosen.code] : 'none'} (majority, ties to the more severe)`,
      taskId,
    });
  }
  return out;
}

/**
 * A table's stated total and per-status counts against its rows. A notice's
 * total often counts sub-items (宿州: 302 items, 128 rows), so only a total
 * smaller than the rows is suspicious there.
 */
function checkTableCounts(doc: ExtractedDocument): Warning[] {
  const out: Warning[] = [];
  const total = doc.summary.stated.total;
  if (typeof total === 'number' && doc.tasks.length) {
    const bad = doc.kind === 'notice' ? total < doc.tasks.length : total !== doc.tasks.length;
    if (bad) out.push({ code: 'count-mismatch', message: `document states ${total} tasks, ${doc.tasks.length} extracted` });
  }
  // Per-status counts are comparable only where a task is one counted item: a table, or a notice whose total is its rows.
  if (doc.kind !== 'progress' && total !== doc.tasks.length) return out;
  for (const [key, value] of Object.entries(doc.summary.stated)) {
    if (typeof value !== 'number' || key === 'total' || key.includes('_or_')) continue;
    if (!(key in STATUS_LABEL)) continue;
    const found = doc.tasks.filter((t) => t.status?.code === key).length;
    if (found !== value) {
      out.push({ code: 'count-mismatch', message: `document states ${value} ${STATUS_LABEL[key as StatusCode]}, ${found} tasks have that status` });
    }
  }
  return out;
}
