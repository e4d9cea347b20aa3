/**
 * Property tests (fast-check, fixed seed, bounded runs) over the small grammars every document goes
 * through: unit lists, numbering markers and status wording. Inputs mix realistic names and words
 * with the padding hostile pages carry (long runs of spaces, NBSP, U+3000, zero-width spaces, 、, 。,
 * brackets, digits). Each call must return (the test timeout bounds it), never throw, and keep what
 * was printed: output text is always a slice of the input, and well-formed lists come back intact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUnitList, splitLeaders } from '../src/extract/units.js';
import { parseMarker } from '../src/extract/numbering.js';
import { compact, findStatusPhrases, classifyStatusText } from '../src/classify/lexicon.js';
import { stripSpaces, trimEndOf, trimSpace } from '../src/util/space.js';

const SEED = 14;
const RUNS = 200;
const settings = { seed: SEED, numRuns: RUNS };

const NAMES = ['市发展改革委', '市财政局', '市住房城乡建设局', '市教育局', '市卫生健康委', '市生态环境局', '市交通运输局', '市商务局', '市统计局', '市自然资源和规划局'];
const SEPARATORS = ['、', '，', ',', '；'];
const PADDING = [' ', '\t', '\u00a0', '\u3000', '\u200b', '\u2002', '、', '。', '（', '）', '(', '【', '1', '１', '一', '：', '★', '等'];

/** A padding run: one hostile character repeated up to 5 000 times (long enough to expose quadratic work). */
const paddingRun = fc.tuple(fc.constantFrom(...PADDING), fc.integer({ min: 1, max: 5_000 })).map(([c, n]) => c.repeat(n));
const word = fc.constantFrom(...NAMES, '推进较慢', '序时推进', '已完成', '未开展', '无实质性进展', '牵头', '配合', '（一）', '1.', '①', '(2)');
/** Text made of names, status words and padding runs in any order. */
const hostileText = fc.array(fc.oneof(word, paddingRun, fc.string({ maxLength: 20 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('unit-list grammar', () => {
  it('returns names whose printed form is a slice of the input, without throwing', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const flat = stripSpaces(text);
        for (const unit of parseUnitList(text, { city: '某' })) {
          expect(unit.name.length).toBeGreaterThan(0);
          expect(flat).toContain(stripSpaces(unit.raw));
        }
      }),
      settings,
    );
  });

  it('gives back a well-formed list of full names as printed, whatever whitespace surrounds them', () => {
    const list = fc.tuple(
      fc.uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: NAMES.length }),
      fc.constantFrom(...SEPARATORS),
      fc.constantFrom('', ' ', '\u3000', '\u00a0'.repeat(3000), ' '.repeat(5000)),
    );
    fc.assert(
      fc.property(list, ([names, sep, pad]) => {
        const units = parseUnitList(pad + names.join(sep + pad) + pad + '。', { city: '某' });
        expect(units.map((u) => u.name)).toEqual(names);
      }),
      settings,
    );
  });

  it('splits leaders into printed names', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const flat = stripSpaces(text);
        for (const leader of splitLeaders(text)) expect(flat).toContain(leader);
      }),
      settings,
    );
  });
});

describe('numbering grammar', () => {
  it('recognises a marker only at the start and keeps the rest of the line as printed', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const parsed = parseMarker(text);
        if (parsed === null) return;
        const line = trimSpace(text);
        expect(line.startsWith(parsed.marker.printed)).toBe(true);
        expect(line.endsWith(parsed.rest)).toBe(true);
        expect(parsed.marker.value).toBeGreaterThan(0);
      }),
      settings,
    );
  });

  it('reads every Arabic and Chinese marker of 1–99 whatever padding follows it', () => {
    const chinese = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), paddingRun, (n, pad) => {
        expect(parseMarker(`${n}.加快${pad}推进`)?.marker.value).toBe(n);
        expect(parseMarker(`${chinese[n - 1]}、重点任务${pad}`)?.marker.value).toBe(n);
        expect(parseMarker(`（${chinese[n - 1]}）${pad}项目建设`)?.marker.value).toBe(n);
      }),
      settings,
    );
  });
});

describe('status grammar', () => {
  it('finds phrases that are slices of the compacted text, in order, without throwing', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const flat = compact(text);
        for (const hit of findStatusPhrases(text)) {
          expect(hit.end).toBeLessThanOrEqual(flat.length);
          expect(flat.slice(hit.start, hit.end)).toBe(hit.words);
        }
        classifyStatusText(text);
      }),
      settings,
    );
  });

  it('classifies a status phrase the same with or without padding around it', () => {
    fc.assert(
      fc.property(fc.constantFrom('推进较慢', '序时推进', '已完成', '无实质性进展'), fc.constantFrom(' ', '\u3000', '\u00a0', '\u200b'), fc.integer({ min: 0, max: 5_000 }), (phrase, c, n) => {
        const pad = c.repeat(n);
        expect(classifyStatusText(`${pad}项目${pad}${phrase}${pad}`)?.code).toBe(classifyStatusText(`项目${phrase}`)?.code);
      }),
      settings,
    );
  });
});

describe('whitespace helpers', () => {
  it('trim exactly what the anchored regexes would, in linear time', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(trimSpace(text)).toBe(text.replace(/^[\s\u200b-\u200d\u2060]+/, '').replace(/(?<![\s\u200b-\u200d\u2060])[\s\u200b-\u200d\u2060]+$/, ''));
        expect(trimEndOf(text, '。、', true)).toBe(text.replace(/(?<![。、\s\u200b-\u200d\u2060])[。、\s\u200b-\u200d\u2060]+$/, ''));
      }),
      settings,
    );
  });
});
