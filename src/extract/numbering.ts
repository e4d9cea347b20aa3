/**
 * Heading and task numbers as Chinese official documents print them.
 *
 * The nesting level of a number is decided by its marker type (一、 above
 * (一) above 1. above (1) above ①), never by indentation, because scrapes
 * destroy indentation but keep the markers. This follows the GB/T 9704 order
 * of levels, which municipal plans use even when they skip a level.
 */
import type { ExtractContext } from './types.js';
import {
  CHINESE_NUMERAL_CHARS,
  ENCLOSED_DIGITS,
  parseArabic,
  parseChineseNumeral,
  parseEnclosedDigit,
  trimLine,
} from './text.js';

/** 'none' is an unnumbered paragraph that carries its own assignment (a task printed without a number). */
export type MarkerKind = 'cn' | 'cnParen' | 'arabic' | 'decimal' | 'arabicParen' | 'arabicHalf' | 'circled' | 'none';

/** Level of each marker kind; a smaller rank is an outer level. */
export const MARKER_RANK: Record<MarkerKind, number> = {
  cn: 1,
  cnParen: 2,
  arabic: 3,
  // "1.1" under "1."; a deeper "1.1.1" gets a finer rank in parseMarker.
  decimal: 3.2,
  arabicParen: 4,
  // "1）" is used by some offices in place of "（1）", by others below it; ranking it just under (1) serves both.
  arabicHalf: 4.5,
  circled: 5,
  // Below every numbered level: the next numbered line of any level closes it.
  none: 9,
};

export interface Marker {
  kind: MarkerKind;
  rank: number;
  /** The number as an integer, for sequence checks. */
  value: number;
  /** The number as printed without brackets or punctuation: '十二', '3'. */
  number: string;
  /** The path label: brackets normalised to ASCII, e.g. '(一)', '3', '(2)', '①'. */
  label: string;
  /** The printed marker including its punctuation, e.g. '（一）' or '1．'. */
  printed: string;
  /**
   * True for `1,` / `1，`: a comma after a digit is numbering only when the
   * sequence around it confirms it, so the caller decides.
   */
  weak: boolean;
}

export interface NumberedLine {
  marker: Marker;
  /** The text after the marker, trimmed. */
  rest: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]{1,4}`;
const RE_CN = new RegExp(`^(${CN})\\s*[、．.﹒﹑]\\s*`);
const RE_CN_PAREN = new RegExp(`^[(（]\\s*(${CN})\\s*[)）]\\s*[、．.﹒﹑]?\\s*`);
/** 实事一：, 任务二： — a notice that names what it numbers (毕节); ranked as （一）, under the report's 二、. */
const RE_CN_NAMED = new RegExp(`^(?:实事|任务|事项|目标)(${CN})\\s*[:：]\\s*`);
/** 第一项：校舍维修…工程。 (暨阳 2023), 第二件: — an item counted in words; ranked as （一）. A colon or 、 must follow (第一条 with a space opens an article of a regulation). */
const RE_CN_COUNTED = new RegExp(`^第(${CN})(?:项|件|条)\\s*[:：、]\\s*`);
// `1.5万亩` is a decimal, not a number: a dot marker must not be followed by a digit. Up to four
// digits: long tables and progress lists run past 999 tasks (1000、…); a year is never a marker here
// because `2024年` has no separator and `2023、2024年` has a digit after it.
// A date right after a dot (5.10月底之前完成…, 西平 2020) is the item's text, not a decimal; after 、 a number is the
// next of a run (7、8月).
const RE_ARABIC = /^([0-9０-９]{1,4})\s*(?:[.．﹒](?!(?![0-9０-９]{1,2}[月日]|[0-9０-９]{4}年)[0-9０-９])|[、﹑](?![0-9０-９])|[,，](?![0-9０-９]))\s*/;
/**
 * 6、98年元旦升旗活动相关事宜 (马祖 2008), 3、2020年底前完成…: a year right after 、 is the item's text, not the next number of a
 * run (7、8月 is one). A two-digit year only after a one-digit number (97、98年 may be a run of years).
 */
const RE_ARABIC_BEFORE_YEAR = /^([0-9０-９]{1,3})\s*[、﹑]\s*(?=[0-9０-９]{4}年)|^([0-9０-９])\s*[、﹑]\s*(?=[0-9０-９]{2}年)/;
const RE_ARABIC_PAREN = /^[(（]\s*([0-9０-９]{1,3})\s*[)）]\s*[、．.﹒﹑]?\s*/;
// "1.1加快…", "2.3.1 推进…": hierarchical numbers. A quantity ("1.5万户", "2.5%") is not one.
const RE_DECIMAL = /^((?:[0-9０-９]{1,2}[.．]){1,3}[0-9０-９]{1,2})[.．、]?(?=[\s\u3000]|[^\s0-9０-９.．%％万亿千百个倍米亩元吨家人户项次座所条台辆套张年月日时分秒公千克里周天期批层间只件名位])\s*/;
const RE_ARABIC_HALF = /^([0-9０-９]{1,3})\s*[)）](?![0-9０-９])\s*/;
/**
 * A number glued to its item where the page lost the dot (1赵家沟苦水河大桥建设项目, 利通): weak, taken only where the
 * sequence confirms it, and never before a counter or a unit (3个项目, 5月底, 1号线, 2家企业).
 */
const RE_ARABIC_GLUED = /^([0-9０-９]{1,2})(?=[\u4e00-\u9fa5])(?![年月日时个项件万亿千百元号家人名位条座所户次批类届期只张套台辆吨亩米倍大至到成]|公里|平方)/;
/** A plan's task cited by its number and quoted: 30项“加快矿山企业国有化改革进程…”(牵头部门:…) (淄川 督查通报). */
const RE_ARABIC_CITED = /^第?([0-9０-９]{1,3})\s*(?:项|条|件)(?=\s*[“"])/;
const RE_ENCLOSED = new RegExp(`^([${ENCLOSED_DIGITS}])\\s*[、．.]?\\s*`);

/** Recognises the number at the start of a line; null when the line is not numbered. */
export function parseMarker(line: string): NumberedLine | null {
  const s = trimLine(line);
  let m: RegExpExecArray | null;
  if ((m = RE_CN.exec(s))) {
    const value = parseChineseNumeral(m[1]!);
    if (value === null || value === 0) return null;
    return build('cn', value, m[1]!, m[1]!, m[0], false, s);
  }
  if ((m = RE_CN_PAREN.exec(s))) {
    const value = parseChineseNumeral(m[1]!);
    if (value === null || value === 0) return null;
    return build('cnParen', value, m[1]!, `(${m[1]!})`, m[0], false, s);
  }
  if ((m = RE_CN_NAMED.exec(s)) || (m = RE_CN_COUNTED.exec(s))) {
    const value = parseChineseNumeral(m[1]!);
    if (value === null || value === 0) return null;
    return build('cnParen', value, m[1]!, `(${m[1]!})`, m[0], false, s);
  }
  if ((m = RE_ARABIC_PAREN.exec(s))) {
    const value = parseArabic(m[1]!)!;
    const n = String(value);
    return build('arabicParen', value, n, `(${n})`, m[0], false, s);
  }
  if ((m = RE_ENCLOSED.exec(s))) {
    const ch = m[1]!;
    const value = parseEnclosedDigit(ch)!;
    const kind: MarkerKind = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'.includes(ch) ? 'circled' : 'arabicParen';
    return build(kind, value, String(value), kind === 'circled' ? ch : `(${value})`, m[0], false, s);
  }
  if ((m = RE_DECIMAL.exec(s))) {
    const parts = m[1]!.split(/[.．]/).map((p) => parseArabic(p) ?? 0);
    // "2.0版", "4.0时代": a version, not a number of an item.
    if (parts.some((p) => p === 0)) return null;
    const label = parts.join('.');
    const r = build('decimal', parts[parts.length - 1]!, label, label, m[0], false, s);
    r.marker.rank = MARKER_RANK.decimal + 0.2 * (parts.length - 2);
    return r;
  }
  if ((m = RE_ARABIC.exec(s))) {
    const value = parseArabic(m[1]!)!;
    if (value === 0) return null;
    const weak = /[,，]/.test(m[0]);
    return build('arabic', value, String(value), String(value), m[0], weak, s);
  }
  if ((m = RE_ARABIC_BEFORE_YEAR.exec(s))) {
    const value = parseArabic(m[1] ?? m[2]!)!;
    if (value === 0) return null;
    return build('arabic', value, String(value), String(value), m[0], false, s);
  }
  if ((m = RE_ARABIC_CITED.exec(s))) {
    const value = parseArabic(m[1]!)!;
    if (value === 0) return null;
    const cited = build('arabic', value, String(value), String(value), m[0], false, s);
    // The quotation marks only delimit the cited text: its text is what they hold.
    cited.rest = cited.rest.replace(/^[“"]/, '');
    return cited;
  }
  if ((m = RE_ARABIC_GLUED.exec(s))) {
    const value = parseArabic(m[1]!)!;
    if (value === 0) return null;
    return build('arabic', value, String(value), String(value), m[0], true, s);
  }
  if ((m = RE_ARABIC_HALF.exec(s))) {
    const value = parseArabic(m[1]!)!;
    if (value === 0) return null;
    return build('arabicHalf', value, String(value), `${value})`, m[0], false, s);
  }
  return null;
}

function build(kind: MarkerKind, value: number, number: string, label: string, printed: string, weak: boolean, s: string): NumberedLine {
  let rest = s.slice(printed.length);
  // A scrape sometimes prints the number twice ("1.1.地区生产总值…"); drop the echo.
  const echo = parseMarkerNoEcho(rest);
  if (echo && echo.kind === kind && echo.value === value && echo.printed.length < rest.length) {
    rest = rest.slice(echo.printed.length);
  }
  return {
    marker: { kind, rank: MARKER_RANK[kind], value, number, label, printed: printed.trim(), weak },
    rest: trimLine(rest),
  };
}

function parseMarkerNoEcho(s: string): { kind: MarkerKind; value: number; printed: string } | null {
  let m: RegExpExecArray | null;
  if ((m = RE_CN.exec(s))) return { kind: 'cn', value: parseChineseNumeral(m[1]!) ?? -1, printed: m[0] };
  if ((m = RE_CN_PAREN.exec(s))) return { kind: 'cnParen', value: parseChineseNumeral(m[1]!) ?? -1, printed: m[0] };
  if ((m = RE_ARABIC_PAREN.exec(s))) return { kind: 'arabicParen', value: parseArabic(m[1]!) ?? -1, printed: m[0] };
  if ((m = RE_ARABIC.exec(s))) return { kind: 'arabic', value: parseArabic(m[1]!) ?? -1, printed: m[0] };
  return null;
}

export interface SequenceProblem {
  code: 'numbering-gap' | 'numbering-duplicate' | 'numbering-backward';
  /** The value expected at this position. */
  expected: number;
  /** The value printed. */
  found: number;
  /** Position in the input array. */
  index: number;
}

/**
 * Checks that sibling numbers run 1, 2, 3 … A gap (1, 2, 4), a repeat
 * (4, 4) or a step back (5, 4) is reported once at the item where it shows;
 * the sequence then continues from the printed value, so one misprint is one
 * problem, not a cascade. `before` is the value expected before the first
 * (0: the list must start at 1).
 */
export function checkSequence(values: number[], before = 0): SequenceProblem[] {
  const problems: SequenceProblem[] = [];
  let prev = before;
  const seen = new Set<number>();
  values.forEach((found, index) => {
    const expected = prev + 1;
    if (found !== expected) {
      const code = seen.has(found) ? 'numbering-duplicate' : found > expected ? 'numbering-gap' : 'numbering-backward';
      // For a gap, name the number that never appeared (六 in 五 四 七), not merely the successor of a misprint.
      let missing = expected;
      if (code === 'numbering-gap') {
        for (let v = before + 1; v < found; v++) {
          if (!seen.has(v)) {
            missing = v;
            break;
          }
        }
      }
      problems.push({ code, expected: missing, found, index });
    }
    seen.add(found);
    prev = found;
  });
  return problems;
}

/** Writes an integer 1–999 as a Chinese numeral the way headings print it (十二, 二十三). */
export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (!Number.isInteger(n) || n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let out = '';
  if (h > 0) out += digits[h]! + '百';
  if (t > 0) out += (t === 1 && h === 0 ? '' : digits[t]!) + '十';
  else if (h > 0 && u > 0) out += '零';
  if (u > 0) out += digits[u]!;
  return out;
}

/** An item of an outline: its marker and place in the tree (outline.ts builds them). */
export interface OutlineNode {
  marker: Marker;
  parent: OutlineNode | null;
  children: OutlineNode[];
}

/** The marker of an unnumbered task paragraph, k-th under its parent: path label ¶k, number ''. */
export function paragraphMarker(k: number): Marker {
  return { kind: 'none', rank: MARKER_RANK.none, value: k, number: '', label: `¶${k}`, printed: '', weak: false };
}

// ---------------------------------------------------------------------------
// Checks

/**
 * Sibling numbers should run 1, 2, 3 … Arabic task numbers in many plans run
 * on through the whole document instead of restarting under each heading, so
 * both readings are tried and the one with fewer problems is reported.
 */
export function warnNumbering(root: OutlineNode[], ctx: ExtractContext): void {
  const byKind = new Map<MarkerKind, OutlineNode[]>();
  const collect = (items: OutlineNode[]) => {
    for (const it of items) {
      // Unnumbered paragraphs have no sequence to check.
      if (it.marker.kind === 'none') {
        collect(it.children);
        continue;
      }
      const list = byKind.get(it.marker.kind) ?? [];
      list.push(it);
      byKind.set(it.marker.kind, list);
      collect(it.children);
    }
  };
  collect(root);
  for (const [, items] of byKind) {
    const perParent = new Map<OutlineNode | null, OutlineNode[]>();
    for (const it of items) {
      const list = perParent.get(it.parent) ?? [];
      list.push(it);
      perParent.set(it.parent, list);
    }
    // Top-level numbering may begin past 一 when the plan's first parts (总体要求) carry no tasks; count from the first printed.
    const restarting = [...perParent.entries()].map(([parent, sibs]) => ({
      sibs,
      problems: checkSequence(sibs.map((s) => s.marker.value), parent === null ? sibs[0]!.marker.value - 1 : 0),
    }));
    const restartCount = restarting.reduce((n, r) => n + r.problems.length, 0);
    const running = checkSequence(items.map((s) => s.marker.value));
    const chosen = running.length < restartCount ? [{ sibs: items, problems: running }] : restarting;
    for (const { sibs, problems } of chosen) {
      for (const p of problems) {
        const it = sibs[p.index]!;
        const where = pathOf(it).join('.');
        const code = p.code === 'numbering-duplicate' ? 'numbering-duplicate' : 'numbering-gap';
        const message =
          p.code === 'numbering-duplicate'
            ? `numbering: ${it.marker.label} is printed again where ${labelLike(it.marker, p.expected)} was expected (at ${where})`
            : `numbering: ${labelLike(it.marker, p.expected)} is missing before ${it.marker.label} (at ${where})`;
        ctx.warn(code, message, where);
      }
    }
  }
}

function pathOf(item: OutlineNode): string[] {
  const out: string[] = [];
  for (let p: OutlineNode | null = item; p; p = p.parent) out.unshift(p.marker.label);
  return out;
}

/** A number written the way the marker kind prints it: 五, (五), 5, (5), 5), ⑤. */
function labelLike(marker: Marker, value: number): string {
  switch (marker.kind) {
    case 'cn':
      return toChineseNumeral(value);
    case 'cnParen':
      return `(${toChineseNumeral(value)})`;
    case 'arabicParen':
      return `(${value})`;
    case 'arabicHalf':
      return `${value})`;
    case 'decimal':
      return `${marker.label.replace(/\d+$/, '')}${value}`;
    case 'circled':
      return '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'[value - 1] ?? String(value);
    default:
      return String(value);
  }
}

