/**
 * Runs on every document after its layout extractor: tasks named in prose
 * status lists either give their status (and unit) to a task the extractor
 * already found with the same text, or become tasks of their own.
 */
import type { Status, Task } from '../../model/schema.js';
import { findStatusPhrases, makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { countValue, splitProseSentences } from './sentences.js';
import type { Block } from '../../model/blocks.js';
import type { ExtractedDocument } from '../types.js';
import { fold, stripSpaces } from '../text.js';
import { findStatusListItems, type StatusListItem } from './status-lists.js';
import { findNamedProjectItems, findPromisedStarts, findSubjectProjects, findTitledOrdinals } from './named-clauses.js';
import { findCategoryItems } from './category-clauses.js';
import { findLabelledPairs } from './labelled-pairs.js';
import { findAnnouncedClauses } from './announced-clauses.js';
import { statusFromLaterMentions } from './later-mentions.js';
import { findNumberedTitledParagraphs, findTargetParagraphs, findTitledParagraphs, findTitledSentences } from './titled-paragraphs.js';
import { namedPlan, reportsProgress } from '../../classify/reports-progress.js';
import { progressTextStatus } from '../../classify/progress-text.js';
import { splitInlineOrdinals } from '../inline-ordinals.js';
import { parseMarker } from '../numbering.js';

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

/** Longest paragraph searched for an inline numbered list: a list a person writes is far shorter than a flattened page. */
const INLINE_LIST_PARAGRAPH_MAX = 4000;

/** Shortest paragraph whose verbatim repeat is dropped: short lines (headings, 是, 已完成) repeat legitimately. */
const REPEATED_PARAGRAPH_MIN = 40;

/**
 * The paragraphs, an inline numbered list (…。1.A，…；2.B，…；3.C…) cut into one paragraph an item, as the outline cuts it.
 * A long paragraph a page prints twice (a scrape or a template repeating the lead, 平江) is read once: the second copy
 * is left empty, so paragraph numbers stay those of the page.
 */
function paragraphsOf(blocks: Block[]): string[] {
  const paras = blocks.flatMap((b) => (b.kind !== 'para' ? [] : b.text.length <= INLINE_LIST_PARAGRAPH_MAX ? splitInlineOrdinals(b.text) : [b.text]));
  const seen = new Set<string>();
  return paras.map((p) => {
    const key = p.trim();
    if (key.length < REPEATED_PARAGRAPH_MIN) return p;
    if (seen.has(key)) return '';
    seen.add(key);
    return p;
  });
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
    progress: item.progress ?? null,
    status: item.status,
  };
}

/**
 * Words inside a table's progress cell, or a quotation inside a real task's text
 * (推进“一企一策”帮扶…, “十四五”规划), name something the task mentions, not a task
 * of its own. A "task" without units or progress is prose the layout took for a
 * heading, and its quotations may well be the items of a list.
 */
function mentionedInside(item: StatusListItem, inside: MentionIndex): boolean {
  const a = bare(item.text);
  if (inside.progress.includes(a) && item.subject !== true) return true;
  // Inside a real task's text but not at its start (\u0002 opens every task text).
  return item.quoted === true && inside.texts.includes(a) && inside.texts.split(a).length - 1 > inside.texts.split('\u0002' + a).length - 1;
}

/** Every task's progress, and the texts of tasks with units, each joined once so a look-up is one scan. */
interface MentionIndex {
  progress: string;
  texts: string;
}

function mentionIndex(tasks: Task[]): MentionIndex {
  return {
    // What a task's progress or its own status cell (项目进度评价：…“A、B”等建设内容还未实施) says is a detail of that task.
    progress: tasks.map((t) => [t.progress, t.status?.source === 'column' ? t.status.evidence : null].filter((x) => x).map((x) => bare(x!)).join('\u0001')).join('\u0001'),
    texts: tasks.filter((t) => t.leadUnits.length > 0).map((t) => '\u0002' + bare(t.text)).join(''),
  };
}

/**
 * A summary that judges every task at once: 目前所有项目均已提前完成全年目标任务,
 * 126项民生实事均全部或超额完成年度目标任务. Only in the opening paragraphs, and only
 * when the sentence gives one verdict (not 28项已完成，90项正常推进，8项进度偏慢).
 */
const ALL_OF_THEM = /(?:所有|全部)(?:的)?(?:[\u4e00-\u9fa5]{0,6})?(?:项目|任务|实事|事项|工作)[^，,。；;]{0,8}(?:均|都|全部)|(?<![0-9０-９])[0-9０-９]{1,4}(?:项|个|件)[\u4e00-\u9fa5]{0,8}?均(?:已|全部|能)/;

/**
 * A count that says all of its items are done, without 均: 10件为民实事如期全面高质量完成 (甘肃),
 * 15件实事已经全部完成, 15件民生实事全完成了 (济南). It judges the document's tasks only when they are no
 * more than the count (其中3项全部完成 speaks of a part, so 其中 before the count is not one).
 */
const COUNT_ALL_DONE = /(?<![0-9０-９]|其中)([0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})(?:项|个|件)[\u4e00-\u9fa5]{0,8}?(?:已经|已|均|都)*(?:如期|全面|全部|圆满|顺利|高质量|全)+完成/;

const ANY_COUNT = /(?<![0-9０-９])(?:[0-9０-９]{1,4}|[一二三四五六七八九十]{1,3})(?:项|个|件)/g;

/** Counts joined as one subject of a done verdict: 18个建设项目和9个公共服务事项全部完成. */
const JOINED_COUNTS_ALL_DONE = /(?<![0-9０-９])(?:[0-9]{1,4}(?:项|个|件)[\u4e00-\u9fa5]{0,8}?[和、及与])+[0-9]{1,4}(?:项|个|件)[\u4e00-\u9fa5]{0,8}?(?:已经|已|均|都)*(?:如期|全面|全部|圆满|顺利|高质量|全)+完成/;

/** The joined counts' sum, as a match whose first group is that number (the form COUNT_ALL_DONE gives). */
function joinedCount(matched: string): RegExpExecArray {
  const sum = [...matched.matchAll(/([0-9]{1,4})(?:项|个|件)/g)].reduce((a, m) => a + Number(m[1]), 0);
  return Object.assign([matched, String(sum)], { index: 0, input: matched, groups: undefined }) as RegExpExecArray;
}

interface DocumentVerdict {
  status: Status;
  /** The count the verdict was stated for, when it was stated as 10件…如期全面完成 (null: all, whatever their number). */
  count: number | null;
}

/**
 * A closing sentence that says the whole programme was done: 至2020年12月底，教育体育局圆满完成2020年民生实事工程建设任务。
 * (临湘 2020). Only among the last paragraphs, short, with no count of its own and one verdict, done.
 */
const CLOSING_ALL_DONE = /(?:圆满|全面|全部|顺利)完成[^。；;，,]{0,30}?(?:任务|目标)/;

function closingVerdict(paragraphs: string[]): DocumentVerdict | null {
  const tail = paragraphs.filter((p) => p.trim() !== '').slice(-4);
  for (const p of tail) {
    for (const sentence of splitProseSentences(p)) {
      if (sentence.length > 80 || !CLOSING_ALL_DONE.test(fold(sentence)) || (fold(sentence).match(ANY_COUNT) ?? []).length > 0) continue;
      const codes = new Set(findStatusPhrases(sentence).filter((h) => !h.negated).map((h) => h.code));
      if (codes.size === 1 && codes.has('done')) return { status: makeStatus('done', sentence, 'notice-list'), count: null };
    }
  }
  return null;
}

function documentVerdict(paragraphs: string[]): DocumentVerdict | null {
  for (const p of paragraphs.slice(0, 6)) {
    for (const sentence of splitProseSentences(p)) {
      if (sentence.length > 500) continue;
      const folded = fold(sentence);
      // The counted form speaks for the document only as the sentence's one count (not 17项已全面完成，8项完成进度80%以上).
      const everyTask = ALL_OF_THEM.test(folded);
      // 18个建设项目和9个公共服务事项全部完成年度任务 (延安 2023): counts joined as one subject are one count, their sum.
      const joined = JOINED_COUNTS_ALL_DONE.exec(folded);
      const counted = everyTask ? null : joined ? joinedCount(joined[0]) : (folded.match(ANY_COUNT) ?? []).length > 1 ? null : COUNT_ALL_DONE.exec(folded);
      if (!counted && !everyTask) continue;
      const codes = new Set(findStatusPhrases(sentence).filter((h) => !h.negated).map((h) => h.code));
      const v = proseVerdict(sentence, { saidOfSubject: true });
      if (!v || codes.size !== 1 || (counted && v.code !== 'done')) continue;
      return { status: makeStatus(v.code, sentence, 'notice-list'), count: counted ? countValue(counted[1]!) : null };
    }
  }
  return null;
}

/** The tasks still without a status take the document's verdict, when it covers them all. */
function applyDocumentVerdict(doc: ExtractedDocument, all: DocumentVerdict | null): ExtractedDocument {
  if (!all || (all.count !== null && doc.tasks.length > all.count)) return doc;
  return { ...doc, tasks: doc.tasks.map((t) => (t.status ? t : { ...t, status: all.status })) };
}

const MAX_PARAGRAPH_LOOKUPS = 1000;

/** Longest paragraph read as what is said of one task (a numbered item with its progress and verdict). */
const TASK_PARAGRAPH_MAX = 800;

/** Most paragraphs after a numbered item looked at for what is said of it (blank ones included): each task's look is bounded. */
const CONTINUATION_PARAGRAPHS = 12;

/** The verdict of the paragraph a task was read from, in what follows the task's own words. */
function paragraphVerdict(task: Task, paragraphs: string[]): Status | null {
  const key = bare(task.text).slice(0, 8);
  if (key.length < 4) return null;
  const at = paragraphs.findIndex((p) => bare(p).includes(key));
  // A paragraph of thousands of characters is a flattened table or a whole report, not one task's paragraph.
  if (at < 0 || paragraphs[at]!.length > TASK_PARAGRAPH_MAX) return null;
  // 3.改扩建…中心敬老院，护理床位达到50%以上。⏎ 我县对第一托养中心进行了改建，建成…。 (西平 2020): the unnumbered
  // paragraphs after the item, up to the next numbered one, report on it.
  let said = paragraphs[at]!;
  for (let k = at + 1; k < paragraphs.length && k - at <= CONTINUATION_PARAGRAPHS; k++) {
    const next = paragraphs[k]!.trim();
    if (next === '') continue;
    // Another item of a list (…；) or a lead-in (4项尚未完成…的项目为：) is not what is said of this one.
    if (parseMarker(next) !== null || /[；;：:]$/.test(next) || said.length + next.length > TASK_PARAGRAPH_MAX) break;
    said += next;
  }
  const v = proseVerdict(said);
  return v ? makeStatus(v.code, said.trim(), 'lexicon') : null;
}

/** The items a progress report names by their projects, titles and clauses, each with what is said of it. */
function projectReports(paragraphs: string[]): StatusListItem[] {
  return [
    ...findNamedProjectItems(paragraphs),
    ...findTitledOrdinals(paragraphs),
    ...findTitledParagraphs(paragraphs),
    ...findNumberedTitledParagraphs(paragraphs),
    ...findTargetParagraphs(paragraphs),
    ...findTitledSentences(paragraphs),
    ...findSubjectProjects(paragraphs),
    ...findCategoryItems(paragraphs),
    ...findAnnouncedClauses(paragraphs),
  ];
}

/** Fewest judged projects that make a document whose opening does not say it reports one that does. */
const REPORTED_PROJECTS_MIN = 3;

/**
 * The kind decided from what was found: a news page whose opening names no report (小镇新变化,惠及你我他, 临池 2024) but
 * whose paragraphs each tell of a project and what became of it (…影像中心建设完成; 白云山隧道和旅游路顺利通车; 郭庄水库
 * 除险加固工程全面竣工) reports progress. Read only where the layout found no task: a plan's tasks come from its layout.
 */
function reportsFoundWithoutLayout(doc: ExtractedDocument, paragraphs: string[], judgedInLists: number): StatusListItem[] {
  if (doc.tasks.length > 0) return [];
  const found = projectReports(paragraphs);
  // 糯阁洛水库…完工; 拉牙水库于…动工建设; 章子口水库、北甸水库正加紧…办理相关手续 (维西 2013): projects judged one by one and in a
  // list count alike.
  return found.filter((i) => i.status !== null).length + judgedInLists >= REPORTED_PROJECTS_MIN ? found : [];
}

/** The document with its prose status lists applied to its tasks. */
export function applyStatusLists(layout: ExtractedDocument, blocks: Block[]): ExtractedDocument {
  // A government work report reviews the past year in prose (…等稳步推进); its tasks are its commitments, not lists.
  if (layout.kind === 'report') return layout;
  let doc = layout;
  // Items of a lagging list the notice extractor already read (grouped by unit) are not read twice.
  const listed = doc.lagging.flatMap((g) => g.items.map((i) => bare(i.text)));
  const paragraphs = paragraphsOf(blocks);
  const all = documentVerdict(paragraphs) ?? (reportsProgress(doc.kind, doc.title, paragraphs.slice(0, 8)) ? closingVerdict(paragraphs) : null);
  // Bounded: each task looks for its paragraph, so a document of thousands of tasks is left as found.
  const progressReport = reportsProgress(doc.kind, doc.title, paragraphs.slice(0, 8));
  if (doc.tasks.length <= MAX_PARAGRAPH_LOOKUPS && progressReport) {
    doc = { ...doc, tasks: doc.tasks.map((t) => (t.status || t.progress ? t : { ...t, status: paragraphVerdict(t, paragraphs) })) };
  }
  // Labelled pairs (任务目标：… 进展情况：…) come first: what their reports say are details of them, not more lists.
  const pairs = findLabelledPairs(paragraphs);
  if (pairs.length > 0) doc = { ...doc, tasks: mergeItems(doc.tasks, pairs) };
  const inside = mentionIndex(doc.tasks);
  // A plan by its own name whose layout gave its tasks states no statuses: its prose is orders (加快推进…, 确保…完成),
  // so the list readers, a third of a plan's parse, are not run on it.
  const orders = doc.kind === 'plan' && doc.tasks.length > 0 && namedPlan(doc.title, paragraphs.slice(0, 8));
  const listItems = orders ? [] : findStatusListItems(paragraphs);
  const judgedInLists = listItems.filter((i) => i.status !== null).length;
  const named = onePerSentence([...(progressReport ? projectReports(paragraphs) : reportsFoundWithoutLayout(doc, paragraphs, judgedInLists)), ...findPromisedStarts(paragraphs)]);
  // A project a list or the layout names already is not named again by the project readers.
  const known = [...doc.tasks.map((t) => bare(t.text)), ...listItems.map((i) => bare(i.text))];
  // Named without a verdict: 分别为A、B、C。⏎ 一、A完成情况 ⏎ …现已完工并投入使用 (大陈 2021): the report on the same item is
  // joined to it (mergeItems gives its verdict to the item named first).
  const unjudged = new Set([...doc.tasks.filter((t) => t.status === null).map((t) => bare(t.text)), ...listItems.filter((i) => i.status === null).map((i) => bare(i.text))]);
  // Either way round: 区中医院莲塘新院 listed, 区中医院莲塘新院工程 as a clause's subject, are one project.
  const held = new Map(named.filter((n) => n.holdsParagraph).map((n) => [n.para, bare(n.text)]));
  const fresh = named.filter((n) => {
    const b = bare(n.text);
    const holder = held.get(n.para);
    if (holder !== undefined && holder !== b) return false;
    if (n.status !== null && unjudged.has(b)) return true;
    // A part of a named project (…老旧小区改造工程 | 土建已全部完成) is told of under its project, not a project of its own.
    return !known.some(
      (k) => k.startsWith(b) || (k.length >= 4 && b.startsWith(k) && (/^(?:工程|项目)$/.test(b.slice(k.length)) || (k.length >= 6 && /(?:工程|项目)$/.test(k)))),
    );
  });
  const items = [...listItems, ...fresh].filter(
    (i) => !mentionedInside(i, inside) && !listed.some((l) => l.includes(bare(i.text))),
  );
  if (items.length === 0) return withKind(applyDocumentVerdict(doc, all));
  const tasks = statusFromLaterMentions(withoutListHolders(mergeItems(doc.tasks, items), items), paragraphs);
  return withKind(applyDocumentVerdict({ ...doc, tasks }, all));
}

/**
 * The project readers may name one project twice from one paragraph (a sentence whose subject it is, and a clause of
 * its category): it is one item, with the first verdict found.
 */
function onePerSentence(items: StatusListItem[]): StatusListItem[] {
  const seen = new Map<string, number>();
  const out: StatusListItem[] = [];
  for (const item of items) {
    const key = `${item.para}\u0000${bare(item.text)}`;
    const at = seen.get(key) ?? partOfNamed(out, item);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(item);
    } else if (out[at]!.status === null && item.status !== null) out[at] = { ...out[at]!, status: item.status };
  }
  return out;
}

/** Shortest project name (…工程/…项目) whose longer form in the same paragraph is read as a part of it. */
const PROJECT_NAME_MIN = 6;

/**
 * The item already read from the same paragraph whose project this one names a part of (2023年老城区(里厍一村)老旧小区改造
 * 工程 | 土建已全部完成: one reader names the project, another the project and its part), or undefined.
 */
function partOfNamed(out: StatusListItem[], item: StatusListItem): number | undefined {
  const b = bare(item.text);
  const at = out.findIndex((o) => {
    if (o.para !== item.para) return false;
    const k = bare(o.text);
    return k.length >= PROJECT_NAME_MIN && b.length > k.length && b.startsWith(k) && /(?:工程|项目)$/.test(k);
  });
  return at >= 0 ? at : undefined;
}

/**
 * A numbered line the layout took for a task may be a group heading holding its list (01、建设进度较快项目共21个 A、B、C…):
 * once the list's items are tasks, the line that holds two or more of them, with no unit or progress of its own, is not one.
 */
/** Longest heading before a list on the line that holds it (建设进度较快项目共21个). */
const HOLDER_HEADING_MAX = 30;

function withoutListHolders(tasks: Task[], items: StatusListItem[]): Task[] {
  const names = [...new Set(items.map((i) => bare(i.text)).filter((n) => n.length >= 2))];
  if (names.length < 2) return tasks;
  return tasks.filter((t) => {
    if (t.id.startsWith('list.') || t.leadUnits.length > 0 || t.coUnits.length > 0 || t.progress) return true;
    // Held means the line's first sentence is the list's heading and the list: a task that says something of its own
    // first and runs on into the next items (A，未开工原因是…。范县1个：B…) is kept.
    const firstSentence = bare(t.text.split(/[。；;]/)[0] ?? '');
    let held = 0;
    let first = Infinity;
    for (const n of names) {
      const at = n === firstSentence ? -1 : firstSentence.indexOf(n);
      if (at < 0) continue;
      held++;
      first = Math.min(first, at);
    }
    return held < 2 || first > HOLDER_HEADING_MAX;
  });
}

/** Tasks with the list items applied: an item naming a task gives it what it lacks, any other becomes a task. */
function mergeItems(found: Task[], items: StatusListItem[]): Task[] {
  const tasks = [...found];
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
        progress: t.progress ?? item.progress ?? null,
        leadUnits: t.leadUnits.length ? t.leadUnits : item.lead,
      };
      continue;
    }
    const task = taskOf(item, added++, taken);
    claimed.add(tasks.length);
    tasks.push(task);
  }
  return tasks;
}

/**
 * The kind is decided by what was found: a "plan" whose tasks mostly carry statuses reports on progress, and so does
 * one that assigns no unit at all yet judges several of its items (a news report going project by project).
 */
const JUDGED_WITHOUT_UNITS = 3;

function withKind(doc: ExtractedDocument): ExtractedDocument {
  if (doc.kind !== 'plan') return doc;
  // A task whose own report states a verdict (安全饮水工程:…已全部完工, 呼和浩特经开区 2016) is judged, though classify reads it later.
  const withStatus = doc.tasks.filter((t) => t.status || (t.progress && progressTextStatus(t.progress))).length;
  const assignsNone = doc.tasks.every((t) => t.leadUnits.length === 0 && t.coUnits.length === 0);
  const reports = withStatus * 2 > doc.tasks.length || (assignsNone && withStatus >= JUDGED_WITHOUT_UNITS);
  if (!reports || withStatus === 0) return doc;
  return { ...doc, kind: /通报/.test(doc.title ?? '') ? 'notice' : 'report' };
}
