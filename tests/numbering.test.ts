import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { checkSequence, parseMarker, toChineseNumeral } from '../src/extract/numbering.js';
import { fold, joinBroken, parseChineseNumeral, splitTopLevel, toHalfWidth } from '../src/extract/text.js';

const m = (line: string) => {
  const r = parseMarker(line);
  return r ? { kind: r.marker.kind, value: r.marker.value, label: r.marker.label, number: r.marker.number, rest: r.rest, weak: r.marker.weak } : null;
};

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['十九', 19],
    ['二十', 20],
    ['二十三', 23],
    ['一百零五', 105],
    ['两', 2],
  ])('%s → %i', (s, n) => expect(parseChineseNumeral(s)).toBe(n));

  it('rejects text that is not a numeral', () => {
    expect(parseChineseNumeral('十一五规划')).toBeNull();
    expect(parseChineseNumeral('')).toBeNull();
  });

  it('round-trips with toChineseNumeral', () => {
    for (const n of [1, 9, 10, 11, 19, 20, 23, 99, 100, 105, 110, 999]) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});

describe('parseMarker', () => {
  it('recognises the four heading levels in both widths', () => {
    expect(m('一、经济社会发展主要预期目标')).toMatchObject({ kind: 'cn', value: 1, label: '一', rest: '经济社会发展主要预期目标' });
    expect(m('二十三、其他')).toMatchObject({ kind: 'cn', value: 23, label: '二十三' });
    expect(m('(一)抓实项目招引建设')).toMatchObject({ kind: 'cnParen', value: 1, label: '(一)', number: '一' });
    expect(m('（十二）扩大开放')).toMatchObject({ kind: 'cnParen', value: 12, label: '(十二)' });
    expect(m('11.开展招商引资')).toMatchObject({ kind: 'arabic', value: 11, label: '11', rest: '开展招商引资' });
    expect(m('１２．推进综合保税区申建')).toMatchObject({ kind: 'arabic', value: 12, label: '12' });
    expect(m('3、实施')).toMatchObject({ kind: 'arabic', value: 3 });
    expect(m('(3)探索多元产业')).toMatchObject({ kind: 'arabicParen', value: 3, label: '(3)', number: '3' });
    expect(m('（10）农村安全饮水')).toMatchObject({ kind: 'arabicParen', value: 10, label: '(10)' });
    expect(m('⑵加强')).toMatchObject({ kind: 'arabicParen', value: 2, label: '(2)' });
    expect(m('③推进')).toMatchObject({ kind: 'circled', value: 3, label: '③' });
    expect(m('2）完善机制')).toMatchObject({ kind: 'arabicHalf', value: 2, label: '2)', number: '2' });
  });

  it('strips indentation of any width', () => {
    expect(m('\u00a0\u00a0  (2)加强与东部地区深度沟通对接')).toMatchObject({ kind: 'arabicParen', value: 2 });
    expect(m('\u3000\u3000一、各牵头单位要')).toMatchObject({ kind: 'cn', value: 1 });
  });

  it('does not take a decimal or an unnumbered line for a number', () => {
    expect(m('1.5万户农房改善')).toBeNull();
    expect(m('2020年是全面建成小康社会')).toBeNull();
    expect(m('牵头单位:市发改委')).toBeNull();
    expect(m('支持外出务工人员返乡下乡创业创新')).toBeNull();
  });

  it('marks a comma after a digit as weak numbering for the caller to confirm', () => {
    expect(m('1,地区生产总值增长6%')).toMatchObject({ kind: 'arabic', value: 1, weak: true });
    expect(m('3,5号线')).toBeNull();
  });

  it('drops a number the scrape printed twice (list numbering plus typed numbering)', () => {
    expect(m('1. 1.地区生产总值增长6%以上。')).toMatchObject({ value: 1, rest: '地区生产总值增长6%以上。' });
    expect(m('(一) （一）抓实项目招引建设')).toMatchObject({ label: '(一)', rest: '抓实项目招引建设' });
  });

  it('reads hierarchical 1.1 numbering, not as an echo and not a quantity', () => {
    expect(m('1.1.地区生产总值')).toMatchObject({ kind: 'decimal', value: 1, label: '1.1', rest: '地区生产总值' });
    expect(m('2.3.1 推进项目建设')).toMatchObject({ kind: 'decimal', value: 1, label: '2.3.1', rest: '推进项目建设' });
    expect(m('1.5万户农房改善')).toBeNull();
    expect(m('2.5%以上')).toBeNull();
    expect(m('4.0时代的产业升级')).toBeNull();
  });
});

describe('checkSequence', () => {
  it('accepts 1..n', () => expect(checkSequence([1, 2, 3, 4])).toEqual([]));

  it('reports a gap once, at the item where it shows', () => {
    expect(checkSequence([1, 2, 4, 5])).toEqual([{ code: 'numbering-gap', expected: 3, found: 4, index: 2 }]);
  });

  it('reports a repeated heading number as a duplicate and continues from it', () => {
    // 徐州 plan: 一 二 三 四 五 四 七 …
    const problems = checkSequence([1, 2, 3, 4, 5, 4, 7, 8]);
    expect(problems.map((p) => [p.code, p.index, p.expected])).toEqual([
      ['numbering-duplicate', 5, 6],
      ['numbering-gap', 6, 6],
    ]);
  });

  it('reports a step back to an unseen number', () => {
    expect(checkSequence([2, 1])).toEqual([
      { code: 'numbering-gap', expected: 1, found: 2, index: 0 },
      { code: 'numbering-backward', expected: 3, found: 1, index: 1 },
    ]);
  });
});

describe('text helpers', () => {
  it('converts full-width ASCII variants', () => {
    expect(toHalfWidth('（１２）：；，')).toBe('(12):;,');
  });

  it('joins a broken line without inserting anything', () => {
    expect(joinBroken('牵头单位:市工信局;责任单位:各县(市、区)政府,徐 ', '  州经开区')).toBe('牵头单位:市工信局;责任单位:各县(市、区)政府,徐州经开区');
  });

  it('splits only at top level', () => {
    expect(splitTopLevel('各县(市、区)政府、“政企交、融汇”、市委', '、')).toEqual(['各县(市、区)政府', '“政企交、融汇”', '市委']);
  });

  it('closes one piece at a run of kept separators, and keeps empty pieces when the separators are dropped', () => {
    expect(splitTopLevel('推进较慢。。。已完成！？下一句', '。！？', true)).toEqual(['推进较慢。。。', '已完成！？', '下一句']);
    expect(splitTopLevel('甲、、乙', '、')).toEqual(['甲', '', '乙']);
    expect(splitTopLevel('甲' + '。'.repeat(100_000) + '乙', '。', true)).toHaveLength(2);
  });
});

describe('fold: traditional → simplified, one character at a time', () => {
  it('equals OpenCC’s Taiwan → mainland converter on every BMP character from U+3400', () => {
    const convert = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const differing: string[] = [];
    for (let code = 0x3400; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      const converted = convert(ch);
      const expected = converted.length === 1 ? converted : ch;
      if (fold(ch) !== expected) differing.push(`${ch} U+${code.toString(16)}: ${fold(ch)} ≠ ${expected}`);
    }
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it('keeps the string length and leaves simplified text as it is', () => {
    expect(fold('臺灣省發展和改革委員會')).toBe('台湾省发展和改革委员会');
    const simplified = '市发展改革委牵头';
    expect(fold(simplified)).toBe(simplified);
    expect(fold('𠵾為')).toHaveLength('𠵾為'.length);
  });
});

describe('task numbers of 1000 and more', () => {
  it('reads a four-digit number as a marker, but not a year run into the text', () => {
    expect(m('1000.推进第一千项工程')).toMatchObject({ kind: 'arabic', value: 1000, label: '1000', rest: '推进第一千项工程' });
    expect(m('２０４８、完成验收')).toMatchObject({ kind: 'arabic', value: 2048, label: '2048' });
    // A year starts prose, not an item: no separator, or a digit after it.
    expect(m('2024年全市地区生产总值增长6%')).toBeNull();
    expect(m('2023、2024年连续两年获评')).toBeNull();
    expect(m('10000.五位数不是序号')).toBeNull();
  });

  it('keeps every task of a list that runs past 999', async () => {
    const { parseBytes } = await import('../src/pipeline.js');
    const lines = ['某某市2024年重点工作任务分解方案', '', '一、重点工作任务'];
    for (let i = 1; i <= 1005; i++) lines.push(`${i}.推进第${i}项重点工程建设。牵头单位:市发改委;责任单位:各县(区)政府`);
    const doc = await parseBytes(Buffer.from(lines.join('\n')), 'plan-1005.txt');
    expect(doc.tasks).toHaveLength(1005);
    expect(doc.tasks[999]).toMatchObject({ id: '一.1000', number: '1000', text: '推进第1000项重点工程建设。' });
    expect(doc.tasks[1004]!.leadUnits.map((u) => u.name)).toEqual(['市发改委']);
    expect(doc.warnings.filter((w) => w.code.startsWith('numbering'))).toEqual([]);
  });
});

describe('numbers glued to their item', () => {
  it('are weak markers, never a count, a date or a range', async () => {
    const { parseMarker } = await import('../src/extract/numbering.js');
    expect(parseMarker('1赵家沟苦水河大桥建设项目')?.marker).toMatchObject({ value: 1, weak: true });
    for (const line of ['3个项目已完工', '5月底前完成', '1至11月份,完成投资', '2021年农村公路', '1号线开通', '2家企业']) {
      expect(parseMarker(line), line).toBeNull();
    }
  });
});

describe('items a notice names as it numbers them', () => {
  it('实事一： is a numbered item ranked as （一）', async () => {
    const { parseMarker } = await import('../src/extract/numbering.js');
    expect(parseMarker('实事一:减少农村贫困人口23.48万人。(牵头单位:市扶贫办)')).toMatchObject({ marker: { kind: 'cnParen', value: 1, number: '一' } });
    expect(parseMarker('实事求是地推进')).toBeNull();
  });
});

describe('a year right after 、 (马祖 2008: 6、98年元旦升旗活动相关事宜)', () => {
  it('is the text of the numbered item, not the next number of a run', () => {
    expect(parseMarker('6、98年元旦升旗活动相关事宜')?.marker.value).toBe(6);
    expect(parseMarker('6、98年元旦升旗活动相关事宜')?.rest).toBe('98年元旦升旗活动相关事宜');
    expect(parseMarker('3、2020年底前完成改造')?.marker.value).toBe(3);
  });

  it('leaves runs of numbers and of years alone', () => {
    expect(parseMarker('7、8月完成验收')).toBeNull();
    expect(parseMarker('2019、2020年连续两年获评')).toBeNull();
    expect(parseMarker('12、98年')).toBeNull();
  });
});
