/**
 * Tables printed one row a line with single spaces between cells, in the shape of the 乐余 2022 民生实事
 * progress page in corpus/mixed-t (not copied from it): names padded to three characters (王  某),
 * several leaders of one row printed on lines of their own, "/" for an empty cell.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/blocks.js';
import { splitSpacedHeader, tablesFromSpacedCells } from '../src/extract/tables/spaced-cells.js';
import { extractDocument } from '../src/extract/index.js';
import { classifyDocument } from '../src/classify/index.js';

const paras = (lines: string[]): Block[] => lines.map((t) => ({ kind: 'para', text: t }));
const LINES = [
  '2022年12月份某镇民生实事项目推进情况',
  '序号 实事工程项目 年度目标 目前进度 下一步工作措施 存在问题 责任领导 牵头部门',
  '1 河道消除治理项目 消除集镇区劣Ⅴ类河道20条。 项目已全部完成。 / / 王  某 镇水利站',
  '2 安置房建设项目 建设安置房192套。 已经完成施工图审图。 准备启动公开招标。 / 钱  某 镇规划建设局',
  '3 口袋公园建设项目 打造一个儿童友好主题口袋公园。 项目已全部完成。 / / 陶某某',
  '范某某',
  '镇绿化办、兆丰社区',
];

describe('a table printed one row a line with single spaces', () => {
  it('reads the header at its spaces, one name outside the vocabulary allowed', () => {
    expect(splitSpacedHeader(LINES[1]!)).toHaveLength(8);
    expect(splitSpacedHeader('今年 共实施 民生实事 项目 10个')).toBeNull();
  });

  it('keeps a padded name whole, joins a row’s leaders printed on lines of their own, and empties "/"', () => {
    const table = tablesFromSpacedCells(paras(LINES)).find((b) => b.kind === 'table') as { rows: string[][] };
    expect(table.rows[1]).toEqual(['1', '河道消除治理项目', '消除集镇区劣Ⅴ类河道20条。', '项目已全部完成。', '', '', '王  某', '镇水利站']);
    expect(table.rows[3]!.slice(6)).toEqual(['陶某某、范某某', '镇绿化办、兆丰社区']);
  });

  it('gives each task its lead unit, its leaders and the status of its progress', () => {
    const doc = classifyDocument(extractDocument(paras(LINES), 'test'));
    expect(doc.tasks.map((t) => t.text)).toEqual(['河道消除治理项目', '安置房建设项目', '口袋公园建设项目']);
    expect(doc.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['镇水利站'], ['镇规划建设局'], ['镇绿化办', '兆丰社区']]);
    expect(doc.tasks[2]!.leaders).toEqual(['陶某某', '范某某']);
    expect(doc.tasks[0]!.status?.code).toBe('done');
  });
});

describe('rows of a single-spaced table in the shape of 怀远 2021 (corpus/mixed-ah)', () => {
  const rows = (lines: string[]) => (tablesFromSpacedCells(paras(lines)).find((b) => b.kind === 'table') as { rows: string[][] }).rows;
  it('starts a row at its number alone on a line or starred (★6), and keeps a three-character unit out of the names', () => {
    const got = rows([
      '序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况',
      '1 社会消费品零售总额增长11%。 屈 磊 商务局 同比增长35.7%。',
      '2',
      '单位生产总值能耗、主要污染物排放均控制在上级下达的目标以内。',
      '路 军',
      '屈 磊',
      '发展改革委',
      '生态环境分局',
      '发展改革委:单位生产总值能耗控制在目标以内。',
      '生态环境分局:主要污染物排放均控制在目标以内。',
      '★3 融入长三角产业分工协作。 路 军 发展改革委 已申报15个项目进入重点项目库。',
    ]);
    expect(got.slice(1)).toEqual([
      ['1', '社会消费品零售总额增长11%。', '屈  磊', '商务局', '同比增长35.7%。'],
      // Two cells more than the header (two units one a line, two reports): both joins are scored.
      [
        '2',
        '单位生产总值能耗、主要污染物排放均控制在上级下达的目标以内。',
        '路  军、屈  磊',
        '发展改革委 生态环境分局',
        '发展改革委:单位生产总值能耗控制在目标以内。 生态环境分局:主要污染物排放均控制在目标以内。',
      ],
      ['3', '融入长三角产业分工协作。', '路  军', '发展改革委', '已申报15个项目进入重点项目库。'],
    ]);
  });
});
