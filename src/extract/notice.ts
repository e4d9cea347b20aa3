/**
 * Status notices (完成情况通报): an opening paragraph with the counts, a list
 * of lagging items grouped by unit, and an appendix table of every task with
 * its progress. The appendix gives no per-row status; a row's status comes
 * from the list items linked to it, and the rest get what the notice says of
 * "the rest" (其余完成较好或序时推进).
 */
import type { LaggingGroup, Status, StatusCode, Task } from '../model/schema.js';
import { extractedDocument, type Extractor } from './types.js';
import { findStatusPhrases, isProblem, makeStatus, majorityCode, SEVERITY } from '../classify/lexicon.js';
import { defaultCodeOf, parseStatedClauses, THRESHOLD_KEY } from '../classify/summary.js';
import { statedThreshold } from '../classify/quantitative.js';
import { linkLaggingItems, parseLaggingList } from './lagging.js';
import { extractProgress } from './progress.js';
import { tableTasks } from './tables/index.js';
import { extractPlanTasks } from './plan.js';


export const extractNotice: Extractor = (blocks, ctx) => {
  const paras = blocks.map((b) => (b.kind === 'para' ? b.text : null));
  const { index: summaryAt, counts, clauses } = findSummary(paras);
  const stated: Record<string, number | string> = { ...counts };
  // A rule is stated with the counts (or before them), never inside the list items.
  const ruleText = paras.slice(0, summaryAt + 1).filter((p): p is string => p !== null).join('\n');
  const rule = statedThreshold(ruleText);
  if (rule) stated[THRESHOLD_KEY] = `${Math.round(rule.share * 1000) / 10}%`;

  const listLines = paras.slice(summaryAt + 1).map((p) => p ?? '');
  const { groups } = parseLaggingList(listLines);
  // No counts and no list: what is left is a table with its own status column, i.e. a progress table.
  if (summaryAt < 0 && !groups.length) return extractProgress(blocks, ctx);
  const fromTable = tableTasks(blocks, ctx).tasks;
  // A notice without an appendix table numbers its items in the text, as a plan's outline does.
  const tasks = fromTable.length > 0 ? fromTable : extractPlanTasks(blocks, ctx, { tablesRead: true }).tasks;

  applyLinks(groups, tasks);
  applyDefault(tasks, counts, clauses, summaryAt >= 0 ? (paras[summaryAt] ?? '') : '');
  return extractedDocument('notice', {
    summary: { stated },
    tasks,
    lagging: groups,
  });
};

function findSummary(paras: (string | null)[]): {
  index: number;
  counts: Record<string, number | string>;
  clauses: Record<string, string>;
} {
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (!p || !/[项項]/.test(p)) continue;
    const r = parseStatedClauses(p);
    const keys = Object.keys(r.counts).filter((k) => !k.endsWith('_percent'));
    if (keys.length >= 2) return { index: i, counts: r.counts, clauses: r.clauses };
  }
  return { index: -1, counts: {}, clauses: {} };
}

/**
 * Link list items to tasks and give each linked task the majority code of its
 * items (ties toward the more severe), with the items' words as evidence.
 */
function applyLinks(groups: LaggingGroup[], tasks: Task[]): void {
  const links = linkLaggingItems(groups, tasks);
  const byTask = new Map<string, { code: StatusCode; text: string }[]>();
  groups.forEach((g, gi) =>
    g.items.forEach((item, ii) => {
      const link = links[gi]![ii]!;
      item.taskId = link.taskId;
      if (!link.taskId || !item.status) return;
      const list = byTask.get(link.taskId) ?? [];
      list.push({ code: item.status.code, text: item.text });
      byTask.set(link.taskId, list);
    }),
  );
  for (const t of tasks) {
    const items = byTask.get(t.id);
    if (!items) continue;
    const code = majorityCode(items.map((i) => i.code))!;
    t.status = makeStatus(code, items.map((i) => i.text).join('\n'), 'notice-list');
  }
}

/**
 * What the notice says of the tasks it does not list: from the one class its
 * counts give the rest (264项完成较好或序时推进), or from a 其余… clause.
 * 完成较好或序时推进 cannot be told apart per task, so only 序时推进 is claimed.
 */
function applyDefault(
  tasks: Task[],
  counts: Record<string, number | string>,
  clauses: Record<string, string>,
  summaryText: string,
): void {
  let code = defaultCodeOf(counts);
  let words = code ? (Object.entries(clauses).find(([k]) => k.split('_or_').includes(code!))?.[1] ?? '') : '';
  if (!code) {
    const rest = /其余[^,，;；。]*/.exec(summaryText)?.[0] ?? '';
    const said = findStatusPhrases(rest).filter((h) => !h.negated && !isProblem(h.code));
    if (!said.length) return;
    code = said.reduce((a, b) => (SEVERITY[b.code] > SEVERITY[a.code] ? b : a)).code;
    words = rest.replace(/^其余(事项|任务|目标任务)?(均|都)?/, '');
  }
  // The class counted covers the rest only if its count does: 69项重点任务中…其中全部完成的5个 (泰安 2021) does not make
  // every task the notice leaves unjudged done.
  const unjudged = tasks.filter((t) => !t.status).length;
  const classCount = Object.entries(counts).find(([k, v]) => typeof v === 'number' && k.split('_or_').includes(code!))?.[1];
  if (typeof classCount === 'number' && unjudged > classCount) return;
  const evidence: Status = makeStatus(code, `未列入通报的推进较慢事项清单;通报称其余事项${words}`, 'notice-list');
  for (const t of tasks) if (!t.status) t.status = { ...evidence };
}
