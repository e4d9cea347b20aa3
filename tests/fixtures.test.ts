/**
 * The one loop over every fixture case: parse `source.*`, compare with
 * `expected.json` field by field. Thresholds default to DEFAULT_THRESHOLDS and
 * can be lowered per case only with a reason in that case's expected.json.
 */
import { describe, expect, test } from 'vitest';
import { parseFile } from '../src/pipeline.js';
import { compareWithGold, DEFAULT_THRESHOLDS } from './support/gold.js';
import { loadFixtureCases } from './support/fixtures.js';

const cases = loadFixtureCases();

describe('fixtures', () => {
  test('there are fixture cases to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    test(c.name, async () => {
      const doc = await parseFile(c.source);
      const cmp = compareWithGold(doc, c.gold);
      for (const [key, h] of Object.entries(cmp.header)) {
        expect.soft(h.actual, `${c.name}: header ${key}`).toEqual(h.expected);
      }
      for (const [field, s] of Object.entries(cmp.fields)) {
        const min = c.thresholds[field] ?? DEFAULT_THRESHOLDS[field] ?? 1;
        const detail = `${c.name}: ${field} F1 ${s.f1.toFixed(4)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)}) < ${min}\n  missing: ${JSON.stringify(s.missing)}\n  extra: ${JSON.stringify(s.extra)}`;
        expect.soft(s.f1, detail).toBeGreaterThanOrEqual(min);
      }
    });
  }
});
