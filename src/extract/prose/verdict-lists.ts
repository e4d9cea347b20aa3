/**
 * Lists whose verdict follows them: A、B、C3个项目全面完成任务 / A、B等项目进展较快 (a 、-list closed by 等 or a count).
 * Lists in brackets are in bracket-lists.ts, quoted lists in quoted-lists.ts.
 */
import { compact, findStatusPhrases, makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { fold, lastIndexOfAny } from '../text.js';
import { pushAll } from '../../util/arrays.js';
import { cleanItem, joinToCount, lastItemAfterYiji, namesUnits, plausibleItem, splitLastConjunction, splitNames, splitPair, type ProseItem } from './items.js';
import { COUNT, DATE_LEAD, ETC, ITEM_NOUN, countValue } from './sentences.js';
import { isReportedName } from './bare-lists.js';
import { RELATIVE_VERDICT, contextStatus, count, shareBandStatus, statusFrom, type Context, type StatusListItem } from './context.js';

/**
 * The noun a list before its verdict is summed up by: 等项目, 等经济指标, 等部分重点项目或任务 (at most a few
 * qualifying characters before the noun, so 等多种因素影响 is not one).
 */
/** A list end that counts items: 等4项, 等3件, 等3个项目 (not 等20个排水单元). */
const COUNTS_ITEMS = new RegExp(`(?:项|件|${ITEM_NOUN})$`);

// The words before the noun name a kind of item (民生实事项目, 重点工程), never what is said of the list: 等3项正在进行
// 前期工作 is a count and its verdict, not a count of 正在进行前期工作.
const LIST_NOUN = `(?:(?!正在|正|已|未|尚|均|都|仍|全部|基本)[\\u4e00-\\u9fa5]){0,6}?${ITEM_NOUN}(?:[或和及]${ITEM_NOUN})?(?:内容)?`;

/** A relative clause that judges the list inside its noun: 等十个高新区进展缓慢的项目 (蒲城): its verdict is the list's. */
const JUDGING_NOUN = `[^，,。；;、“”]{1,12}?(?:缓慢|滞后|较慢|偏慢|未开工|停工|已完工|已竣工)的(?:项目|工程)(?:工程)?`;

/**
 * Where a list before its verdict ends: 等 with or without a count (A、B等16个项目, A、B等项目, A等近十个项目),
 * or a bare count (A、B、C3个项目), then the noun it counts.
 */
/** The noun right after a list's count that says it counts no tasks: 行业, 领域, 县(市、区), 乡镇, 部门, and the subsidies or people a list of 孤儿、困难残疾人等7项补贴标准 names (高州 2024). */
const NOT_TASK_GROUP = /^\s*(?:行业|领域|板块|产业|县(?:市区)?|县[(（]市、区[)）]|市|区|乡镇|镇|街道|部门|单位|地区|片区|企业|补贴|补助|津贴|待遇|人群|群体)(?![\u4e00-\u9fa5]*(?:项目|工程|任务|实事))/;

// 中俄黑龙江铁路大桥、哈佳铁路…等一批对我市未来发展有决定性意义的大通道项目前期工作取得明显进展 (佳木斯 2010): 一批, a vague
// amount, with what the batch is said to be before its noun.
// 等重大项目23个 (回民区 2021): the count may follow a noun of projects (not 等各类水利工程6项, 商河: kinds of works).
const LIST_END = new RegExp(`${ETC}\\s*(?:(?:近|约|逾|超过)?${COUNT.source}|一批(?:[^，,。；;、“”]{1,20}?的)?)?(?:${JUDGING_NOUN}|(?:重大|重点|续建|新建)?(?:项目|工程)\\s*${COUNT.source}|${LIST_NOUN})?|${COUNT.source}`, 'g');

/** The count a list's 等 gives (before or after its noun), and the bare count of a list without 等. */
const etcCount = (m: RegExpMatchArray): string | undefined => m[1] ?? m[2];
const bareCount = (m: RegExpMatchArray): string | undefined => m[3];

/**
 * Words before the first item of a list that belong to the sentence, not the item: 其中, 已有, 已开工项目中有, and the
 * place as subject with its verb (我区实施A、B、C3项民生实事已完成, 全市共推进…; 回民区已开复工A、B等重大项目23个, whose 已 the
 * verb reader takes).
 */
const LIST_LEAD_IN = /^(?:其中|已有|现有|共有|还有|另有|计有|目前|截至目前|有|已|另|(?:仅|光|单)?(?:今年|[0-9一二三四五六七八九十]{1,2}月份?|上半年|一季度|二季度|三季度)(?:就|又|还|共|已)有|[\u4e00-\u9fa5]{1,8}中有|(?:我|全|本)(?:省|市|区|县|镇)(?:共|已|今年|上半年)*(?:实施|推进|开展|安排|建设|完成)?|[\u4e00-\u9fa5]{1,6}?(?:省|市|县|区|镇|乡)(?:今年|年内)?(?:将|把)|[\u4e00-\u9fa5]{1,6}?(?:省|市|县|区|镇|乡)(?=已))+/;

/** The verb that makes the list what its count names (高州市将A、B…、J列为十件民生实事): it closes the list, no item's word. */
const DESIGNATING_VERB = /(?:列为|列入|作为|确定为|定为|纳入)\s*$/;

/**
 * What a sentence says of the whole list before its first name (东莞): a connective (但是, 比如), a cause (受规划政策收紧影响有),
 * the plan the items missed (原计划10月动工的), the place they are in (南城的), who builds them (援建的, 杂多 2013), or the choosing of them (…人大四次会议
 * 票决出了A、B…五个民生实事项目, 芦山 2020; 精心筛选出A、B等15项…项目, 肥乡 2014), or the visit to them (陈改萍先后来到A、B…, 蒲城).
 */
const LIST_MODIFIER =
  /^(?:但是|但|比如|例如|譬如|另外|此外|同时|而|特别是|尤其是)|^[^，,。；;、“”]{0,12}?(?:先后来到|来到|深入|走进|察看了?|查看了?)(?=[\u4e00-\u9fa5“"]{2})|^[^，,。；;、“”]{0,24}?(?:票决(?:出|产生)|票选出|评选出|筛选出|遴选出|梳理出|确定|选定)了?(?=[\u4e00-\u9fa5“"]{2})|^(?:受|因|由于)[^，,。；;、]{1,20}?(?:影响|原因)(?:的)?|^(?:原计划|原定|计划|承诺|按计划)[^，,。；;、的]{0,12}的|^[\u4e00-\u9fa5]{1,4}(?:城|镇|区|县|乡|街道|园区|村)的(?=[\u4e00-\u9fa5“"]{2})|^(?:[\u4e00-\u9fa5]{0,4}?)(?:援建|承建|实施|建设|推进|新建|在建|续建|负责)的(?=[\u4e00-\u9fa5“"]{2})/;

/** The group a list is picked from: 22个重大产业项目中, 20件为民办实事中 (滨海). */
const PICKED_FROM = /^(?:[0-9]{1,4}|[一二两三四五六七八九十百]{1,4})\s*(?:个|件|项)[\u4e00-\u9fa5“”]{1,12}?中/;

/** The list with what the sentence says of all of it taken off its front (matched on the simplified text: 個 → 个). */
function stripListLeadIn(list: string): string {
  for (;;) {
    const folded = fold(list);
    const cut = [LIST_LEAD_IN, LIST_MODIFIER, PICKED_FROM].map((re) => re.exec(folded)?.[0].length ?? 0).find((n) => n > 0) ?? 0;
    if (cut === 0) return list;
    list = list.slice(cut);
  }
}

/** A verb of a finish or a start opening a list, said as done: 已开工建设, 今年已建成, 均已竣工 (not 将/计划…). */
const VERDICT_BEFORE_LIST = /^(?:今年|目前|年内|截至目前|全年)?(?:已|已经|均已)(?:开工建设|开复工|复工|开工|动工|建成投用|建成投产|建成|竣工|完工|投入使用|投产)(?:了)?(?=[\u4e00-\u9fa5A-Za-z0-9“"])/;
/** The same verb where the list begins, its 已 perhaps taken off with the lead-in. */
const VERB_BEFORE_LIST = /^(?:今年|目前|年内|截至目前|全年)?(?:已|已经|均已)?(?:开工建设|开复工|复工|开工|动工|建成投用|建成投产|建成|竣工|完工|投入使用|投产)(?:了)?(?=[\u4e00-\u9fa5A-Za-z0-9“"])/;

/** A start still ahead, opening a list: 预计6月份开复工, 下半年还将开工建设, 计划年内开工 (the time first, at most 8 characters). */
const FUTURE_START_BEFORE_LIST = /^[^，,。；;、]{0,8}?(?:预计|计划|还将|将要|拟)(?:于)?(?:[0-9一二三四五六七八九十]{1,2}月份?(?:底|初|中旬|上旬|下旬)?|年内|年底前?|下半年)?(?:开复工|开工建设|开工|动工)(?=[\u4e00-\u9fa5A-Za-z0-9“"])/;

/** A finishing verb opening a list with no 已 (完成A、B等4个项目建设): a report only in a sentence that reports. */
const BARE_VERB_BEFORE_LIST = /^(?:完成了?|建成了?)(?=[\u4e00-\u9fa5A-Za-z0-9“"])/;

/** Words that say a sentence looks back on work done: a time looked back over, an amount spent or reached so far. */
const REPORTS = /半年来|今年以来|年初以来|以来|截至|截止|累计|已经|已|共投入|投入[^，,。；;]{0,24}?[0-9.]+(?:万|亿)元/;
/** Words that make a sentence an aim or an order. */
const AIMS = /计划|确保|力争|争取|预计|拟于|将(?:于|要|在|会|全面|完成|建成)/;

/**
 * Whether the sentence, up to the list, reports: it says so itself, or it opens with 其中 and the sentence before it in the
 * same paragraph says so; and nothing in it is an aim.
 */
function reportsBefore(ctx: Context, head: string): boolean {
  const f = fold(head);
  if (AIMS.test(f)) return false;
  if (REPORTS.test(f)) return true;
  const prev = ctx.sentences[ctx.index - 1];
  const s = ctx.sentences[ctx.index]!;
  return /^\s*其中/.test(f) && prev !== undefined && prev.para === s.para && REPORTS.test(fold(prev.text)) && !AIMS.test(fold(prev.text));
}

/**
 * What a bare finishing verb says of the list after it: the verb with the words after the count (完成…主体施工: a stage,
 * under way), else the whole of each project (完成…项目建设: done).
 */
function bareVerbStatus(verb: string, after: string, evidence: string): ReturnType<typeof statusFrom> {
  const said = proseVerdict(verb + after, { saidOfSubject: true });
  if (said) return statusFrom(said, evidence);
  return /^(?:[\u4e00-\u9fa5]{0,6}?(?:建设|建设任务|工程建设|项目建设))?$/.test(fold(compact(after))) ? makeStatus('done', evidence, 'notice-list') : null;
}

/** Whether a list's end carries its count (等3个项目, 3个项目). */
function hasCount(m: RegExpMatchArray): boolean {
  return etcCount(m) !== undefined || bareCount(m) !== undefined;
}


/** A clause that is only a counted list (33个重点工程中A、B等21个项目): its verdict is still to come. */
const COUNTED_LIST_CLAUSE = new RegExp(`${ETC}\\s*${COUNT.source}\\s*$`);

/**
 * What is said of a counted list that closes its clause: the next clause, or, when that is another counted list
 * (A等14个项目，C、D等21个项目，F、G等15个项目已复工), what is said after the last list of the run.
 */
function verdictAfterRun(rest: string): string {
  let from = 0;
  for (let k = 0; k < 8; k++) {
    const tail = rest.slice(from);
    if (!/^[，,]/.test(tail)) return '';
    const next = tail.slice(1);
    const end = next.search(/[，,；;。]/);
    const clause = end < 0 ? next : next.slice(0, end);
    if (!COUNTED_LIST_CLAUSE.test(fold(clause))) {
      // The last list of the run has its verdict right after its count.
      // (…，C、D等小项已提前完成全年任务, 凤台 2019: a last list closed by 等 and its noun, no count.)
      const last = [...fold(clause).matchAll(new RegExp(`${ETC}\\s*(?:${COUNT.source}(?:${LIST_NOUN})?|${LIST_NOUN})`, 'g'))].pop();
      return last ? clause.slice((last.index ?? 0) + last[0].length) : clause;
    }
    from += 1 + clause.length;
  }
  return '';
}

/**
 * A list's figures, then its verdict in a clause of its own (…等23个项目完成投资超过25%以上，达到了与时间进度同步): the next
 * comma clause, when it opens with the verdict — or the first after clauses of figures only (等5个省重点项目计划投资15.1亿元，
 * 全年完成投资18.2亿元，完成年度的120%, 琼中 2014).
 */
function verdictClauseAfter(rest: string, clauseEnd: number, said: string): ReturnType<typeof statusFrom> {
  if (clauseEnd < 0 || !/[，,]/.test(rest[clauseEnd]!)) return null;
  let next = rest.slice(clauseEnd + 1);
  let figures = '';
  for (let k = 0; k <= FIGURE_CLAUSES_MAX; k++) {
    const end = next.search(/[，,；;。]/);
    const clause = end < 0 ? next : next.slice(0, end);
    const hit = findStatusPhrases(clause).find((h) => !h.negated);
    // The clause is the verdict and nothing more: 已完成投资933万元 reports a step with its figure.
    // (…等12个项目已具备施工条件，计划8月15日开工建设, 玉树 2010: the start still ahead, with its 建设.)
    if (hit && VERDICT_OPENING.test(fold(compact(clause)).slice(0, hit.start)) && (hit.end >= compact(clause).length - 1 || /^(?:建设|施工)$/.test(fold(compact(clause)).slice(hit.end)))) {
      return statusFrom(proseVerdict(clause, { saidOfSubject: true }), `${said}，${figures}${clause}`.trim());
    }
    if (hit || end < 0 || !/[，,]/.test(next[end]!) || !FIGURE_ONLY.test(fold(compact(clause)))) return null;
    figures += `${clause}，`;
    next = next.slice(end + 1);
  }
  return null;
}

/** Most clauses of figures passed over between a list and its verdict. */
const FIGURE_CLAUSES_MAX = 2;

/** A clause that gives an amount and nothing else: 全年完成投资18.2亿元, 计划投资15.1亿元. */
const FIGURE_ONLY = /^(?:全年|今年|年内|当年|累计|共|已)?(?:计划|完成|实际完成)?(?:投资|总投资)(?:约|达|近)?[0-9.]+(?:万|亿)?元$/;

/** What may open a clause before its verdict: 达到了, 均, 已, 目前; the time it took (集中利用半年时间就完成了建设任务, 和政 2013; 仅用3个月就建成). */
const VERDICT_OPENING = /^(?:(?:集中|仅|只|共)?(?:利用|用|花|历时)了?[0-9一二三四五六七八九十两半多]{1,4}个?(?:年|月|天|日|周)(?:时间)?(?:就|便)?)?(?:均|都|已经|已|目前|总体|整体|全部|基本)*(?:达到了?|实现了?)?$/;

/** A piece that is quotations only, each with its noun or bracket: “A”“B”, “A”项目, “A”(市住建局). */
const QUOTED_PIECE = /^\s*(?:[“"][^“”"]*[”"](?:项目|工程)?\s*(?:[（(][^（）()]*[)）])?\s*)+$/;

/**
 * What may stand between a list and its verdict: 均/都/已/仍…, a manner (有力有序推进, 龙伏 2018), a bracket ((其中二个分项)), the part of the projects
 * judged (主体工程没有动建), a time (在4月份, 在3月末4月初; 当年开工、当年建成投用, 镇原 2023), a cause (受…影响, 因…等原因进度, 受…等因素 before 影响进度滞后,
 * 因土地和前期手续问题 before 影响建设计划进度, 商洛 2014); more is another
 * subject (A、B等文艺事业发展未开展).
 */
const SUBJECT_TO_VERDICT =
  /^(?:[（(][^（）()]{1,20}[)）])?(?:[\u4e00-\u9fa5]{0,4}(?:工程|工作|建设|公路|道路|投资|桥梁|水库)|[一二三四五六七八九十]期(?:工程)?)?(?:均|皆|都|已经|已|正在|正|在|仍|也|尚|还|目前|全部|基本|总体|整体|有力|有效|强力|全力|积极|有条不紊|有序|稳步|扎实|实现了?|(?:在|于)?[0-9一二三四五六七八九十]{1,2}月(?:份|底|末|初|中旬|上旬|下旬)?(?:前)?|(?:当年|同年)(?:开工|签约|立项)?、?)*(?:(?:受|因|由于)[^，,。；;]{0,30}?(?:(?:影响|制约|原因)(?:均|都|已经|已|仍|尚|还)*(?:项目|工程)?(?:进度|进展|推进)?|因素|问题))?$/;

/**
 * 社学小学新建教学综合楼、四合小学新建教学综合楼，以及华新小学修建围墙等30个项目 (龙圩 2019): a comma before 以及 goes on
 * with the 、-list of the clause before it, which is where the list starts.
 */
function continuedList(before: string, clauseStart: number): number {
  if (!/[，,]/.test(before[clauseStart] ?? '') || !/^\s*以及/.test(before.slice(clauseStart + 1))) return clauseStart;
  const previous = lastIndexOfAny(before.slice(0, clauseStart), '，,；;：:。');
  return before.slice(previous + 1, clauseStart).includes('、') ? previous : clauseStart;
}

/**
 * A、B、C3个项目全面完成任务 / A、B等16个项目已开工建设 / A、B等项目进展较快 / A、B等均未达序时:
 * the list is the clause before 等 or the count, its verdict the clause after.
 */
export function listsBeforeVerdict(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  // Where a list's verdict ended at a 、 that opens the next list (A、B等项目均已基本完成、C、D等项目已在实施中).
  const boundaries: number[] = [];
  for (const m of fold(text).matchAll(LIST_END)) {
    const at = m.index ?? 0;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const before = text.slice(0, at);
    const clauseStart = continuedList(
      before,
      Math.max(
        lastIndexOfAny(before, '，,；;：:。'),
        ...boundaries.filter((b) => b <= at).map((b) => b - 1),
      ),
    );
    // A clause whose list was read already (小型水库等13个项目政策处理、报批、设计等前期工作进度缓慢): what follows
    // is what is said of that list, not another list.
    if (covered.some(([a, b]) => a <= at && b > clauseStart + 1)) continue;
    const hasEtc = m[0].startsWith('等');
    // 这次集中开工的A、B…等17个项目 (镇安 2015): a relative clause before the list says what became of all of it.
    const relative = RELATIVE_VERDICT.exec(fold(before.slice(clauseStart + 1)));
    let list = stripListLeadIn(before.slice(clauseStart + 1 + (relative?.[0].length ?? 0))).replace(DESIGNATING_VERB, '');
    // 其中已开工建设A、B、C3个项目 (玉林 2018), 今年已建成A、B等5个项目: a finished or begun verb before a counted list is its verdict.
    // (The lead-in words taken off may have held its 已: 其中已 → 开工建设…; a bare 开工建设A、B is a plan's order.)
    const saidDone = VERDICT_BEFORE_LIST.exec(fold(before.slice(clauseStart + 1)).replace(/^[^已]{0,8}(?=已)/, ''));
    // 预计6月份开复工A、B等重大项目2个, 下半年还将开工建设A、B等重大项目3个 (回民区 2021): a start still ahead, said before a
    // counted list, is its verdict too (not started).
    const opening = hasCount(m) ? ((saidDone ? VERB_BEFORE_LIST.exec(fold(list)) : null) ?? FUTURE_START_BEFORE_LIST.exec(fold(list))) : null;
    if (opening) list = list.slice(opening[0].length);
    // 半年来…。其中投入…资金1.443亿元，完成A、B、C、D等4个项目主体施工 (余庆 2017): in a sentence that reports, a bare 完成
    // or 建成 before a counted list is done, its verdict read with what follows the count.
    const reportedVerb = !opening && hasEtc && hasCount(m) ? BARE_VERB_BEFORE_LIST.exec(fold(list)) : null;
    // (The verb must open a 、-list: 建设高标准农田2万亩，…，完成360个5G基站建设等4件 (荣昌 2021) is a name with its verb.)
    const bareVerb =
      reportedVerb && splitNames(list.slice(reportedVerb[0].length)).length >= 2 && reportsBefore(ctx, before.slice(0, clauseStart + 1)) ? reportedVerb[0] : null;
    if (bareVerb) list = list.slice(bareVerb.length);
    if (/[0-9０-９%％]$/.test(list) || [...list].length < 4) continue;
    // “A”、“B”等 / “A”(市住建局)、“B”: a list of quotations is read by quotedLists; a quote inside a name
    // (美丽圩镇“七个一”项目X工程, 基本消除中心镇“大班额”) is not.
    let pieces = splitNames(list);
    if (pieces.some((p) => QUOTED_PIECE.test(p)) || count(list, '“') !== count(list, '”')) continue;
    // 建设高标准农田2万亩，发放创业担保贷款5000万元，…，完成360个5G基站建设等4件重点民生实事 (荣昌 2021): items parted
    // by commas; the count says how many clauses back the list goes.
    const wanted = hasEtc && etcCount(m) !== undefined ? countValue(etcCount(m)!) : null;
    // 目前，A，B，…，C、D等18个标志性重大项目主体完工 (九寨沟 2019): a 等 count may name fewer; the clauses back to the
    // sentence's lead-in all being names, they are the list's too.
    if (wanted !== null && wanted > pieces.length)
      pieces = [...(commaItemsBefore(text, clauseStart, wanted - pieces.length) ?? commaRunBefore(text, clauseStart, wanted - pieces.length) ?? []), ...pieces];
    const rest = text.slice(at + m[0].length);
    const clauseEnd = rest.search(/[，,；;。]/);
    let after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    // A counted list that is its own clause (南城的A、B和C等3个项目，二期无法如期开工): its verdict comes after it.
    // A、B…、L12大项，C、D等小项已提前完成全年任务 (凤台 2019): a list counted exactly shares the run's verdict too.
    const exactRun = !hasEtc && bareCount(m) !== undefined && countValue(bareCount(m)!) === splitNames(list).length;
    if (after.trim() === '' && (hasEtc ? etcCount(m) !== undefined : exactRun) && clauseEnd >= 0) after = verdictAfterRun(rest.slice(clauseEnd));
    // A 、 after the list's own verdict starts the next list: the verdict ends there.
    const own = findStatusPhrases(after).find((h) => !h.negated);
    const ownAt = own ? after.indexOf(own.words) : -1;
    const nextList = ownAt >= 0 ? after.indexOf('、', ownAt + own!.words.length) : -1;
    if (nextList >= 0) {
      after = after.slice(0, nextList);
      boundaries.push(at + m[0].length + nextList + 1);
    }
    // 因用地、拆迁、资金因素等影响进程 / 因A、B等原因进度滞后: what 影响 the work is a list of causes, not of items.
    if (/^\s*(?:(?:因素|原因|问题)?(?:的)?(?:严重)?影响|因素|原因)/.test(after)) continue;
    // 工业、服务业、交通…等7个行业均超过序时进度 (宁德): sectors, places or bodies counted, not tasks.
    if (NOT_TASK_GROUP.test(after)) continue;
    const verdict = proseVerdict(after, { saidOfSubject: true });
    // The verdict must be said of the list, right after it (…等项目进展较快), not somewhere later in the clause;
    // a compound verdict (等10项已完成或超额完成) starts at its first phrase.
    const firstPhrase = verdict ? findStatusPhrases(after).find((h) => !h.negated) : undefined;
    const between = verdict ? fold(compact(after)).slice(0, Math.min(verdict.start, firstPhrase?.start ?? verdict.start)) : '';
    const said = verdict && SUBJECT_TO_VERDICT.test(between) ? statusFrom(verdict, (list + m[0] + after).trim()) : null;
    const judgingNoun = new RegExp(`${JUDGING_NOUN}$`).test(fold(m[0])) ? statusFrom(proseVerdict(m[0], { saidOfSubject: true }), list + m[0]) : null;
    const status =
      said ??
      judgingNoun ??
      verdictClauseAfter(rest, clauseEnd, list + m[0] + after) ??
      shareBandStatus(after, ctx) ??
      (relative ? statusFrom(proseVerdict(relative[1]!, { saidOfSubject: true }), relative[0]) : null) ??
      (opening ? statusFrom(proseVerdict(opening[0], { saidOfSubject: true }), (opening[0] + list + m[0]).trim()) : null) ??
      (bareVerb ? bareVerbStatus(bareVerb, after, (bareVerb + list + m[0] + after).trim()) : null);
    const countText = (hasEtc ? etcCount(m) : bareCount(m)) ?? null;
    const stated = countText !== null ? countValue(countText) : null;
    // A list that closes its sentence with 等 (A、B等。) or is counted without a verdict (A、B等4项完成率超70%)
    // takes its group heading's (4项进展较快。).
    // (the text right after 等 must end the sentence: 等重大工程，推动… goes on and is no list of its own)
    const closesSentence = hasEtc && /^\s*(?:[。.]|$)/.test(rest);
    const pieceCount = pieces.length;
    const counted = stated !== null && (hasEtc || (pieceCount >= 2 && pieceCount === stated));
    // 基本建成投入使用的项目有：A、B等四个项目 (安福): the clause the colon closes introduces the list and may judge it.
    const heading = status === null && (closesSentence || counted) ? introducingClauseStatus(text, clauseStart) ?? contextStatus(ctx) : null;
    // Without a verdict, only a count of items (等4项, 等3个项目) makes a list; 等20个排水单元 counts things a task will do.
    const countsItems = COUNTS_ITEMS.test(m[0]);
    // A whole list counted exactly (A、B、C、D、E五个民生实事项目) is a list of projects too, judged or not.
    const countedProjects = !hasEtc && stated !== null && stated >= 3 && pieceCount === stated && /(?:项目|工程|实事)$/.test(m[0]);
    if (!status && !heading && !(hasEtc && stated !== null && countsItems) && !countedProjects) continue;
    // A、B和C等3个项目: the count asks for the last two names parted at 和.
    const named =
      pieces.length === 1 && stated === 2
        ? splitPair(list)
        : stated !== null && pieces.length + 1 === stated
          ? splitLastConjunction(pieces)
          : stated !== null
            ? (lastItemAfterYiji(list, stated) ?? joinToCount(pieces, stated))
            : pieces;
    // 等6个民生工程牵头实施部门, 等4个乡镇: the noun the list is counted by says it lists units, not items.
    if (namesUnits(named) || /^[\u4e00-\u9fa5]{0,10}?(?:部门|单位|乡镇|街道|县区|区县)/.test(compact(after))) continue;
    if (stated === null ? named.length < 2 : hasEtc ? named.length > stated : named.length !== stated) continue;
    // 教育、交通、水利、城建、养老等15项…项目 (肥乡 2014): fields of work the items fall in, not items.
    if (named.every((p) => [...compact(p)].length <= 2)) continue;
    const items = named.map(cleanItem).filter((i): i is ProseItem => i !== null && plausibleItem(i.text) && [...i.text].length <= 40);
    if (items.length !== named.length) continue;
    // A、B、C、D4个项目未开工 (中卫 2023): a list counted exactly and judged names tasks of its own, even in the body
    // an outline heading took as its progress ((二)市级重点项目 ⏎ …).
    const exact = !hasEtc && stated !== null && named.length === stated && status !== null;
    for (const item of items) out.push({ ...item, status: status ?? heading, para: s.para, ...(exact ? { subject: true } : {}) });
    covered.push([clauseStart + 1, at + m[0].length]);
  }
}

/** What no comma-parted item holds: a 等 closing a list, a share, a count of items, a lead-in verb. */
const NOT_A_COMMA_ITEM = /等|[%％]|(?:个|项|件)(?:项目|工程|任务|单项|实事)|涉及|包括|其中/;

/** A piece opening with a date (截至6月底…), compiled once. */
const STARTS_WITH_DATE = new RegExp(`^${DATE_LEAD}`);

/** The comma clauses of the sentence before `at` (a 、-list's clause start), or null when `at` is no comma. */
function commaClausesBefore(text: string, at: number): string[] | null {
  if (at < 0 || !/[，,]/.test(text[at] ?? '')) return null;
  const head = text.slice(0, at);
  const sentenceStart = lastIndexOfAny(head, '；;：:。') + 1;
  return head.slice(sentenceStart).split(/[，,]/).map((p) => p.trim());
}

/** Whether a comma clause is an item's name: no verdict, no date or lead-in, no list of its own, a share or a count. */
function isCommaItem(p: string): boolean {
  const len = [...p].length;
  // …等3个项目完成年度计划90%以上, 十件实事涉及27项单项工作: a list of its own, a share or a count of items is no name.
  const f = fold(p);
  return len >= 4 && len <= 40 && plausibleItem(p) && findStatusPhrases(p).length === 0 && !STARTS_WITH_DATE.test(f) && !NOT_A_COMMA_ITEM.test(f);
}

/** The `n` comma-clauses before `at` when each is an item's name, else null. */
function commaItemsBefore(text: string, at: number, n: number): string[] | null {
  const parts = commaClausesBefore(text, at);
  if (!parts || parts.length < n) return null;
  const taken = parts.slice(parts.length - n);
  return taken.every(isCommaItem) ? taken : null;
}

/**
 * Fewer than `most` comma clauses before `at`, two or more, when every clause of the sentence before them is only its
 * lead-in (目前, 其中) and each of them is an item's name; else null.
 */
function commaRunBefore(text: string, at: number, most: number): string[] | null {
  const parts = commaClausesBefore(text, at);
  if (!parts) return null;
  let first = 0;
  while (first < parts.length && stripListLeadIn(parts[first]!) === '') first++;
  const taken = parts.slice(first);
  // Each clause must read as a name, as a bare list's pieces do: 为了从根本上加快…的进程，去年省委…决定…12件大事，经过…努力
  // (甘肃 1995) are the sentence, not names.
  return taken.length >= 2 && taken.length < most && taken.every((p) => isCommaItem(p) && isReportedName(p)) ? taken : null;
}

/** The verdict of the clause that ends with the colon at `colon` (…的项目有：), when there is one. */
function introducingClauseStatus(text: string, colon: number): ReturnType<typeof statusFrom> {
  if (colon < 0 || !/[：:]/.test(text[colon] ?? '')) return null;
  const before = text.slice(0, colon);
  const start = lastIndexOfAny(before, '，,；;。') + 1;
  const clause = before.slice(start);
  return statusFrom(proseVerdict(clause), clause);
}

/**
 * A count and its verdict, then the list it counts after a comma (大观 2024): 3项进展较快，A完成率35%、B完成率50%、C完成率100%；
 * 4项正在抓紧实施，A正在实施、B…，提质改造完成70%、C、D。 The list runs to the clause's ；/。 and is cut at 、 into exactly the
 * counted number of items (figures after an item stay with it); any other split is no such list.
 */
const COUNT_VERDICT_COMMA = /(?<![0-9０-９.])([0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:项|个|件)([^，,；;。:：、（）()]{2,16}?)[，,:：]/g;

/** Words that open a list another reader introduces (分别是, 包括, 其中…): not this shape. */
const OTHER_INTRODUCER = /^\s*(?:分别|包括|包含|主要|具体|其中|即|为|是|有|如|占|比|涉及|共)/;

export function verdictThenList(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const folded = fold(text);
  for (const m of folded.matchAll(COUNT_VERDICT_COMMA)) {
    const at = m.index ?? 0;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const n = countValue(m[1]!);
    const middle = text.slice(at + m[0].length - m[2]!.length - 1, at + m[0].length - 1);
    const verdict = proseVerdict(middle, { saidOfSubject: true });
    // The verdict opens the clause (3项进展较快, 4项正在抓紧实施), so the count is what it judges.
    if (n === null || n < 2 || !verdict || compact(middle).slice(0, verdict.start).length > 3) continue;
    // 8项进展较快，其中A、B…: 其中 introduces the counted items themselves when they are as many as the count.
    const among = /^\s*其中[，,]?\s*/.exec(text.slice(at + m[0].length));
    const from = at + m[0].length + (among?.[0].length ?? 0);
    const rest = text.slice(from);
    if (!among && OTHER_INTRODUCER.test(rest)) continue;
    const end = rest.search(/[；;。]/);
    const list = end < 0 ? rest : rest.slice(0, end);
    // A stored page cut inside the list (…8项进展较快，其中A、B、C、D⏎EOF) holds fewer names than its count.
    const cutByEnd = end < 0 && ctx.index === ctx.sentences.length - 1 && !/[。.！!？?]\s*$/.test(list);
    // A、B、C完成率分别为12.6%、14%、23%: the figures after 分别 belong to the items in turn, they are no items.
    const respectively = /(?:完成率|进度|完成)?分别(?:为|达到?|是)/.exec(fold(list));
    let pieces = splitNames(respectively ? list.slice(0, respectively.index) : list).map((p) => p.trim());
    if (pieces.length + 1 === n) pieces = splitLastConjunction(pieces);
    const cutShort = cutByEnd && pieces.length >= 2 && pieces.length < n;
    if ((pieces.length !== n && !cutShort) || namesUnits(pieces)) continue;
    const items = pieces.map(cleanItem).filter((i): i is ProseItem => i !== null && plausibleItem(i.text));
    if (items.length !== pieces.length) continue;
    const status = statusFrom(verdict, text.slice(at, from + list.length));
    // An item that states its own verdict (工会驿站建设完成率100%) keeps it, and its figures stay in its text.
    items.forEach((item, k) => {
      const own = item.own ? statusFrom(item.own, pieces[k]!) : null;
      out.push(own ? { ...item, text: pieces[k]!.replace(/[。；;，,]$/, ''), status: own, para: s.para } : { ...item, status, para: s.para });
    });
    covered.push([at, from + list.length]);
  }
}


/**
 * The problems an accountability notice acts on (白银 2016): 对A、B、C进展缓慢，D迟迟未开工的，责成…；对E未按合同约定开工建设、
 * F进展缓慢的，责令…. Inside 对…的, each comma-clause is a 、-list whose last name ends with its verdict, which the names
 * before it in that clause share; a clause without a verdict of its own gives nothing.
 */
const ACCOUNTABLE = /对([^。；;对]{4,400}?)的[，,]\s*(?:责成|责令|约谈|通报|要求|由|予以)/g;

export function accountabilityLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  for (const m of fold(text).matchAll(ACCOUNTABLE)) {
    const at = (m.index ?? 0) + 1;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const inside = text.slice(at, at + m[1]!.length);
    const found: StatusListItem[] = [];
    for (const clause of inside.split(/[，,]/)) {
      const names = splitNames(clause).map((n) => n.trim());
      const last = cleanItem(names[names.length - 1] ?? '');
      if (!last?.own) continue;
      const status = statusFrom(last.own, clause);
      // Each verdict is read off its own name (A进展缓慢、B未按期开工): a name with one of its own keeps it.
      const items = names.map((n, k) => (k === names.length - 1 ? last : cleanItem(n)));
      if (items.some((i) => i === null || !plausibleItem(i.text))) continue;
      for (const item of items) found.push({ ...item!, status: item!.own ? statusFrom(item!.own, clause) : status, para: s.para });
    }
    if (found.length === 0) continue;
    pushAll(out, found);
    covered.push([at, at + m[1]!.length]);
  }
}
