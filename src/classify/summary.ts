/**
 * Counts a notice or table states about itself (共302项, 其中264项(87%)完成较好或序时推进,
 * 38项(占13%)…推进较慢). Keys name the status words of the clause that follows
 * each count, so any notice's wording maps to the same keys.
 */
import type { StatusCode } from '../model/schema.js';
import { findStatusPhrases, SEVERITY } from './lexicon.js';
import { fold } from '../extract/text.js';

/** summary.stated key under which a notice's own 序时 threshold (占比低于91.7%) is kept for the classifier. */
export const THRESHOLD_KEY = 'schedule_threshold';

const TOTAL_BEFORE = /(细分为|分解为|共计|合计|总计|共有|共|总数|梳理出?|涉及|包括)\s*$/;
/** 共梳理重点任务12项, 全市重点工作任务12项: the total with the counted noun printed before the number. */
const TOTAL_NOUN_BEFORE = /(?:共计|合计|总计|共有|共|梳理出?|涉及|纳入|全市|全县|全区)[^,，;；。、]{0,8}(?:任务|事项|工作|目标)$/;

/**
 * How far around a count its clause is looked for. Status clauses are a few words (完成较好或序时推进,
 * 与年度目标相比推进较慢); the window keeps a paragraph of thousands of counts without separators linear.
 */
const CLAUSE_WINDOW = 120;

/** A paragraph that states its own counts names a handful; past this many it is a list, not a summary. */
const MAX_COUNTS = 200;

/** The text after the last of `separators` in `s` (all of `s` when there is none). */
function clauseTail(s: string, separators: string): string {
  let i = s.length;
  while (i > 0 && !separators.includes(s[i - 1]!)) i--;
  return s.slice(i);
}

/**
 * `{total, good_or_on_schedule, good_or_on_schedule_percent, lagging, lagging_percent, …}`
 * from one paragraph; empty when it states no counts.
 */
export function parseStatedCounts(paragraph: string): Record<string, number | string> {
  return parseStatedClauses(paragraph).counts;
}

/** The counts and, per key, the words of the clause that named it (完成较好或序时推进). */
export function parseStatedClauses(paragraph: string): {
  counts: Record<string, number | string>;
  clauses: Record<string, string>;
} {
  const clauses: Record<string, string> = {};
  const s = fold(paragraph.replace(/[\s\u3000]+/g, ''));
  const out: Record<string, number | string> = {};
  // Starts only where a digit run starts: from inside one, \d+ would rescan the run at every digit.
  const re = /(?<!\d)(\d+)项/g;
  let seen = 0;
  for (const m of s.matchAll(re)) {
    if (++seen > MAX_COUNTS) break;
    const at = m.index ?? 0;
    const n = Number(m[1]);
    const before = s.slice(Math.max(0, at - 8), at);
    const after = s.slice(at + m[0].length);
    const pm = /^[(（]?(?:占|约占|占比)?(\d+(?:\.\d+)?[%％])[)）]?/.exec(after);
    const percent = pm ? pm[1]!.replace('％', '%') : null;
    // The words a count's clause names stop at the next list separator (完成3项、正常推进6项).
    const clause = /^[^,，;；。、]*/.exec(after.slice(pm ? pm[0].length : 0, (pm ? pm[0].length : 0) + CLAUSE_WINDOW))?.[0] ?? '';
    const wider = s.slice(Math.max(0, at - 14), at);
    if ((TOTAL_BEFORE.test(before) || TOTAL_NOUN_BEFORE.test(wider)) && !('total' in out)) {
      out.total = n;
      continue;
    }
    // 已完成3项 / 序时推进8项: the words come before the count, within the same list clause.
    // 已完成的3项: the particle between the words and the count is not part of the words.
    const lead = clauseTail(s.slice(Math.max(0, at - CLAUSE_WINDOW), at), ',，;；。、:：').replace(/的$/, '');
    // A bare 完成 naming a count (完成3项、正常推进6项) is the done class; in running text 完成 is only a verb.
    const leadCodes = /(?:^|其中)完成$/.test(lead)
      ? [{ code: 'done' as StatusCode, words: '完成', end: lead.length, negated: false }]
      : findStatusPhrases(lead).filter((h) => !h.negated && h.end === lead.length);
    const codes = leadCodes.length
      ? [leadCodes[leadCodes.length - 1]!.code]
      : [...new Set(findStatusPhrases(clause).filter((h) => !h.negated).map((h) => h.code))];
    if (!codes.length) {
      if (!('total' in out) && /任务|事项|目标|工作/.test(clause.slice(0, 10))) out.total = n;
      continue;
    }
    const key = keyOf(codes);
    if (key in out) continue;
    out[key] = n;
    clauses[key] = leadCodes.length ? leadCodes[leadCodes.length - 1]!.words : clause;
    if (percent) out[`${key}_percent`] = percent;
  }
  return { counts: out, clauses };
}

/** 完成较好或序时推进 → good_or_on_schedule; 推进较慢或…下降 → lagging. */
function keyOf(codes: StatusCode[]): string {
  return [...codes].sort((a, b) => SEVERITY[a] - SEVERITY[b]).join('_or_');
}

/** Summary keys that count problems (lagging, stalled, at_risk and their unions). */
export function isProblemKey(key: string): boolean {
  return !key.endsWith('_percent') && key.split('_or_').every((c) => c === 'lagging' || c === 'stalled' || c === 'at_risk');
}

/** The code for tasks a notice does not list, from the non-problem summary key: the least claim it makes. */
export function defaultCodeOf(stated: Record<string, number | string>): StatusCode | null {
  const keys = Object.keys(stated).filter(
    (k) => !k.endsWith('_percent') && k !== 'total' && !isProblemKey(k) && typeof stated[k] === 'number',
  );
  // 已完成3项,序时推进8项: the rest are split between classes the list does not assign per task.
  if (keys.length !== 1) return null;
  const codes = keys.flatMap((k) => k.split('_or_')) as StatusCode[];
  if (!codes.length) return null;
  // 完成较好或序时推进 cannot be told apart per task: claim only 序时推进.
  return codes.sort((a, b) => SEVERITY[b] - SEVERITY[a])[0]!;
}
