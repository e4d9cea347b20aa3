/**
 * Scores taskgen on folders of real documents with independent expectations
 * (`../shared/corpus/*`, `corpus/*`) by the rules of `../shared/corpus/score.py`,
 * in process: a task matches the unused predicted task with the same number
 * whose text starts like `textStartsWith` (difflib ratio ≥ 0.8 after NFKC and
 * dropping punctuation); a unit matches by `name` or printed `raw`; a status is
 * right when the codes are equal. Figures are micro-averaged over all cases.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFile } from '../src/pipeline.js';
import type { TaskDocument } from '../src/model/schema.js';

interface ExpectedTask {
  number?: string | null;
  textStartsWith?: string;
  text?: string;
  lead?: string[];
  co?: string[];
  leaders?: string[];
  status?: string | null;
}

type PredictedTask = TaskDocument['tasks'][number];

export interface CaseFigures {
  case: string;
  kind: string;
  gold: number;
  matched: number;
  predicted: number;
  statusOk: number;
  statusN: number;
}

export interface CorpusFigures {
  taskRecall: number | null;
  leadF1: number;
  coF1: number;
  leadersF1: number;
  statusAccuracy: number | null;
  tasks: string;
  statuses: string;
  cases: CaseFigures[];
  failed: string[];
}

const norm = (s: unknown): string => (s === null || s === undefined ? '' : String(s).normalize('NFKC').replace(/\s+/g, ''));
const bare = (s: unknown): string => norm(s).replace(/[^\p{L}\p{N}]+/gu, '');
const num = (s: unknown): string => norm(s).replace(/^[().、. ]+|[().、. ]+$/g, '');

/** difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk heuristics below 200 characters). */
export function ratio(a: string, b: string): number {
  const A = [...a];
  const B = [...b];
  const total = A.length + B.length;
  return total === 0 ? 1 : (2 * matchingChars(A, 0, A.length, B, 0, B.length)) / total;
}

function matchingChars(a: string[], alo: number, ahi: number, b: string[], blo: number, bhi: number): number {
  if (alo >= ahi || blo >= bhi) return 0;
  // The longest common block, earliest in a, then earliest in b (difflib's tie-break).
  let bestI = alo;
  let bestJ = blo;
  let bestK = 0;
  let prev = new Map<number, number>();
  for (let i = alo; i < ahi; i++) {
    const next = new Map<number, number>();
    for (let j = blo; j < bhi; j++) {
      if (a[i] !== b[j]) continue;
      const k = (prev.get(j - 1) ?? 0) + 1;
      next.set(j, k);
      if (k > bestK) {
        bestI = i - k + 1;
        bestJ = j - k + 1;
        bestK = k;
      }
    }
    prev = next;
  }
  if (bestK === 0) return 0;
  return bestK + matchingChars(a, alo, bestI, b, blo, bestJ) + matchingChars(a, bestI + bestK, ahi, b, bestJ + bestK, bhi);
}

function matchTasks(gold: ExpectedTask[], pred: PredictedTask[]): Array<[ExpectedTask, PredictedTask | null]> {
  const used = new Set<number>();
  const byNum = new Map<string, number[]>();
  pred.forEach((t, i) => {
    const k = num(t.number);
    byNum.set(k, [...(byNum.get(k) ?? []), i]);
  });
  return gold.map((g) => {
    const gtext = bare(g.textStartsWith ?? g.text ?? '');
    const candidates = byNum.get(num(g.number)) ?? pred.map((_, i) => i);
    let best: number | null = null;
    let bestScore = 0;
    for (const i of candidates.length ? candidates : pred.map((_, k) => k)) {
      if (used.has(i)) continue;
      const ptext = [...bare(pred[i]!.text)].slice(0, [...gtext].length + 4).join('');
      const score = ptext.startsWith(gtext) ? 1 : ratio(gtext, [...ptext].slice(0, [...gtext].length).join(''));
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    }
    if (best !== null && bestScore >= 0.8) {
      used.add(best);
      return [g, pred[best]!];
    }
    return [g, null];
  });
}

type Counts = [number, number, number];

function unitCounts(pairs: Array<[ExpectedTask, PredictedTask | null]>, key: 'lead' | 'co' | 'leaders'): Counts {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [g, p] of pairs) {
    const gm = (g[key] ?? []).map(norm).filter((u) => u !== '');
    const predicted: Array<{ name: string; raw: string } | string> =
      p === null ? [] : key === 'lead' ? p.leadUnits : key === 'co' ? p.coUnits : p.leaders;
    for (const u of predicted) {
      const cands = typeof u === 'string' ? [norm(u)] : [norm(u.name), norm(u.raw)];
      const hit = cands.find((c) => c !== '' && gm.includes(c));
      if (hit) {
        gm.splice(gm.indexOf(hit), 1);
        tp++;
      } else fp++;
    }
    fn += gm.length;
  }
  return [tp, fp, fn];
}

function f1([tp, fp, fn]: Counts): number {
  const p = tp + fp ? tp / (tp + fp) : fn === 0 ? 1 : 0;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? Math.round(((2 * p * r) / (p + r)) * 1e4) / 1e4 : 0;
}

function* cases(folder: string): Generator<[string, { tasks?: ExpectedTask[]; kind?: string }]> {
  const files = readdirSync(folder).sort();
  for (const f of files) {
    if (!f.endsWith('.expect.json')) continue;
    const stem = f.slice(0, -'.expect.json'.length);
    const doc = files.find((x) => x.startsWith(stem + '.') && !x.endsWith('.json'));
    if (doc) yield [join(folder, doc), JSON.parse(readFileSync(join(folder, f), 'utf8'))];
  }
}

export async function scoreCorpus(folders: string[]): Promise<CorpusFigures> {
  const tot = { gold: 0, matched: 0, pred: 0, stOk: 0, stN: 0 };
  const cnt: Record<'lead' | 'co' | 'leaders', Counts> = { lead: [0, 0, 0], co: [0, 0, 0], leaders: [0, 0, 0] };
  const rows: CaseFigures[] = [];
  const failed: string[] = [];
  for (const folder of folders) {
    for (const [doc, e] of cases(folder)) {
      let pred: TaskDocument | null = null;
      try {
        pred = await parseFile(doc);
      } catch (err) {
        failed.push(`${doc}: ${(err as Error).message}`);
      }
      const gold = e.tasks ?? [];
      const ptasks = pred?.tasks ?? [];
      const pairs = matchTasks(gold, ptasks);
      const matched = pairs.filter(([, p]) => p !== null).length;
      for (const k of ['lead', 'co', 'leaders'] as const) {
        const c = unitCounts(pairs, k);
        for (let i = 0; i < 3; i++) cnt[k][i]! += c[i]!;
      }
      const st = pairs.filter(([g]) => g.status).map(([g, p]) => [g.status, p?.status?.code ?? null] as const);
      const ok = st.filter(([a, b]) => a === b).length;
      Object.assign(tot, { gold: tot.gold + gold.length, matched: tot.matched + matched, pred: tot.pred + ptasks.length, stOk: tot.stOk + ok, stN: tot.stN + st.length });
      rows.push({ case: relative(join(folder, '..'), doc), kind: `${pred?.kind ?? 'None'}/${e.kind}`, gold: gold.length, matched, predicted: ptasks.length, statusOk: ok, statusN: st.length });
    }
  }
  const round = (x: number): number => Math.round(x * 1e4) / 1e4;
  return {
    taskRecall: tot.gold ? round(tot.matched / tot.gold) : null,
    leadF1: f1(cnt.lead),
    coF1: f1(cnt.co),
    leadersF1: f1(cnt.leaders),
    statusAccuracy: tot.stN ? round(tot.stOk / tot.stN) : null,
    tasks: `${tot.matched}/${tot.gold} (predicted ${tot.pred})`,
    statuses: `${tot.stOk}/${tot.stN}`,
    cases: rows,
    failed,
  };
}
