/**
 * Node's built-in decoders replace iconv-lite where they read the same bytes the same way
 * (src/readers/encoding.ts, decodeAs). These tests compare the two over every byte range that
 * matters: all two-byte GBK and Big5 lead/trail pairs, four-byte GB18030 sequences of the BMP and
 * the supplementary planes, UTF-16 text, invalid bytes. The differences are listed, and each is a
 * decision: GB18030-2022's characters for the 18 pairs GB18030-2005 left in the private use area.
 */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeAs, decodeText, sniffUtf16 } from '../src/readers/encoding.js';
import { readBytes } from '../src/readers/index.js';

const hex = (s: string) => [...s].map((c) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')).join(' ');

/**
 * GBK pairs GB18030-2005 mapped to private-use code points and GB18030-2022 (and the WHATWG
 * decoder every browser uses) maps to real characters: vertical punctuation and eight ideographs.
 * Node's decoder gives the characters; iconv-lite 0.7 the private-use points. taskgen takes the
 * characters: a private-use point shows as a box in every font.
 */
const GB18030_2022_PAIRS: Record<string, string> = {
  a6d9: '\ufe10', a6da: '\ufe12', a6db: '\ufe11', a6dc: '\ufe13', a6dd: '\ufe14', a6de: '\ufe15', a6df: '\ufe16',
  a6ec: '\ufe17', a6ed: '\ufe18', a6f3: '\ufe19',
  fe59: '\u9fb4', fe61: '\u9fb5', fe66: '\u9fb6', fe67: '\u9fb7', fe6d: '\u9fb8', fe7e: '\u9fb9', fe90: '\u9fba', fea0: '\u9fbb',
};

function differences(encoding: string, sequences: Iterable<number[]>): Map<string, { ours: string; iconv: string }> {
  const out = new Map<string, { ours: string; iconv: string }>();
  for (const seq of sequences) {
    const bytes = Buffer.from(seq);
    const ours = decodeAs(bytes, encoding);
    const theirs = iconv.decode(bytes, encoding);
    if (ours !== theirs) out.set(bytes.toString('hex'), { ours, iconv: theirs });
  }
  return out;
}

function* allPairs(): Generator<number[]> {
  for (let lead = 0x80; lead <= 0xff; lead++) for (let trail = 0x00; trail <= 0xff; trail++) yield [lead, trail];
}

function* singleBytes(): Generator<number[]> {
  for (let b = 0; b <= 0xff; b++) yield [b];
}

/** Four-byte GB18030: every first/third byte, second and fourth digits sampled (each digit position once). */
function* fourByteSequences(): Generator<number[]> {
  for (let b1 = 0x81; b1 <= 0xfe; b1++) {
    for (let b3 = 0x81; b3 <= 0xfe; b3++) {
      const d = (b1 + b3) % 10;
      yield [b1, 0x30 + d, b3, 0x30 + ((d * 7 + 3) % 10)];
    }
  }
}

/** Deterministic pseudo-random bytes (mulberry32), so a failure names the same input every run. */
function randomBytes(seed: number, length: number, pick: (r: number) => number): Buffer {
  let a = seed;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    out[i] = pick(((t ^ (t >>> 14)) >>> 0) / 4294967296);
  }
  return out;
}

describe('GB18030 / GBK: Node decoder against iconv-lite', () => {
  it('agrees on every single byte', () => {
    expect([...differences('gb18030', singleBytes()).keys()]).toEqual([]);
  });

  it('agrees on every two-byte pair except the 18 GB18030-2022 characters', () => {
    const diff = differences('gb18030', allPairs());
    expect([...diff.keys()].sort()).toEqual(Object.keys(GB18030_2022_PAIRS).sort());
    for (const [pair, char] of Object.entries(GB18030_2022_PAIRS)) {
      expect(hex(diff.get(pair)!.ours)).toBe(hex(char));
      // What iconv-lite gave: a private-use code point.
      expect(diff.get(pair)!.iconv.codePointAt(0)).toBeGreaterThanOrEqual(0xe000);
      expect(diff.get(pair)!.iconv.codePointAt(0)).toBeLessThanOrEqual(0xf8ff);
    }
  });

  it('agrees on four-byte sequences across the BMP and supplementary ranges', () => {
    const sequences = [...fourByteSequences()];
    // Both ends of both ranges, where tables end.
    sequences.push([0x81, 0x30, 0x81, 0x30], [0x84, 0x31, 0xa4, 0x39], [0x84, 0x31, 0xa5, 0x30], [0x90, 0x30, 0x81, 0x30], [0xe3, 0x32, 0x9a, 0x35], [0xe3, 0x32, 0x9a, 0x36]);
    expect(sequences.length).toBeGreaterThan(15_000);
    expect([...differences('gb18030', sequences).entries()]).toEqual([]);
  });

  it('agrees on GBK text with damage in it (invalid bytes keep iconv-lite’s replacement characters)', () => {
    const text = '牵头单位:市发改委、统计局(监测);责任单位:各县(市、区)政府。镕堃喆';
    const gbk = iconv.encode(text.repeat(20), 'gb18030');
    for (let seed = 1; seed <= 200; seed++) {
      const damaged = Buffer.from(gbk);
      const noise = randomBytes(seed, 8, (r) => Math.floor(r * 256));
      for (let k = 0; k < noise.length; k += 2) damaged[(noise[k]! * 7 + seed) % damaged.length] = noise[k + 1]!;
      expect(decodeAs(damaged, 'gb18030')).toBe(iconv.decode(damaged, 'gb18030'));
    }
    expect(decodeAs(gbk, 'gb18030')).toBe(text.repeat(20));
  });
});

describe('Big5 stays on iconv-lite', () => {
  it('reads every two-byte pair as before (Node’s ICU Big5 maps HKSCS pairs elsewhere)', () => {
    expect([...differences('big5', allPairs()).keys()]).toEqual([]);
    // The reason it stays: Node's own decoder disagrees with iconv-lite on thousands of pairs.
    const native = new TextDecoder('big5');
    let disagree = 0;
    for (const pair of allPairs()) if (native.decode(Buffer.from(pair)) !== iconv.decode(Buffer.from(pair), 'big5')) disagree++;
    expect(disagree).toBeGreaterThan(1000);
  });
});

describe('UTF-16 and UTF-8: Node decoder against iconv-lite', () => {
  it('agrees on random code units in both byte orders, lone surrogates and odd lengths included', () => {
    for (let seed = 1; seed <= 300; seed++) {
      // Mostly BMP text, some surrogates (paired and lone), sometimes an odd final byte.
      const bytes = randomBytes(seed, 64 + (seed % 2), (r) => (r < 0.1 ? 0xd8 + Math.floor(r * 80) : Math.floor(r * 256)));
      for (const encoding of ['utf-16le', 'utf-16be']) expect(decodeAs(bytes, encoding)).toBe(iconv.decode(bytes, encoding));
    }
  });

  it('agrees on UTF-8, valid and not', () => {
    const text = '各县(市、区)人民政府 𠵾 emoji 😀';
    expect(decodeAs(Buffer.from(text), 'utf-8')).toBe(iconv.decode(Buffer.from(text), 'utf-8'));
    for (let seed = 1; seed <= 200; seed++) {
      const bytes = randomBytes(seed, 40, (r) => Math.floor(r * 256));
      expect(decodeAs(bytes, 'utf-8')).toBe(iconv.decode(bytes, 'utf-8'));
    }
  });

  it('drops one leading U+FEFF, as iconv-lite did', () => {
    const gbBom = Buffer.concat([Buffer.from([0x84, 0x31, 0x95, 0x33]), iconv.encode('通知', 'gb18030')]);
    expect(decodeAs(gbBom, 'gb18030')).toBe('通知');
    const twice = Buffer.from('\ufeff\ufeff通知', 'utf16le');
    expect(decodeAs(twice, 'utf-16le')).toBe(iconv.decode(twice, 'utf-16le'));
  });
});

describe('UTF-16 without a byte-order mark', () => {
  const html = '<html><head><meta charset="utf-16le"><title>通知</title></head><body><p>一、重点任务</p><p>1.推进项目建设。牵头单位:市发改委</p></body></html>';

  it('is told by its own declaration, in either byte order', () => {
    const le = Buffer.from(html, 'utf16le');
    expect(sniffUtf16(le)).toBe('utf-16le');
    expect(decodeText(le)).toEqual({ text: html, encoding: 'utf-16le' });
    const be = Buffer.from(html.replace('utf-16le', 'utf-16'), 'utf16le').swap16();
    expect(sniffUtf16(be)).toBe('utf-16be');
    expect(decodeText(be).text).toBe(html.replace('utf-16le', 'utf-16'));
  });

  it('is read as an HTML page, not refused as binary', async () => {
    const read = await readBytes(Buffer.from(html.replace('utf-16le', 'utf-16'), 'utf16le'), 'page.html');
    expect(read.format).toBe('html');
    expect(read.encoding).toBe('utf-16le');
    expect(read.blocks.map((b) => (b.kind === 'para' ? b.text : ''))).toEqual(['一、重点任务', '1.推进项目建设。牵头单位:市发改委']);
  });

  it('leaves binary files binary and UTF-16 without any declaration alone', () => {
    expect(sniffUtf16(Buffer.from([0x00, 0x01, 0x02, 0x3c, 0x00, 0x6d]))).toBeNull();
    expect(sniffUtf16(Buffer.from('<p>没有声明</p>', 'utf16le'))).toBeNull();
    expect(sniffUtf16(Buffer.from('<meta charset="gbk">'))).toBeNull();
  });
});
