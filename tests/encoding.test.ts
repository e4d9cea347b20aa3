import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  chineseReadabilityScore,
  chineseScript,
  clearlyGb18030,
  decodeText,
  findDeclaredCharset,
  guessChineseLegacy,
  normaliseCharset,
} from '../src/readers/encoding.js';

/** Text from seed 001 (simplified, GBK-encodable). */
const SIMPLIFIED =
  '市政府关于印发2024年政府工作报告主要目标任务分解方案的通知\n各县(市、区)人民政府,徐州经济技术开发区、徐州高新技术产业开发区:\n1.地区生产总值增长6%以上。\n牵头单位:市发改委、统计局(监测);责任单位:各县(市、区)政府';
/** The same kind of text as a Taiwan/Hong Kong page would print it. */
const TRADITIONAL =
  '界首市人民政府關於印發2020年市政府重點工作的通知\n各鄉、鎮、街道,市直各單位:\n一、聚焦推進更高質量發展,優化經濟治理\n牽頭責任單位:市發展改革委、市經濟和信息化局';

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head>${head}<title>通知</title></head><body><p>${body.split('\n').join('</p><p>')}</p></body></html>`;
}

describe('BOM', () => {
  it('strips a UTF-8 BOM and reports utf-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
  });

  it('decodes UTF-16LE and UTF-16BE by their BOMs', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLIFIED, 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: SIMPLIFIED, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SIMPLIFIED, 'utf16le').swap16()]);
    expect(decodeText(be)).toEqual({ text: SIMPLIFIED, encoding: 'utf-16be' });
  });

  it('lets a BOM win over a contradicting declaration', () => {
    const html = page(SIMPLIFIED, '<meta charset="gbk">');
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html, 'utf8')]);
    expect(decodeText(bytes).encoding).toBe('utf-8');
    expect(decodeText(bytes).text).toBe(html);
  });
});

describe('declared charset', () => {
  it('finds <meta charset>, <meta http-equiv> and the XML declaration', () => {
    expect(findDeclaredCharset(Buffer.from('<html><head><meta charset="GBK"></head>'))).toBe('GBK');
    expect(findDeclaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />'))).toBe('gb2312');
    expect(findDeclaredCharset(Buffer.from("<?xml version='1.0' encoding='Big5'?><html>"))).toBe('Big5');
    expect(findDeclaredCharset(Buffer.from('<p>charset 不是声明</p>'))).toBeNull();
  });

  it('maps gb2312/gbk/x-gbk to gb18030 and big5 aliases to big5', () => {
    for (const label of ['gb2312', 'GBK', 'x-gbk', 'GB18030', 'csGB2312']) expect(normaliseCharset(label)).toBe('gb18030');
    expect(normaliseCharset('big5-hkscs')).toBe('big5');
    expect(normaliseCharset('UTF8')).toBe('utf-8');
    expect(normaliseCharset('no-such-charset')).toBeNull();
  });

  it('reads a page declaring gb2312 that uses GBK-only characters (镕, 堃, 喆)', () => {
    const text = '副市长朱镕、王堃、李喆同志出席会议';
    const bytes = iconv.encode(page(text, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gb18030');
    // The three characters are outside GB2312: a strict GB2312 decoder could not read them.
    expect(iconv.encode('镕堃喆', 'gb18030').length).toBe(6);
    const decoded = decodeText(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain(text);
  });

  it('honours an XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="GB2312"?>\n${page(SIMPLIFIED)}`;
    const decoded = decodeText(iconv.encode(xml, 'gb18030'));
    expect(decoded).toEqual({ text: xml, encoding: 'gb18030' });
  });

  it('ignores a declaration beyond the first 4 KB and detects instead', () => {
    const late = `<!-- ${'x'.repeat(5000)} --><meta charset="big5">`;
    const html = page(SIMPLIFIED, late);
    const decoded = decodeText(iconv.encode(html, 'gb18030'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('牵头单位:市发改委');
  });

  it('does not trust a UTF-8 declaration on bytes that are not UTF-8', () => {
    const decoded = decodeText(iconv.encode(page(SIMPLIFIED, '<meta charset="utf-8">'), 'gb18030'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text).toContain('徐州经济技术开发区');
  });

  it('reads a page re-saved as UTF-8 that still declares gb2312', () => {
    const html = page(SIMPLIFIED, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    expect(decodeText(Buffer.from(html, 'utf8'))).toEqual({ text: html, encoding: 'utf-8' });
  });

  it('overrides a Western single-byte declaration on Chinese bytes, but not on Western text', () => {
    const chinese = decodeText(iconv.encode(page(SIMPLIFIED, '<meta charset="iso-8859-1">'), 'gb18030'));
    expect(chinese.encoding).toBe('gb18030');
    expect(chinese.text).toContain('牵头单位:市发改委');
    const western = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body><p>Café résumé, naïve façade</p></body></html>';
    expect(decodeText(iconv.encode(western, 'windows-1252'))).toEqual({ text: western, encoding: 'windows-1252' });
  });

  it('decodes a declared Big5 page', () => {
    const html = page(TRADITIONAL, '<meta charset="big5">');
    expect(decodeText(iconv.encode(html, 'big5'))).toEqual({ text: html, encoding: 'big5' });
  });
});

describe('no declaration', () => {
  it('takes strictly valid UTF-8 as UTF-8', () => {
    expect(decodeText(Buffer.from(SIMPLIFIED, 'utf8'))).toEqual({ text: SIMPLIFIED, encoding: 'utf-8' });
  });

  it('recognises a GBK page with no charset as GB18030', () => {
    const html = page(SIMPLIFIED);
    expect(decodeText(iconv.encode(html, 'gbk'))).toEqual({ text: html, encoding: 'gb18030' });
  });

  it('recognises a Big5 page with no charset as Big5', () => {
    const html = page(TRADITIONAL);
    expect(decodeText(iconv.encode(html, 'big5'))).toEqual({ text: html, encoding: 'big5' });
  });

  it('tells GBK from Big5 on a single short line', () => {
    expect(guessChineseLegacy(iconv.encode('牵头单位:市发改委', 'gbk')).encoding).toBe('gb18030');
    expect(guessChineseLegacy(iconv.encode('牽頭責任單位:市發展改革委', 'big5')).encoding).toBe('big5');
  });

  it('reads traditional text that was encoded in GBK as GB18030, not Big5', () => {
    // Mainland pages sometimes print traditional characters; GBK covers them.
    expect(guessChineseLegacy(iconv.encode(TRADITIONAL, 'gbk'))).toEqual({ text: TRADITIONAL, encoding: 'gb18030' });
  });
});

/** Every file under `dir` that is neither UTF-8 nor ASCII: the legacy-encoded pages the readers meet. */
function legacyFiles(dir: string): string[] {
  const out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...legacyFiles(path));
    else if (/\.(?:html?|shtml|txt)$/i.test(name)) {
      const bytes = readFileSync(path);
      if (bytes.some((b) => b >= 0x80) && !isUtf8(bytes)) out.push(path);
    }
  }
  return out;
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('clearlyGb18030 (GB18030 without a Big5 decoding)', () => {
  const root = join(import.meta.dirname, '..');
  const files = [...legacyFiles(join(root, 'fixtures')), ...legacyFiles(join(root, 'corpus')), ...legacyFiles(join(root, '../shared/corpus'))];

  it('finds legacy pages to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it('takes only readings the full GB18030-or-Big5 comparison would take', () => {
    for (const file of files) {
      const sample = readFileSync(file).subarray(0, 32 * 1024);
      const gb = iconv.decode(sample, 'gb18030');
      if (!clearlyGb18030(gb)) continue;
      expect(chineseReadabilityScore(gb), file).toBeGreaterThanOrEqual(chineseReadabilityScore(iconv.decode(sample, 'big5')));
    }
  });

  it('is sure of a GBK page and of traditional text in GBK, never of Big5 bytes or a short line', () => {
    expect(clearlyGb18030(SIMPLIFIED.repeat(2))).toBe(true);
    expect(clearlyGb18030(TRADITIONAL.repeat(2))).toBe(true);
    expect(clearlyGb18030(iconv.decode(iconv.encode(TRADITIONAL.repeat(4), 'big5'), 'gb18030'))).toBe(false);
    expect(clearlyGb18030(iconv.decode(iconv.encode(SIMPLIFIED.repeat(4), 'big5'), 'gb18030'))).toBe(false);
    expect(clearlyGb18030('牵头单位:市发改委')).toBe(false);
  });
});

describe('chineseScript', () => {
  it('tells simplified from traditional text', () => {
    expect(chineseScript(SIMPLIFIED)).toBe('simplified');
    expect(chineseScript(TRADITIONAL)).toBe('traditional');
    expect(chineseScript('2024 report')).toBe('unknown');
  });
});
