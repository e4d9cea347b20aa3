/**
 * Reports that go category by category, or clause by clause within one sentence, naming the projects each clause
 * tells of and judging them: 在重大基础设施工程方面，12项工程顺利推进。A已于4月27日开工建设；… (宿迁 2019),
 * 交通项目建设方面，A、B等项目全速推进，C、D顺利通车 (青海 2024), 瑞泉中学、西安路小学基本建成，双创中学开工在建，… (临渭 2018).
 * The project readers that need no category (a subject opening its sentence or ；-clause) are in named-clauses.ts.
 */
import { compact, findStatusPhrases, FINISHING, makeStatus, proseVerdict } from '../../classify/lexicon.js';
import { fold, splitTopLevel } from '../text.js';
import { DATE_LEAD, splitProseSentences } from './sentences.js';
import { joinSharedHead, nameBeforeVerdict, splitNames } from './items.js';
import { isPlaceOrPark, isUnitName } from '../tables/unit-cells.js';
import type { StatusListItem } from './status-lists.js';
import { pushAll } from '../../util/arrays.js';
import { MAX_SENTENCE, NOT_A_NAME, NOT_ONE_PROJECT, VERB_HEAD } from './named-clauses.js';

/**
 * A news report that goes category by category (宿迁 2019): 在重大基础设施工程方面，12项工程顺利推进。A已于4月27日开工建设；
 * B正在按照…有序推进。在民生幸福提质工程方面，42项工程中，有38项达到序时进度要求。C、D已进场施工；E已完成基础工程施工。
 * The category's clause gives the count and one verdict, or only a split (42项中有38项…: then no verdict); the clauses
 * after it, up to the next category, each open with the project they report on. Such a project takes its own verdict
 * when its clause finishes it (基本完工, 已提前完工), else the category's.
 */
const CATEGORY_OPENER = /^在?([^，,。；;]{2,20}?)方面[，,]\s*(?:共有|有)?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:项|个)(?:工程|项目|任务)?([^。；;]*)/;

/**
 * A problem heading that counts the projects it is about and judges them (连南 2022): (一)前期工作进度慢，导致15项工程未开工。
 * (二)民事问题致使5个项目推进缓慢。 Or a heading that is only the count and its verdict (无锡经开区 2022):
 * (二)16个项目推进达到时序进度要求。 The clauses after it name some of those projects.
 */
const COUNTED_PROBLEM = /^(?:[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．])\s*(?:[^。；;]{0,30}?(?:导致|致使|造成|使得|有))?(?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*(?:项|个)(?:工程|项目)([^。；;]*)/;

/** Longest sentence read as a category's one-line verdict. */
const VERDICT_HEADING_MAX = 24;

/**
 * A category's verdict said in one short sentence of its own, before the sentences on its projects (泉州 2011):
 * 新农村建设项目继续按时序推进。农村公路提级改建项目已完工20个，…。新农村电气化建设已完成…。 The whole sentence is what
 * is said of the group (returned in the opener's last slot).
 */
function verdictHeading(sentence: string): [string, string] | null {
  const t = sentence.trim().replace(/[。.]$/, '');
  if ([...t].length > VERDICT_HEADING_MAX || /[，,；;：:、]/.test(t) || /^[0-9一二三四五六七八九十]/.test(t)) return null;
  const v = proseVerdict(t, { saidOfSubject: true });
  // The verdict closes the sentence after a subject of its own (新农村建设项目 | 继续按时序推进). Finished is said of one
  // project (校园直饮水工程已完工。, 芗城 2018), not of a category whose projects follow (城乡风貌改造既定目标全部实现。, 罗城).
  return v && !(v.code === 'done' && FINISHING.test(v.words)) && v.start >= 4 && v.end >= compact(t).length - 1 ? [sentence, t] : null;
}

/**
 * The project a clause opens with: the name before its first verb of progress or its cause (因, 由于, 拟…); a road's
 * section in brackets keeps its dash (规划支路(雪丰路-和风路)土方工程); a concession after the name is no part of it (…综合市场虽已提交…, 陆河), nor a part of the works told of (…项目一期土建已完工, 中卫 2023;
 * as in named-clauses.ts's subjects).
 */
const CLAUSE_HEAD = /^([\u4e00-\u9fa5“”（）()·、0-9.A-Za-z\-－—~～]{2,40}?)(?=已经|已于|已|正在|正按|正|虽然?|土建(?:工程)?(?:已|完成|正在)|即将|完成|基本|全面|全部|目前|进场|因|由于|拟|中有|顺利|建成|全部完工|进行|开工|试生产|获批|加快|进入|有序|稳步|全速|于(?:[0-9]|[去今上本]年|[一二三四五六七八九十]{1,2}月))/;

/**
 * A、B等项目加快实施, A、B等重点项目已完工, A、B、C等皆已投产运营 (锡林浩特 2025): the names a clause lists before 等(N个)项目 or
 * before 等 and 均/皆/都, and what it says of them.
 */
const LISTED_HEAD = /^([^，,；;。：:]{2,200}?)等\s*(?:(?:[0-9一二两三四五六七八九十]{1,3}\s*(?:项|个))?(?:重点|重大|民生|续建|新建)?(?:工程|项目)|(?=均|皆|都))/;

export function findCategoryItems(paragraphs: string[]): StatusListItem[] {
  const out: StatusListItem[] = [];
  paragraphs.forEach((p, para) => {
    const sentences = splitProseSentences(p).map((t) => t.trim());
    let group: CategoryGroup | null = null;
    // Sentences that judge two clauses each: a run across the paragraph when they judge enough between them.
    const pairs: StatusListItem[][] = [];
    for (const sentence of sentences) {
      if (sentence.length > MAX_SENTENCE) continue;
      const opener = CATEGORY_OPENER.exec(sentence) ?? COUNTED_PROBLEM.exec(sentence) ?? verdictHeading(sentence);
      if (opener) {
        // What follows the count: its verdict, or 中，有38项达到… — a split, not one verdict for all.
        const said = opener[opener.length - 1] ?? '';
        const split = /^\s*中/.test(said);
        group = { verdict: split ? null : proseVerdict(said, { saidOfSubject: true }), opener: sentence, plain: false };
        continue;
      }
      // 交通项目建设方面，A、B等项目全速推进，C、D顺利通车，E完成土建工程 (青海 2024): a category named without a count;
      // its projects follow in the same sentence, clause by clause, each with what is said of it.
      const plain = PLAIN_CATEGORY.exec(sentence);
      if (plain) {
        group = { verdict: null, opener: sentence, plain: true };
        pushClauses(out, group, splitTopLevel(sentence.slice(plain[0].length), '，,；;', false), para);
        continue;
      }
      if (!group) {
        const run = judgedRun(sentence, para);
        if (run.length > 0) pushAll(out, run);
        else {
          const pair = judgedRun(sentence, para, 2);
          if (pair.length > 0) pairs.push(pair);
        }
        continue;
      }
      pushClauses(out, group, splitTopLevel(sentence, group.plain ? '，,；;' : '；;', false), para);
    }
    // 新型建材产业稳步发展,A建成投产,B、C等项目有序推进。绿色硅产业集聚成势,D一期投产,E落地实施,… (祥云 2022): a field of
    // work, then its projects, sentence after sentence; two judged clauses a sentence make a run when the paragraph holds
    // several such sentences.
    if (pairs.length >= PAIRED_SENTENCES && pairs.reduce((n, r) => n + clausesOf(r), 0) >= 2 * PAIRED_SENTENCES) for (const r of pairs) pushAll(out, r);
  });
  return out;
}

/** Fewest sentences of a paragraph judging two clauses each that make a run between them. */
const PAIRED_SENTENCES = 2;

/** How many clauses a run's items were judged in. */
function clausesOf(items: StatusListItem[]): number {
  return new Set(items.map((i) => i.progress)).size;
}

/**
 * 其中 (or 主要是, opening the causes: 主要是国道G325…之前停工整改, 开平 2023) opening a run's first clause, or a time and the place speaking (截至6月底，我乡A、B…已全部完工, 润雅 2016): what
 * follows names the project (其中污水处理厂完成厂区建设).
 */
const CLAUSE_LEAD = new RegExp(
  `^\\s*(?:其中|目前|${DATE_LEAD})?[，,]?\\s*(?:我|全)(?:乡|镇|县|区|市)(?=[\\u4e00-\\u9fa5]{4})|^\\s*(?:其中|目前|主要(?:原因)?是|${DATE_LEAD})[，,]?`,
);

/** Fewest clauses of one sentence, each naming projects and judging them, that make it a run of such clauses. */
const JUDGED_CLAUSES = 3;

/**
 * A sentence going project by project with no category named before it (临渭 2018: 瑞泉中学、西安路小学、滨河小学基本建成，
 * 双创中学开工在建，…；华山大街综合改造基本完工，渭桥路…加快建设；公共文化中心项目主体竣工，…): read like a plain category's
 * clauses when at least JUDGED_CLAUSES of them name their projects and judge them; the clauses without a verdict are left.
 */
function judgedRun(sentence: string, para: number, least = JUDGED_CLAUSES): StatusListItem[] {
  // A run judges two clauses at least: a sentence with fewer status phrases is none (one scan instead of one per clause).
  if ((sentence.match(/[，,；;]/g)?.length ?? 0) < 1 || findStatusPhrases(sentence).filter((h) => !h.negated).length < 2) return [];
  // Clause by comma (临渭: A基本建成，B开工在建，…) or, when a ；-clause tells of one item in several comma parts (澧县 2009:
  // 其中标准良田建设完成2万亩，通过了验收；退耕还林后扶工作全部完成，…), by ；: whichever judges more clauses.
  const byComma = judgedClauses(sentence, '，,；;', para, least);
  const bySemicolon = (sentence.match(/[；;]/g)?.length ?? 0) >= 2 ? judgedClauses(sentence, '；;', para, least) : [];
  return bySemicolon.length > byComma.length ? bySemicolon : byComma;
}

const COUNTED_BRACKET = /有[0-9一二三四五六七八九十]{1,3}\s*(?:个|项|件)?\s*[（(]/;

function judgedClauses(sentence: string, separators: string, para: number, least: number): StatusListItem[] {
  const trial: StatusListItem[] = [];
  pushClauses(trial, { verdict: null, opener: sentence, plain: true }, splitTopLevel(sentence, separators, false).map((c) => c.replace(CLAUSE_LEAD, '')), para);
  // 县文广局负责的农家书屋建设项目书架还未到位，…县住建局、蓬莱镇等单位负责的… (大英 2014): units and their charges are
  // what a notice names, not projects.
  // 恩阳区有1(乡镇污水处理站建设)推进缓慢 (巴中 2017): a place and the count of its items in brackets, read by the bracket
  // lists, is no project.
  const judged = trial.filter(
    (i) => i.status !== null && !/负责|等单位/.test(i.text) && !COUNTED_BRACKET.test(fold(i.text)) && !isUnitName(i.text) && !isPlaceOrPark(i.text),
  );
  // Three clauses judged, or (by ；) two that judge three projects or more between them.
  const clauses = new Set(judged.map((i) => i.progress)).size;
  return clauses >= least || (separators === '；;' && clauses >= 2 && judged.length >= JUDGED_CLAUSES) ? judged : [];
}

interface CategoryGroup {
  verdict: ReturnType<typeof proseVerdict>;
  opener: string;
  /** Named without a count or verdict: each project is judged by its own clause. */
  plain: boolean;
}

/**
 * 交通项目建设方面， / 在民生保障方面， / 从能源及配套领域来看， (锡林浩特 2025) / 交通方面： (青川 2007): a category named at the
 * head of its sentence.
 */
const PLAIN_CATEGORY = /^(?:在|从)?[^，,。；;：:]{2,20}?(?:方面|领域)(?:来看|看)?[，,：:]\s*/;

function pushClauses(out: StatusListItem[], group: CategoryGroup, clauses: string[], para: number): void {
  let last: StatusListItem | null = null;
  for (const clause of clauses.map((c) => c.trim())) {
    // Matched on the simplified fold (順利通車), sliced from the print: a traditional page reads the same.
    const folded = fold(clause);
    // A list closed by 等 with its count or noun: under a counted category the list readers take it; under a plain
    // one (…方面，A、B等项目加快实施) it is one of the clauses, its names the subjects.
    const listed = LISTED_HEAD.exec(folded);
    if (listed && !group.plain) continue;
    const head = listed ?? CLAUSE_HEAD.exec(folded) ?? verdictHead(folded);
    const nameless = !head || NOT_A_NAME.test(fold(clause.slice(0, head[1]!.length)));
    // 凉唐公路改造完成投资2400万元，“五一”节前可实现基本通车 (青川 2007): a comma clause naming nothing goes on about the
    // project before it, and judges it when its own clause did not.
    if (nameless && group.plain && last !== null && last.status === null && last.para === para) {
      const said = proseVerdict(clause, { saidOfSubject: true });
      if (said && said.code !== 'done') last.status = makeStatus(said.code, clause, 'lexicon');
    }
    if (!head) continue;
    // 天合光能35GW直拉单晶一、二期 is one name (splitNames keeps 一、二期 whole).
    // 对靖远县客运中心项目未按合同约定… (白银 2016): 对 says what the clause is about; the project follows it.
    const names = joinSharedHead(splitNames(clause.slice(0, head[1]!.length)).map((n) => n.trim().replace(/^对(?!外)/, '')));
    // Folded: a traditional page (泉港2個項目) is judged by the same words.
    if (names.map(fold).some((n) => [...n].length < 3 || NOT_ONE_PROJECT.test(n) || VERB_HEAD.test(n) || NOT_A_NAME.test(n))) continue;
    const rest = clause.slice(head[0].length);
    const own = proseVerdict(rest, { saidOfSubject: true });
    const finished = own !== null && own.code === 'done' && FINISHING.test(own.words);
    // Under a plain category a project's own words judge it, save a step done (完成土建工程 is no verdict on the road).
    const ownSaid = group.plain && own !== null && (own.code !== 'done' || finished || own.end >= compact(rest).length - 1) ? own : null;
    // A clause that judges its project in words other than done (顺利实现开工, 有序实施) is read for itself, whatever the
    // group's verdict (城乡风貌改造既定目标全部实现。“三线一圈”风貌改造…顺利实现开工); a step done is not (已完成选址).
    const ownJudged = ownSaid ?? (own !== null && own.code !== 'done' ? own : null);
    const hit = finished ? own : (ownJudged ?? group.verdict);
    for (const name of names) {
      last = { number: null, text: name, lead: [], status: hit ? makeStatus(hit.code, finished || ownJudged ? clause : group.opener, 'lexicon') : null, progress: rest, para };
      out.push(last);
    }
  }
}


/**
 * A clause whose project is named right before a verdict no verb above opens (小溪港流域水生态修复按序推进，…;
 * 张桥港原位控藻工程河底护底施工中): the name ends where the first status phrase of its first comma-part starts.
 */
function verdictHead(clause: string): [string, string] | null {
  const name = nameBeforeVerdict(compact(clause.split(/[，,：:]/)[0] ?? ''), 3);
  // The clause is sliced by the name's length: only a name printed without spaces inside is taken.
  return name !== null && clause.startsWith(name) ? [name, name] : null;
}
