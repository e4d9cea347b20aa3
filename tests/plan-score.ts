/**
 * Scores a plan extraction against a gold file (shared/gold/FORMAT.md):
 * tasks matched by path; lead, co and leaders compared as multisets of
 * (task path, name) pairs; notes compared on the matched lead/co pairs.
 */
import type { Task } from '../src/model/schema.js';

export interface GoldUnit {
  name: string;
  note?: string | null;
}
export interface GoldTask {
  number?: string;
  path: string[];
  section?: string[];
  text?: string;
  lead?: GoldUnit[];
  co?: GoldUnit[];
  leaders?: string[];
}

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  p: number;
  r: number;
  f1: number;
}

export interface PlanScore {
  tasks: Prf;
  lead: Prf;
  co: Prf;
  leaders: Prf;
  notes: Prf;
  text: number;
  section: number;
  mismatches: string[];
}

function prf(got: string[], want: string[]): Prf {
  const bag = new Map<string, number>();
  for (const w of want) bag.set(w, (bag.get(w) ?? 0) + 1);
  let tp = 0;
  for (const g of got) {
    const n = bag.get(g) ?? 0;
    if (n > 0) {
      tp++;
      bag.set(g, n - 1);
    }
  }
  const fp = got.length - tp;
  const fn = want.length - tp;
  const p = got.length === 0 ? (want.length === 0 ? 1 : 0) : tp / got.length;
  const r = want.length === 0 ? 1 : tp / want.length;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { tp, fp, fn, p, r, f1 };
}

function diff(got: string[], want: string[]): string[] {
  const bag = new Map<string, number>();
  for (const w of want) bag.set(w, (bag.get(w) ?? 0) + 1);
  const extra: string[] = [];
  for (const g of got) {
    const n = bag.get(g) ?? 0;
    if (n > 0) bag.set(g, n - 1);
    else extra.push('+ ' + g);
  }
  const missing = [...bag.entries()].flatMap(([k, n]) => Array(n).fill('- ' + k) as string[]);
  return [...extra, ...missing];
}

export function scorePlan(tasks: Task[], gold: GoldTask[]): PlanScore {
  const key = (path: string[]) => path.join('/');
  const got = new Map(tasks.map((t) => [key(t.path), t]));
  const pairs = (list: Array<[string, string]>) => list.map(([a, b]) => `${a} :: ${b}`);
  const gl: Array<[string, string]> = [];
  const gc: Array<[string, string]> = [];
  const gld: Array<[string, string]> = [];
  const gn: Array<[string, string]> = [];
  const wl: Array<[string, string]> = [];
  const wc: Array<[string, string]> = [];
  const wld: Array<[string, string]> = [];
  const wn: Array<[string, string]> = [];
  for (const t of tasks) {
    const k = key(t.path);
    t.leadUnits.forEach((u) => gl.push([k, u.name]));
    t.coUnits.forEach((u) => gc.push([k, u.name]));
    t.leaders.forEach((l) => gld.push([k, l]));
    [...t.leadUnits, ...t.coUnits].forEach((u) => gn.push([k, `${u.name}(${u.note ?? ''})`]));
  }
  let textOk = 0;
  let sectionOk = 0;
  const mismatches: string[] = [];
  for (const g of gold) {
    const k = key(g.path);
    (g.lead ?? []).forEach((u) => wl.push([k, u.name]));
    (g.co ?? []).forEach((u) => wc.push([k, u.name]));
    (g.leaders ?? []).forEach((l) => wld.push([k, l]));
    [...(g.lead ?? []), ...(g.co ?? [])].forEach((u) => wn.push([k, `${u.name}(${u.note ?? ''})`]));
    const t = got.get(k);
    if (t && g.text !== undefined) {
      if (t.text === g.text) textOk++;
      else mismatches.push(`text ${k}: got «${t.text}» want «${g.text}»`);
    }
    if (t && g.section !== undefined) {
      if (JSON.stringify(t.section) === JSON.stringify(g.section)) sectionOk++;
      else mismatches.push(`section ${k}: got ${JSON.stringify(t.section)} want ${JSON.stringify(g.section)}`);
    }
  }
  for (const [name, g, w] of [
    ['lead', gl, wl],
    ['co', gc, wc],
    ['leaders', gld, wld],
    ['note', gn, wn],
  ] as const) {
    for (const d of diff(pairs(g), pairs(w))) mismatches.push(`${name} ${d}`);
  }
  for (const d of diff([...got.keys()], gold.map((g) => key(g.path)))) mismatches.push(`task ${d}`);
  return {
    tasks: prf([...got.keys()], gold.map((g) => key(g.path))),
    lead: prf(pairs(gl), pairs(wl)),
    co: prf(pairs(gc), pairs(wc)),
    leaders: prf(pairs(gld), pairs(wld)),
    notes: prf(pairs(gn), pairs(wn)),
    text: gold.length ? textOk / gold.length : 1,
    section: gold.length ? sectionOk / gold.length : 1,
    mismatches,
  };
}

export function formatScore(name: string, s: PlanScore): string {
  const f = (x: Prf) => `P=${x.p.toFixed(3)} R=${x.r.toFixed(3)} F1=${x.f1.toFixed(3)}`;
  return [
    `${name}: tasks ${s.tasks.tp}/${s.tasks.tp + s.tasks.fn} (${f(s.tasks)})`,
    `  lead ${f(s.lead)} | co ${f(s.co)} | leaders ${f(s.leaders)} | notes ${f(s.notes)}`,
    `  text exact ${(s.text * 100).toFixed(1)}% | section exact ${(s.section * 100).toFixed(1)}%`,
  ].join('\n');
}
