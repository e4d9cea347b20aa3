/**
 * Items a report gives as labelled pairs, without numbers: 任务目标：对全市100个老旧小区…改造。
 * 进展情况：…已于2014年11月14日前完工。 任务目标：… 进展情况：… (石家庄 2014 十件实事). The labels are the
 * column vocabulary's (columns.ts): a task label (任务目标, 目标任务, 工作任务, 建设内容…) opens an item, a
 * progress or status label (进展情况, 完成情况, 推进情况, 督查结果…) says what became of it, whether each pair
 * sits on its lines or the page ran them all into one paragraph.
 */
import { makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { fold } from '../text.js';
import { columnRole } from '../tables/columns.js';
import type { StatusListItem } from './context.js';

/** A label where a line, a sentence or a run of spaces ends: 2–6 characters and a colon. */
const LABEL = /(?:^|(?<=[\s。；;！？]))([\u4e00-\u9fa5]{2,6})\s*[:：]/g;

/** Fewest pairs that make the layout: one alone may be a quoted form in a notice. */
const MIN_PAIRS = 2;

/** Longest task text taken: a label that opens a whole report is not an item's. */
const MAX_TASK = 300;

type PairRole = 'task' | 'report';

function roleOf(label: string): PairRole | null {
  const f = fold(label);
  if (/结果$/.test(f)) return 'report';
  const role = columnRole(f);
  if (role === 'task') return 'task';
  return role === 'progress' || role === 'status' ? 'report' : null;
}

interface Found {
  role: PairRole;
  /** Where the label starts and where its text starts. */
  at: number;
  text: number;
}

/** Each paragraph's labelled pairs, as items with the report's text as progress and the verdict it states. */
export function findLabelledPairs(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  const text = paragraphs.join('\n');
  // The paragraph each offset belongs to.
  const starts: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    starts.push(offset);
    offset += p.length + 1;
  }
  const paraAt = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const labels: Found[] = [];
  for (const m of text.matchAll(LABEL)) {
    const role = roleOf(m[1]!);
    if (role) labels.push({ role, at: m.index!, text: m.index! + m[0].length });
  }
  const pairs: { task: string; report: string; para: number }[] = [];
  for (let k = 0; k + 1 < labels.length; k++) {
    const a = labels[k]!;
    const b = labels[k + 1]!;
    if (a.role !== 'task' || b.role !== 'report') continue;
    const task = text.slice(a.text, b.at).trim();
    // The report runs to the next task label (a second report label, 督查结果 after 进展情况, is part of it).
    let end = text.length;
    for (let j = k + 2; j < labels.length; j++) {
      if (labels[j]!.role === 'task') {
        end = labels[j]!.at;
        break;
      }
    }
    const report = text.slice(b.text, end).replace(/\s+/g, ' ').trim();
    if (task !== '' && [...task].length <= MAX_TASK) pairs.push({ task, report, para: paraAt(a.at) });
  }
  if (pairs.length < MIN_PAIRS) return out;
  for (const p of pairs) {
    const v = p.report ? proseVerdict(p.report, { saidOfSubject: true }) : null;
    out.push({
      number: null,
      text: p.task.replace(/\s+/g, ' '),
      lead: [],
      status: v ? makeStatus(v.code, p.report, 'lexicon') : null,
      progress: p.report || undefined,
      para: p.para,
    });
  }
  return out;
}
