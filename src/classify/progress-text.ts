/**
 * The verdict a task's progress text states (a progress cell of a table, or the
 * progress sentence after a task), read with the one status vocabulary of
 * `lexicon.ts`, negation and 虽…但 included.
 */
import type { Status } from '../model/schema.js';
import { FINISHING, compact, dropConcessive, findStatusPhrases, makeStatus, verdictOf, type LexiconHit } from './lexicon.js';

/** Longest opening clause that is read as the cell's verdict: `已完成。`, `按时序推进;`. */
const OPENING_VERDICT_MAX = 10;
/** What an opening verdict clause may hold besides the verdict words: 目前已完成, 均已完成, 已完成。, 全面完成目标任务。 */
const OPENING_ADVERB = /^(?:目前|现已|现|均|都|全部|基本)?(?:全年|年度)?(?:目标)?(?:任务)?[。.]?$/;
/** A progress cell this short is a verdict as a whole: `偏慢`, `严重滞后`, `未开工`. */
const SHORT_CELL_MAX = 12;
/** A figure with a remark in brackets (closing bracket lost in the scrape kept optional): `80%(新区实验幼儿园进度滞后)`, `50%(马站未开工`. */
const FIGURE_REMARK = /^[\d.]+[%％][(（]([^()（）]*)[)）]?$/;

/**
 * The verdict a progress cell states, from the words the taxonomy knows
 * (negation and 虽…但 handled by the lexicon):
 * - an opening verdict clause: `已完成。已制定并下发…` (泰顺), `已完成。 从2020年1月1日起…` (肇庆);
 * - the remark after a figure: `57%(赤溪、灵溪偏慢)`, `22%(严重滞后)` (苍南);
 * - a cell that is only a verdict: `偏慢`, `未开工`;
 * - a longer narrative whose phrases all agree. A narrative mixing verdicts
 *   (`进展较为顺利` for some parts, `滞后` for others) states none for the task: null.
 * A bare figure (`95%`) states no verdict: null.
 */
export function progressTextStatus(cell: string): Status | null {
  const t = compact(cell);
  if (!t) return null;
  const opening = compact(/^[^。;；,，\n]+/.exec(cell.trim())?.[0] ?? '');
  if (opening.length <= OPENING_VERDICT_MAX) {
    const v = unanimousVerdict(opening);
    // The clause is the verdict itself (已完成。), not a count that happens to hold one (3所已完工,).
    if (v && OPENING_ADVERB.test(opening.replace(v.words, ''))) return makeStatus(v.code, v.words, 'lexicon');
  }
  const remark = FIGURE_REMARK.exec(t)?.[1];
  const scope = remark ?? t;
  if (remark !== undefined || scope.length <= SHORT_CELL_MAX) {
    const v = verdictOf(scope);
    return v ? makeStatus(v.code, v.words, 'lexicon') : null;
  }
  // The narrative's phrases, found once: all of them agree (steps set aside), or they say the task is under way.
  const said = dropConcessive(t, findStatusPhrases(t)).filter((h) => !h.negated);
  const v = agreed(said.filter((h) => !reportsAStep(t, h))) ?? underWay(t, said);
  // 内墙瓷砖完成80%;…楼梯间贴大理石已完成 (嵊州 2022): parts done beside a part still short of its whole is work under way.
  if (v?.code === 'done' && PART_SHORT.test(t)) return makeStatus('on_schedule', v.words, 'lexicon');
  return v ? makeStatus(v.code, v.words, 'lexicon') : null;
}

/** A share of the works short of the whole: 完成80%, 完成5O% (a scraped O for 0), 已完成工程量的60%. */
const PART_SHORT = /完成(?:[^，,。；;]{0,6}的)?[1-9][0-9Oo]?(?:\.[0-9]+)?[%％]/;

/**
 * A narrative that reports parts done and parts going on (大件垃圾拆解中心主体建设已完成…；中转站主体封顶浇筑；围墙已完成80%, 大余
 * 2024), or only steps done (已完成17条供水管道安装…，已完成14666户智能水表改造), says the task is under way: on_schedule.
 * A problem word anywhere (滞后, 未开工) leaves it to the reader: null.
 */
function underWay(text: string, hits: LexiconHit[]): LexiconHit | null {
  if (hits.length === 0 || hits.some((h) => h.code !== 'done' && h.code !== 'on_schedule')) return null;
  const going = hits.find((h) => h.code === 'on_schedule');
  if (going) return going;
  // Only steps: every 已完成 with its object or an amount after it (已完成14666户智能水表改造).
  const flat = compact(text);
  return hits.every((h) => h.code === 'done' && (reportsAStep(text, h) || /^[0-9]/.test(flat.slice(h.end)))) ? { ...hits[0]!, code: 'on_schedule' } : null;
}

/**
 * In a narrative, 已完成 followed by its object (`已完成现场排查`, `其中252户已完成改造`)
 * reports a step, not the task: only a 已完成 that ends its clause is a verdict.
 */
function reportsAStep(text: string, h: LexiconHit): boolean {
  // 现已完工并投入使用 (大陈 2021): the works finished, then what became of them; no step.
  if (FINISHING.test(h.words) || /^(?:并|且|后)?(?:已)?(?:投入使用|投用|交付使用|投产|运营)/.test(compact(text).slice(h.end))) return false;
  // 已完成“三通一平” (长子 2022): the step's name in quotes is its object too.
  return h.code === 'done' && /^[\p{Script=Han}“"‘]/u.test(compact(text).slice(h.end));
}

/** The one verdict all phrases of a text agree on, or null when they disagree or there are none. */
function unanimousVerdict(text: string): LexiconHit | null {
  return agreed(dropConcessive(text, findStatusPhrases(text)).filter((h) => !h.negated));
}

/** The first of the hits when they all say the same, else null. */
function agreed(hits: LexiconHit[]): LexiconHit | null {
  if (!hits.length || hits.some((h) => h.code !== hits[0]!.code)) return null;
  return hits[0]!;
}
