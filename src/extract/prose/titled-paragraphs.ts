/**
 * A report that takes its items one by one under short headings of their own, each followed by what was done
 * (福建 2021 为民办实事 通报):
 *   建设全省重大疫情救治基地 ⏎ 省级财政补助资金下达3.6亿元，完成年度计划的112.5%。 ⏎ 提升卫生应急救援处置能力 ⏎ …完成95支…
 * No number marks them: what makes them items is the shape repeated over the report, a line that reads as a name (short,
 * no punctuation) followed by a paragraph of prose. The heading is the task, the prose up to the next heading or
 * numbered line its progress, and its status is what that prose states.
 */
import { makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { progressTextStatus } from '../../classify/progress-text.js';
import { parseMarker } from '../numbering.js';
import type { StatusListItem } from './context.js';
import { fold } from '../text.js';
import { columnRole } from '../tables/columns.js';
import { leadersOfHeading } from '../leaders.js';
import { isUnitName } from '../tables/unit-cells.js';

/** Longest line read as an item's heading; shortest. */
const HEADING_MAX = 24;
const HEADING_MIN = 4;

/** Fewest headings that make the shape a report's way of listing. */
const MIN_ITEMS = 3;

/** Longest progress read for one heading. */
const PROGRESS_MAX = 800;

/** A heading that names the document or one of its parts, not an item: …通报, …情况, 附件, 一、基本情况. */
// 平鲁区推进了4个旅游项目的开发建设。 (朔州 2011): a count of projects heads the group whose projects follow, not one of them.
const NOT_AN_ITEM = /通报|情况|报告|附件|说明|目录|来源|责任编辑|^[一二三四五六七八九十]+[、.．]|[0-9一二三四五六七八九十两]+(?:个|项|件)[\u4e00-\u9fa5]{0,6}(?:项目|工程|任务|实事)/;

/**
 * A class of projects with what is said of the class (新建项目有序推进。续建项目成效凸显。技改项目高效完工。, 麟游 2025): the
 * heading of the projects its paragraph then names, not one of them. Five characters or fewer before 项目/工程.
 */
const CLASS_OF_PROJECTS = /^[\u4e00-\u9fa5]{1,5}(?:项目|工程)(?=[\u4e00-\u9fa5])/;

export function findTitledParagraphs(paragraphs: string[]): StatusListItem[] {
  const lines = paragraphs.map((p, para) => ({ text: p.trim(), para })).filter((l) => l.text !== '');
  const out: StatusListItem[] = [];
  for (let k = 1; k < lines.length - 1; k++) {
    const head = lines[k]!.text;
    if (!isItemHeading(head) || !isProse(lines[k + 1]!.text) || parseMarker(lines[k + 1]!.text) !== null) continue;
    let progress = '';
    for (let j = k + 1; j < lines.length; j++) {
      const t = lines[j]!.text;
      if (isItemHeading(t) || parseMarker(t) !== null || progress.length + t.length > PROGRESS_MAX) break;
      progress += t;
    }
    if (progress === '') continue;
    const v = proseVerdict(progress, { saidOfSubject: true });
    out.push({ number: null, text: head, lead: [], status: v ? makeStatus(v.code, progress, 'lexicon') : null, progress, para: lines[k]!.para });
  }
  return out.length >= MIN_ITEMS ? out : [];
}

/**
 * A report that numbers its items as headings (xx乡 2018 为民办实事工程情况报告): 一、乡村“万盏灯光”工程 ⏎ 全乡共有23个村…，
 * 项目计划10月份前完成安装。 ⏎ 二、六个行政村垦造耕地项目 ⏎ …. The heading names the item (a project or a piece of work, not
 * a part of the report: 一、基本情况, 二、存在问题, 三、下步打算); the paragraphs up to the next heading are its progress.
 */
export function findNumberedTitledParagraphs(paragraphs: string[]): StatusListItem[] {
  const lines = paragraphs.map((p, para) => ({ text: p.trim(), para })).filter((l) => l.text !== '');
  const out: StatusListItem[] = [];
  for (let k = 0; k < lines.length - 1; k++) {
    const name = numberedItemHeading(lines[k]!.text);
    if (name === null || !isProse(lines[k + 1]!.text) || parseMarker(lines[k + 1]!.text) !== null) continue;
    let progress = '';
    for (let j = k + 1; j < lines.length && parseMarker(lines[j]!.text) === null && progress.length + lines[j]!.text.length <= PROGRESS_MAX; j++) {
      progress += lines[j]!.text;
    }
    const v = proseVerdict(progress, { saidOfSubject: true });
    out.push({ number: parseMarker(lines[k]!.text)!.marker.label, text: name, lead: [], status: v ? makeStatus(v.code, progress, 'lexicon') : null, progress, para: lines[k]!.para });
  }
  return out.length >= MIN_ITEMS ? out : [];
}

/** A report's own parts, not items: 基本情况, 存在问题, 下步打算, 主要做法, 工作措施. */
const REPORT_PART = /情况|问题|打算|措施|做法|成效|建议|思路|体会|经验|计划|目标|要求|背景|概况|总结|附件/;

/** What a heading adds to an item's name to say a report on it follows: 完成情况, 实施情况, 进展情况. */
const ITEM_REPORT_SUFFIX = /(?<=(?:项目|工程|实事|行动))(?:的)?(?:完成|实施|进展|推进|建设)情况$/;

/** The name a numbered heading line gives an item (一、乡村“万盏灯光”工程), or null. */
function numberedItemHeading(line: string): string | null {
  const m = parseMarker(line);
  if (!m || m.marker.weak) return null;
  // 一、“书香大陈”文化健身公园建设项目完成情况 (大陈 2021): the item, and that what follows reports on it.
  const name = m.rest.trim().replace(ITEM_REPORT_SUFFIX, '');
  const n = [...name].length;
  if (n < HEADING_MIN || n > HEADING_MAX + 6 || !/^[\u4e00-\u9fa5“”"0-9]+$/.test(name) || REPORT_PART.test(fold(name))) return null;
  // A heading that reports (基础设施建设项目有序推进) judges a group; a unit heads a notice's items.
  return proseVerdict(name) === null && !isUnitName(name) && leadersOfHeading(name).length === 0 ? name : null;
}

/**
 * The same shape within each paragraph (重庆 2015, after 主要进度如下：): 2606个撤并村通公路(2013—2017年)。上半年已完成建设4022
 * 公里，…。 — a paragraph that opens with a short sentence naming the item, then reports on it. Three such paragraphs in a
 * row or more make a list; the first sentence is the task, the rest its progress.
 */
export function findTitledSentences(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  let run: StatusListItem[] = [];
  const flush = () => {
    if (run.length >= MIN_ITEMS) out.push(...run);
    run = [];
  };
  paragraphs.forEach((p, para) => {
    const t = p.trim();
    if (t === '') return;
    const stop = t.indexOf('。');
    const head = stop > 0 ? t.slice(0, stop) : '';
    const rest = stop > 0 ? t.slice(stop + 1).trim() : '';
    const name = head.replace(/[(（][^()（）]{1,20}[)）]$/, '');
    // A numbered paragraph is the outline's item; a head that reports (全县已恢复面积646亩) names nothing.
    const numbered = parseMarker(t) !== null || /^[0-9０-９]{1,4}\s|^[一二三四五六七八九十]{1,3}是/.test(t);
    const reports = /已|正在|完成了/.test(fold(name));
    if (numbered || reports || [...name].length < HEADING_MIN || [...head].length > SENTENCE_HEAD_MAX || /[，,；;：:、]/.test(name) || !isProse(rest) || proseVerdict(head) !== null || NOT_AN_ITEM.test(fold(head)) || CLASS_OF_PROJECTS.test(fold(name))) {
      flush();
      return;
    }
    const v = proseVerdict(rest, { saidOfSubject: true });
    run.push({ number: null, text: head, lead: [], status: v ? makeStatus(v.code, rest, 'lexicon') : null, progress: rest.slice(0, PROGRESS_MAX), para });
  });
  flush();
  return out;
}

/** Longest opening sentence read as an item's name. */
const SENTENCE_HEAD_MAX = 40;

function isItemHeading(line: string): boolean {
  const n = [...line].length;
  // Chinese characters only (no §, no figures, no punctuation), and not a table's column name (序号, 目标任务) printed
  // one cell a line, nor a leader's heading (洪湖鹏市长主抓重点工作).
  return (
    n >= HEADING_MIN &&
    n <= HEADING_MAX &&
    /^[\u4e00-\u9fa5]+$/.test(line) &&
    !NOT_AN_ITEM.test(fold(line)) &&
    columnRole(line) === null &&
    leadersOfHeading(line).length === 0 &&
    // A unit heading a notice's group of items (鞋城管委会, 市数据资源局) names who answers, not an item; a school or a
    // hospital heading the report on its building (锦绣小学 ⏎ 目前，…主体已完成, 沂水) is the works.
    (!isUnitName(line) || BUILT_INSTITUTION.test(line))
  );
}

/** Institutions a report tells of as works being built: schools, kindergartens, hospitals. */
const BUILT_INSTITUTION = /(?:小学|中学|学校|幼儿园|医院|卫生院)$/;

/** What follows a heading is prose when it is a sentence: 10 characters or more with a comma or a full stop. */
function isProse(line: string): boolean {
  return [...line].length >= 10 && /[，,。；;]/.test(line) && /^[\u4e00-\u9fa5A-Za-z0-9０-９“"（(]/.test(line);
}

/** Longest target sentence read as an item. */
const TARGET_MAX = 90;

/** A target as a programme of 民心工程 states it: what will be added or built, with its figure (新增婴幼儿托位460个…). */
const TARGET_HEAD = /^(?:新增|新建|建成|改建|改造|完成|实施|开展|打造|推进|提升|培训|发放|落实|创建|新改扩建)/;

/** What opens the report on a target, after the target: 目前，…, 该项目已完成, 截至6月底，…, 现已…. */
const REPORT_OPENING = /^\s*(?:目前|当前|现已|该项目|该工程|此项|截至|截止|已)/;

/**
 * A report that states each target as the first sentence of its paragraph and what became of it after (津南 2025 民心
 * 工程: 新增婴幼儿托位460个…。目前，…主体封顶，其余工作正在加快推进；… ⏎ 建成老年友善医疗机构14家。该项目已完成。…): the
 * target is the task, the rest of its paragraph the progress, read as a progress cell is (parts done and parts under
 * way say under way). The shape must repeat: MIN_ITEMS paragraphs at least.
 */
export function findTargetParagraphs(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  paragraphs.forEach((p, para) => {
    const t = p.trim();
    const stop = t.indexOf('。');
    if (stop < 0 || stop > TARGET_MAX) return;
    const target = t.slice(0, stop);
    const rest = t.slice(stop + 1);
    if (!TARGET_HEAD.test(fold(target)) || !/[0-9０-９]/.test(target) || !REPORT_OPENING.test(fold(rest))) return;
    const said = progressTextStatus(rest);
    out.push({ number: null, text: target, lead: [], status: said ? makeStatus(said.code, rest.trim(), 'lexicon') : null, progress: rest.trim(), para });
  });
  return out.length >= MIN_ITEMS ? out : [];
}
