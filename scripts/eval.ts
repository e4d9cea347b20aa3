/**
 * `npm run eval`: per document and field, precision / recall / F1 of the parse
 * output against the hand-checked expectations (the gold files of shared/gold,
 * copied into fixtures/, and every other fixture case). Exit 1 if any figure is
 * below its threshold, so it can gate a change.
 *
 * Then the real documents: `../shared/corpus/{mixed,plans,status}` (independent
 * expectations, scored by the rules of its score.py) gated by CORPUS_FLOORS, and
 * this repository's own `corpus/*` folders reported beside them (their first-run
 * figures, before any change made for them, are in corpus/FIRST-RUN.md).
 */
import { parseFile } from '../src/pipeline.js';
import { compareWithGold, DEFAULT_THRESHOLDS } from '../tests/support/gold.js';
import { loadFixtureCases } from '../tests/support/fixtures.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { scoreCorpus, type CorpusFigures } from './corpus-score.js';

const filter = process.argv[2];
let failures = 0;
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const pct = (x: number) => (x * 100).toFixed(1).padStart(6);

for (const c of loadFixtureCases()) {
  if (filter && !c.name.includes(filter)) continue;
  let doc;
  try {
    doc = await parseFile(c.source);
  } catch (e) {
    console.log(`\n${c.name}: FAILED TO PARSE: ${(e as Error).message}`);
    failures++;
    continue;
  }
  const cmp = compareWithGold(doc, c.gold);
  console.log(`\n${c.name}  (${doc.kind}, ${doc.tasks.length} tasks, ${doc.warnings.length} warnings)`);
  for (const [k, h] of Object.entries(cmp.header)) {
    if (!h.ok) {
      failures++;
      console.log(`  header ${pad(k, 10)} expected ${JSON.stringify(h.expected)} got ${JSON.stringify(h.actual)}  FAIL`);
    }
  }
  console.log(`  ${pad('field', 14)}     P      R     F1   (tp/fp/fn)`);
  for (const [field, s] of Object.entries(cmp.fields)) {
    const min = c.thresholds[field] ?? DEFAULT_THRESHOLDS[field] ?? 1;
    const ok = s.f1 >= min;
    if (!ok) failures++;
    console.log(
      `  ${pad(field, 14)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   (${s.tp}/${s.fp}/${s.fn})${ok ? '' : `  < ${min}  FAIL`}`,
    );
    if (!ok && process.env.EVAL_VERBOSE) console.log(`      missing ${JSON.stringify(s.missing)}\n      extra   ${JSON.stringify(s.extra)}`);
  }
}
/** Floors for the shared corpus: the figures this build reaches, less a small margin, so a regression fails. */
const CORPUS_FLOORS = { taskRecall: 0.88, leadF1: 0.9, coF1: 0.9, statusAccuracy: 0.85 } as const;

function printCorpus(title: string, fig: CorpusFigures, floors: Partial<Record<keyof typeof CORPUS_FLOORS, number>>): void {
  console.log(`\n${title}`);
  for (const r of fig.cases) {
    const zero = r.gold > 0 && r.matched === 0 ? '  NO TASKS' : '';
    console.log(`  ${pad(r.case, 48)} ${pad(r.kind, 18)} tasks ${`${r.matched}/${r.gold}`.padStart(7)} (pred ${String(r.predicted).padStart(3)})  status ${r.statusOk}/${r.statusN}${zero}`);
  }
  for (const f of fig.failed) console.log(`  failed: ${f}`);
  const line: string[] = [];
  for (const k of ['taskRecall', 'leadF1', 'coF1', 'leadersF1', 'statusAccuracy'] as const) {
    const v = fig[k];
    const min = (floors as Record<string, number | undefined>)[k];
    const ok = min === undefined || (v !== null && v >= min);
    if (!ok) failures++;
    line.push(`${k} ${v ?? '-'}${ok ? '' : ` < ${min} FAIL`}`);
  }
  console.log(`  ${line.join('  ')}  tasks ${fig.tasks} statuses ${fig.statuses}`);
}

if (!filter) {
  const shared = ['mixed', 'plans', 'status'].map((f) => join('..', 'shared', 'corpus', f)).filter((f) => existsSync(f));
  if (shared.length) printCorpus('../shared/corpus (mixed, plans, status)', await scoreCorpus(shared), CORPUS_FLOORS);
  const own = existsSync('corpus') ? readdirSync('corpus', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join('corpus', d.name)) : [];
  for (const folder of own.sort()) printCorpus(folder, await scoreCorpus([folder]), {});
}

console.log(failures ? `\n${failures} figure(s) below threshold` : '\nall figures at or above threshold');
process.exitCode = failures ? 1 : 0;
