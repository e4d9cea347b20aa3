/**
 * The one status vocabulary taskgen uses. Every way a Chinese progress report
 * says "done / fine / behind / stuck / at risk" maps to one code here, so the
 * notice list, an explicit status column and free progress text all agree.
 */
import type { Status, StatusCode, StatusSource } from '../model/schema.js';
import { fold } from '../extract/text.js';
import { ALL_TERMS } from './lexicon-terms.js';
import { Prefilter } from './lexicon-prefilter.js';
import { REQUIRED_CHARS } from './lexicon-prefilter-table.js';

/** Fixed Chinese label per code, used by renderers and in `Status.label`. */
export const STATUS_LABEL: Record<StatusCode, string> = {
  done: '已完成',
  good: '完成较好',
  on_schedule: '序时推进',
  lagging: '推进较慢',
  stalled: '无实质性进展',
  at_risk: '难以完成',
  unknown: '情况不明',
};

/** Severity used to break ties and to pick the verdict among several phrases: higher is worse. */
export const SEVERITY: Record<StatusCode, number> = {
  unknown: 0,
  done: 1,
  good: 2,
  on_schedule: 3,
  lagging: 4,
  at_risk: 5,
  stalled: 6,
};

export function isProblem(code: StatusCode): boolean {
  return code === 'lagging' || code === 'stalled' || code === 'at_risk';
}

/** A fall in these indicators is good news, so 下降 after them is not a lag. */
/** What follows 完成…: 的55%, 55%, 的五成 — a share below the whole. */
function isPartialShare(after: string): boolean {
  // 已完成总工作量的九成以上 (荣昌 2021): tenths said in words are a share too.
  if (/^[\u4e00-\u9fa5]{0,8}?(?:的|了)?[一二三四五六七八九]成/.test(after)) return true;
  const m = /^[\u4e00-\u9fa5]{0,8}?(?:的|了)?([0-9]{1,3}(?:\.[0-9]+)?)[%％]/.exec(after);
  return m !== null && Number(m[1]) < 100;
}

/** A quantity right after 完成: a figure with a measure of work, not a count of tasks (项, 件). */
const QUANTITY_DONE = /^[0-9][0-9.]*(?:万|亿|千)?(?:座|公里|千米|米|平方米|户|所|套|家|亩|条|栋|间|台|辆|人|吨|元|张|处|盏|个村|个点)/;

/**
 * The same, with the part of the works it measures before it (路基工程59.4公里, 土方开挖3万立方米), or the money spent so far
 * (已完成投资3000万元, 鄂托克旗), 已完成抗拔桩1300余根 (常州 2015): so much done, not the whole.
 */
const PART_QUANTITY_DONE = /^(?:[\u4e00-\u9fa5]{1,6}?[0-9][0-9.]*(?:余|多)?(?:万|亿|千)?(?:座|公里|千米|米|延米|平方米|立方米|方|户|所|套|亩|条|栋|间|台|吨|处|盏|根|棵|株)|(?:年度)?投资(?:约|近|达|超)?[0-9][0-9.]*(?:万|亿)?元)/;

const FALL_IS_GOOD = /(浓度|能耗|排放|失业率|成本|事故|发生率|死亡|亡人|负债率|不良率|价格涨幅|PM2\.5|PM10|投诉)[^,，;；。]{0,6}$/;

/** Words that cancel a problem phrase that follows within the same clause: 无滞后, 未出现下降, 没有明显下降, 不存在…问题. */
const LONG_NEGATOR = /(没有|未出现|未发生|不存在|并未|并非|不再|避免|防止|杜绝)[^,，;；。]{0,6}$/;
/** A bare 无/未/不 negates only when it is right before the phrase (无滞后, 无明显下降), not 无锡市…推进较慢. */
const SHORT_NEGATOR = /(无|未|不)(明显|大幅)?$/;

export interface LexiconHit {
  code: StatusCode;
  /** The matched words, as printed (spaces removed). */
  words: string;
  start: number;
  end: number;
  negated: boolean;
  selfNegated: boolean;
  /** Said of a stage (前期工作): see Term.stage. */
  stage?: boolean;
  /** A step of the preparations done: see Term.prep. */
  prep?: boolean;
  /** Nearly finished: see Term.nearly. */
  nearly?: boolean;
  /** Reports only when said after its subject: see Term.afterSubject. */
  afterSubject?: boolean;
  /** A finish forecast: see Term.forecast. */
  forecast?: boolean;
}

/** A pinyin gloss a mirror put after a character (進(jìn)展, 項(xiàng)目): scrape damage inside the words. */
export const PINYIN_GLOSS = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]/g;

export function compact(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u3000]+/g, '').replace(PINYIN_GLOSS, '');
}

/** All status phrases in `text`, longest match wins where phrases overlap. */
/**
 * The prose readers ask about the same clause many times over (each list reader, then the verdict of its tail): the
 * phrases of the last texts asked about are kept, bounded, and handed out as copies so no caller can change another's.
 */
const PHRASE_CACHE = new Map<string, LexiconHit[]>();
const PHRASE_CACHE_MAX = 4096;
/** Longest text kept: the cache is for clauses and sentences, not whole pages. */
const PHRASE_CACHE_TEXT_MAX = 2000;

export function findStatusPhrases(text: string): LexiconHit[] {
  const cached = text.length <= PHRASE_CACHE_TEXT_MAX ? PHRASE_CACHE.get(text) : undefined;
  if (cached) return cached.map((h) => ({ ...h }));
  const hits = scanStatusPhrases(text);
  if (text.length <= PHRASE_CACHE_TEXT_MAX) {
    if (PHRASE_CACHE.size >= PHRASE_CACHE_MAX) PHRASE_CACHE.clear();
    PHRASE_CACHE.set(text, hits.map((h) => ({ ...h })));
  }
  return hits;
}

/** Built on the first scan: which terms can match a text (see lexicon-prefilter.ts). */
let prefilter: Prefilter | undefined;

/**
 * The phrases of `text`, found afresh (findStatusPhrases keeps them). Only the terms that hold a character of
 * the text run (the others cannot match, and are then never compiled); `filtered: false` runs them all, for the
 * test that the two agree.
 */
export function scanStatusPhrases(text: string, filtered = true): LexiconHit[] {
  const printed = compact(text);
  // Traditional pages (序時推進) match on a simplified copy of the same length; words are sliced from the print.
  const s = fold(printed);
  const raw: LexiconHit[] = [];
  const run = filtered ? (prefilter ??= new Prefilter(ALL_TERMS.map((t) => t.re), REQUIRED_CHARS)).candidates(s) : null;
  for (let t = 0; t < ALL_TERMS.length; t++) {
    if (run !== null && run[t] === 0) continue;
    const term = ALL_TERMS[t]!;
    term.re.lastIndex = 0;
    for (const m of s.matchAll(term.re)) {
      const start = m.index ?? 0;
      raw.push({
        code: term.code,
        words: printed.slice(start, start + m[0].length),
        start,
        end: start + m[0].length,
        negated: false,
        selfNegated: term.selfNegated === true,
        ...(term.stage ? { stage: true } : {}),
        ...(term.prep ? { prep: true } : {}),
        ...(term.nearly ? { nearly: true } : {}),
        ...(term.afterSubject ? { afterSubject: true } : {}),
        ...(term.forecast ? { forecast: true } : {}),
      });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: LexiconHit[] = [];
  for (const h of raw) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  // 已完成年度目标任务的55%, 已完成投资的80%: a share of the work, not its end (100% and more is done);
  // 已完成87座, 已完成163.98公里: a quantity done so far, not the task (已完成3项 counts tasks, and is kept).
  for (let i = kept.length - 1; i >= 0; i--) {
    const after = s.slice(kept[i]!.end, kept[i]!.end + 16);
    // 超额完成49%: the share is what the target was exceeded by.
    if (kept[i]!.code !== 'done' || kept[i]!.words.startsWith('超额')) continue;
    // 已完成施工进度的50%, 栽植任务已经完成80%以上 (雨花 2020, 正宁): a share of the works done, said with 已, is work under
    // way (three readers of corpus/ read it so); a figure in a progress table is judged by the schedule instead.
    if (isPartialShare(after) && /^已/.test(kept[i]!.words)) kept[i] = { ...kept[i]!, code: 'on_schedule' };
    // 已完成路基工程59.4公里,路面工程40.2公里 (泸县 2016), 已完成投资3000万元 (鄂托克旗): so much of a part of the works, or of
    // the money, done so far, said with 已: under way. (A bare 已完成87座 is no verdict: the share beside it decides, 黄石 2022.)
    else if (PART_QUANTITY_DONE.test(after) && /^已/.test(kept[i]!.words)) kept[i] = { ...kept[i]!, code: 'on_schedule' };
    else if (isPartialShare(after) || QUANTITY_DONE.test(after) || PART_QUANTITY_DONE.test(after)) kept.splice(i, 1);
  }
  setAsideWeakPhrases(kept, raw);
  for (const h of kept) {
    const before = s.slice(Math.max(0, h.start - 12), h.start);
    if (h.code === 'lagging' && h.words.includes('下降') && FALL_IS_GOOD.test(before)) h.negated = true;

    // 不存在推进较慢问题: the negator sits before, the problem noun after.
    if (LONG_NEGATOR.test(before)) h.negated = true;
    if (!h.selfNegated && SHORT_NEGATOR.test(before)) h.negated = true;
    if (/^(问题|情况|现象)/.test(s.slice(h.end)) && /不存在|没有|无/.test(before)) h.negated = true;
  }
  return kept;
}

/** `hits` without those `drop` picks. */
function removeWhere(hits: LexiconHit[], drop: (h: LexiconHit) => boolean): void {
  for (let i = hits.length - 1; i >= 0; i--) if (drop(hits[i]!)) hits.splice(i, 1);
}

/**
 * The phrases that say something only when nothing stronger is said in the same text (Term.stage, Term.nearly,
 * Term.prep), set aside where it is:
 * - a stage (正在进行前期工作) beside works going on: 1座危桥正在施工…，10座危桥正办理前期手续，5座正在进行施工图设计 (湘阴 2023)
 *   is under way. (A step done, 已经完成了…中介服务超市选取工作 (德安 2025), is often one of the preparations itself, so only
 *   works said to go on speak over the stage.) What the stage's words held of another phrase (正在加紧实施 in
 *   正在加紧实施资格预审前期工作, 隆昌 2019) is said again;
 * - nearly finished (即将建成) beside a done phrase (基本完工,即将建成开放, 宿迁 2019);
 * - a finish forecast (将于6月底全部竣工) beside anything else said;
 * - steps of the preparations done beside a start still ahead and nothing else (已完成设计招标工作,…预计10月进场施工, 武侯
 *   2018; 已完成放线,即将开工建设, 正宁): a task not begun.
 */
function setAsideWeakPhrases(kept: LexiconHit[], raw: LexiconHit[]): void {
  // (A step of the preparations done, 已完成施工图设计及审批,正在办理招投标 (景泰 2017), is no works going on.)
  if (kept.some((h) => h.stage) && kept.some((h) => !h.stage && !h.prep && (h.code === 'on_schedule' || h.code === 'good'))) {
    const stages = kept.filter((h) => h.stage);
    removeWhere(kept, (h) => h.stage === true);
    const overlaps = (a: LexiconHit, b: LexiconHit) => a.start < b.end && b.start < a.end;
    const inner = raw.filter((h) => !h.stage && stages.some((st) => overlaps(st, h))).sort((a, b) => b.end - b.start - (a.end - a.start));
    for (const h of inner) if (!kept.some((k) => overlaps(k, h))) kept.push(h);
    kept.sort((a, b) => a.start - b.start);
  }
  if (kept.some((h) => h.nearly) && kept.some((h) => h.code === 'done' && !h.prep)) removeWhere(kept, (h) => h.nearly === true);
  if (kept.some((h) => h.forecast) && kept.some((h) => !h.forecast)) removeWhere(kept, (h) => h.forecast === true);
  if (kept.some((h) => h.prep) && kept.some((h) => h.code === 'stalled') && kept.every((h) => h.prep || h.stage || h.code === 'stalled')) {
    removeWhere(kept, (h) => h.prep === true);
  }
}

/**
 * In 虽…但… / 尽管…但… the clause after the turn carries the verdict; phrases in the
 * concessive clause are dropped when the turn has a verdict of its own.
 */
export function dropConcessive(text: string, hits: LexiconHit[]): LexiconHit[] {
  const s = fold(compact(text));
  const out = [...hits];
  const concessive = /(虽然|虽|尽管)/g;
  for (const m of s.matchAll(concessive)) {
    const from = m.index ?? 0;
    const turn = s.slice(from).search(/(但是|但|然而|不过|可是)/);
    if (turn < 0) continue;
    const turnAt = from + turn;
    const clauseEnd = s.slice(turnAt).search(/[。;；]/);
    const turnEnd = clauseEnd < 0 ? s.length : turnAt + clauseEnd;
    const turnHasVerdict = hits.some((h) => !h.negated && h.start >= turnAt && h.start < turnEnd);
    if (!turnHasVerdict) continue;
    for (let i = out.length - 1; i >= 0; i--) {
      const h = out[i]!;
      if (h.start >= from && h.start < turnAt) out.splice(i, 1);
    }
  }
  return out;
}

/** Imperatives a plan uses (加快推进…) are not a verdict on progress unless said as done (已/正在). */
const IMPERATIVE = /^(?:加快(?:推进|建设|实施)|扎实推进|稳步推进|持续推进|有序推进|大力推进)$/;

/** A clause that turns to other items (…已完成，其余小项顺利推进) ends what is said of the list before it. */
const OTHER_ITEMS = /[，,；;](?:其余|其他|其它|剩余|另外|另有|还有)/;

/** The verdict of a stretch of prose: after 但 the turn decides; the phrase nearest the end wins. */
export function proseVerdict(whole: string, opts: { saidOfSubject?: boolean } = {}): LexiconHit | null {
  const other = whole.search(OTHER_ITEMS);
  const text = other >= 0 ? whole.slice(0, other) : whole;
  const turn = Math.max(text.lastIndexOf('但'), text.lastIndexOf('却'));
  const scope = turn >= 0 && verdictIn(text.slice(turn), opts) ? text.slice(turn) : text;
  return verdictIn(scope, opts);
}

/** Words that say a whole project is finished, not one step of it (已完成可研批复 is a step; 已竣工 is not). */
export const FINISHING = /完工|竣工|建成|投用|投入使用|投产/;

/**
 * 确保…全面完成, 力争…按时推进, 预计年底全面完成 (大荔 2014), 计划12月前全部完成 (湘阴 2023): an aim or a forecast stated before
 * the phrase, in the same clause (按计划推进 is a report).
 */
const AIM = /(?:确保|力争|争取|努力|务必|以便|为了|预计|(?<!按)计划(?=于|在|到|年|今|明|下半|[0-9一二三四五六七八九十]{1,2}月))[^，,。；;]{0,16}$/;

/**
 * `saidOfSubject`: the text follows the items it judges (A、B等项目有序推进), so 有序推进 reports
 * on them; at the head of a clause the same words are an order.
 */
function verdictIn(text: string, opts: { saidOfSubject?: boolean }): LexiconHit | null {
  const flat = compact(text);
  const hits = dropConcessive(text, findStatusPhrases(text)).filter(
    (h) =>
      !h.negated &&
      (opts.saidOfSubject === true || (!IMPERATIVE.test(h.words) && !h.afterSubject)) &&
      !AIM.test(flat.slice(Math.max(0, h.start - 20), h.start)),
  );
  const last = hits[hits.length - 1];
  // 因土地和前期手续问题影响建设计划进度，正在加快建设 (商洛 2014): hurrying after a lag is the remedy, not a verdict over it.
  const lag = hits.find((h) => h.code === 'lagging' || h.code === 'stalled');
  if (last && lag && last.code === 'on_schedule' && last.start > lag.start && /加快|加紧|抓紧|加速|全力/.test(last.words)) return lag;
  return last ?? null;
}

/** Longest section heading read as a status group (完成事项情况, 进展较慢的项目); longer headings are topics. */
const GROUP_HEADING_MAX = 24;

/**
 * The status a section heading gives the items under it, when it names a
 * status group: (一)完成事项情况 / 已完成的实事 → done, 进展较慢的项目 → lagging,
 * 有待推进的事项 → lagging. A topic heading (重点任务完成情况, 10件实事的进展情况) gives none.
 */
export function headingVerdict(heading: string): LexiconHit | null {
  // The heading's own numbering ((一) / 二、 / 3.) is not part of what it says.
  const t = compact(heading).replace(/^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,3}[.、．])/, '');
  if (t.length > GROUP_HEADING_MAX) return null;
  // 完成 before the noun it qualifies: the items done (完成事项), not the report on completion (完成情况); a 督办 notice's
  // 已落实事项 / 已办结事项 likewise, and its 正在落实事项 / 正在办理的事项 are under way (旬阳 2018).
  const done = /^(?:已|全面|提前|按期)?完成(?:的)?(?:事项|项目|任务|实事|工程)|^已(?:落实|办结)(?:的)?(?:事项|项目|任务|实事|工程)/.exec(t);
  if (done) return { code: 'done', words: done[0], start: 0, end: done[0].length, negated: false, selfNegated: false };
  const doing = /^(?:正在|正)(?:落实|办理|推进|实施)(?:中)?(?:的)?(?:事项|项目|任务|实事|工程)/.exec(t);
  if (doing) return { code: 'on_schedule', words: doing[0], start: 0, end: doing[0].length, negated: false, selfNegated: false };
  const pending = /有待(?:推进|加快|加强推进)/.exec(t);
  if (pending) return { code: 'lagging', words: pending[0], start: pending.index, end: pending.index + pending[0].length, negated: false, selfNegated: false };
  // A heading that opens with an order (扎实推进长三角一体化) is a topic: imperatives are not verdicts here.
  return proseVerdict(t);
}

export function makeStatus(code: StatusCode, evidence: string, source: StatusSource): Status {
  const ev = evidence.trim();
  return { code, label: STATUS_LABEL[code], evidence: ev.length ? ev : STATUS_LABEL[code], source };
}

/** The verdict of a text: the most severe phrase that is not negated or conceded. */
export function verdictOf(text: string): LexiconHit | null {
  const hits = dropConcessive(text, findStatusPhrases(text)).filter((h) => !h.negated);
  let best: LexiconHit | null = null;
  for (const h of hits) if (!best || SEVERITY[h.code] > SEVERITY[best.code]) best = h;
  return best;
}

/**
 * An explicit status cell (完成状态 column). Empty → null; words outside the
 * vocabulary → `unknown`, keeping the words as evidence so nothing is lost.
 */
export function classifyStatusText(text: string): Status | null {
  const t = text.trim();
  if (!compact(t)) return null;
  // A status cell that says only 完成 is the verdict done (FORMAT: 已完成/完成/提前完成); in running text 完成 is just a verb.
  // So does 完成任务 / 完成年度目标任务 (乐清 完成成效 column); 未完成任务 is not matched here.
  if (/^(?:已)?完成(?:了)?(?:年度)?(?:目标)?(?:任务)?[。.]?$/.test(compact(t))) return makeStatus('done', t, 'column');
  // 督查结果：工作推进缓慢。该区域房屋拆迁已经完成，但未开工建设 — the verdict is stated first and the details
  // after it do not overrule it; only a first sentence without a verdict leaves the whole text to decide.
  const first = /^[^。；;]*[。；;]/.exec(t)?.[0];
  const v = (first && first.length < t.length ? verdictOf(first) : null) ?? verdictOf(t);
  if (!v) return makeStatus('unknown', t, 'column');
  return makeStatus(v.code, t, 'column');
}

/** A lagging-list item: the wording decides; 上升 of a bad indicator (失业率上升) is a lag too. */
export function classifyLaggingItem(text: string): Status {
  const v = verdictOf(text);
  if (v && isProblem(v.code)) return makeStatus(v.code, text, 'notice-list');
  // Being on the list is itself the verdict (失业率上升, 接种率较低 name no lexicon phrase): behind.
  return makeStatus('lagging', text, 'notice-list');
}

/** Majority code, ties toward the more severe (stalled > at_risk > lagging). */
export function majorityCode(codes: StatusCode[]): StatusCode | null {
  if (!codes.length) return null;
  const counts = new Map<StatusCode, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: StatusCode | null = null;
  let bestN = -1;
  for (const [c, n] of counts) {
    if (n > bestN || (n === bestN && best !== null && SEVERITY[c] > SEVERITY[best])) {
      best = c;
      bestN = n;
    }
  }
  return best;
}
