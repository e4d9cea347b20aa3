/**
 * Lists in brackets: after their count (推进缓慢的有3（A、B、C）, 3个项目进展缓慢（A、B、C）) or before it (已完成(A、B…等)29个村组,
 * 元谋 2022), judged by the words around them.
 */
import { proseVerdict } from '../../classify/lexicon.js';
import { fold, lastIndexOfAny } from '../text.js';
import { cleanItem, plausibleItem, splitNames } from './items.js';
import { ETC, countValue } from './sentences.js';
import { statusFrom, type Context, type StatusListItem } from './context.js';

/**
 * 推进缓慢的有3（A、B、C）/ 巴州区有3（A、B）推进缓慢: a list in brackets right after a count; the count may be of places or works
 * (建成并营业6处(A、B…),开工在建6处(C、D…), 泰山区 2019).
 */
export function bracketLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = closedAtCut(ctx, s.text);
  for (const m of fold(text).matchAll(/([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件|处|座|所|家|条)?\s*[（(]([^（）()]{2,200}?)[)）]/g)) {
    const at = m.index ?? 0;
    const inner = text.slice(at + m[0].length - m[2]!.length - 1, at + m[0].length - 1);
    if (!/[、；;]/.test(inner) && countValue(m[1]!) !== 1) continue;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const rest = text.slice(at + m[0].length);
    const clauseEnd = rest.search(/[，,；;。]/);
    const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    const before = text.slice(Math.max(0, at - 30), at);
    const said = statusFrom(proseVerdict(after), m[0] + after) ?? statusFrom(proseVerdict(before), before + m[0]);
    if (!said) continue;
    // (The bracket closed only where the copy stops is no part of the evidence.)
    const status = text !== s.text && at + m[0].length === text.length ? { ...said, evidence: said.evidence.replace(/[)）]$/, '') } : said;
    for (const p of bracketNames(inner)) {
      const item = cleanItem(p);
      if (item && plausibleItem(item.text)) out.push({ ...item, status, para: s.para });
    }
    covered.push([at, at + m[0].length]);
  }
  verdictThenBracket(ctx, covered, out);
}

/**
 * …3月份应开工10项，目前已开工4项(钢铁节能减排…项目、职业技能实训中心项目、城市基础设施建设 (济源 2009, a stored copy cut
 * there): the document's last sentence ending inside a bracket is read as if the bracket closed where the copy stops.
 */
function closedAtCut(ctx: Context, text: string): string {
  if (ctx.index !== ctx.sentences.length - 1) return text;
  const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
  return open >= 0 && !/[)）]/.test(text.slice(open)) ? `${text}）` : text;
}

/**
 * The names a bracket lists: cut at ； when it has one, since its items then hold 、 of their own
 * (常态化开展的有3项(A;深入推进餐饮油烟、噪声及恶臭异味扰民问题整治行动;C), 萧县 2025), else at 、.
 */
function bracketNames(inner: string): string[] {
  return /[；;]/.test(inner) ? inner.split(/[；;]/) : inner.split('、');
}

/**
 * The verdict between the count and its bracket: 2项已完成年度目标任务(全域公园建设、创建省级和美乡村) (淄川),
 * 3个项目进展缓慢（A、B、C）.
 */
function verdictThenBracket(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  const re = /(?<![0-9])([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件)([^（）()，,；;。:：]{2,24}?)[（(]([^（）()]{2,200}?)[)）]/g;
  const folded = fold(text);
  // 8项主要经济发展指标中3项完成进度(A、B、C): a count that is not the bracket's own is passed over, and the one inside
  // what it spans is tried (each retry starts one character on, so the scan stays linear in the bracket's length).
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const at = m.index;
    re.lastIndex = at + 1;
    if (covered.some(([a, b]) => at >= a && at < b)) continue;
    const middle = text.slice(at + m[0].length - m[3]!.length - m[2]!.length - 2, at + m[0].length - m[3]!.length - 2);
    const inner = text.slice(at + m[0].length - m[3]!.length - 1, at + m[0].length - 1);
    const names = bracketNames(inner);
    const n = countValue(m[1]!);
    if (n === null || names.length !== n || n < 1) continue;
    const status = statusFrom(proseVerdict(middle, { saidOfSubject: true }), m[0]);
    if (!status) continue;
    for (const p of names) {
      const item = cleanItem(p);
      if (item && plausibleItem(item.text)) out.push({ ...item, status, para: s.para });
    }
    covered.push([at, at + m[0].length]);
  }
}

/** Longest bracket read as a list before its count. */
const COUNTED_BRACKET_MAX = 2000;

/** A bracket closed and its count right after: …、丙令村等)29个村组, …(并入新华通三级)等)17个村组. */
const BRACKET_THEN_COUNT = /[)）]\s*([0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:个|项|件|处|座|所|家|条)/g;

/** Where the bracket that closes at `close` opens, brackets inside it passed over; -1 when none within reach. */
function openingBracket(text: string, close: number): number {
  let depth = 0;
  for (let i = close; i >= 0 && close - i <= COUNTED_BRACKET_MAX; i--) {
    const c = text[i]!;
    if (c === ')' || c === '）') depth++;
    else if (c === '(' || c === '（') depth--;
    if (depth === 0) return i;
  }
  return -1;
}

/**
 * 已完成(启宪新村、元永、散止…、丙令村等)29个村组路面硬化68.87公里;另外的(龙潭村、…、新华小村(并入新华通三级)等)17个村组
 * 56.33公里正在开展路面施工 (元谋 2022): a 、-list in brackets before the count it names, judged by the clause's words after
 * the count or, failing them, before the bracket. The names may hold brackets of their own; no more names than the count
 * (等 may leave some out), and at least half of it.
 */
export function countedBracketLists(ctx: Context, covered: Array<[number, number]>, out: StatusListItem[]): void {
  const s = ctx.sentences[ctx.index]!;
  const text = s.text;
  for (const m of fold(text).matchAll(BRACKET_THEN_COUNT)) {
    const close = m.index ?? 0;
    const open = openingBracket(text, close);
    if (open < 0 || covered.some(([a, b]) => open < b && close >= a)) continue;
    const inner = text.slice(open + 1, close).replace(new RegExp(`${ETC}\\s*$`), '');
    const names = splitNames(inner).map((p) => p.trim()).filter((p) => p !== '');
    const n = countValue(m[1]!);
    if (n === null || names.length < 2 || names.length > n || names.length * 2 < n) continue;
    const rest = text.slice(close + 1);
    const clauseEnd = rest.search(/[，,；;。]/);
    const after = clauseEnd < 0 ? rest : rest.slice(0, clauseEnd);
    const before = text.slice(lastIndexOfAny(text.slice(0, open), '，,；;。') + 1, open);
    const status = statusFrom(proseVerdict(after, { saidOfSubject: true }), `${text.slice(open, close + 1)}${after}`) ?? statusFrom(proseVerdict(before), `${before}${text.slice(open, close + 1)}${after}`);
    if (!status) continue;
    for (const p of names) {
      const item = cleanItem(p);
      if (item && plausibleItem(item.text)) out.push({ ...item, status, para: s.para });
    }
    covered.push([open, close + 1 + after.length]);
  }
}
