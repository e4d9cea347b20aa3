/**
 * Tasks that a status notice or progress report names in running prose, each
 * with the status its list states:
 *   推进较慢的7项任务分别是：A，B，…            (lead-in, then the list)
 *   （一）提前完成任务指标有7项。…分别为：A；B；…  (the group heading decides)
 *   “A”“B”“C”等5小项已完成                       (quoted list, status after it)
 *   A、B、C3个项目全面完成任务 / A、B等项目进展较快   (list before its verdict)
 *   推进缓慢的有3（A、B、C）                       (list in brackets after a count)
 *   由县民政局负责的第1件…进展滞后                 (items cited by number)
 *   8项进展偏慢的重点工作为：⏎①A（责任单位：X）；⏎②B…  (one item per line)
 *   A、B、C正在实施建设中 / 实施完成了A、B等道路       (bare lists, bare-lists.ts)
 * Whatever the document's kind: a plan can carry such a list and a notice may have none.
 */
import { fold } from '../text.js';
import { proseVerdict } from '../../classify/lexicon.js';
import { cleanItem, plausibleItem } from './items.js';
import { sentencesOf } from './sentences.js';
import { countedGroupItems } from './counted-groups.js';
import { responsibleClauseItems } from './responsible-clauses.js';
import { pushAll } from '../../util/arrays.js';
import { contextStatus, statusFrom, type Context, type StatusListItem } from './context.js';
import { introducedLists } from './introduced-lists.js';
import { findBulletedLists } from './bulleted-lists.js';
import { accountabilityLists, listsBeforeVerdict, verdictThenList } from './verdict-lists.js';
import { bracketLists, countedBracketLists } from './bracket-lists.js';
import { quotedLists } from './quoted-lists.js';
import { placeWorksLists } from './place-lists.js';
import { pickedLists } from './picked-lists.js';
import { bareListsBeforeVerdict, doneFirstLists, judgedPieceLists, onlyExceptions } from './bare-lists.js';

export type { StatusListItem } from './context.js';

/** 由县民政局负责的第1件、县卫健局负责的第17、18件…进展滞后: items known only by their numbers. */
function citedItems(ctx: Context, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const cites = [...fold(text).matchAll(/([\u4e00-\u9fa5]{2,20}?)负责的第([0-9、]{1,20})(件|项)/g)];
  if (cites.length === 0) return;
  const last = cites[cites.length - 1]!;
  const after = text.slice((last.index ?? 0) + last[0].length);
  const status = statusFrom(proseVerdict(after.split(/[，,；;。]/)[0] ?? ''), after);
  for (const c of cites) {
    const printed = text.slice(c.index ?? 0, (c.index ?? 0) + c[0].length);
    const unit = printed.slice(0, c[1]!.length).replace(/^由/, '');
    const span = unit + printed.slice(c[1]!.length);
    for (const n of c[2]!.split('、').filter((x) => x !== '')) {
      out.push({ number: n, text: span, lead: [{ name: unit, raw: unit, note: null }], status, para: s.para });
    }
  }
}

/** 一是 / 二是 … inside one sentence or one paragraph. */
const ORDINAL_IS = /[一二三四五六七八九十]{1,3}是/g;

/**
 * 目前，我县实施进度较慢的项目，一是A，二是B，三是C。: items enumerated by 一是/二是 after a
 * lead-in that gives their verdict. A lead-in without one (主要做法：一是加强领导…) lists measures, not tasks.
 */
/** Longest item a document numbers itself (一是…): its name with the figures and measures after it. */
const NUMBERED_ITEM_MAX = 400;

/** A clause after the last item that looks back on all of them: ；上述6项实事均超额完成年度目标任务. */
const RETROSPECT = /[；;，,](?=\s*(?:上述|以上)[^；;。]{0,40}$|\s*(?:上述|以上)[^；;。]{0,40}[。.]?$)[\s\S]*$/;
const RETROSPECT_SENTENCE = /^\s*(?:上述|以上)[^；;。]{0,40}[。.]?$/;

function ordinalItems(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const marks = [...fold(text).matchAll(ORDINAL_IS)].filter((m) => !covered.some(([a, b]) => (m.index ?? 0) >= a && (m.index ?? 0) < b));
  if (marks.length < 2 || !marks[0]![0].startsWith('一')) return;
  const first = marks[0]!.index ?? 0;
  const leadIn = text.slice(0, first);
  // 一是A；…六是F；上述6项实事均超额完成年度目标任务。: a closing clause that looks back on the items judges them all.
  const lastAt = marks[marks.length - 1]!.index ?? 0;
  const back = RETROSPECT.exec(text.slice(lastAt));
  const listEnd = back ? lastAt + back.index : text.length;
  const next = ctx.sentences[ctx.index + 1];
  const retro = back ? back[0] : next && next.para === s.para && RETROSPECT_SENTENCE.test(next.text) ? next.text : '';
  const status = statusFrom(proseVerdict(leadIn), leadIn) ?? contextStatus(ctx) ?? statusFrom(proseVerdict(retro), retro);
  if (!status) return;
  marks.forEach((m, k) => {
    const end = k + 1 < marks.length ? (marks[k + 1]!.index ?? text.length) : listEnd;
    const item = cleanItem(text.slice(m.index ?? 0, end));
    if (item && plausibleItem(item.text, NUMBERED_ITEM_MAX)) out.push({ ...item, status, para: s.para });
  });
  covered.push([first, text.length]);
}

const MAX_LIST_SENTENCE = 2000;

/** Every item named in a prose status list of the paragraphs, in document order. */
export function findStatusListItems(paragraphs: string[]): StatusListItem[] {
  const sentences = sentencesOf(paragraphs);
  const out: StatusListItem[] = [];
  let skipUntilPara = -1;
  let skipUntilSentence = -1;
  for (let index = 0; index < sentences.length; index++) {
    const s = sentences[index]!;
    if (s.para <= skipUntilPara || index <= skipUntilSentence) continue;
    // A list a person writes fits in a sentence of a few hundred characters; a longer run is a table
    // flattened into one line or padding, and reading it clause by clause would cost its length squared.
    if (s.text.length > MAX_LIST_SENTENCE) continue;
    const ctx: Context = { sentences, index, paragraphs };
    const { covered, lastPara, lastSentence } = introducedLists(ctx, out);
    if (lastSentence !== undefined) skipUntilSentence = lastSentence;
    ordinalItems(ctx, covered, out);
    // Items taken from the lines after a lead-in are not read again as sentences of their own.
    skipUntilPara = Math.max(skipUntilPara, lastPara);
    // A 、-list closed by 等N项 and its verdict is read first: names inside its items may hold quotes or brackets.
    accountabilityLists(ctx, covered, out);
    verdictThenList(ctx, covered, out);
    countedBracketLists(ctx, covered, out);
    listsBeforeVerdict(ctx, covered, out);
    placeWorksLists(ctx, covered, out);
    pickedLists(ctx, covered, out);
    quotedLists(ctx, covered, out);
    bracketLists(ctx, covered, out);
    doneFirstLists(ctx, covered, out);
    onlyExceptions(ctx, covered, out);
    judgedPieceLists(ctx, covered, out);
    bareListsBeforeVerdict(ctx, covered, out);
    citedItems(ctx, out);
    // Clauses inside a list already read are that list's items, not more.
    pushAll(out, responsibleClauseItems(s.text, s.para, covered));
  }
  pushAll(out, countedGroupItems(sentences));
  pushAll(out, findBulletedLists(paragraphs));
  return dropRestatements(out);
}

/** A paragraph that names the same item twice (once in total, once per district) lists it once. */
function dropRestatements(items: StatusListItem[]): StatusListItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.para}\u0000${i.number ?? ''}\u0000${i.text}\u0000${i.status?.code ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
