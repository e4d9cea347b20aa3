import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Gold } from './gold.js';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');

export interface FixtureCase {
  name: string;
  source: string;
  gold: Gold;
  thresholds: Record<string, number>;
}

/** Every `fixtures/<case>/` holding a `source.*` beside an `expected.json` (a `$ref` reuses another case's). */
export function loadFixtureCases(dir: string = FIXTURES_DIR): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const name of readdirSync(dir).sort()) {
    const caseDir = join(dir, name);
    if (!statSync(caseDir).isDirectory()) continue;
    const expectedPath = join(caseDir, 'expected.json');
    const source = readdirSync(caseDir).find((f) => f.startsWith('source.'));
    if (!source || !existsSync(expectedPath)) continue;
    const { gold, thresholds } = resolveExpected(dir, expectedPath, new Set());
    cases.push({ name, source: join(caseDir, source), gold, thresholds });
  }
  return cases;
}

function resolveExpected(dir: string, path: string, seen: Set<string>): { gold: Gold; thresholds: Record<string, number> } {
  if (seen.has(path)) throw new Error(`$ref cycle at ${path}`);
  seen.add(path);
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Gold & { $ref?: string };
  const own = raw.thresholds ?? {};
  if (raw.$ref) {
    const target = resolveExpected(dir, join(dir, raw.$ref, 'expected.json'), seen);
    return { gold: target.gold, thresholds: { ...target.thresholds, ...own } };
  }
  return { gold: raw, thresholds: own };
}
