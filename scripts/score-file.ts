/**
 * Scores one parsed file against a fixture's gold, as `npm run eval` does for the fixtures themselves:
 * how a rendition of a seed (printed to PDF, scanned and OCR'd) compares with the original.
 * Usage: node --import tsx scripts/score-file.ts <source-file> <fixture-case>
 */
import { parseFile } from '../src/pipeline.js';
import { compareWithGold } from '../tests/support/gold.js';
import { loadFixtureCases } from '../tests/support/fixtures.js';

const [file, fixture] = process.argv.slice(2);
if (!file || !fixture) throw new Error('usage: score-file.ts <source-file> <fixture-case>');
const c = loadFixtureCases().find((x) => x.name === fixture);
if (!c) throw new Error(`no fixture case ${fixture}`);
const doc = await parseFile(file);
const cmp = compareWithGold(doc, c.gold);
console.log(`${file} vs ${fixture}: ${doc.kind}, ${doc.tasks.length} tasks, source ${JSON.stringify(doc.source.via ?? doc.source.format)}`);
for (const [field, s] of Object.entries(cmp.fields)) {
  console.log(`  ${field.padEnd(14)} P ${(s.precision * 100).toFixed(1)}  R ${(s.recall * 100).toFixed(1)}  F1 ${(s.f1 * 100).toFixed(1)}  (${s.tp}/${s.fp}/${s.fn})`);
}
