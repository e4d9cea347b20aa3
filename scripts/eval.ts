/**
 * `npm run eval`: per document and field, precision / recall / F1 of the parse
 * output against the hand-checked expectations (the gold files of shared/gold,
 * copied into fixtures/, and every other fixture case). Exit 1 if any figure is
 * below its threshold, so it can gate a change.
 */
import { parseFile } from '../src/pipeline.js';
import { compareWithGold, DEFAULT_THRESHOLDS } from '../tests/support/gold.js';
import { loadFixtureCases } from '../tests/support/fixtures.js';

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
console.log(failures ? `\n${failures} figure(s) below threshold` : '\nall figures at or above threshold');
process.exitCode = failures ? 1 : 0;
