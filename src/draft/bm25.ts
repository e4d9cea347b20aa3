/**
 * Okapi BM25 over character n-grams (bigrams and trigrams). Chinese task
 * sentences have no spaces, and word segmenters need dictionaries taskgen does
 * not ship; overlapping bigrams (招商, 商引, 引资) match the same phrasing
 * across documents, and trigrams (招商引, 商引资) reward a longer shared word
 * over two unrelated bigrams. The whole index is a few maps: built and
 * searched in milliseconds for thousands of plans, with no dependency.
 *
 * Plans phrase every task with the same verbs (加快推进…, 进一步完善…工作):
 * those carry no hint of which department owns the work and are removed
 * before n-grams are taken (see GENERIC_WORDS), so they neither match nor
 * dilute a task's length.
 */
import { fold } from '../extract/text.js';

export interface Bm25Options {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalisation (0: none, 1: full). */
  b: number;
  /** Also index trigrams. */
  trigrams: boolean;
  /** Remove GENERIC_WORDS before taking n-grams. */
  generic: boolean;
}

/**
 * Chosen on draft-eval's development set (see DEFAULT_SUGGEST): bigrams alone and the generic words kept did as
 * well as trigrams or generic-word removal there (within 0.01 of top-1 and top-3), and cost less.
 */
export const DEFAULT_BM25: Bm25Options = { k1: 1.2, b: 0.5, trigrams: false, generic: false };

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fa5;
const SHIFT = 0x10000;

function isHan(code: number): boolean {
  return code >= HAN_FIRST && code <= HAN_LAST;
}

/**
 * Verbs and fillers every plan puts in front of every task: 推进, 加快, 完善,
 * 加强, 工作, 全面, 持续… They say how hard, not what, so they tell no owner
 * apart; removing them also stops two tasks matching on 加快推进 alone.
 * Domain words that contain them survive (建设 goes, 建设用地 keeps 用地).
 */
const GENERIC_WORDS = [
  '进一步', '加快推进', '扎实推进', '深入推进', '大力推进', '稳步推进', '积极推进', '全面推进', '持续推进', '统筹推进',
  '推进', '推动', '加快', '加强', '加大', '完善', '健全', '强化', '提升', '提高', '深化', '深入', '持续', '全面',
  '积极', '大力', '扎实', '切实', '不断', '着力', '努力', '力争', '确保', '实施', '开展', '落实', '做好', '抓好',
  '工作', '建设', '全力', '坚持', '围绕', '聚焦', '打造', '构建', '优化', '促进', '保持', '实现', '争取',
  '全年', '今年', '年底', '以上', '左右', '达到', '完成', '新增', '累计', '全市', '全县', '全区', '我市', '我县',
  '进行', '主要', '相关', '有关', '各类', '体系', '机制', '水平', '能力', '发展', '高质量',
];
/** Longest first, so 加快推进 is removed whole rather than as 加快 + 推进. */
const GENERIC = new RegExp(GENERIC_WORDS.sort((a, b) => b.length - a.length).join('|'), 'g');

/** The task text with generic words replaced by a separator (n-grams never cross it). */
export function contentText(text: string): string {
  return text.replace(GENERIC, '|');
}

/** The n-gram terms of a text: bigrams as c1·2¹⁶+c2, trigrams as c1·2³²+c2·2¹⁶+c3 (all below 2⁵³, never equal). */
export function termCodes(text: string, trigrams: boolean, generic = true): number[] {
  const out: number[] = [];
  // 建設 and 建设 are one word: a plan in traditional characters teaches (and is taught) like any other.
  const simplified = fold(text);
  const content = generic ? contentText(simplified) : simplified;
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < content.length; i++) {
    const code = content.charCodeAt(i);
    if (!isHan(code)) {
      p1 = p2 = -1;
      continue;
    }
    if (p1 >= 0) out.push(p1 * SHIFT + code);
    if (trigrams && p2 >= 0) out.push((p2 * SHIFT + p1) * SHIFT + code);
    p2 = p1;
    p1 = code;
  }
  return out;
}

/** Punctuation, digits and Latin letters carry no domain: only pairs of adjacent Han characters form terms. */
export function bigrams(text: string): string[] {
  return termCodes(text, false, false).map((c) => String.fromCharCode(Math.floor(c / SHIFT), c % SHIFT));
}

export interface Hit {
  doc: number;
  score: number;
}

/** A query: term → weight (1 for the task's own words, less for its section heading's). */
export type Query = Map<number, number>;

export class Bm25Index {
  /** term → flat [doc, tf, doc, tf, …]: one array per term, not one per posting (GC was a tenth of a draft). */
  private readonly postings = new Map<number, number[]>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private scores = new Float64Array(0);
  /** K1·(1 − B + B·len/avg) per document, recomputed only after documents were added. */
  private norms = new Float64Array(0);
  private normsFor = -1;
  private readonly counts = new Map<number, number>();

  constructor(readonly opts: Bm25Options = DEFAULT_BM25) {}

  add(text: string): number {
    const id = this.lengths.length;
    const terms = termCodes(text, this.opts.trigrams, this.opts.generic);
    // One scratch map for every document: a new one per task was most of the garbage of indexing 10^5 tasks.
    const counts = this.counts;
    counts.clear();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, n] of counts) {
      const list = this.postings.get(t);
      if (list) list.push(id, n);
      else this.postings.set(t, [id, n]);
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return id;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** Adds a text's terms to a query at `weight` (a term given twice keeps its larger weight). */
  addToQuery(query: Query, text: string, weight: number): Query {
    for (const t of termCodes(text, this.opts.trigrams, this.opts.generic)) query.set(t, Math.max(query.get(t) ?? 0, weight));
    return query;
  }

  private idf(term: number): number {
    const n = this.lengths.length;
    const df = (this.postings.get(term)?.length ?? 0) / 2;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  private documentNorms(): Float64Array {
    const n = this.lengths.length;
    if (this.normsFor !== n) {
      const avg = this.totalLength / n || 1;
      const { k1, b } = this.opts;
      this.norms = new Float64Array(n);
      for (let d = 0; d < n; d++) this.norms[d] = k1 * (1 - b + (b * this.lengths[d]!) / avg);
      this.normsFor = n;
    }
    return this.norms;
  }

  /** The `limit` best documents for the query, best first; scores are weighted BM25 sums (unnormalised). */
  search(query: Query, limit: number): Hit[] {
    const n = this.lengths.length;
    if (n === 0) return [];
    const norms = this.documentNorms();
    // A dense accumulator: an archive of thousands of plans has 10^5 tasks, and Map updates were the cost.
    if (this.scores.length < n) this.scores = new Float64Array(Math.max(n, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    for (const [term, weight] of query) {
      const list = this.postings.get(term);
      if (!list) continue;
      const df = list.length / 2;
      const gain = weight * Math.log(1 + (n - df + 0.5) / (df + 0.5)) * (this.opts.k1 + 1);
      for (let i = 0; i < list.length; i += 2) {
        const doc = list[i]!;
        const tf = list[i + 1]!;
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + (gain * tf) / (tf + norms[doc]!);
      }
    }
    const best = topHits(touched, scores, limit);
    for (const doc of touched) scores[doc] = 0;
    return best;
  }

  /**
   * The score the task's own words would get against a document made of
   * them alone: divides a hit's score into a 0–1 similarity. Heading terms
   * (weight < 1) are left out, so a heading match adds to the ranking but
   * a task never looks more similar than its own wording allows.
   */
  selfScore(query: Query): number {
    const n = Math.max(this.lengths.length, 1);
    const avg = this.totalLength / n || 1;
    const { k1, b } = this.opts;
    let length = 0;
    for (const w of query.values()) if (w >= 1) length++;
    let s = 0;
    for (const [term, weight] of query) {
      if (weight < 1) continue;
      s += (this.idf(term) * (k1 + 1)) / (1 + k1 * (1 - b + (b * length) / avg));
    }
    return s;
  }
}

/** The `limit` highest of the touched documents, kept in a small sorted list (limit is ~20, touched up to 10^5). */
function topHits(touched: number[], scores: Float64Array, limit: number): Hit[] {
  const best: Hit[] = [];
  for (const doc of touched) {
    const score = scores[doc]!;
    if (best.length === limit && score <= best[limit - 1]!.score) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1]!.score < score || (best[i - 1]!.score === score && best[i - 1]!.doc > doc))) i--;
    best.splice(i, 0, { doc, score });
    if (best.length > limit) best.pop();
  }
  return best;
}
