/**
 * A project a list names without a verdict and a later sentence tells of again (芦山 2020: …票决出了A、B、C、D、E五个
 * 民生实事项目。… ——2020年12月中旬，双石镇、大川镇城乡居民老旧木房电线线路改造试点竣工): what that sentence says right
 * after the name is the project's status. Only items of prose lists are looked up (a plan's long task texts are not
 * names a report repeats), and a document of thousands of tasks is left as found.
 */
import type { Task } from '../../model/schema.js';
import { makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { fold } from '../text.js';

/** Most tasks looked up: each costs a scan of the document. */
const MAX_LOOKUPS = 300;
/** Shortest and longest name looked for: shorter names hide inside others, longer ones are sentences. */
const NAME_MIN = 4;
const NAME_MAX = 40;
/** How far after the name its verdict may start (…试点竣工, …项目已于5月完工 is at 0–1 after the adverbs). */
const VERDICT_NEAR = 3;

/** A task named by the result it is to reach: 完成县分烟叶任务, 建成1个示范园. */
const RESULT_HEAD = /^(?:完成|建成|实现)/;

export function statusFromLaterMentions(tasks: Task[], paragraphs: string[]): Task[] {
  const open = tasks.filter((t) => t.status === null && t.id.startsWith('list.'));
  if (open.length === 0 || open.length > MAX_LOOKUPS) return tasks;
  const folded = paragraphs.map(fold);
  return tasks.map((t) => {
    if (t.status !== null || !t.id.startsWith('list.')) return t;
    const name = fold(t.text.trim());
    if ([...name].length < NAME_MIN || [...name].length > NAME_MAX) return t;
    for (let p = 0; p < folded.length; p++) {
      for (let at = folded[p]!.indexOf(name); at >= 0; at = folded[p]!.indexOf(name, at + 1)) {
        const rest = paragraphs[p]!.slice(at + name.length);
        const clause = rest.slice(0, Math.max(0, rest.search(/[，,；;。、]/)) || rest.length);
        // 一是完成县分烟叶任务 … 我乡已完成县分烟叶任务1276 (润雅 2016): a task named by its result, told of with 已 before it,
        // is done.
        if (RESULT_HEAD.test(name) && /已(?:经)?$/.test(folded[p]!.slice(Math.max(0, at - 2), at))) {
          const start = Math.max(0, paragraphs[p]!.lastIndexOf('。', at) + 1);
          const end = paragraphs[p]!.slice(at).search(/[，,；;。]/);
          return { ...t, status: makeStatus('done', paragraphs[p]!.slice(start, end < 0 ? undefined : at + end), 'lexicon') };
        }
        // A name followed by 、 is one of a list, told of with the others (read by the list readers).
        if (/^[、，,]/.test(rest)) continue;
        const v = proseVerdict(clause, { saidOfSubject: true });
        if (v && !v.negated && v.start <= VERDICT_NEAR) {
          const start = Math.max(0, paragraphs[p]!.lastIndexOf('。', at) + 1);
          return { ...t, status: makeStatus(v.code, paragraphs[p]!.slice(start, at + name.length + clause.length), 'lexicon') };
        }
      }
    }
    return t;
  });
}
