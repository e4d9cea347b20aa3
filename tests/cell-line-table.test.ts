/**
 * Task tables a scrape printed one cell per paragraph, recovered as table
 * blocks in the layout stage. Inputs are written in the shape of the 金东 2024
 * 民生实事 page and the 嘉兴 2021 progress page in the corpora (not copied from them):
 * a category printed once for its rowspan, a co-unit cell one name a line,
 * "/" for none, a unit list the wrap broke after its 、, a last row cut short.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/blocks.js';
import { tablesFromCellLines } from '../src/extract/tables/cell-line-table.js';
import { extractDocument } from '../src/extract/index.js';
import { classifyDocument } from '../src/classify/index.js';

const paras = (lines: string[]): Block[] => lines.map((t) => ({ kind: 'para', text: t }));
const parse = (lines: string[]) => classifyDocument(extractDocument(paras(lines), 'test'));
const names = (units: { name: string }[]) => units.map((u) => u.name);

const PLAN = [
  '2024年某区政府民生实事任务分解方案',
  '序号', '事项分类', '事项名称', '项目内容', '牵头单位', '协同单位',
  '1', '教育提质工程', '新建一批中小学校', '新建中小学校3所。', '区教体局', '城东街道', '新桥镇', '区发改局',
  '2', '学校食堂数字化改造', '对20所学校食堂安装数字化监管平台。', '区教体局', '/',
  '3', '健康惠民工程', '村卫生室标准化建设', '新建村卫生室40家。', '区卫健局', '各乡镇(街道)',
  '4', '献血屋建设', '建设献血屋1个。', '区卫健局', '区红十字会', '区资规分局',
  '扫一扫在手机打开当前页',
];

describe('a task table printed one cell per paragraph', () => {
  it('becomes a table block: rows at the next number, the rowspan category restored, unit runs split lead | co', () => {
    const blocks = tablesFromCellLines(paras(PLAN));
    const table = blocks.find((b) => b.kind === 'table');
    expect(table).toBeDefined();
    const rows = (table as { rows: string[][] }).rows;
    expect(rows[0]).toEqual(['序号', '事项分类', '事项名称', '项目内容', '牵头单位', '协同单位']);
    expect(rows[1]).toEqual(['1', '教育提质工程', '新建一批中小学校', '新建中小学校3所。', '区教体局', '城东街道、新桥镇、区发改局']);
    // Row 2 printed no category (rowspan) and "/" for its co units.
    expect(rows[2]).toEqual(['2', '教育提质工程', '学校食堂数字化改造', '对20所学校食堂安装数字化监管平台。', '区教体局', '']);
    expect(rows[4]).toEqual(['4', '健康惠民工程', '献血屋建设', '建设献血屋1个。', '区卫健局', '区红十字会、区资规分局']);
    // Page chrome after the last row stays a paragraph, and the title above stays one.
    expect(blocks[0]).toEqual({ kind: 'para', text: PLAN[0] });
    expect(blocks[blocks.length - 1]).toEqual({ kind: 'para', text: '扫一扫在手机打开当前页' });
  });

  it('gives each task its name, its lead and its co units, a town and a group among them', () => {
    const doc = parse(PLAN);
    expect(doc.tasks.map((t) => t.text)).toEqual(['新建一批中小学校', '学校食堂数字化改造', '村卫生室标准化建设', '献血屋建设']);
    expect(doc.tasks.map((t) => names(t.leadUnits))).toEqual([['区教体局'], ['区教体局'], ['区卫健局'], ['区卫健局']]);
    expect(names(doc.tasks[0]!.coUnits)).toEqual(['城东街道', '新桥镇', '区发改局']);
    expect(doc.tasks[1]!.coUnits).toEqual([]);
    expect(names(doc.tasks[2]!.coUnits)).toEqual(['各乡镇(街道)']);
  });

  it('joins a unit list the wrap broke after its 、, and leaves a cut last row without units', () => {
    const doc = parse([
      '序号', '主要工作任务', '进展情况', '牵头部门', '进展状态',
      '1', '实施示范区建设专项行动,建设一批基础设施项目。', '1.今年排定85个重点项目。', '2.完成投资110亿元。', '某县政府、', '区域发展办', '按时推进',
      '2', '深化改革试点,争取省级综合授权。', '1.推出首批20项公共服务项目清单。',
    ]);
    expect(doc.tasks).toHaveLength(2);
    expect(names(doc.tasks[0]!.leadUnits)).toEqual(['某县政府', '区域发展办']);
    expect(doc.tasks[0]!.status?.code).toBe('on_schedule');
    expect(doc.tasks[1]!.text).toBe('深化改革试点,争取省级综合授权。');
    expect(doc.tasks[1]!.leadUnits).toEqual([]);
  });

  it('leaves prose and a header without a unit column alone', () => {
    const prose = paras(['序号', '项目名称', '备注', '1', '新建学校', '无']);
    expect(tablesFromCellLines(prose)).toEqual(prose);
    const text = paras(['今年共实施项目10个。', '其中已完成6个。']);
    expect(tablesFromCellLines(text)).toBe(text);
  });
});

describe('one table per leader, printed one cell per paragraph (the shape of 龙湾 2023)', () => {
  const lines = [
    '2023年某区政府工作报告重点工作责任分解',
    '一、张某某常委、常务副区长牵头重点工作',
    '序号', '重点工作', '区本级', '任务数', '责任单位',
    '1', '地区生产总值增长6.5%。', '区发改局',
    '2', '争取省市财政专项资金13亿元以上。', '12亿元', '区财政局*、区发改局',
    '二、王某某副区长牵头重点工作',
    '序号', '重点工作', '区本级', '任务数', '责任单位',
    '1', '新增城镇就业1万人。', '区人力社保局',
  ];

  it('joins a header cell wrapped over two lines, places an omitted empty cell by fit, and reads a starred lead', () => {
    const doc = parse(lines);
    expect(doc.tasks.map((t) => t.text)).toEqual(['地区生产总值增长6.5%。', '争取省市财政专项资金13亿元以上。', '新增城镇就业1万人。']);
    expect(names(doc.tasks[1]!.leadUnits)).toEqual(['区财政局']);
    expect(names(doc.tasks[1]!.coUnits)).toEqual(['区发改局']);
  });

  it('gives each table’s rows the leader its heading names', () => {
    const doc = parse(lines);
    expect(doc.tasks.map((t) => t.leaders)).toEqual([['张某某'], ['张某某'], ['王某某']]);
  });
});

describe('a header cell wrapped after its verb (牵头 | 市领导, the shape of 余姚 2025)', () => {
  it('is one leader column, not a lead column beside a leader column', () => {
    const doc = parse([
      '序号', '目标任务', '牵头', '市领导', '责任单位', '进展情况', '形象进度(%)',
      '1', '新建公用充电桩350个', '吕  某', '市发改局', '新建公共充电桩99个。', '28%',
      '2', '建设电动自行车充电驿站1440个', '吕  某', '市消防大队', '已完成方案制定。', '30%',
    ]);
    expect(doc.tasks.map((t) => t.text)).toEqual(['新建公用充电桩350个', '建设电动自行车充电驿站1440个']);
    expect(doc.tasks.map((t) => names(t.leadUnits))).toEqual([['市发改局'], ['市消防大队']]);
    expect(doc.tasks[0]!.leaders.map((l) => l.replace(/\s/g, ''))).toEqual(['吕某']);
    expect(doc.tasks[0]!.progress).toContain('新建公共充电桩99个');
  });
});
