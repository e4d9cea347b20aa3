/**
 * Writes src/classify/lexicon-prefilter-table.ts: for each term of the lexicon, by its regex source, the characters
 * every match of it must contain (see src/classify/lexicon-prefilter.ts), so a process need not work them out.
 * Run after changing lexicon-terms.ts: `node --import tsx scripts/lexicon-prefilter-table.ts`. A term missing from
 * the table is still filtered exactly (it is worked out when the filter is built), only a little slower;
 * tests/lexicon-prefilter.test.ts fails when more than a few are missing, or when an entry is wrong.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_TERMS } from '../src/classify/lexicon-terms.js';
import { requiredCharsText } from '../src/classify/lexicon-prefilter.js';

const out = join(import.meta.dirname, '../src/classify/lexicon-prefilter-table.ts');
const entries = new Map<string, string>();
for (const term of ALL_TERMS) entries.set(term.re.source, requiredCharsText(term.re));
const lines = [...entries].map(([source, chars]) => `  ${JSON.stringify(source)}:\n    ${JSON.stringify(chars)},`);
writeFileSync(
  out,
  [
    '/**',
    ' * Made by scripts/lexicon-prefilter-table.ts from lexicon-terms.ts; do not edit. For each term\'s regex source, the',
    ' * characters every match of it must contain (\'\' when it cannot be analysed): see lexicon-prefilter.ts.',
    ' */',
    'export const REQUIRED_CHARS: Readonly<Record<string, string>> = {',
    ...lines,
    '};',
    '',
  ].join('\n'),
);
console.log(`${out}: ${entries.size} terms, ${[...entries.values()].filter((c) => c === '').length} not analysable`);
