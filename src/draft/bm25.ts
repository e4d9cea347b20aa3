/**
 * Okapi BM25 over character bigrams. Chinese task sentences have no spaces,
 * and word segmenters need dictionaries taskgen does not ship; overlapping
 * bigrams (招商, 商引, 引资) match the same phrasing across documents well
 * enough, and the whole index is a few maps: built and searched in
 * milliseconds for thousands of plans, with no dependency to install.
 */

const K1 = 1.2;
const B = 0.75;

const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fa5;

function isHan(code: number): boolean {
  return code >= HAN_FIRST && code <= HAN_LAST;
}

/** Punctuation, digits and Latin letters carry no domain: only pairs of adjacent Han characters form terms. */
export function bigrams(text: string): string[] {
  return bigramCodes(text).map((c) => String.fromCharCode(Math.floor(c / 0x10000), c % 0x10000));
}

/** The same bigrams as numbers (first char × 2^16 + second): integer map keys index 10^5 tasks several times faster. */
function bigramCodes(text: string): number[] {
  const out: number[] = [];
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) out.push(prev * 0x10000 + code);
    prev = code;
  }
  return out;
}

export interface Hit {
  doc: number;
  score: number;
}

export class Bm25Index {
  /** term → flat [doc, tf, doc, tf, …]: one array per term, not one per posting (GC was a tenth of a draft). */
  private readonly postings = new Map<number, number[]>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private scores = new Float64Array(0);
  /** K1·(1 − B + B·len/avg) per document, recomputed only after documents were added. */
  private norms = new Float64Array(0);
  private normsFor = -1;

  add(text: string): number {
    const id = this.lengths.length;
    const terms = bigramCodes(text);
    const counts = new Map<number, number>();
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

  private documentNorms(): Float64Array {
    const n = this.lengths.length;
    if (this.normsFor !== n) {
      const avg = this.totalLength / n || 1;
      this.norms = new Float64Array(n);
      for (let d = 0; d < n; d++) this.norms[d] = K1 * (1 - B + (B * this.lengths[d]!) / avg);
      this.normsFor = n;
    }
    return this.norms;
  }

  /** The `limit` best documents for the query, best first; scores are BM25 sums (unnormalised). */
  search(query: string, limit: number): Hit[] {
    const n = this.lengths.length;
    if (n === 0) return [];
    const norms = this.documentNorms();
    // A dense accumulator: an archive of thousands of plans has 10^5 tasks, and Map updates were the cost.
    if (this.scores.length < n) this.scores = new Float64Array(Math.max(n, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    for (const term of new Set(bigramCodes(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const df = list.length / 2;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const gain = idf * (K1 + 1);
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

  /** The score the query would get against itself: divides a hit's score into a 0–1 similarity. */
  selfScore(query: string): number {
    const n = Math.max(this.lengths.length, 1);
    const avg = this.totalLength / n || 1;
    const terms = bigramCodes(query);
    const counts = new Map<number, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    let s = 0;
    for (const [term, tf] of counts) {
      const df = (this.postings.get(term)?.length ?? 0) / 2;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      s += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * terms.length) / avg));
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
