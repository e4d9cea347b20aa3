import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

/**
 * A 督办 notice on a 常务会议's decisions (the 旬阳 2018 family): items sorted under 已落实事项 / 正在落实事项 sections, each
 * handed to its units by a 由-clause inside the text. The text below is written for this test, in that shape.
 */
const NOTICE = [
  '关于县政府第2次常务会议议定事项落实情况的通报',
  '县政府第2次常务会议议定事项4件,已落实2件,正在落实2件。现将有关情况通报如下:',
  '一、已落实事项(2件)',
  '1.由县财政局、审计局负责,清理政府性债务台账。已完成清理并报县政府。',
  '2、关于城区停车难问题,由县住建局牵头,县公安局配合,增设临时停车泊位,对进度滞后的路段要挂牌督办。已增设泊位300个。',
  '二、正在落实事项(2件)',
  '1.由县教体局负责,推进城区学校扩容。已完成选址。',
  '2.《关于支持返乡创业的若干措施》,由县人社局负责,修改完善后印发实施。正按程序送审。',
].join('\n');

describe('a 督办 notice sorted into 已落实 / 正在落实 sections', async () => {
  const doc = await parseBytes(Buffer.from(NOTICE), 'notice.txt');
  const byNumber = (section: string, n: string) => doc.tasks.find((t) => t.section.at(-1)?.startsWith(section) && t.number === n)!;

  it('gives each item the status of the group its section names, over words in its text that tell of other things', () => {
    expect(doc.tasks).toHaveLength(4);
    expect(byNumber('已落实', '1').status).toMatchObject({ code: 'done', evidence: '已落实事项(2件)' });
    // 对进度滞后的路段要挂牌督办 is an order about other roads, not this item's verdict.
    expect(byNumber('已落实', '2').status?.code).toBe('done');
    expect(byNumber('正在落实', '1').status?.code).toBe('on_schedule');
    expect(byNumber('正在落实', '2').status?.code).toBe('on_schedule');
  });

  it('reads the 由X负责 / 由X牵头，Y配合 clauses anywhere in the text as its units, keeping the text as printed', () => {
    const first = byNumber('已落实', '1');
    expect(first.text.startsWith('由县财政局、审计局负责')).toBe(true);
    expect(first.leadUnits.map((u) => u.raw)).toEqual(['县财政局', '审计局']);
    const second = byNumber('已落实', '2');
    expect(second.leadUnits.map((u) => u.name)).toEqual(['县住建局']);
    expect(second.coUnits.map((u) => u.name)).toEqual(['县公安局']);
    expect(byNumber('正在落实', '2').leadUnits.map((u) => u.name)).toEqual(['县人社局']);
  });
});
