import { describe, expect, it } from 'vitest';
import { parseBytes } from '../src/pipeline.js';

/** Written for this test in the shape of 涉县 2025: 民生实事 named under their numbers, each described below, no units. */
const LIST = [
  '县政府2025年度十件民生实事项目正式出炉',
  '一、村内道路提升工程',
  '在12个乡镇硬化道路8万平方米并安装太阳能路灯800盏。',
  '二、农村饮水维修养护工程',
  '维修更换农村30处的机泵、阀门，改善6万人口的饮水安全。',
  '三、集中供热扩建工程',
  '铺设供热主管网约4公里，提高城区用热居民的供热安全。',
].join('\n');

describe('a list of titled items, each described below, with no unit anywhere', () => {
  it('gives one task per item, named by its title with the description after it', async () => {
    const doc = await parseBytes(Buffer.from(LIST), 'list.txt');
    expect(doc.tasks.map((t) => [t.number, t.text.split('\n')[0]])).toEqual([
      ['一', '村内道路提升工程'],
      ['二', '农村饮水维修养护工程'],
      ['三', '集中供热扩建工程'],
    ]);
    expect(doc.tasks[0]!.text).toContain('硬化道路8万平方米');
  });

  it('takes no report sections for items (总体进展情况, 存在主要问题, 下步工作建议)', async () => {
    const report = ['一、总体进展情况', '截至4月底，各项工作已经全面启动。', '二、存在主要问题', '仍有过半项目没有开工。', '三、下步工作建议', '加快推进项目建设。'].join('\n');
    const doc = await parseBytes(Buffer.from(report), 'report.txt');
    expect(doc.tasks.filter((t) => /情况|问题|建议/.test(t.text.split('\n')[0]!))).toEqual([]);
  });
});
