/**
 * A rendered plan must read back as the plan it came from: parse the source,
 * render it (txt for OA systems, html for the browser, docx for Word), parse the rendering,
 * and compare tasks, units (with notes) and leaders one by one.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBytes, parseFile } from '../src/pipeline.js';
import { renderPlan } from '../src/render/index.js';
import type { Task } from '../src/model/schema.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** seed-001, seed-002 (their main text renditions) and every fixtures/plan-* case. */
function planCases(): { name: string; source: string }[] {
  const names = readdirSync(FIXTURES).filter((n) => n === 'seed-001-xuzhou-plan' || n === 'seed-002-jieshou-plan' || n.startsWith('plan-'));
  return names
    .sort()
    .map((name) => {
      const file = readdirSync(join(FIXTURES, name)).find((f) => f.startsWith('source.'));
      return { name, source: file ? join(FIXTURES, name, file) : '' };
    })
    .filter((c) => c.source && existsSync(c.source));
}

function comparable(t: Task) {
  return {
    id: t.id,
    text: t.text,
    lead: t.leadUnits.map((u) => [u.name, u.note]),
    co: t.coUnits.map((u) => [u.name, u.note]),
    leaders: t.leaders,
  };
}

const cases = planCases();

describe('plan round trip: parse → render → parse', () => {
  it('covers the seed plans and the plan fixtures', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(['seed-001-xuzhou-plan', 'seed-002-jieshou-plan']));
  });

  for (const { name, source } of cases) {
    for (const format of ['txt', 'html', 'docx'] as const) {
      it(`${name} via ${format}`, async () => {
        const original = await parseFile(source);
        expect(original.kind).toBe('plan');
        expect(original.tasks.length).toBeGreaterThan(0);
        const rendered = await renderPlan(original, format);
        const bytes = typeof rendered === 'string' ? Buffer.from(rendered, 'utf8') : rendered;
        const again = await parseBytes(bytes, `${name}.rendered.${format}`);
        expect(again.kind).toBe('plan');
        expect(again.tasks.map(comparable)).toEqual(original.tasks.map(comparable));
      });
    }
  }
});
