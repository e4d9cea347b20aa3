/**
 * Projects a news report names at the head of a sentence, each followed by its
 * figures: 棚户区改造工程，新开工11万套、基本建成13.21万套，分别完成年度任务的100%…。
 * 老旧小区改造工程，改造3057个老旧小区，完成年度任务的100%。 No number and no
 * list marker announce them; what makes them items is the shape repeated over
 * the report: a short name ending in 工程/项目/行动 as a clause of its own, then
 * what was done. The figures become the task's progress, which the
 * classification pass judges (完成年度任务的100% → done).
 */
import { compact, FINISHING, proseVerdict, makeStatus } from '../../classify/lexicon.js';
import { fold, parseChineseNumeral, splitTopLevel, TASK_VERB_HEAD } from '../text.js';
import { splitProseSentences } from './sentences.js';
import { FACILITY_NOUN, WORKS_END, WORKS_LENGTH } from './works.js';
import { INVESTMENT_MODIFIER } from './items.js';
import { shareBand } from './context.js';
import { progressTextStatus } from '../../classify/progress-text.js';
import type { StatusListItem } from './status-lists.js';
import { parseUnitList } from '../units.js';
import { isUnitName } from '../tables/unit-cells.js';
import type { Unit } from '../../model/schema.js';

/**
 * A project's name as a clause of its own: 4–24 characters ending in 工程/项目/行动/实事 (quotes allowed), or in what is
 * built: 义乌小商品加工园, 长子县产教融合示范园 (长子 2022), …基地, …中心.
 */
const PROJECT_NAME = /^[“"‘]?[\u4e00-\u9fa5][\u4e00-\u9fa5“”"‘’、·]{2,22}(?:工程|项目|行动|实事|产业园|示范园|加工园|园区|基地|中心|电站|水库)$/;

/** A name clause opens with a verb when it is an order or a summary (大力实施20项民生工程), not a name. */
export const VERB_HEAD = TASK_VERB_HEAD;

/** A lead-in clause a reporter puts before the first name: 统计显示，/ 最新数据显示，/ 据介绍，. */
const LEAD_IN = /(?:显示|介绍|获悉|了解|悉|统计|看到|来看)$/;

/** Fewest such sentences that make the shape a report's way of listing; one alone is just a sentence. */
const MIN_ITEMS = 3;

/** Longest sentence read: a flattened table or padding is not a reporter's sentence. */
export const MAX_SENTENCE = 600;

/** The project sentences of the paragraphs, when the report uses the shape at least three times. */
export function findNamedProjectItems(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  paragraphs.forEach((p, para) => {
    const sentences = splitProseSentences(p);
    sentences.forEach((sentence, k) => {
      if (sentence.length > MAX_SENTENCE) return;
      // (The rest of the paragraph is joined only for a name that reports on it.)
      const item = namedProject(sentence, para, () => sentences.slice(k + 1).join(''), k === 0);
      if (item) out.push(item);
    });
  });
  return out.length >= MIN_ITEMS ? out : [];
}

function namedProject(sentence: string, para: number, following: () => string, opensParagraph: boolean): StatusListItem | null {
  const clauses = splitTopLevel(sentence, '，,', false).map((c) => c.trim());
  // The name is the first clause, or the second after a reporter's lead-in (统计显示，棚户区改造工程，…); or the clause
  // after 其中 that picks one out of a group (…还将有几个大型停车场投用，其中，惠济区市民服务中心项目，共有停车位1088个，…,
  // 惠济 2019), which the rest of its paragraph then tells of.
  const picked = clauses.findIndex((c, i) => i > 0 && clauses[i - 1] === '其中' && PROJECT_NAME.test(c));
  const at = PROJECT_NAME.test(clauses[0] ?? '') ? 0 : LEAD_IN.test(clauses[0] ?? '') && PROJECT_NAME.test(clauses[1] ?? '') ? 1 : picked;
  if (at < 0 || VERB_HEAD.test(clauses[at]!.replace(/^[“"‘]/, ''))) return null;
  // 义乌小商品加工园,总投资1.74亿元,包括…。目前,3栋标准化厂房已建成… (长子 2022): a name opening its paragraph, or picked
  // out of its group, is what the rest of the paragraph reports on.
  const after = opensParagraph || at === picked ? following() : '';
  const rest = clauses.slice(at + 1).join('，');
  // What follows the name reports what was done: figures, not a plan's description.
  if (!/\d/.test(rest)) return null;
  const v = proseVerdict(rest, { saidOfSubject: true });
  const report = `${rest}${after}`;
  // The sentences after it, read as a progress cell is (steps done, parts built, what is still under way): steps done
  // beside works still going on (施工图审查已完成…5层正在施工) say under way, not done.
  const told = (v === null || v.code === 'done') && after !== '' ? progressTextStatus(report) : null;
  const said = v === null && told === null && after !== '' ? proseVerdict(after, { saidOfSubject: true }) : null;
  return {
    number: null,
    text: clauses[at]!,
    lead: [],
    status: v && !(v.code === 'done' && told?.code === 'on_schedule') ? makeStatus(v.code, rest, 'lexicon') : told ?? (said ? makeStatus(said.code, after, 'lexicon') : null),
    progress: after !== '' ? report : rest,
    ...(after !== '' ? { holdsParagraph: true } : {}),
    para,
  };
}

/**
 * A project named at the head of a quotation, with the start it is promised inside it: “蔚文中学项目已出施工图，…
 * 争取10月中旬开工建设。” / “马蹄岙扩容工程投资9000多万元，11月初要动工。” (庆元, a meeting on projects not yet started).
 * A start still to come says the project has not started: stalled, with the quotation as evidence.
 */
const QUOTED_PROJECT = /“([\u4e00-\u9fa5]{2,20}?(?:项目|工程))([^“”]{0,160})”/g;

/** The promise of a start inside the quotation: 争取10月中旬开工建设, 11月初要动工, 力争10月底开工. */
const PROMISED_START = /(?:争取|力争|要|将|计划|预计|最晚)[^，,。；;”]{0,10}?(?:开工|动工)|(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})月(?:初|底|中旬|上旬|下旬)?(?:前)?(?:要|能|可)?(?:开工|动工)/;

export function findPromisedStarts(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  paragraphs.forEach((p, para) => {
    for (const m of p.matchAll(QUOTED_PROJECT)) {
      if (!PROMISED_START.test(m[2]!)) continue;
      out.push({ number: null, text: m[1]!, lead: [], status: makeStatus('stalled', m[0], 'lexicon'), para });
    }
  });
  return out;
}

/**
 * A report that takes its items one by one as short sentences of their own, each followed by what was done:
 * 关于继续提高城乡居民生活保障水平。一是提高城乡低保补助水平。除…外，其余191个县级单位均已完成…。二是提高特困人员
 * 补助水平。截至11月底，… (河南). The ordinal sentence is the item; the sentences up to the next one are its progress,
 * and its status is what they state (none when they state none).
 */
const TITLE_ORDINAL = /^([一二三四五六七八九十]{1,3})是([^，,；;。]{4,40})[。.]$/;

/** A finding on the whole rather than an item: it ends in how things went (总体较好, 好于预期, 投产运行, 成效明显). */
const FINDING = /(?:较好|良好|好于预期|超出预期|快于预期|明显|显著|突出|顺利|平稳|投产运行)$/;

export function findTitledOrdinals(paragraphs: string[]): StatusListItem[] {
  const heads: { para: number; sentences: string[]; i: number; number: string; value: number; name: string }[] = [];
  paragraphs.forEach((p, para) => {
    const sentences = splitProseSentences(p).map((t) => t.trim());
    sentences.forEach((t, i) => {
      const m = TITLE_ORDINAL.exec(t);
      const value = m ? parseChineseNumeral(m[1]!) : null;
      // 一是教育方面。 (高州 2024): a field the report turns to, whose items it names elsewhere, not an item.
      // 一是项目实施进度总体较好。二是新开工项目好于预期。 (徐州 2015): findings on the whole, each a verdict, not items.
      if (m && value !== null && !/(?:方面|领域)$/.test(m[2]!.trim()) && !FINDING.test(m[2]!.trim()) && proseVerdict(m[2]!) === null) heads.push({ para, sentences, i, number: m[1]!, value, name: m[2]!.trim() });
    });
  });
  const out: StatusListItem[] = [];
  // The heads of one list count up from 一 (一是加快推进干线公路建设。⏎ 二是不断提升县乡道改善工程。, 泸县 2016: each in a
  // paragraph of its own, or several in one); a head out of that order belongs to no list read here.
  for (const run of ordinalRuns(heads)) {
    if (run.length < 2) continue;
    run.forEach((h, k) => {
      const next = run[k + 1];
      // What is said of an item is the rest of its paragraph, up to the next head if that is in the same paragraph.
      const end = next && next.para === h.para ? next.i : h.sentences.length;
      const progress = h.sentences.slice(h.i + 1, end).join('');
      const v = progress ? proseVerdict(progress, { saidOfSubject: true }) : null;
      out.push({ number: h.number, text: h.name, lead: [], status: v ? makeStatus(v.code, progress, 'lexicon') : null, progress: progress || undefined, para: h.para });
    });
  }
  return out;
}

/** Heads grouped into runs that count 一, 二, 三 … in document order. */
function ordinalRuns<T extends { value: number }>(heads: T[]): T[][] {
  const runs: T[][] = [];
  for (const h of heads) {
    const run = runs[runs.length - 1];
    if (run && h.value === run[run.length - 1]!.value + 1) run.push(h);
    else if (h.value === 1) runs.push([h]);
  }
  return runs;
}

/**
 * A sentence whose subject is one project, named in full, with what is said of it: 其中麻涌中粮粮油加工及物流配套项目仍
 * 没有进行实质性动工建设。 / 望牛墩中集车辆…制造基地项目承诺9月份开工，前期工作进展缓慢，至今仍未动工建设。 (东莞).
 * The name runs from the sentence's start (after a connective) to its first 项目/工程 and is followed by an adverb or a
 * verb of progress (a name set off by a comma is findNamedProjectItems' shape); the sentence's verdict is the project's.
 * Six characters or more before 项目/工程: 交通出行项目进展顺利 names a category of projects, not one. A bracket after the
 * name is part of it (阿图什市安居富民工程(3700户)已开工建设3700户). Its investment may come first (园区环境绿化综合整治项目投资
 * 1.2亿元,已于4月5日开工, 满洲里 2016), and a forecast may be what is said (恒升二期…项目预计6月初开工), or a step of the
 * works (常丰镇农光互补光伏项目安装预制管桩…, 麟游 2025).
 */
// A name may open with how much it builds (投资11520万元的6000户农村困难群众危旧房改造项目,已竣工103户…, 湟中 2011).
// A short name (领益智造项目一期一阶段, 深科技项目一二三期, 桂林经开区 2023) is taken with its phase only: alone, a short
// head is a kind (农业生产项目, 基础设施项目) or a pronoun. A finish said right after the name (雅西路面整治工程完工, 荥经) may
// follow it, but not after a part of the works (…生产基地主体工程竣工, 吉林经开区 2014: the facility reader tells of it). A part
// said after the name (罗庄区第二污水处理厂扩建项目土建工程完成98%, 临沂 2019) is what is said of it, no part of the name.
const SUBJECT_PROJECT =
  /^(?:其中|但是?|另外|此外|同时|而|目前|(?:截至|截止)(?:目前|(?:[0-9]{4}年)?[0-9]{1,2}月(?:底|末)))?[，,]?((?:\d{1,6}(?:户|套|座|栋|所|间|公里|千米|米)(?=[\u4e00-\u9fa5]))?[\u4e00-\u9fa5“”"·（）()](?:[\u4e00-\u9fa5“”"·（）()0-9A-Za-z\-—/]{5,35}?(?:项目|工程)(?:[一二三四五六七八九十]{1,4}期)?|[\u4e00-\u9fa5A-Za-z]{2,4}?(?:项目|工程)[一二三四五六七八九十]{1,4}期)(?:[一二三四五六七八九十]阶段)?(?:[（(][^()（）]{1,16}[)）]|[（(][^()（）]{17,64}[)）](?=总投资))?(?:[0-9]{1,4}(?:\.[0-9]{1,2})?(?:公里|千米)(?=[，,]))?)(?=均已|仍|已|尚|还|目前|至今|承诺|原计划|计划|预计|于|正在|正|因|受|由于|进展|推进|建设|施工|全部|全面|基本|顺利|缓慢|滞后|主体|完成|土建(?:工程)?(?:已|完成|正在)|(?<!主体工程|土建工程|配套工程)(?:完工|竣工|建成|投用|投入使用|投产|试运行)|总投资|投资[0-9０-９约近达]|开工|安装|铺设|浇筑|架设|由(?=[^，,。；;]{2,16}?(?:牵头|负责))|[，,](?:今年|年初以来|截至目前|该项目|该工程|已|正在|目前|累计|共))/;

/**
 * A facility subject that is a count (截至目前已有75所学校, 剩余2所学校, 苏州 2017) or a numbered part of a project told of
 * under it (一期二阶段4号厂房, 商业6至9号楼): not an item of its own. (A part named with its project, 泉山科技企业加速器园区项目一期
 * 10栋办公楼竣工, 徐州 2015, tells of that project.)
 */
const NOT_A_FACILITY = /^(?:截至|截止|已有|剩余|其余|共有|还有|另有|[0-9一二三四五六七八九十两]+(?:所|个|座|栋|处|家|条|幢)|[一二三四五六七八九十]期)|^[^项工]{0,12}[0-9]号/;

/**
 * The same subject where the name ends in what was built rather than 项目/工程 (阿图什 2016: 阿图什市创业孵化基地完工；
 * 昆山产业园污水处理厂(1万吨/天)已完工；阿图什市昆山第二小学(跨年度项目)主体完工): a facility noun, a bracket after it,
 * then 已/主体/正在 or the finishing verb itself; judged, like a project, by its own clause. A wharf, a bridge counted by its
 * river (郁江二桥), a tunnel or a ship lock too (桂平 2015: …一期码头即将建成投入使用；郁江二桥完成投资已过半), a
 * factory building (招贤新材料产业园标准厂房主体完工, 麟游 2025). A line named by the two places it joins (宝天高速, 天水 2010)
 * is short, and a works all the same; so is a reservoir, a bridge or a park named by its place (拉牙水库于2012年10月动工建设, 维西 2013; 白荡河绿地已完成…, 常州 2015).
 * A stage entered or a concession opens what is said as well (新田镇中心综合市场进入重建升级改造阶段；河口镇宝龙综合市场虽已提交…, 陆河).
 */
const SUBJECT_FACILITY = new RegExp(
  `^(?:其中|目前|截至[^，,；;]{1,8}[，,]|(?:截至|截止)目前)?([\u4e00-\u9fa5“”·][\u4e00-\u9fa5“”·0-9A-Za-z.]{3,30}?(?:${FACILITY_NOUN})(?:[（(][^()（）]{1,16}[)）])?(?:${WORKS_LENGTH}(?=[，,]))?|[\u4e00-\u9fa5]{2,3}(?:高速公路|高速|铁路|机场)|(?![该本此各全新两多小])[\u4e00-\u9fa5]{2,3}(?:水库|大桥|水电站|电站|公园|绿地|绿道))(?=已|于|主体|正在|正|完工|竣工|建成|建设完成|投用|投入使用|开工|进展|进入|虽|(?:快速|加快|有序|稳步|扎实|顺利)?推进|即将|完成投资|全部|全面|基本|[，,](?:已|正在|目前|该项目|设备|土建))`,
);

/**
 * A ；-clause of a run of them that opens with a project's name, whatever follows it (昆山 2023: …；傀儡湖水源保护与生态提升
 * 工程样板段完成，整体进度过半；2023年老城区(里厍一村)老旧小区改造工程土建已全部完成；鹿城路北延(萧林路-中环北线)工程已进场;
 * 大荔 2014: 总投资4349万元的1.4公里黄河控导工程已竣工; 湟中 2011: 投资4550万元的6500户农村奖励性住房建设项目,竣工1600户…; 连南 2022: …提升改造工程园区北部防火道建设项目中有…): the longest head
 * of the clause's first part that ends in 项目/工程 or what was built (三堡乡顶换村3公里产业路完成开挖50%, 天峨 2017; a bracket after
 * it) and still names one project. A list
 * (A、B等项目) is not one project's name: the list readers take it.
 */
const CLAUSE_OPENING = /^(?:[0-9]{4}年|[0-9]{1,3}(?:\.[0-9]{1,2})?(?:公里|千米|米)|[0-9]{1,6}(?:户|套|座|栋|所|间))?[\u4e00-\u9fa5“"·]/;
const PROJECT_END = new RegExp(`(?:项目|工程|${FACILITY_NOUN})(?:[（(][^()（）]{1,16}[)）])?`, 'g');
/** Longest project name a clause opens with. */
const CLAUSE_NAME_MAX = 45;

/**
 * Whether a subject's name (folded) names one project: not a group (该项目, 续建工程), not a task (推进…; 新建丹凤高级中学
 * 项目 is a name), not a connective, not what is acted on (对A项目…的) or a cause (前期因…导致项目).
 */
function isSubjectName(foldedName: string): boolean {
  const namedNew = /^新建/.test(foldedName) && /(?:项目|工程)$/.test(foldedName);
  return !(
    NOT_ONE_PROJECT.test(foldedName) ||
    (VERB_HEAD.test(foldedName) && !namedNew) ||
    NOT_A_NAME.test(foldedName) ||
    // (无法如期完成的是“A”项目: a clause that introduces the name is no part of it, 青田 2023)
    /^(?:对|前期|已|正在|正|完成)|因|导致|致使|的(?:是|有|为)/.test(foldedName) ||
    // 宜秀区全力以赴推进城乡基础设施项目建设 (宜秀 2013): a sentence about the work, not a name.
    /全力以赴|推进|加快|大力/.test(foldedName)
  );
}

/** ；-clauses a sentence must hold for each to be read as a project's (a run of them, not one aside). */
const CLAUSE_RUN = 2;

/**
 * A head that names no one project: a step inside it (金牛化工地块完成修复治理及风险管控工程 says what was done), a
 * class of projects (投资10亿元以上项目, 2019年未开工项目, 补助补偿类项目, 基本建成投入使用的项目), an ordinal
 * (二是实施…), a unit's charge (市住建局负责的…), an aim (引进…投资项目).
 */
const NOT_CLAUSE_PROJECT = /^(?:引进|招引|培育|争取)|[类的](?:项目|工程)|完成|已|正在|开展|组织|启动|负责|以上|以下|未开工|滞后|新开工|目前|^[一二三四五六七八九十]是/;

/** Fewest characters before 项目/工程 in a clause's project name (建设工程, 产业项目 are classes). */
const CLAUSE_NAME_MIN = 5;

/** What is said of a works right after its name: its state, a step, its phase (戚墅堰污水处理厂三期…), or a comma before them. */
const REPORT_AFTER_NAME = /^(?:$|[，,；;。]|[一二三四五六七八九十]期|已|正|目前|现|完成|全部|全面|基本|于|主体|进度|顺利|建成|竣工|完工|开工|累计)/;

function openBracket(text: string): boolean {
  return (text.match(/[（(]/g)?.length ?? 0) > (text.match(/[)）]/g)?.length ?? 0);
}

/** The project opening the clause at `at`, when it opens after a ； in a sentence of at least CLAUSE_RUN ；-separators. */
function clauseProject(text: string, at: number, folded: string, run: boolean): RegExpExecArray | null {
  // The run's first clause opens the sentence (总投资1.3亿元的中医院迁建工程，…；总投资2亿元的县医院迁建工程，…); a piece of
  // a long sentence cut at its ； is one clause of a run.
  if (run ? at > 0 : (at > 0 && !/[；;]/.test(text[at - 1]!)) || (text.match(/[；;]/g)?.length ?? 0) < CLAUSE_RUN) return null;
  // 其中,纳直乡…产业路,…全部施工完毕;三堡乡…产业路完成开挖50%;… (天峨 2017): 其中 opens the run, and is no part of the name.
  const picked = /^其中[，,：:]?/.exec(folded)?.[0] ?? '';
  const opening = folded.slice(picked.length);
  if (!CLAUSE_OPENING.test(opening)) return null;
  const part = opening.slice(0, CLAUSE_NAME_MAX).split(/[，,；;。：:、]/)[0]!;
  let name: string | null = null;
  for (const end of part.matchAll(PROJECT_END)) {
    const stop = (end.index ?? 0) + end[0].length;
    const candidate = part.slice(0, stop);
    // What was built (…产业路, …学校) ends a name only where what is said of it begins (桃花源机场和机场快速路已…: not at 机场),
    // and never inside a bracket (巴州区有3(城区公办幼儿园建设、…)).
    const built = !/^(?:项目|工程)/.test(end[0]);
    // (放映672场: 场 after a figure counts, and builds nothing.)
    if (built && (!REPORT_AFTER_NAME.test(opening.slice(stop)) || openBracket(candidate) || NOT_A_FACILITY.test(candidate) || /[0-9０-９]$/.test(part.slice(0, end.index)))) continue;
    if (isClauseProjectName(candidate, end[0])) name = candidate;
  }
  return name === null ? null : Object.assign([picked + name, name], { index: 0, input: folded, groups: undefined }) as RegExpExecArray;
}

function isClauseProjectName(name: string, ending: string): boolean {
  const head = name.slice(0, name.length - ending.length);
  // 桂林机场等项目: the end of a list; 投资10亿元以上项目: a class.
  // 宇通特种车辆制造项目续建工程: the continued works of a project are told of under its name.
  return !/等[\u4e00-\u9fa5]{0,4}$/.test(head) && !NOT_CLAUSE_PROJECT.test(name) && !NOT_ONE_PROJECT.test(name) && [...head].length >= CLAUSE_NAME_MIN;
}

/** Longest sentence read clause by clause as a list of project clauses. */
const MAX_CLAUSE_LIST = 3000;



/** So much of the works, or of a part of them, done, below the whole: 完成95%, 完成工程量的60%, 完成开挖50%, 土建工程完成97%. */
const SHARE_DONE = '完成(?:了)?(?:总?工程量的|工程量|总工程的|[\\u4e00-\\u9fa5]{1,4})?(?:[0-9]|[1-9][0-9])(?:\\.[0-9]+)?[%％]';
/** That share, or 目前工程进度50%, said right at the clause's start. */
const WORKS_SHARE = new RegExp(`^(?:目前|现已|已经|已)?(?:${SHARE_DONE}|(?:工程|施工|建设|形象)?进度(?:达到?|为|已达)?(?:[0-9]|[1-9][0-9])(?:\\.[0-9]+)?[%％])`);
/** The same share anywhere in what is said (土建工程完成97%，设备安装已完成): the works go on, whatever part is finished. */
const PART_SHARE = new RegExp(SHARE_DONE);

/** A length closing a works' name (…公路13.8公里): the name's end is the works before it. */
const LENGTH_AT_END = new RegExp(`${WORKS_LENGTH}$`);

/** What a report says was done or is under way on a project: 已完成…, 正在…, 完成投资…. */
const REPORTED_STEP = /^[^，,；;。]{0,12}?(?:已|正在|正|完成|现已|目前)/;

/**
 * A clause's head that is no project's name: a connective or pronoun (其中, 目前, 该; 但迟迟未能动工, 陆河), an example marker (如连海路), a
 * forecast or an intention (预计8月底可以, 后续将积极推进…), a predicate word left on the name (南山路项目均), a figure
 * before it (总投资1.1亿元的…: the subject reader strips it), or a verdict word first (已复工开工45个, 嘉峪关 2020).
 */
export const NOT_A_NAME = /^(?:其中|目前|共|有|另有|该|这|如|例如|比如|预计|计划|后续|下一步|今后|总投资|计划投资|投资|已|但|然而|虽然?|可是|不过|迟迟)|将|[均都也]$|可(?:实现)?$|节前|月底前|^[0-9一二三四五六七八九十]{1,2}月(?:底|初|末|中旬|上旬|下旬|份)?(?:前)?$/;

/** Names that are a group or a pronoun, not one project: 该项目, 全市重点项目, 部分项目, 10个项目, and a bare phase (二期工程已开工, 朔州 2011). */
export const NOT_ONE_PROJECT = /^(?:分别|包括|仍有|还有|共有|已有|有|该|此|这|本|各|全|所有|部分|个别|一批|多个|其他|其余|以上|上述|今年|年内|我[省市区县])|(?<!第)[0-9一二三四五六七八九十两]+[个项批]|(?:重点|重大|民生|实事|续建|新建|新开工|在建)(?:建设)?(?:项目|工程)$|^(?:[\u4e00-\u9fa5]{0,4}(?:城乡|市政|农村))?基础设施(?:建设)?(?:项目|工程)$|^[一二三四五六七八九十]期(?:工程|项目)$/;

/**
 * What 完成 may take as its object and still say the whole project is finished: 完成投入使用, 完成并投入使用, 完成竣工验收,
 * 已完成全部园路铺设及景观造景工作 (常州 2015: all of its works; 全部前期工作 is the preparations).
 */
const FINISHED_OBJECT = /^(?:并)?(?:投入使用|投用|交付使用|竣工验收|建设并投入使用|全部(?!前期)[^，,。；;]{2,16}?(?:工作|工程|建设|施工)(?=$|[，,。；;]))/;

/**
 * What is said of a subject, up to a comma-clause that opens with another project's name (古城水库除险加固工程完成95%，
 * 郭庄水库除险加固工程全面竣工, 临池 2024): that clause tells of the other project.
 */
const PHASE_HEAD = /^(?:[一二三四五六七八九十]|[0-9]{1,2}|首|后续)(?:期|标段|阶段)/;

function untilNextSubject(said: string): string {
  for (const c of said.matchAll(/[，,]/g)) {
    const folded = fold(said.slice((c.index ?? 0) + 1));
    const next = SUBJECT_PROJECT.exec(folded) ?? SUBJECT_FACILITY.exec(folded);
    // 一期汉麻纤维加工项目已投产，二期…开工建设 (黑河 2019), 二期门诊住院楼正在… (大荔 2014): a phase is a part of the same
    // project, told of under it.
    if (next && isSubjectName(fold(next[1]!)) && !PHASE_HEAD.test(fold(next[1]!))) return said.slice(0, c.index);
  }
  return said;
}

/** 城镇老旧小区改造和社区服务提升项目由区住房城乡建委牵头，… (璧山 2023): the unit leading the project its subject names. */
function subjectLead(rest: string): Unit[] {
  const m = /^由([^，,。；;]{2,16}?)(?:牵头|负责)/.exec(rest);
  return m && isUnitName(m[1]!) ? parseUnitList(m[1]!) : [];
}

export function findSubjectProjects(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  paragraphs.forEach((p, para) => {
    // A long sentence of ；-clauses (具体是：A工程，已完成…；B项目…；…) is read clause by clause.
    // A project told of in a paragraph of a report is a task of its own; inside a flattened table's line (thousands of
    // characters) it is a detail of the row's progress.
    const ownParagraph = p.length <= MAX_CLAUSE_LIST;
    // A sentence of thousands of characters is a flattened table, not a reporter's list, and is left alone.
    // Each ；-piece of such a sentence is a clause of a run (clauseProject), though it holds no ； of its own.
    const sentences = splitProseSentences(p).flatMap((t) =>
      t.length > MAX_SENTENCE && t.length <= MAX_CLAUSE_LIST ? t.split(/(?<=[；;])/).map((c) => ({ text: c, run: true })) : [{ text: t, run: false }],
    );
    for (const { text: sentence, run } of sentences) {
      if (sentence.length > MAX_SENTENCE) continue;
      // ★铺镇中心幼儿园改扩建项目，该项目正在… (汉台 2023): a bullet before the name is no part of it.
      const text = sentence.trim().replace(/^[★☆●○◆◇■□▲△•]+\s*/, '');
      // The subject opens the sentence, a clause that picks one out of a group (…严重滞后，其中A项目仍…), or a clause of
      // its own after a comma or ；(…取得阶段性成果，锦州文化艺术中心项目建设进展顺利，…), which must then judge it itself.
      const starts = [0, ...[...text.matchAll(/[，,；;：:]/g)].map((c) => (c.index ?? 0) + 1)];
      // 其中,A工程已完成…: the sentence's start and the clause after 其中, are two ways to one name, read once.
      const named = new Set<number>();
      for (const at of starts) {
        // Matched on the simplified fold (…項目已…), sliced from the print; a figure before the name (总投资1.3亿元的
        // 龙岩人民医院病房综合大楼项目已完成…, 新罗) qualifies it and is passed over.
        const lead = INVESTMENT_MODIFIER.exec(fold(text.slice(at)))?.[0].length ?? 0;
        const from = at + lead;
        const folded = fold(text.slice(from));
        const project = SUBJECT_PROJECT.exec(folded);
        const facility = project === null ? SUBJECT_FACILITY.exec(folded) : null;
        const opening = project ?? (facility && !NOT_A_FACILITY.test(facility[1]!) ? facility : null);
        // 宇通特种车辆制造项目续建工程已完工: a subject no name (…续建工程) may still open a clause of a run by its project.
        const subject = opening && isSubjectName(fold(opening[1]!)) ? opening : null;
        const m = subject ?? clauseProject(text, at, folded, run);
        if (!m || !isSubjectName(fold(m[1]!))) continue;
        // A clause of a run is an item reported on whatever it says (新改建泵站11座…); a subject elsewhere needs a step.
        const ofRun = subject === null;
        const nameAt = from + (m.index ?? 0) + m[0].indexOf(m[1]!);
        const name = text.slice(nameAt, nameAt + m[1]!.length);
        if (named.has(nameAt)) continue;
        // A name set off by a comma (太坪…工程，已完成…) is followed by what is said of it.
        const rest = text.slice(from + m[0].length).replace(/^[，,]\s*/, '');
        // …具体是：A工程，已完成…；B项目… — a colon opens the first of a list of such clauses.
        const opensClause = at === 0 || /[；;：:]/.test(text[at - 1]!);
        // 其中A项目…, 重点产业项目中，投资2亿的A产业园… (海林 2018): a clause after 其中 or after …中， picks one out of a group;
        // after 具体来看， (璧山 2023) the report turns to its items one by one.
        const picked = opensClause || /^其中/.test(text.slice(at)) || /(?<!其)中[，,]$|(?:具体|分项)(?:来看|而言|看)[，,]$/.test(text.slice(Math.max(0, at - 5), at));
        const clauseEnd = rest.search(/[，,；;。]/);
        // What is said of a subject that opens a sentence or a ；-clause runs to that clause's end (…已完成投资7500万元，
        // 因投资主体变动，现正重新对外招商；next project…); after a comma, to the comma clause's.
        const ownEnd = rest.search(/[；;]/);
        const own = untilNextSubject(ownEnd >= 0 ? rest.slice(0, ownEnd) : rest);
        // …项目缓慢，建议…加快推进施工进度: advice after the verdict is an order, not more verdict.
        const advice = own.search(/[，,；;]\s*(?:建议|要求|下一步|需要|应当|必须)/);
        const said = picked || clauseEnd < 0 ? (advice >= 0 ? own.slice(0, advice) : own) : rest.slice(0, clauseEnd);
        const found = proseVerdict(said, { saidOfSubject: true });
        // 已完成了选址, 已完成投资7500万元, 已完成主体: a step of the project done, not the project (已完成。 / 已竣工 are).
        // (已全面完成投入使用: the object is the finishing itself, so the project is done.)
        const after = compact(said).slice(found?.end ?? 0);
        const partDone = found && found.code === 'done' && !FINISHING.test(found.words) && /^[^，,。；;]/.test(after) && !FINISHED_OBJECT.test(after);
        // 土建工程完成97%，设备安装已完成 (临沂 2019): a part finished beside a share of the works below the whole is works under way.
        const v = partDone ? null : found && found.code === 'done' && PART_SHARE.test(fold(compact(said))) ? { ...found, code: 'on_schedule' as const } : found;
        const leadUnits = subjectLead(rest);
        if (v) {
          named.add(nameAt);
          out.push({ number: null, text: name, lead: leadUnits, status: makeStatus(v.code, text.slice(at), 'lexicon'), para, subject: opensClause && ownParagraph });
        }
        // A project that opens its own clause in a report and is told of in figures or steps (已完成投资7500万元, 正在进行
        // 墙体填充施工) is an item even where no verdict is stated.
        else if ((opensClause || picked) && WORKS_END.test(fold(name).replace(LENGTH_AT_END, '')) && (ofRun || REPORTED_STEP.test(fold(said)))) {
          // 多宝山铜矿二期改扩建项目，今年已完成投资近8亿元 (黑河 2019): a step reported done and nothing finished — the
          // project is under way, as a progress cell of only steps done says (progressTextStatus).
          const underWay = found !== null && found.code === 'done' && v === null;
          // …完成投资400万元，完成年度计划80% (兵团第十三师 2017): a share of the year's plan, judged by the date reported.
          const earlier = [text, ...paragraphs.slice(Math.max(0, para - 3), para).reverse()];
          // 古城水库除险加固工程完成95% (临池 2024): a share of the works themselves, not of a year's plan, is works under way.
          const worksShare = WORKS_SHARE.test(fold(compact(said))) ? makeStatus('on_schedule', text.slice(at), 'lexicon') : null;
          const status = underWay ? makeStatus('on_schedule', text.slice(at), 'lexicon') : (shareBand(said, earlier, 'lexicon') ?? worksShare);
          named.add(nameAt);
          out.push({ number: null, text: name, lead: leadUnits, status, progress: said.trim(), para, subject: ownParagraph });
        }
      }
    }
  });
  return out;
}
