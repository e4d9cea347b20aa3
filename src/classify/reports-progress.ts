/**
 * Whether a document reports progress (通报, 进展情况, 完成情况, 落实情况, 督查, a news report of what is
 * done) or is itself a plan (分解, 责任分工, 实施方案, 工作要点). One answer for the whole pipeline: in a
 * document that reports progress, what a task's own paragraph says after its task (…牵头部门：市交通局。
 * 建设进度相对较慢) and the heading it sits under ((三)进展缓慢的有2项。) are verdicts on it; in a plan the
 * same places hold orders (加快推进…, 确保…完成).
 */
import { compact, findStatusPhrases, proseVerdict } from './lexicon.js';
import { fold } from '../extract/text.js';
import type { Block } from '../model/blocks.js';
import type { DocumentKind } from '../model/schema.js';

/** A plan names itself in its title: 任务分解, 责任分工, 任务清单, 实施方案, 工作方案, 工作要点. */
const PLAN_TITLE = /分解|责任分工|任务清单|实施方案|工作方案|工作要点/;

/** Longest first paragraph taken for the document's title. */
const TITLE_MAX = 60;

/** Words of a title or opening that report on progress. */
const PROGRESS_WORDS = /通报|进展|进度|工作总结|(?:年度?|半年|季度|月度?)总结|完成情况|落实情况|落实[\u4e00-\u9fa5]{1,12}情况|实施情况|推进情况|督查|调查报告|情况(?:的)?报告|汇报|开工率|完成投资/;

/** The first paragraphs of a document, where its title and lead-in are. */
export function openingParagraphs(blocks: Block[], n = 8): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    if (out.length >= n) break;
    if (b.kind === 'para') out.push(b.text);
  }
  return out;
}

/**
 * The document names itself a plan (…分解方案, …责任分工). Only the document's own name can make it a plan: an opening
 * that cites 《…实施方案》 still reports on it. Without a title the first paragraph names the document only when it reads
 * as a title, not a lead-in sentence (…对市政府下达的工作责任目标进行细化分解，…现将工作落实情况汇报如下：, 西平 2020).
 */
export function namedPlan(title: string | null, opening: string[]): boolean {
  const first = opening[0] ?? '';
  return PLAN_TITLE.test(fold(compact(title ?? ([...first].length <= TITLE_MAX && !/[。，,；;]/.test(first) ? first : ''))));
}

export function reportsProgress(kind: DocumentKind, title: string | null, opening: string[]): boolean {
  if (namedPlan(title, opening)) return false;
  if (kind !== 'plan') return true;
  if (PROGRESS_WORDS.test(fold([title ?? '', ...opening.slice(0, 3)].join('\n')))) return true;
  // A headline that states a verdict (2021年省委和省政府为民办实事项目全面完成, 福建 2021) reports; a plan's title orders.
  if ([title ?? '', ...opening.slice(0, 4)].some((t) => [...t].length <= TITLE_MAX && !/[。；;]/.test(t) && proseVerdict(t, { saidOfSubject: true }) !== null)) return true;
  // A news report that says of several things that they are done or under way (…改造已顺利完成，…协调正有序推进，…
  // 已完成征地; 九河 2018) reports, dated or not; a plan orders (加快推进, 确保…完成) and says 已 of the past year at most.
  // (A page's chrome may take its first lines: 您的位置:首页 >观察 > … 【资料图】, 通辽 2022.)
  if (reportedPhrases(opening.slice(0, 4).join('\n')) >= REPORTED_PHRASES || reportedPhrases(opening.join('\n')) >= 2 * REPORTED_PHRASES) return true;
  // A news report dates what it reports (截至目前, 截至10月底) and says what is already done (已完成, 超额完成).
  const lead = fold(opening.join('\n'));
  return /截[至止](?:目前|\d|[一二三四五六七八九十]{1,2}月)/.test(lead) && /已完成|超额完成|提前完成|已全部完成|已完工|已竣工|已建成|已投入使用/.test(lead);
}

/** Fewest phrases saying 已…/正… of things in the opening that make a document a report. */
const REPORTED_PHRASES = 4;

/** How many status phrases of the text say something is done or under way (已完成, 正有序推进), not negated. */
function reportedPhrases(text: string): number {
  const flat = fold(compact(text));
  // 已顺利完成, 正有序推进: the 已/正 may stand before the phrase the lexicon matched.
  return findStatusPhrases(text).filter((h) => !h.negated && (/^(?:已|正)/.test(h.words) || /(?:已|正)[\u4e00-\u9fa5]?$/.test(flat.slice(Math.max(0, h.start - 2), h.start)))).length;
}
