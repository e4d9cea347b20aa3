/**
 * Items a report announces by their count and then tells of clause by clause, each clause one item with its verdict
 * (平江 大洲乡): 大洲乡党委政府确立了10件实事建设项目。目前，已完成6个村的电网改造；全部完成安全村500亩新建油茶林；
 * “五站合一”工程基本完成；汪坪集镇棚户已经拆除，街道绿化…等工程正在实施。
 * The count says a list follows; no 、 or name marks its items, only the ；-clauses of the next sentence. A clause
 * whose verdict opens it (已完成X, 全部完成X) names its item after the verdict; one whose verdict closes it, before.
 * Clauses without a verdict are left: what makes them items here is being reported on.
 */
import { compact, FINISHING, makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { fold } from '../text.js';
import { countValue, splitProseSentences } from './sentences.js';
import { nameBeforeVerdict, plausibleItem, withoutTrailingAdverb } from './items.js';
import type { StatusListItem } from './context.js';
import { pushAll } from '../../util/arrays.js';

/** A body setting itself a number of items of work: 确立了10件实事建设项目, 安排了12个重点项目. */
const ANNOUNCED = /(?:确立|确定|安排|部署|承诺|票决|筛选)了?[^，,。；;]{0,10}?((?:[0-9]{1,3})|[一二两三四五六七八九十]{1,3})\s*(?:件|项|个)[\u4e00-\u9fa5]{0,8}?(?:实事|项目|工程|任务)/;

/** Fewest clauses with a verdict that make the sentence the announced list. */
const MIN_ITEMS = 3;
/** Shortest and longest item named by a clause. */
const ITEM_MIN = 3;
const ITEM_MAX = 40;
/** A verdict this near a clause's start opens it (已完成…, 全部完成…). */
const OPENS_AT = 2;

/** Words a clause opens with that are about the report, not the item: 目前，, 截至目前，, 同时. */
const CLAUSE_LEAD = /^(?:目前|截至目前|截止目前|同时|此外|另外|其中)[，,]?/;
/** A whole item finished, not one step of it: the finishing words, or all of it done (全面完成, 全部完成). */
const FINISHED = new RegExp(`${FINISHING.source}|全面完成|全部完成`);

/** A number of items: 78个子项, 15件重点民生实事. */
const COUNTED = /^(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})\s*(?:个|件|项|批)(?:[\u4e00-\u9fa5]{0,6}?(?:子项|项目|实事|任务|工程))?$/;

/** A clause that opens with the work finished: 已完成…, 全部完成…, 已建成…. */
const OPENING_DONE = /^(?:已经|已|均已|全部|已全部)(?:完成|建成|竣工|完工)了?/;

/**
 * A lead-in that says what follows reports item by item (清水 2012): 这些实事进展情况具体是：A…，已完成…；B，…；建成C…；
 * Each ；-clause is one item, named by its first comma-part, judged by what the clause says of it.
 */
const REPORTED_LEAD_IN = /(?:具体(?:是|为|如下)|(?:情况|进展|进度)如下)[:：]/;

export function findAnnouncedClauses(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  paragraphs.forEach((p, para) => {
    pushAll(out, reportedClauses(p, para));
    const sentences = splitProseSentences(p).map((s) => s.trim());
    for (let k = 0; k + 1 < sentences.length; k++) {
      const m = ANNOUNCED.exec(fold(sentences[k]!));
      const n = m ? countValue(m[1]!) : null;
      if (n === null || n < MIN_ITEMS) continue;
      const items = clauseItems(sentences[k + 1]!, para);
      if (items.length >= MIN_ITEMS && items.length <= n) out.push(...items);
    }
    for (let k = 0; k + 1 < sentences.length; k++) pushAll(out, membersOfJudgedGroup(sentences[k]!, sentences[k + 1]!, para));
  });
  return out;
}

/** A counted group of projects: 集中开工的4个重点项目, 4个超亿元项目开工. Group 1 is the count. */
const COUNTED_PROJECTS = /((?:[0-9]{1,3})|[一二两三四五六七八九十]{1,3})\s*(?:个|项)[\u4e00-\u9fa5]{0,8}?(?:项目|工程)/;
/** A ；-clause opening with its project's name, then its figures or place: A项目总投资1.5亿元, B工程位于…. */
const NAMED_MEMBER = /^(?:其中[，,]?)?([\u4e00-\u9fa5“”"（）()·0-9A-Za-z]{4,40}?(?:项目|工程))(?=总投资|概算|计划投资|投资|占地|位于|建设内容|主要建设|[，,]|$)/;

/**
 * 冀州区本次集中开工的4个重点项目，总投资6.1亿元…。其中，A项目总投资1.5亿元，…；B项目…；C…；D…。 (冀州 2017): a sentence that
 * counts a group of projects and says what became of them, then one that names exactly that many, a ；-clause each: the
 * members, with the group's verdict.
 */
function membersOfJudgedGroup(group: string, next: string, para: number): StatusListItem[] {
  if (!/^\s*其中/.test(fold(next))) return [];
  const counted = COUNTED_PROJECTS.exec(fold(group));
  const n = counted ? countValue(counted[1]!) : null;
  const verdict = n !== null && n >= 2 ? proseVerdict(group, { saidOfSubject: true }) : null;
  if (!verdict || verdict.negated) return [];
  const clauses = next.replace(/[。.]$/, '').split(/[；;]/).map((c) => c.trim());
  if (clauses.length !== n) return [];
  // Matched on the simplified fold (項目 → 项目), sliced from the print.
  const names = clauses.map((c) => {
    const m = NAMED_MEMBER.exec(fold(c));
    return m ? c.slice(m[0].length - m[1]!.length, m[0].length) : null;
  });
  if (names.some((x) => x === null || !plausibleItem(x))) return [];
  return names.map((text) => ({ number: null, text: text!, lead: [], status: makeStatus(verdict.code, group, 'lexicon'), para }));
}

function clauseItems(sentence: string, para: number): StatusListItem[] {
  const out: StatusListItem[] = [];
  for (const raw of sentence.replace(/[。.]$/, '').split(/[；;]/)) {
    // …棚户已经拆除，街道绿化…等工程正在实施: comma-parts that each judge their own item.
    for (const part of raw.split(/[，,]/)) {
      const clause = compact(part).replace(CLAUSE_LEAD, '');
      // 已完成6个村的电网改造: a finished piece of work named after the verb (the lexicon reads 已完成6个… as a quantity).
      const opening = OPENING_DONE.exec(fold(clause));
      const v = opening ? { code: 'done' as const, start: 0, end: opening[0].length, negated: false } : proseVerdict(clause);
      if (!v || v.negated) continue;
      const text = (v.start <= OPENS_AT ? clause.slice(v.end) : withoutTrailingAdverb(clause.slice(0, v.start)));
      // 78个子项, 15件重点民生实事: a count of the items, not one of them.
      if ([...text].length < ITEM_MIN || [...text].length > ITEM_MAX || COUNTED.test(fold(text)) || !plausibleItem(text)) continue;
      out.push({ number: null, text, lead: [], status: makeStatus(v.code, clause, 'lexicon'), para });
    }
  }
  return out;
}

function reportedClauses(paragraph: string, para: number): StatusListItem[] {
  const m = REPORTED_LEAD_IN.exec(fold(paragraph));
  if (!m) return [];
  const body = paragraph.slice((m.index ?? 0) + m[0].length);
  const clauses = body.split(/[；;]/).map((c) => c.trim()).filter((c) => c !== '');
  if (clauses.length < MIN_ITEMS) return [];
  const out: StatusListItem[] = [];
  for (const clause of clauses) {
    const part = compact(clause.split(/[，,。]/)[0] ?? '');
    // 清社公路改造工程基本完工: the name ends where what is said of it starts.
    const name = nameBeforeVerdict(part, ITEM_MIN) ?? part;
    if ([...name].length < ITEM_MIN || [...name].length > ITEM_MAX || COUNTED.test(fold(name)) || !plausibleItem(name)) continue;
    const v = proseVerdict(clause.split('。')[0]!, { saidOfSubject: true });
    // 已完成水源拦水坝基础土方工程: a step of the item done, not the item (已完工, 已建成 are).
    const judged = v && !v.negated && (v.code !== 'done' || FINISHED.test(v.words)) ? v : null;
    out.push({ number: null, text: name, lead: [], status: judged ? makeStatus(judged.code, clause, 'lexicon') : null, para });
  }
  return out.length >= MIN_ITEMS ? out : [];
}
