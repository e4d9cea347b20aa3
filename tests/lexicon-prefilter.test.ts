/**
 * The lexicon prefilter (src/classify/lexicon-prefilter.ts) only skips terms that cannot match: the phrases found with
 * it are those found running every term, over every sentence and clause of the fixtures and both corpora (not timed).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readFile } from '../src/readers/index.js';
import { scanStatusPhrases } from '../src/classify/lexicon.js';
import { ALL_TERMS } from '../src/classify/lexicon-terms.js';
import { Prefilter, requiredChars, requiredCharsText } from '../src/classify/lexicon-prefilter.js';
import { REQUIRED_CHARS } from '../src/classify/lexicon-prefilter-table.js';

const chars = (re: RegExp) => {
  const set = requiredChars(re);
  return set === null ? null : [...set].map((c) => String.fromCharCode(c)).sort().join('');
};

describe('requiredChars', () => {
  it('a sequence takes its smallest mandatory element, an alternation the union of its alternatives', () => {
    expect(chars(/已完成/g)).toBe('已');
    expect(chars(/(?:已|已经)?建成(?:了)?主体/g)).toBe('建');
    expect(chars(/进展(?:较|偏)?慢|推进缓慢/g)).toBe('推进');
    expect(chars(/(?:进度|进展)不足|[滞延]后/g)).toBe('不后');
  });

  it('skips what a match need not hold: optional parts, lookarounds, anchors, zero repetitions', () => {
    expect(chars(/(?<=项目|工程)暂缓(?=$|[。，])/g)).toBe('暂');
    expect(chars(/(?:^|(?<=[项个]))(?:均|都)?完工(?!后)/g)).toBe('完');
    expect(chars(/[0-9]{0,3}万?元{1,2}/g)).toBe('元');
    expect(chars(/\d+[%％]/g)).toBe('%％');
  });

  it('reads escapes and short ranges, and gives up on what it cannot list', () => {
    expect(chars(/\u5b8c\-成/g)).toBe('完');
    expect(chars(/[—–\-~至到]/g)).toBe('-~–—到至');
    expect(chars(/[a-c]x?/g)).toBe('abc');
    expect(chars(/[\u4e00-\u9fa5]{1,4}完/g)).toBe('完');
    expect(chars(/[\u4e00-\u9fa5]{1,4}/g)).toBeNull();
    expect(chars(/[^，。]+/g)).toBeNull();
    expect(chars(/完?.+/g)).toBeNull();
    expect(chars(/完|\s/g)).toBeNull();
    expect(chars(/完|(?:成)?/g)).toBeNull();
    expect(chars(/(完)\1/g)).toBeNull();
    expect(chars(/完成/gi)).toBeNull();
    expect(chars(/完成/gu)).toBeNull();
  });

  it('reads every term of the lexicon', () => {
    const prefilter = new Prefilter(ALL_TERMS.map((t) => t.re));
    expect(prefilter.walked).toBe(ALL_TERMS.length);
    expect(prefilter.unfiltered).toBe(0);
  });

  it('the table made by scripts/lexicon-prefilter-table.ts says what the walk finds, for each term it lists', () => {
    const listed = ALL_TERMS.filter((t) => Object.hasOwn(REQUIRED_CHARS, t.re.source));
    for (const t of listed) expect(REQUIRED_CHARS[t.re.source], t.re.source).toBe(requiredCharsText(t.re));
    expect(new Prefilter([/已完成/g], { 已完成: '完' }).candidates('已经')[0]).toBe(0);
  });

  it('the table lists all but a few terms (a missing one is walked at run time: exact, a little slower)', () => {
    const missing = ALL_TERMS.filter((t) => !Object.hasOwn(REQUIRED_CHARS, t.re.source)).map((t) => t.re.source);
    // More than this: run `node --import tsx scripts/lexicon-prefilter-table.ts` after changing lexicon-terms.ts.
    expect(missing.length, missing.join('\n')).toBeLessThanOrEqual(10);
    expect(new Prefilter(ALL_TERMS.map((t) => t.re), REQUIRED_CHARS).walked).toBe(missing.length);
  });

  it('marks the patterns holding a character of the text, and those it cannot analyse always', () => {
    const prefilter = new Prefilter([/已完成/g, /推进|进展/g, /[^，]+/g]);
    expect([...prefilter.candidates('正在推进')]).toEqual([0, 1, 1]);
    expect([...prefilter.candidates('已完成')]).toEqual([1, 0, 1]);
    expect([...prefilter.candidates('')]).toEqual([0, 0, 1]);
  });
});

const root = join(import.meta.dirname, '..');

function documents(dir: string, exts: RegExp, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) documents(path, exts, out);
    else if (exts.test(name)) out.push(path);
  }
  return out;
}

/** Each block's text, its sentences and its clauses: the shapes the readers ask the lexicon about. */
function pieces(texts: string[]): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    out.add(text);
    for (const sentence of text.split(/(?<=[。！？；;!?])/)) {
      out.add(sentence);
      for (const clause of sentence.split(/(?<=[，,、：:])/)) out.add(clause);
    }
  }
  return [...out].filter((p) => p.trim());
}

describe('scanStatusPhrases with the prefilter', () => {
  const files = [
    ...documents(join(root, 'fixtures'), /\.(?:txt|html|md|tsv|csv)$/),
    ...documents(join(root, 'corpus'), /\.txt$/),
    ...documents(join(root, '../shared/corpus'), /\.(?:txt|html)$/),
  ];

  it('finds the documents to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it('finds the same phrases as running every term, in every sentence and clause of the fixtures and corpora', async () => {
    let checked = 0;
    let withHits = 0;
    for (const file of files) {
      const read = await readFile(file).catch(() => null);
      if (!read) continue;
      const texts = read.blocks.flatMap((b) => (b.kind === 'para' ? [b.text] : b.rows.flat()));
      for (const piece of pieces(texts)) {
        const filtered = scanStatusPhrases(piece);
        const all = scanStatusPhrases(piece, false);
        if (JSON.stringify(filtered) !== JSON.stringify(all)) expect({ file, piece, filtered }).toEqual({ file, piece, filtered: all });
        checked++;
        if (all.length) withHits++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(withHits).toBeGreaterThan(1_000);
  }, 600_000);
});
