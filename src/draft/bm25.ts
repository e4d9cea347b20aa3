/**
 * Okapi BM25 over character bigrams. Chinese task sentences have no spaces,
 * and word segmenters need dictionaries taskgen does not ship; overlapping
 * bigrams (招商, 商引, 引资) match the same phrasing across documents well
 * enough, and the whole index is a few maps: built and searched in
 * milliseconds for thousands of plans, with no dependency to install.
 */

const K1 = 1.2;
const B = 0.75;

/** Punctuation, digits and Latin letters carry no domain: only Han characters form terms. */
const NON_HAN = /[^\u4e00-\u9fa5]+/g;

export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of text.replace(NON_HAN, ' ').split(' ')) {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}

export interface Hit {
  doc: number;
  score: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private scores = new Float64Array(0);

  add(text: string): number {
    const id = this.lengths.length;
    const terms = bigrams(text);
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    for (const [t, n] of counts) {
      let list = this.postings.get(t);
      if (!list) this.postings.set(t, (list = []));
      list.push([id, n]);
    }
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
    return id;
  }

  get size(): number {
    return this.lengths.length;
  }

  /** The `limit` best documents for the query, best first; scores are BM25 sums (unnormalised). */
  search(query: string, limit: number): Hit[] {
    const n = this.lengths.length;
    if (n === 0) return [];
    const avg = this.totalLength / n || 1;
    // A dense accumulator: an archive of thousands of plans has 10^5 tasks, and Map updates were the cost.
    if (this.scores.length < n) this.scores = new Float64Array(Math.max(n, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    for (const term of new Set(bigrams(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [doc, tf] of list) {
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]!) / avg);
        if (scores[doc] === 0) touched.push(doc);
        scores[doc] = scores[doc]! + (idf * tf * (K1 + 1)) / norm;
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
    const terms = bigrams(query);
    const counts = new Map<string, number>();
    for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
    let s = 0;
    for (const [term, tf] of counts) {
      const df = this.postings.get(term)?.length ?? 0;
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
