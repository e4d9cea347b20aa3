/**
 * Prose is read sentence by sentence inside "groups": a status notice or a
 * news report says 一是…；二是…, （一）…（二）…, or starts a paragraph, and the
 * first sentence of a group is its heading (（一）提前完成任务指标有7项。). A list
 * later in the group takes its status from that heading when its own lead-in
 * names none.
 */
import { fold, parseChineseNumeral, splitTopLevel, toHalfWidth } from '../text.js';
import { FACILITY_NOUN } from './works.js';

export interface Sentence {
  /** The sentence as printed, including its closing 。 when it has one. */
  text: string;
  /** Index of the paragraph it came from. */
  para: number;
  /** Index of its group: sentences of one group share it. */
  group: number;
  /** True for the first sentence of its group. */
  opensGroup: boolean;
}

/** 一是 / 二是 / （一） / (二) / 一、 / 1. at the start of a sentence opens a new group. */
const GROUP_MARKER = /^(?:[一二三四五六七八九十]{1,3}是|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、,，.．]|\d{1,2}[、.．](?!\d))/;

/**
 * Sentence ends: 。！？ and their ASCII forms, outside brackets and quotations (a quoted 。 stays inside).
 * Every prose reader splits the same paragraphs again (seven readers per paragraph of a report), so the
 * pieces of recent paragraphs are kept; each caller gets its own copy to change as it likes.
 */
export function splitProseSentences(text: string): string[] {
  let pieces = recentSentences.get(text);
  if (pieces === undefined) {
    if (recentChars > RECENT_CHARS) {
      recentSentences.clear();
      recentChars = 0;
    }
    pieces = readSentences(text);
    recentSentences.set(text, pieces);
    recentChars += text.length;
  }
  return pieces.slice();
}

/** Bounds what is kept (a document's readers go over its paragraphs one reader at a time) so a batch worker does not hold the last document. */
const RECENT_CHARS = 1 << 20;
const recentSentences = new Map<string, string[]>();
let recentChars = 0;

function readSentences(text: string): string[] {
  const out: string[] = [];
  for (const piece of splitTopLevel(text, '。！？!?', true).flatMap(splitAtDamagedStops)) {
    const s = piece.trim();
    if (s === '') continue;
    // 。。 / ？！ / a run of 。 padding a line: the ends of the sentence before, not sentences of their own
    // (a 100,000-。 run was as many empty sentences, each read by every list recogniser).
    if (!ONLY_SENTENCE_ENDS.test(s)) out.push(s);
    else if (out.length > 0) out[out.length - 1] += s;
  }
  return out.flatMap(splitCountedClauses).map((s) => s.trim()).filter((s) => s !== '');
}

const ONLY_SENTENCE_ENDS = /^[。！？!?\s]+$/;

/**
 * 一是完成县分烟叶任务.二是…, 已完成县分烟叶任务1276.已完成… (润雅 2016): a page that lost its 。 prints an ASCII full stop
 * between words. A dot after a character (or after a figure that follows one) and before a character ends a sentence;
 * a decimal point has a digit after it, a list number (1.加快…) nothing but a boundary before it. Before 二是/三是 it parts
 * the items of one enumeration, which stays one sentence.
 */
const DAMAGED_STOP = /(?<=[\u4e00-\u9fa5](?:[0-9]{1,8})?)\.(?=[\u4e00-\u9fa5])(?![一二三四五六七八九十]{1,2}是)/g;

function splitAtDamagedStops(piece: string): string[] {
  return piece.split(DAMAGED_STOP).length === 1 ? [piece] : piece.replace(DAMAGED_STOP, '.\u0000').split('\u0000');
}

/**
 * 为 after a count that states a ratio, not a list: 新增行政村2733个，为任务的273.3% (湖南), 为上年同期的…;
 * 为了 and 为民 are other words.
 */
export const NOT_A_RATIO = '(?!了|民|任务的|目标|计划|年度|全年|上年|去年|同期)';

/**
 * A clause after ； that opens a list of its own with a count and an introducer ends the list before it:
 * 提前竣工4项，为A，B，C，D；未按期竣工4项，为E，F… is two lists in one sentence.
 */
const COUNTED_INTRO = new RegExp(
  `^[^，,；;。：:]{0,24}?[0-9０-９一二三四五六七八九十两]{1,3}\\s*(?:个|项|件)[^，,；;。：:]{0,8}?[，,：:]?\\s*(?:分别为|分别是|具体为|为${NOT_A_RATIO}|是)`,
);

function splitCountedClauses(sentence: string): string[] {
  const clauses = splitTopLevel(sentence, '；;', true);
  if (clauses.length < 2) return [sentence];
  const out: string[] = [clauses[0]!];
  for (const c of clauses.slice(1)) {
    if (COUNTED_INTRO.test(c.trim())) out.push(c);
    else out[out.length - 1] += c;
  }
  return out;
}

/**
 * Sentences of the paragraphs with their groups. A group marker opens a group, and
 * so does a paragraph start unless the paragraph is itself a continuation item of a
 * list (then the caller reads it as an item, not through groups).
 */
export function sentencesOf(paragraphs: string[]): Sentence[] {
  const out: Sentence[] = [];
  let group = -1;
  let underHeading = false;
  paragraphs.forEach((p, para) => {
    splitProseSentences(p).flatMap(splitParallelLists).forEach((text, k) => {
      // The paragraph after a heading line (12个项目超额完成8月份节点目标) is that heading's group.
      const opens = (k === 0 && !underHeading) || GROUP_MARKER.test(text);
      if (opens) group++;
      out.push({ text, para, group, opensGroup: opens });
    });
    underHeading = isHeadingLine(p);
  });
  return out;
}

/** Words that introduce a list in a clause of its own: 包括, 分别为/是, 主要有, 具体为. */
const CLAUSE_INTRODUCER = /包括|分别[为是有]|主要[有为是]|具体[为是]/g;

/**
 * 开工项目22个，…，包括A、B等；竣工项目10个，…，包括C、D等。 (长汀 2024): two lists side by side in one sentence, each
 * with its own lead-in, are two sentences; a list's items may hold ； only when one introducer leads them all.
 */
function splitParallelLists(sentence: string): string[] {
  if ((sentence.match(CLAUSE_INTRODUCER) ?? []).length < 2) return [sentence];
  const clauses = sentence.split(/(?<=[；;])/);
  const counts = clauses.map((c) => (c.match(CLAUSE_INTRODUCER) ?? []).length);
  return counts.every((n) => n === 1) ? clauses : [sentence];
}

/** A short line without a sentence end: a news report's cross-heading or a notice's section title. */
function isHeadingLine(p: string): boolean {
  const t = p.trim();
  return t !== '' && [...t].length <= 40 && !/[。；;，,：:]/.test(t);
}

/** A number written in Arabic or Chinese digits (7, 16, 十三, 两); null when it is neither. */
export function countValue(s: string): number | null {
  const t = toHalfWidth(s);
  if (/^\d+$/.test(t)) return Number(t);
  return parseChineseNumeral(t.replace(/^两/, '二'));
}

/** A count of items as prose states it: 7项, 16个项目, 5小项, 4件, 3个任务 (not 一批, a vague amount). */
/** The nouns that name the items a list holds or a count counts: 项目, 任务, 子项, 实事, 工程, 指标… */
export const ITEM_NOUN = '(?:子项目|子项|(?<!重)大项(?!目)|小项(?!目)|项目|任务|工作|事项|指标|工程|实事)';

/**
 * 等 that closes a list (A、B等, A、B等3项), not 等 inside a word of a name: 等容更新项目 (equal-capacity),
 * 等级, 等待, 等同, 等于, 等额, 等量, 等高, 等距, 等候, 等比, 等值, 等效.
 */
/** A date a report speaks from, opening its sentence or clause: 截至6月底, 截止目前, 到年末. */
export const DATE_LEAD = '(?:截至|截止|到)[^，,。；;]{1,10}?(?:底|末|止|为止|目前)';

export const ETC = '等(?![容级待同于额量高距候比值效])';

/**
 * A stated count: 7项, 12个项目, 3件实事; 处 only of works (2处工程, 9处停车场, 3处（A、B、C）, not 5处隐患), 座 of bridges,
 * reservoirs, pumping stations and waterworks.
 */
export const COUNT = new RegExp(`([0-9０-９]{1,4}|[一二两三四五六七八九十百]{1,4})\\s*(?:个|项|件|大项|小项|条|处(?=[\\u4e00-\\u9fa5]{0,4}(?:工程|项目)|[（(，,。；;]|$)|处(?=[\\u4e00-\\u9fa5]{0,4}(?:${FACILITY_NOUN}))|座(?=桥梁|[\\u4e00-\\u9fa5]{0,2}(?:桥|水库|泵站|水厂)))(?:具体)?(?:民生)?(?:实事)?(?:子项目|子项|项目|任务|工作|事项|指标|目标)?`, 'g');

/** The last count stated in `s` (the one nearest its end), or null. */
export function lastCount(s: string): number | null {
  let last: number | null = null;
  for (const m of fold(s).matchAll(COUNT)) last = countValue(m[1]!) ?? last;
  return last;
}
