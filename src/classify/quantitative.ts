/**
 * The 序时进度 check: a task that states a number (新建安置区5个, 增长8%以上) and
 * a progress text that states what was reached (已建成3个, 增长5.2%) can be
 * judged without any status words, by comparing with the share of the year
 * that has elapsed. Units must agree; when they do not, no verdict is given.
 */
import type { Status } from '../model/schema.js';
import { makeStatus } from './lexicon.js';
import { fold } from '../extract/text.js';

export interface ElapsedShare {
  /** 0..1 */
  share: number;
  /** How the share was obtained, for the evidence line: 一季度, 1-11月, 通报规定 91.7%. */
  basis: string;
}

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function cnNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGIT[s.slice(1)] ?? NaN);
  if (s.endsWith('十')) return (CN_DIGIT[s[0]!] ?? NaN) * 10;
  if (s.length === 1) return CN_DIGIT[s] ?? null;
  return null;
}

/**
 * Share of the year elapsed at the end of the reporting period named in a
 * title or period string: 一季度 → 3/12, 上半年 → 6/12, 前三季度 → 9/12, 1-11月 → 11/12.
 */
export function elapsedShareOf(period: string | null | undefined): ElapsedShare | null {
  if (!period) return null;
  const p = fold(period.replace(/\s+/g, ''));
  let m = /(?:1|一)\s*[-—–~至到]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})月/.exec(p);
  if (m) {
    const n = cnNumber(m[1]!);
    if (n && n >= 1 && n <= 12) return { share: n / 12, basis: m[0] };
  }
  if (/前三季度|三季度末|第三季度/.test(p)) return { share: 9 / 12, basis: '前三季度' };
  if (/上半年|半年|二季度末|第二季度/.test(p)) return { share: 6 / 12, basis: '上半年' };
  if (/一季度|第一季度|1季度/.test(p)) return { share: 3 / 12, basis: '一季度' };
  if (/全年|年度|年底|四季度/.test(p)) return { share: 1, basis: '全年' };
  m = /(?:截至|截止)?(\d{1,2}|[一二三四五六七八九十]{1,3})月(?:底|末|份)/.exec(p);
  if (m) {
    const n = cnNumber(m[1]!);
    if (n && n >= 1 && n <= 12) return { share: n / 12, basis: m[0] };
  }
  return null;
}

/**
 * A notice may define its own threshold ("进展情况占比低于91.7%或增幅低于目标任务的
 * 视为滞后"). Returns the share it names, if any.
 */
export function statedThreshold(text: string): ElapsedShare | null {
  const s = fold(text.replace(/\s+/g, ''));
  const m =
    /(?:占比|完成比例|完成率|进度)(?:低于|不足|未达到?)(\d{1,3}(?:\.\d+)?)[%％]/.exec(s) ??
    /序时进度[(（]?(?:为)?(\d{1,3}(?:\.\d+)?)[%％]/.exec(s);
  if (!m) return null;
  const v = Number(m[1]);
  if (!(v > 0 && v <= 100)) return null;
  return { share: v / 100, basis: `通报规定${m[1]}%` };
}

type Kind = 'rate' | 'amount';

export interface Quantity {
  kind: Kind;
  value: number;
  /** Base unit after the magnitude was folded in: 个, 元, 套, 千瓦, %. */
  unit: string;
  /** As printed, e.g. 446.7亿元, 8%以上. */
  printed: string;
  /** A few characters before the number, to tell two quantities of the same unit apart. */
  context: string;
  /** The clause up to the number (from the last comma or stop), which says whether it was reached or planned. */
  clause: string;
}

const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };
// Longer units first so 万平方米 is not read as 万 + 平方米 twice over and 人次 is not 人.
const BASE_UNITS = [
  '平方米', '平方公里', '公里', '千米', '千瓦', '千伏', '人次', '户次', '场次', '标准箱',
  '元', '美元', '个', '家', '所', '项', '套', '人', '户', '亩', '吨', '座', '处', '条', '辆', '栋', '间', '台', '场', '张', '篇', '件', '名', '只', '头', '米',
];
// Starts only where a digit run starts: from inside a long run with no unit after it, every start
// would rescan the rest of the run (quadratic on a page of digits).
const NUM_UNIT = new RegExp(
  `(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*([万亿千百]?)(${BASE_UNITS.join('|')})`,
  'g',
);
const RATE = /(增长|增速|增幅|提高|提升|上涨|比重|占比|比例|率|达到|达)(?:达到?|超过?|为|保持在?|稳定在|控制在|在|至)?\s*(\d+(?:\.\d+)?)\s*[%％](以上|左右|以内)?/g;

function clauseBefore(s: string, at: number): string {
  const head = s.slice(Math.max(0, at - 20), at);
  const cut = Math.max(...['，', ',', '；', ';', '。', '\n'].map((p) => head.lastIndexOf(p)));
  return head.slice(cut + 1);
}

function quantitiesIn(text: string): Quantity[] {
  const s = fold(text.replace(/[ \t\u3000]+/g, ''));
  const out: Quantity[] = [];
  for (const m of s.matchAll(RATE)) {
    const at = m.index ?? 0;
    out.push({
      kind: 'rate',
      value: Number(m[2]),
      unit: '%',
      printed: m[0],
      context: s.slice(Math.max(0, at - 8), at + m[1]!.length),
      clause: clauseBefore(s, at) + m[0].replace(/[\d.%％]+.*$/, ''),
    });
  }
  for (const m of s.matchAll(NUM_UNIT)) {
    const at = m.index ?? 0;
    // A number glued to a preceding digit run or part of a date/ordinal is not a quantity.
    const prev = s[at - 1] ?? '';
    if (/[\d.]/.test(prev)) continue;
    const next = s[at + m[0].length] ?? '';
    if (m[3] === '个' && /百分点/.test(s.slice(at + m[0].length - 1, at + m[0].length + 3))) continue;
    if (/[年月日号]/.test(next) && !m[2]) continue;
    const mult = MAGNITUDE[m[2] ?? ''] ?? 1;
    out.push({
      kind: 'amount',
      value: Number(m[1]) * mult,
      unit: m[3]!,
      printed: m[0],
      context: s.slice(Math.max(0, at - 8), at),
      clause: clauseBefore(s, at),
    });
  }
  return out;
}

const LEVEL_TARGET = /(达到|达|发展到|增加到|提高到|提升到|突破|总数|总量|保有量|稳定在|保持在?)$/;

/** The targets a task text sets: 新建安置区5个, 增长8%以上, 完成投资446.7亿元. */
export function targetsOf(text: string): Quantity[] {
  return quantitiesIn(text);
}

const REACHED = /已|完成|建成|新增|累计|达|实现|共|增长|增速|新建|改造|引进|培育|签约|开工|到位|发放|培训|接种|落户|挂牌|上市|投资|占比|比重/;
// …完工后,可新增教室16个, 共计可以增加学位1600个 (嵊州 2022): what the works will give once finished, not what is reached.
// 今年共下达18座计划 (湘阴 2023): what was assigned is a target, not a figure reached.
const PLANNED = /计划|拟|目标|力争|预计|争取|将|其余|剩余|尚有|还有|下达|分配|(?:完工|建成|竣工|投用|投入使用)后|可以|可(?:新增|增加|提供|容纳|解决|带动|实现)/;

/** Quantities reached, from progress text. Only those stated as reached count: 已建成3个, 增长5.2%, 新增74家. */
export function achievedOf(progress: string): Quantity[] {
  return quantitiesIn(progress).filter((q) => REACHED.test(q.clause) && !PLANNED.test(q.clause));
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const t = s.replace(/[\d.%％\s]/g, '');
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

function overlap(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  let n = 0;
  for (const x of A) if (B.has(x)) n++;
  return n;
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}

function pct(x: number): string {
  return `${fmt(Math.round(x * 1000) / 10)}%`;
}

/**
 * Pick, for a target, the reached quantity of the same unit whose wording is
 * closest. With several targets and reached quantities, a target whose unit is
 * not reported is skipped rather than guessed.
 */
function pair(targets: Quantity[], reached: Quantity[]): { target: Quantity; got: Quantity } | null {
  let best: { target: Quantity; got: Quantity; score: number } | null = null;
  for (const t of targets) {
    const same = reached.filter((r) => r.kind === t.kind && r.unit === t.unit);
    if (!same.length) continue;
    // 主板、新三板各1家,省股交中心40家: a figure in that unit covers one of the targets, not the task.
    if (targets.filter((o) => o.kind === t.kind && o.unit === t.unit).length > 1) continue;
    // A growth target is met by the growth figure; a count by the count of the same thing.
    for (const r of same) {
      const score = overlap(t.context, r.context) + (same.length === 1 ? 0.5 : 0);
      if (same.length > 1 && score < 1) continue;
      if (!best || score > best.score) best = { target: t, got: r, score };
    }
  }
  return best ? { target: best.target, got: best.got } : null;
}

const MAX_FIGURES = 50;

/**
 * The quantitative verdict for one task, or null when the task states no
 * number or the progress reports none in the same unit.
 */
export function quantitativeStatus(
  taskText: string,
  progress: string | null,
  elapsed: ElapsedShare | null,
): Status | null {
  if (!progress) return null;
  // A task states a handful of figures; pairing is targets × reached, so only the first few of each are read.
  const targets = targetsOf(taskText).filter((t) => t.value > 0).slice(0, MAX_FIGURES);
  if (!targets.length) return null;
  const reached = achievedOf(progress).slice(0, MAX_FIGURES);
  const p = pair(targets, reached);
  if (!p) return null;
  const { target, got } = p;
  // The progress merely restating the task's own figure (开展15项行动) is not a result.
  if (got.value === target.value && got.kind === 'amount' && !/已|建成|全部|累计|完成/.test(got.clause)) return null;
  if (target.kind === 'rate') {
    // 以内 targets are ceilings (失业率4.5%以内): staying under is on schedule.
    const ceiling = /以内|以下|控制在/.test(target.printed) || /控制/.test(target.context);
    const ok = ceiling ? got.value <= target.value : got.value >= target.value;
    const op = ceiling ? (ok ? '≤' : '>') : ok ? '≥' : '<';
    const ev = `达到${fmt(got.value)}% ${op} 目标${fmt(target.value)}%${ceiling ? '(上限)' : ''}`;
    return makeStatus(ok ? 'on_schedule' : 'lagging', ev, 'quantitative');
  }
  const ratio = got.value / target.value;
  const head = `完成${got.printed}/目标${target.printed} = ${pct(ratio)}`;
  if (ratio >= 1) return makeStatus('done', `${head} ≥ 100%`, 'quantitative');
  // A level to reach (龙头企业发展到750家) starts from last year's stock, not from zero:
  // the share of the year says nothing about it until it is reached.
  if (LEVEL_TARGET.test(target.clause)) return null;
  if (!elapsed) return null;
  const ok = ratio + 1e-9 >= elapsed.share;
  const ev = `${head} ${ok ? '≥' : '<'} 序时进度 ${pct(elapsed.share)}(${elapsed.basis})`;
  return makeStatus(ok ? 'on_schedule' : 'lagging', ev, 'quantitative');
}

/**
 * A share of the year's target the text states itself: 完成年度任务的100%,
 * 分别完成年度任务的100%、100.1%, 占年度任务的114.9%, 完成全年目标的101.5%,
 * 投资完成率93%, 占调整后目标的88%, 完成任务数的108.97% (松阳 2022). Every share at 100% or more: the task is done;
 * any share below (with no schedule to compare it with) says nothing.
 */
const TARGET_SHARE =
  /(?:完成|占|达到|为)(?:了)?(?:年度|全年|调整后|年)?(?:的)?(?:目标任务|目标|任务|计划)(?:数|量)?(?:的)?((?:\d{1,4}(?:\.\d{1,2})?[%％][、和及]?){1,4})|完成率(?:为|达到?)?(\d{1,4}(?:\.\d{1,2})?)[%％]/g;

export function statedShareStatus(progress: string | null): Status | null {
  if (!progress) return null;
  const text = fold(progress);
  const shares: number[] = [];
  const printed: string[] = [];
  for (const m of text.matchAll(TARGET_SHARE)) {
    for (const v of (m[1] ?? m[2] ?? '').matchAll(/\d{1,4}(?:\.\d{1,2})?/g)) shares.push(Number(v[0]));
    printed.push(m[0]);
  }
  if (!shares.length || shares.some((v) => v < 100)) return null;
  return makeStatus('done', printed.join('，'), 'quantitative');
}
