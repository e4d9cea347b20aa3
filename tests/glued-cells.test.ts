/**
 * Tables printed with the cell borders gone and nothing in their place (the
 * 西城区 page in ../shared/corpus/status): the header splits at the words that
 * end column names, each row by what its columns hold. Inputs written in that shape.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/blocks.js';
import { splitGluedHeader, tablesFromGluedCells } from '../src/extract/tables/glued-cells.js';

const paras = (lines: string[]): Block[] => lines.map((text) => ({ kind: 'para', text }));

describe('glued table cells', () => {
  it('splits a glued header at the ends of column names', () => {
    expect(splitGluedHeader('类别序号重点督办内容牵头单位全年完成情况')).toEqual(['类别', '序号', '重点督办内容', '牵头单位', '全年完成情况']);
    expect(splitGluedHeader('序号工作任务责任单位进展情况')).toEqual(['序号', '工作任务', '责任单位', '进展情况']);
    // Prose that happens to hold the words is not a header.
    expect(splitGluedHeader('按序号排列的任务，由责任单位报送进展情况。')).toBeNull();
  });

  it('splits each row: category before the number, task to its 。, unit names, then progress', () => {
    const blocks = tablesFromGluedCells(
      paras([
        '类别序号重点督办内容牵头单位全年完成情况',
        '主要预期目标1一般公共预算收入增长2%左右。区财政局全年完成413.84亿元，完成调整后目标。',
        '主要预期目标2城镇登记失业率控制在1.5%以内。区人力社保局、区统计局全年登记失业率1.2%。',
        '注：数据为初步核算数。',
      ]),
    );
    expect(blocks[0]).toEqual({
      kind: 'table',
      rows: [
        ['类别', '序号', '重点督办内容', '牵头单位', '全年完成情况'],
        ['主要预期目标', '1', '一般公共预算收入增长2%左右。', '区财政局', '全年完成413.84亿元，完成调整后目标。'],
        ['主要预期目标', '2', '城镇登记失业率控制在1.5%以内。', '区人力社保局、区统计局', '全年登记失业率1.2%。'],
      ],
    });
    expect(blocks[1]).toEqual({ kind: 'para', text: '注：数据为初步核算数。' });
  });
});
