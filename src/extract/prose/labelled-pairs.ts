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
  if (pairs.length < MIN_PAIRS) return labels.some((l) => l.role === 'task') ? out : reportsAfterDescriptions(paragraphs);
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

/** A paragraph that opens with a progress label: 进展情况：…, 推进情况: … */
const REPORT_OPENING = /^\s*([\u4e00-\u9fa5]{2,6})\s*[:：]\s*/;

/** A project's name up to its noun: 柴墟幼儿园建设项目(主体验收完成…). */
const PROJECT_NAME_HEAD = /^[\u4e00-\u9fa5A-Za-z0-9“”"（）()—\-]{4,40}?(?:项目|工程)/;
/** The same name as the whole first clause of a description: 柴墟幼儿园建设项目,占地面积约10亩. */
const PROJECT_NAME = new RegExp(`${PROJECT_NAME_HEAD.source}$`);

/** A heading line above a description: short, one clause, no sentence mark. */
const HEADING_LINE = /^[\u4e00-\u9fa5A-Za-z0-9“”"（）()—\-]{4,30}$/;

/** Circled numbers that part the projects one report tells of: 进展情况：①A…。②B…。 */
const CIRCLED_PIECE = /[\u2460-\u2473]/;
const CIRCLED_OPENING = /^\s*[\u2460-\u2473]/;

/**
 * A progress label after a description with no task label (高港 十项民生实事): 村庄河道疏浚整治活水工程 ⏎ 实施117条村庄河道
 * 疏浚整治… ⏎ 进展情况：该项目累计完成河道整治100条。 The item is the project the description names in its first clause
 * (白马中学与海军小学合署办学项目,新建1幢…), else the heading line above it; a report that parts its projects with ①②
 * (进展情况：①柴墟幼儿园建设项目主体验收完成…②胡庄中心幼儿园改扩建项目正在进行地基施工) names each in its piece.
 * Two such reports at least make the layout, as for labelled pairs.
 */
function reportsAfterDescriptions(paragraphs: string[]): StatusListItem[] {
  const reports: number[] = [];
  paragraphs.forEach((p, i) => {
    const m = REPORT_OPENING.exec(p);
    if (m && roleOf(m[1]!) === 'report') reports.push(i);
  });
  if (reports.length < MIN_PAIRS) return [];
  const out: StatusListItem[] = [];
  for (const i of reports) {
    // The paragraphs cut an inline ①② list into one paragraph a piece (进展情况： ⏎ ①A… ⏎ ②B…): the report runs over them.
    let report = paragraphs[i]!.replace(REPORT_OPENING, '').trim();
    for (let k = i + 1; k < paragraphs.length && CIRCLED_OPENING.test(paragraphs[k]!); k++) report += paragraphs[k]!.trim();
    const pieces = CIRCLED_PIECE.test(report) ? report.split(CIRCLED_PIECE).map((x) => x.trim()).filter(Boolean) : [];
    const named = pieces.map((piece) => ({ name: firstClauseName(piece), piece }));
    if (named.length >= 2 && named.every((n) => n.name !== null)) {
      for (const { name, piece } of named) out.push(reported(name!, piece, i));
      continue;
    }
    const name = describedProject(paragraphs, i);
    if (name) out.push(reported(name, report, i));
  }
  return out.length >= MIN_PAIRS ? out : [];
}

function reported(name: string, report: string, para: number): StatusListItem {
  const v = proseVerdict(report, { saidOfSubject: true });
  return { number: null, text: name, lead: [], status: v ? makeStatus(v.code, report, 'lexicon') : null, progress: report, para };
}

/** The project name a piece opens with, up to its noun (柴墟幼儿园建设项目主体验收完成 → 柴墟幼儿园建设项目). */
function firstClauseName(piece: string): string | null {
  const m = PROJECT_NAME_HEAD.exec(piece);
  return m ? m[0] : null;
}

/** The project the description before a report names (its first clause), else the heading line above that description. */
function describedProject(paragraphs: string[], report: number): string | null {
  const description = paragraphs[report - 1]?.trim() ?? '';
  const first = description.split(/[，,。；;]/)[0]!.trim();
  if (PROJECT_NAME.test(first)) return first;
  const heading = paragraphs[report - 2]?.trim() ?? '';
  return HEADING_LINE.test(heading) && /(?:项目|工程)$/.test(heading) ? heading : null;
}
