/**
 * The classification pass the pipeline runs after extraction: fills the
 * status of every task that has none (lexicon or 序时进度 arithmetic), never
 * overrides a status the document states itself (a status cell, the notice's
 * list), and turns disagreements and count mismatches into warnings.
 */
import { pushAll } from '../util/arrays.js';
import type { Status, Task, Warning } from '../model/schema.js';
import type { ExtractedDocument } from '../extract/types.js';
import { headingVerdict, isProblem, makeStatus, proseVerdict } from './lexicon.js';
import { progressTextStatus } from './progress-text.js';
import { elapsedShareOf, quantitativeStatus, statedShareStatus, statedThreshold, type ElapsedShare } from './quantitative.js';
import { crossCheck } from './checks.js';
import { THRESHOLD_KEY } from './summary.js';
import { reportsProgress } from './reports-progress.js';

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
  // 嵩阳路大桥工程:累计完成投资1亿元,… (登封): a task printed with its report after its name sets its targets in the name only.
  const target = task.progress && task.text.length > task.progress.length && task.text.endsWith(task.progress) ? task.text.slice(0, -task.progress.length) : task.text;
  const q = quantitativeStatus(target, task.progress, elapsed) ?? statedShareStatus(task.progress);
  const said = task.progress ? progressTextStatus(task.progress) : null;
  const lex = said ? makeStatus(said.code, sentenceAround(task.progress!, said.evidence), 'lexicon') : null;
  // The words outrank the arithmetic when they name a problem, or say ahead (超预算进度) or done where the figures only say
  // on course.
  // 已完成，目前通达率98% (上虞 2024): the words say done where a rate reached only says on course.
  if (q && lex) return (isProblem(lex.code) && !isProblem(q.code)) || (q.code === 'on_schedule' && (lex.code === 'good' || lex.code === 'done')) ? lex : q;
  return q ?? lex;
}

/** The sentence of `text` that holds `words`, for evidence. */
function sentenceAround(text: string, words: string): string {
  const sentences = text.split(/(?<=[。;；\n])/);
  const compactWords = words;
  const hit = sentences.find((s) => s.replace(/\s+/g, '').includes(compactWords));
  return (hit ?? words).trim();
}

/** The verdict a task's own text gives, in a document that reports progress. */
function ownTextStatus(t: Task): Status | null {
  const v = proseVerdict(t.text);
  return v ? makeStatus(v.code, sentenceAround(t.text, v.words), 'lexicon') : null;
}

/**
 * The status the nearest section heading that names a status group gives its items ((一)完成事项情况). With `opening`, only
 * a heading that opens with its verdict (已落实事项(3件), 推进较慢的事项): a group the notice sorted its items into, not
 * a cause said of them ((一)12个项目因用地、拆迁…等影响进程, whose items each say how far they got).
 */
function sectionStatus(t: Task, opening = false): Status | null {
  for (let i = t.section.length - 1; i >= 0; i--) {
    const v = headingVerdict(t.section[i]!);
    if (v && opening && v.start > 1) return null;
    if (v) return makeStatus(v.code, t.section[i]!, 'lexicon');
  }
  return null;
}

/** Fewest tasks, and the share of them, whose own words judge them, that make a document a report whatever its opening. */
const SELF_REPORTING_MIN = 4;
const SELF_REPORTING_SHARE = 0.6;

/**
 * 1.农村交通建设。建成农村公路900公里,完成了目标任务 ⏎ 2.国省干线公路养护管理。…,完成目标任务 (阿坝): a page whose numbered
 * items, naming no units, each end in what became of them reports progress, though its title is lost. Said of most of its items, a done,
 * ahead, behind or stalled verdict is that; a plan's items are orders (加快推进…, 确保完成…), which state none.
 */
function tasksReportThemselves(tasks: Task[]): boolean {
  if (tasks.length < SELF_REPORTING_MIN) return false;
  // Tasks that mostly name their units are a plan's or a notice's, whose opening says what they are; asking each task's
  // words would cost a plan of hundreds of tasks a tenth of its parse.
  if (tasks.filter((t) => t.leadUnits.length > 0 || t.coUnits.length > 0).length * 2 > tasks.length) return false;
  // Asked task by task until the share can no longer be reached: a plan's first tasks already settle it.
  const missesAllowed = tasks.length - Math.ceil(tasks.length * SELF_REPORTING_SHARE);
  let misses = 0;
  for (const t of tasks) {
    const v = proseVerdict(t.text);
    if ((v === null || v.code === 'on_schedule') && ++misses > missesAllowed) return false;
  }
  return true;
}

/** The document with a status on every task its words judge; `opening` is its first paragraphs (title, lead-in). */
export function classifyDocument(doc: ExtractedDocument, opening: string[] = []): ExtractedDocument {
  const elapsed = elapsedOf(doc);
  const warnings: Warning[] = [...doc.warnings];
  const readOwnText = reportsProgress(doc.kind, doc.title, opening) || tasksReportThemselves(doc.tasks);
  const tasks = doc.tasks.map((t) => {
    const progress = classifyProgress(t, elapsed);
    // 一、推进顺利的14项 ⏎ 3.…完成投资660亿元 ⏎ 推进情况:…完成投资108.8亿元 (烟台 2020): the section the notice puts the task in
    // states its verdict, which our arithmetic on its figures does not overrule.
    // 一、已落实事项(3件) ⏎ 2、关于…问题，…对进度滞后的要挂牌督办。已对…进行巡察 (旬阳 2018): in a report, the group the
    // section puts the task in outranks the words of its text too.
    const stated = t.status ? null : progress?.source === 'quantitative' ? sectionStatus(t) : readOwnText ? sectionStatus(t, true) : null;
    const own = stated ?? progress ?? (readOwnText && !t.status ? ownTextStatus(t) ?? sectionStatus(t) : null);
    if (!t.status) return own ? { ...t, status: own } : t;
    // (Words the extractor found in the task's text likewise: 对推进缓慢的中医院迁建…发出督办函 tells of other projects.)
    const grouped = t.status.source === 'lexicon' && readOwnText ? sectionStatus(t, true) : null;
    if (grouped) return { ...t, status: grouped };
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
