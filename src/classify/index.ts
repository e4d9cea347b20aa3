/**
 * The classification pass the pipeline runs after extraction: fills the
 * status of every task that has none (lexicon or 序时进度 arithmetic), never
 * overrides a status the document states itself (a status cell, the notice's
 * list), and turns disagreements and count mismatches into warnings.
 */
import { pushAll } from '../util/arrays.js';
import type { Status, Task, Warning } from '../model/schema.js';
import type { ExtractedDocument } from '../extract/types.js';
import { compact, headingVerdict, isProblem, makeStatus, proseVerdict } from './lexicon.js';
import { fold } from '../extract/text.js';
import { progressTextStatus } from './progress-text.js';
import { elapsedShareOf, quantitativeStatus, statedShareStatus, statedThreshold, type ElapsedShare } from './quantitative.js';
import { crossCheck } from './checks.js';
import { THRESHOLD_KEY } from './summary.js';

export { classifyStatusText } from './lexicon.js';

/** The share of the year a document's period covers, or the threshold the notice sets for itself. */
export function elapsedOf(doc: Pick<ExtractedDocument, 'period' | 'title' | 'summary'>): ElapsedShare | null {
  const rule = doc.summary.stated[THRESHOLD_KEY];
  if (typeof rule === 'string') {
    const r = statedThreshold(`占比低于${rule}`);
    if (r) return r;
  }
  return elapsedShareOf(doc.period) ?? elapsedShareOf(doc.title);
}

/**
 * Status of a task from its own progress text: the 序时 arithmetic when the
 * task and its progress give comparable numbers, else the words. Where the
 * words name a problem (无实质性进展) they outrank a count that looks fine.
 */
export function classifyProgress(task: Pick<Task, 'text' | 'progress'>, period: ElapsedShare | string | null): Status | null {
  const elapsed = typeof period === 'string' || period === null ? elapsedShareOf(period) : period;
  const q = quantitativeStatus(task.text, task.progress, elapsed) ?? statedShareStatus(task.progress);
  const said = task.progress ? progressTextStatus(task.progress) : null;
  const lex = said ? makeStatus(said.code, sentenceAround(task.progress!, said.evidence), 'lexicon') : null;
  if (q && lex) return isProblem(lex.code) && !isProblem(q.code) ? lex : q;
  return q ?? lex;
}

/** The sentence of `text` that holds `words`, for evidence. */
function sentenceAround(text: string, words: string): string {
  const sentences = text.split(/(?<=[。;；\n])/);
  const compactWords = words;
  const hit = sentences.find((s) => s.replace(/\s+/g, '').includes(compactWords));
  return (hit ?? words).trim();
}

/**
 * A document that reports progress (通报, 进展情况, 完成情况, 落实情况, 督查…) and is not itself a
 * plan (分解, 责任分工, 实施方案): there a task's own words after its assignment
 * (…牵头部门：市交通局。建设进度相对较慢) are the verdict on it. In a plan the same words
 * (加快推进…) are orders, so a plan's task text is never read for a status.
 */
function reportsProgress(doc: ExtractedDocument): boolean {
  const title = fold(compact(doc.title ?? ''));
  if (/分解|责任分工|任务清单|实施方案|工作要点|工作方案/.test(title)) return false;
  return doc.kind !== 'plan' || /通报|进展|完成情况|进度|落实情况|督查/.test(title);
}

/** The verdict a task's own text gives, in a document that reports progress. */
function ownTextStatus(t: Task): Status | null {
  const v = proseVerdict(t.text);
  return v ? makeStatus(v.code, sentenceAround(t.text, v.words), 'lexicon') : null;
}

/** The status the nearest section heading that names a status group gives its items ((一)完成事项情况). */
function sectionStatus(t: Task): Status | null {
  for (let i = t.section.length - 1; i >= 0; i--) {
    const v = headingVerdict(t.section[i]!);
    if (v) return makeStatus(v.code, t.section[i]!, 'lexicon');
  }
  return null;
}

export function classifyDocument(doc: ExtractedDocument): ExtractedDocument {
  const elapsed = elapsedOf(doc);
  const warnings: Warning[] = [...doc.warnings];
  const readOwnText = reportsProgress(doc);
  const tasks = doc.tasks.map((t) => {
    const own = classifyProgress(t, elapsed) ?? (readOwnText && !t.status ? ownTextStatus(t) ?? sectionStatus(t) : null);
    if (!t.status) return own ? { ...t, status: own } : t;
    if (own && own.source === 'quantitative' && isProblem(own.code) !== isProblem(t.status.code)) {
      warnings.push({
        code: 'status-conflict',
        message: `task ${t.id}: ${t.status.source} says ${t.status.label}, the numbers say ${own.label} (${own.evidence})`,
        taskId: t.id,
      });
    }
    return t;
  });
  const out: ExtractedDocument = { ...doc, tasks, warnings };
  pushAll(out.warnings, crossCheck(out));
  return out;
}
