/**
 * Tables a page store printed one cell per line, each cell closed by a pipe
 * (`序号 |`, `|` for an empty cell). Inputs are written in the shape of the
 * 岳阳楼区, 崇川区 and 洋县 pages in corpus/ (not copied from them).
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/blocks.js';
import { alignToColumns, pipeLineCells, tablesFromPipeCells } from '../src/extract/tables/pipe-cells.js';
import { headerRoles } from '../src/extract/tables/columns.js';
import { extractDocument } from '../src/extract/index.js';
import { classifyDocument } from '../src/classify/index.js';

const paras = (text: string): Block[] => text.split('\n').map((t) => ({ kind: 'para', text: t }));
const parse = (text: string) => classifyDocument(extractDocument(paras(text), 'test'));

describe('pipe-closed cell lines', () => {
  it('reads a cell, an empty cell and two empty cells', () => {
    expect(pipeLineCells('新增城镇就业 |')).toEqual(['新增城镇就业']);
    expect(pipeLineCells('|')).toEqual(['']);
    expect(pipeLineCells('||')).toEqual(['', '']);
    expect(pipeLineCells('备注 ||')).toEqual(['备注', '']);
    // A row with inner pipes belongs to the delimited-row reader; a plain line is no cell.
    expect(pipeLineCells('序号 | 项目 | 单位 |')).toBeNull();
    expect(pipeLineCells('一、总体要求')).toBeNull();
  });

  it('rebuilds the table: caption kept as a paragraph, rows split at the next row number, empty cells kept in place', () => {
    const blocks = tablesFromPipeCells(
      paras(
        [
          '某区民生实事完成情况表 |',
          '序号 |', '项目名称 |', '责任单位 |', '目标任务 |', '完成情况 |', '备注 |',
          '1 |', '新增城镇就业岗位 |', '人社局 |', '5000人 |', '4200 |', '|',
          '2 |', '建设公办幼儿园 |', '教育局 |', '2所 |', '|', '主体完工 |',
        ].join('\n'),
      ),
    );
    expect(blocks[0]).toEqual({ kind: 'para', text: '某区民生实事完成情况表' });
    expect(blocks[1]).toEqual({
      kind: 'table',
      rows: [
        ['序号', '项目名称', '责任单位', '目标任务', '完成情况', '备注'],
        ['1', '新增城镇就业岗位', '人社局', '5000人', '4200', ''],
        ['2', '建设公办幼儿园', '教育局', '2所', '', '主体完工'],
      ],
    });
  });

  it('joins a cell the page broke off its closing pipe (4 ⏎ |, 宝山 2022 in corpus/mixed-ai)', () => {
    const blocks = tablesFromPipeCells(
      paras(
        [
          '序号 |', '项目内容 |', '牵头单位 |', '进展情况 |',
          '1 |', '新增1个共享充电桩示范小区 |', '区发展改革委 |', '正在建设。 |',
          '2', '|', '为120个充电所加装喷淋装置 |', '区消防救援支队 |', '正在招标。 |',
          '3 |', '新增12家未成年人保护工作站 |', '区民政局 |', '已完成。 |',
        ].join('\n'),
      ),
    );
    expect((blocks[0] as { rows: string[][] }).rows.map((r) => r[0])).toEqual(['序号', '1', '2', '3']);
    expect((blocks[0] as { rows: string[][] }).rows[2]).toEqual(['2', '为120个充电所加装喷淋装置', '区消防救援支队', '正在招标。']);
  });

  it('places the cells of a row that lost a merged column under the columns they fit', () => {
    const header = ['序号', '主要任务', '全年目标任务', '分管领导', '牵头单位', '协同单位', '推进情况', '是否达序', '说明'];
    // The page printed no cell for 全年目标任务 and closed the row with an extra pipe.
    const row = ['7', '改造背街小巷20条。', '王建国', '城管局', '市政局、相关街道', '已完成60%。', '否', '', ''];
    expect(alignToColumns(row, headerRoles(header))).toEqual([
      '7', '改造背街小巷20条。', '', '王建国', '城管局', '市政局、相关街道', '已完成60%。', '否', '',
    ]);
  });

  it('answers a 是否达序 column: 是 is on schedule, 否 is lagging; units and leaders land in their columns', () => {
    const doc = parse(
      [
        '2023年重点民生实事推进情况',
        '序号 |', '主要任务 |', '全年目标任务 |', '分管领导 |', '牵头单位 |', '协同单位 |', '推进情况 |', '是否达序 |', '说明 |',
        '3 |', '改造背街小巷20条。 |', '王建国 |', '城管局 |', '市政局、相关街道 |', '已完成60%。 |', '是 |', '||',
        '4 |', '新建口袋公园5个。 |', '王建国 |', '园林局 |', '各街道 |', '已完成2个。 |', '否 |', '招标延误。 |', '|',
      ].join('\n'),
    );
    expect(doc.tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name), t.coUnits.map((u) => u.name), t.status?.code])).toEqual([
      ['3', ['城管局'], ['市政局', '相关街道'], 'on_schedule'],
      ['4', ['园林局'], ['各街道'], 'lagging'],
    ]);
    expect(doc.tasks[0]!.leaders).toEqual(['王建国']);
  });
});
