/**
 * Lists of names a news report judges without closing them by 等 or a count (九河 2018):
 *   峰坪路、牛住山路、松坪路、白岩路正在实施建设中     (the names, then what is said of them, in one comma-clause)
 *   实施完成了甸头至金普、拉普至拉支、…等通村通组道路    (what was done first, then the names it was done to)
 * The names are short (a road, a plant, a school): each at least three characters, none opening with a verb or a word
 * that makes it a sentence, and the verdict is a report (已…, 正…), never an order.
 */
import { compact, findStatusPhrases, FINISHING, isProblem, makeStatus } from '../../classify/lexicon.js';
import { fold, splitTopLevel } from '../text.js';
import { cleanItem, joinSharedHead, plausibleItem, splitNames } from './items.js';
import { NOT_A_NAME, NOT_ONE_PROJECT, VERB_HEAD } from './named-clauses.js';
import { isPlaceOrPark } from '../tables/unit-cells.js';
import type { Context, StatusListItem } from './context.js';
import { DATE_LEAD, ETC } from './sentences.js';
import { WORKS_END } from './works.js';

/** Shortest and longest name of a bare list. */
const NAME_MIN = 3;
const NAME_MAX = 30;
/** A project named with the company that builds it: …有限公司的…项目, longer than a bare name. */
const OWNED_PROJECT = /^[^的]{2,24}(?:公司|集团|企业)的[^的]{2,30}(?:项目|工程)$/;
const OWNED_NAME_MAX = 48;

/** What may stand between the names and their verdict: 均, 都, 也, 目前, an adverb of manner (扎实稳步实施). */
const BETWEEN = /^(?:均|都|也|目前|现已|现|已经|已|扎实|稳步|有序|顺利|全面|加快)*$/;

/** 目前除…外, 据悉，除…外, 截至目前除…外: the words before the exceptions a sentence names. */
const EXCEPT_LEAD = new RegExp(`^\\s*(?:目前|据悉|${DATE_LEAD})?[，,]?\\s*除`);

/** Words that make what follows an aim or an order: 确保, 力争, 计划, 将, 要. */
const AIM_HEAD = /^(?:确保|力争|争取|计划|预计|拟|将|要|力求|推动|推进|加快|实现)/;

/**
 * A piece a report names as a project: short, not opening with a verb, a pronoun or a group, and no phrase (a name with 的,
 * 市政府承办的…代表议案, is one; a company's project is a name: 凯盛石英材料(太湖)有限公司的…生产线项目, 太湖 2019).
 * Bare lists and comma-parted names before a count (verdict-lists.ts) take their pieces by it.
 */
export function isReportedName(p: string): boolean {
  const n = [...compact(p)].length;
  const f = fold(p);
  const owned = OWNED_PROJECT.test(f);
  const phrase = /[，,：:“”]/.test(p) || (/的/.test(p) && !owned);
  return n >= NAME_MIN && n <= (owned ? OWNED_NAME_MAX : NAME_MAX) && !VERB_HEAD.test(f) && !NOT_A_NAME.test(f) && !NOT_ONE_PROJECT.test(f) && !phrase;
}

function names(list: string): string[] | null {
  // 我乡A、B…已全部完工: the place speaking is not part of the first name.
  // 目前除A、B正在进行前期工作外 (隆安 2015): the exceptions are named after 除, judged by what is said of them before 外.
  // 目前A、B已经全部完成 (防城港 2013): the time said first is not part of the first name.
  // 新建A、B、C工程正在加快建设中 (寒亭): the building verb before the first name is said of every name.
  const pieces = splitNames(
    list
      .replace(/^\s*(?:其中[，,]?|我|全)(?:乡|镇|县|区|市|街道)?/, '')
      .replace(EXCEPT_LEAD, '')
      .replace(/^\s*(?:目前|当前|现在)[，,]?/, '')
      .replace(/^\s*(?:新建|扩建|改扩建|改建|续建|迁建)(?=[\u4e00-\u9fa5]{3})/, ''),
  ).map((p) => p.trim());
  // 全铝、LNG、CNG、LPG生产线 (梁山 2015): one name whose modifiers share the last piece's head noun is no list.
  if (pieces.length < 2 || joinSharedHead(pieces).length === 1) return null;
  const ok = pieces.every(isReportedName);
  // 绿建区、湟里镇…, 双石镇、大川镇…改造试点: places the work is in, not its items.
  if (pieces.some((p) => isPlaceOrPark(p))) return null;
  return ok ? pieces : null;
}

/** What a project's name ends with: the works, a building, a road or a plant (not a field of work: 设施农业). */
const WORKS_NAME = /(?:工程|项目|路|道|街|巷|桥|站|厂|库|渠|线|中心|学校|小学|中学|幼儿园|医院|卫生院|馆|园|场|所|楼|院)$/;

/**
 * A reported verdict opening what follows the names (已…, 正…), or, said of works (锁水阁水库改扩建工程、东山干渠工程扎实
 * 稳步实施), one that closes the clause.
 */
function reportedVerdict(said: string, list: string[]) {
  const hit = findStatusPhrases(said).find((h) => !h.negated);
  const closes = hit !== undefined && hit.end >= compact(said).replace(/[。；;，,…]+$/, '').length;
  // A、B以及C项目均在6月底完工 (康定 2014): a group's finish said with 均 and its month is reported as much as 已 is.
  const groupFinished = hit !== undefined && hit.code === 'done' && /^(?:均|都|全部|全面)/.test(hit.words) && FINISHING.test(hit.words);
  if (!hit || !(/^(?:已|正)/.test(hit.words) || groupFinished || (closes && list.every((n) => WORKS_NAME.test(fold(compact(n))))))) return null;
  // 围堰施工、河道内抽水已完成，正在进行清淤 (界首): a bare 已完成 is said of steps; a finished project is 建成, 完工, 投入使用…,
  // or works named as such: 滨海路绿化景观提升工程、中华路绿化改造工程…已经全部完成 (防城港 2013).
  if (hit.code === 'done' && !FINISHING.test(hit.words) && !list.every((n) => WORKS_NAME.test(fold(compact(n))))) return null;
  // A、B、C已提前完成年度计划 (内江 2018): ahead of the year's plan, said of works.
  if (hit.code === 'good' && !list.every((n) => WORKS_NAME.test(fold(compact(n))))) return null;
  return BETWEEN.test(fold(compact(said)).slice(0, hit.start)) ? hit : null;
}

const CLOSED_BY_ETC = new RegExp(ETC);

/** A clause that may close with its verdict: …扎实稳步实施, …进展顺利, …加快推进中, …形象进度达到75%. */
const CLOSING_WORD = /(?:推进|实施|建设|施工|完工|竣工|建成|投产|投用|开工|顺利|展开|运营|通车|[0-9][%％]|中|层)[。；;，,]?$/;

/** The comma- and ；-clauses of a sentence (each with its offset) that no list read before covers. */
function* uncoveredClauses(text: string, covered: Array<[number, number]>): Generator<{ clause: string; start: number }> {
  let at = 0;
  for (const clause of splitTopLevel(text, '，,；;', true)) {
    const start = at;
    at += clause.length;
    if (!covered.some(([a, b]) => start < b && start + clause.length > a)) yield { clause, start };
  }
}

/** A ；-clause that is one works' name and nothing more (七西文化综合楼；): no comma, no verdict of its own. */
function isBareWorksName(clause: string): boolean {
  const name = clause.replace(/[；;]$/, '');
  const n = [...name].length;
  return /[；;]$/.test(clause) && n >= 4 && n <= 30 && !/[，,、：:。]/.test(name) && WORKS_END.test(fold(name)) && findStatusPhrases(name).length === 0;
}

/**
 * 其中，七西文化综合楼；石鹤利党建广场工程；南山泵房建设项目已全面完成投入使用 (江海 2019): works' names parted by ； before the
 * clause that names the last and judges it are one list, read as if parted by 、 (the same length, so offsets hold).
 */
function* withNameRuns(clauses: Iterable<{ clause: string; start: number }>): Generator<{ clause: string; start: number }> {
  let run: Array<{ clause: string; start: number }> = [];
  for (const c of clauses) {
    const adjacent = run.length === 0 || run[run.length - 1]!.start + run[run.length - 1]!.clause.length === c.start;
    if (!adjacent) {
      yield* run;
      run = [];
    }
    if (isBareWorksName(c.clause)) {
      run.push(c);
      continue;
    }
    if (run.length > 0) {
      yield { clause: run.map((r) => r.clause.replace(/[；;]$/, '、')).join('') + c.clause, start: run[0]!.start };
      run = [];
      continue;
    }
    yield c;
  }
  yield* run;
}

/**
 * The numbering a page flattened into the clause before its list (二、存在的问题(一)A、B、C尚未开工, 临沂 2019): a section heading
 * and the sub-item's number, no part of the first name.
 */
const OUTLINE_LEAD = /^(?:[一二三四五六七八九十]{1,3}、[^、，,。；;（(]{2,16}?)?[（(][一二三四五六七八九十]{1,3}[)）]/;

/** 峰坪路、牛住山路…正在实施建设中: a comma-clause of names, then their verdict. */
export function bareListsBeforeVerdict(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  for (const { clause, start } of withNameRuns(uncoveredClauses(s.text, covered))) {
    // Cheap tests first: a clause with no 、 holds no list, and a verdict this reader takes says 已/正 or closes the clause
    // with a word of progress; most clauses of a plan's unit lists have neither.
    if (!clause.includes('、') || (!/[已正]/.test(clause) && !CLOSING_WORD.test(fold(clause)))) continue;
    // The list ends at the last 、-separated name, right before the first status phrase (offsets of the compacted text);
    // a 等 before it closes a list the other readers take.
    const hit = findStatusPhrases(clause).find((h) => !h.negated);
    if (!hit || CLOSED_BY_ETC.test(fold(compact(clause)).slice(0, hit.start))) continue;
    const said = compact(clause).slice(0, hit.start).replace(/(?:均|都|也|目前|现已|现|已经|已|扎实|稳步|有序|顺利|全面|加快)+$/, '');
    const head = said.replace(OUTLINE_LEAD, '');
    // 确保A、B建成通车: an aim, not a report.
    if (AIM_HEAD.test(fold(head))) continue;
    const list = names(head);
    if (!list) continue;
    const verdict = reportedVerdict(compact(clause).slice(said.length), list);
    if (!verdict) continue;
    for (const n of list) {
      const item = cleanItem(n);
      // The evidence quotes the page (a run of names keeps its ；).
      if (item && plausibleItem(item.text)) out.push({ ...item, status: makeStatus(verdict.code, s.text.slice(start, start + clause.length).replace(/[，,；;]$/, ''), 'notice-list'), para: s.para });
    }
    covered.push([start, start + clause.length]);
  }
}

/** Fewest 、-pieces that make a run of pieces each judging itself. */
const JUDGED_RUN_MIN = 3;

/** Adverbs left between a piece's name and its verdict (A项目也已…, B已经…). */
const NAME_TAIL_ADVERBS = /(?:均|都|也|目前|现已|现|已)+$/;

/**
 * 才府玻璃全面达产、创威轨道交通项目正式投产、汉华汽车模具项目(一期)正在进行设备调试、达利短保食品项目即将竣工、华沃…项目开工
 * 建设 (德惠 2019): a 、-run whose every piece closes on its own verdict is a list of items, each named by the words before
 * its verdict and judged by it. Every piece must judge itself and name a project (not an aim or a sentence).
 */
export function judgedPieceLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  for (const { clause, start } of uncoveredClauses(s.text, covered)) {
    if ((clause.match(/、/g) ?? []).length < JUDGED_RUN_MIN - 1) continue;
    const pieces = splitNames(clause.replace(/[，,；;。]+$/, '')).map((p) => compact(p));
    if (pieces.length < JUDGED_RUN_MIN) continue;
    const judged = pieces.map((p) => {
      const hit = findStatusPhrases(p).find((h) => !h.negated || h.selfNegated);
      if (!hit || hit.end < p.length) return null;
      const name = p.slice(0, hit.start).replace(NAME_TAIL_ADVERBS, '');
      const f = fold(name);
      const n = [...name].length;
      const isName = n >= NAME_MIN && n <= NAME_MAX && !VERB_HEAD.test(f) && !NOT_A_NAME.test(f) && !NOT_ONE_PROJECT.test(f) && !AIM_HEAD.test(f) && !/[，,：:的]/.test(name);
      return isName ? { name, hit, piece: p } : null;
    });
    if (judged.some((j) => j === null)) continue;
    for (const j of judged) {
      const item = cleanItem(j!.name);
      if (item && plausibleItem(item.text)) out.push({ ...item, status: makeStatus(j!.hit.code, j!.piece, 'notice-list'), para: s.para });
    }
    covered.push([start, start + clause.length]);
  }
}

/**
 * What was done, said before the names it was done to: 实施完成了A、B…等通村通组道路, 建成了A、B等项目, 已先后完成A、B…等项目建设
 * (卓洋乡 2019).
 */
const DONE_FIRST = new RegExp(`(?:实施完成了|建设完成了|完成了|建成了|(?:已|已经)?(?:先后|相继|陆续)(?:完成|建成)(?:了)?)([^。；;，,：:]{4,400}?)${ETC}[\\u4e00-\\u9fa5]{0,8}?(?:道路|公路|项目|工程|设施|任务|学校|场所)`, 'g');

/**
 * 先后建成麻家渡镇初级中学、潘口乡中心幼儿园、…、竹坪乡中心幼儿园；改扩建… (竹山 2023): works built one after another, named
 * after the verb with no 等, up to the clause's end; every name must end in what was built.
 */
const BUILT_FIRST = /(?:(?:已|已经)?(?:先后|相继|陆续)建成(?:了)?|建成了)((?:[^。；;，,、：:]{3,30}?、){2,30}[^。；;，,、：:]{3,30}?)(?=[。；;，,]|$)/g;

/**
 * 全面完成巍宝山水库工程，大石板水库扩建工程，…和灌区改造水利血防工程建设。 (巍山 2015): the names after 完成, parted by commas
 * or 、, each a 工程 or 项目, up to the sentence's end.
 */
const DONE_FIRST_WORKS = /(?:全面|已经|已|顺利)完成(?:了)?((?:[^。；;，,]{3,40}?(?:工程|项目)[，,、和及]){1,20}[^。；;，,]{3,40}?(?:工程|项目))(?:建设|施工)?(?=[。；;]|$)/g;

/**
 * 今年6月，新开工A、B、C等，累计开工项目68个 (内江 2018): what was begun, said before the names begun, the list closed by 等
 * and its clause; on course.
 */
const STARTED_FIRST = new RegExp(`(?:新开工(?:了)?|开工建设了|新开工建设(?:了)?)([^。；;，,：:]{4,400}?)${ETC}(?:[0-9一二三四五六七八九十]{1,3}个)?(?:项目|工程)?(?=[，,。；;]|$)`, 'g');

export function doneFirstLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const folded = fold(s.text);
  const started = [...folded.matchAll(STARTED_FIRST)];
  const built = [...folded.matchAll(BUILT_FIRST)].filter((m) => splitNames(m[1]!).every((n) => WORKS_END.test(n.trim())));
  for (const m of [...folded.matchAll(DONE_FIRST), ...folded.matchAll(DONE_FIRST_WORKS), ...built, ...started]) {
    const code = started.includes(m) ? 'on_schedule' : 'done';
    const at = m.index ?? 0;
    if (covered.some(([a, b]) => at < b && at + m[0].length > a)) continue;
    const listAt = at + m[0].indexOf(m[1]!);
    // Works parted by commas or 和 (…二、三期工程和灌区改造…工程) are parted after each 工程/项目.
    const printed = s.text.slice(listAt, listAt + m[1]!.length);
    const list = names(printed.replace(/(?<=工程|项目|工程)[，,和及]/g, '、').replace(/[，,]/g, '、'));
    if (!list) continue;
    const evidence = s.text.slice(at, at + m[0].length);
    for (const n of list) {
      const item = cleanItem(n);
      if (item && plausibleItem(item.text)) out.push({ ...item, status: makeStatus(code, evidence, 'notice-list'), para: s.para });
    }
    covered.push([at, at + m[0].length]);
  }
}

/**
 * 其中12件都已经达序时，只有苏嘴镇的泰山路建设没有达到序时 (淮安 2018), 仅西和县海通现代物流园1个项目未复工 (陇南 2020): the one
 * or few items a report singles out after 只有/仅, with what is said of them — a problem, or the group would not single them
 * out.
 */
const ONLY = /(?:只有|仅有|仅)([^，,。；;：:]{3,60}?)(?:[0-9一二三四五六七八九十]{1,2}个(?:项目|工程)?)?(?=没有|没|未|尚未|仍未|还未|进度|推进|进展|滞后|暂缓|停工)/g;

export function onlyExceptions(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const folded = fold(s.text);
  for (const m of folded.matchAll(ONLY)) {
    const at = m.index ?? 0;
    if (covered.some(([a, b]) => at < b && at + m[0].length > a)) continue;
    const clauseEnd = folded.slice(at).search(/[，,。；;]/);
    const clause = s.text.slice(at, clauseEnd < 0 ? s.text.length : at + clauseEnd);
    const hit = findStatusPhrases(clause).find((h) => !h.negated || h.selfNegated);
    if (!hit || !isProblem(hit.code)) continue;
    const listAt = at + m[0].indexOf(m[1]!);
    const printed = s.text.slice(listAt, listAt + m[1]!.length);
    const pieces = splitNames(printed).map((p) => p.trim());
    if (pieces.some((p) => [...compact(p)].length < NAME_MIN || VERB_HEAD.test(fold(p)) || NOT_ONE_PROJECT.test(fold(p)))) continue;
    for (const p of pieces) {
      const item = cleanItem(p);
      if (item && plausibleItem(item.text)) out.push({ ...item, status: makeStatus(hit.code, clause, 'notice-list'), para: s.para });
    }
    covered.push([at, at + clause.length]);
  }
}
