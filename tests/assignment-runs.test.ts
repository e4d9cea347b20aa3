import { describe, expect, it } from 'vitest';
import { assignmentRuns } from '../src/extract/assignment-runs.js';
import { parseBytes } from '../src/pipeline.js';

/** Written for this test in the shape of 太康 2020: a heading, then one paragraph of tasks each closed by its own bracket. */
const BODY =
  '加快推进引黄调蓄工程建设，一期工程于2020年年底前完成。（牵头责任单位：水利局；配合单位：有关乡镇）。打造街头游园9个，2020年年底前完成。（牵头责任单位：城管局；配合单位：有关乡镇）。推进河道生态修复，打造河道生态走廊。（牵头责任单位：水利局；配合单位：有关乡镇）';

describe('a paragraph of tasks each closed by its own assignment bracket', () => {
  it('is cut into runs that each end with their labelled bracket', () => {
    expect(assignmentRuns(BODY)).toEqual([
      '加快推进引黄调蓄工程建设，一期工程于2020年年底前完成。（牵头责任单位：水利局；配合单位：有关乡镇）',
      '打造街头游园9个，2020年年底前完成。（牵头责任单位：城管局；配合单位：有关乡镇）',
      '推进河道生态修复，打造河道生态走廊。（牵头责任单位：水利局；配合单位：有关乡镇）',
    ]);
  });

  it('is left alone with one labelled bracket, a bracket that is no assignment, or text after the last bracket', () => {
    expect(assignmentRuns('建设养老中心1个。（牵头单位：民政局）')).toBeNull();
    expect(assignmentRuns('建设养老中心1个（含床位200张）。改造敬老院3所。（牵头单位：民政局）')).toBeNull();
    expect(assignmentRuns('建设养老中心1个。（牵头单位：民政局）改造敬老院3所。（牵头单位：民政局）另行安排。')).toBeNull();
  });

  it('gives one task per run under a numbered heading, and in a plan of unnumbered paragraphs', async () => {
    const numbered = ['关于印发重点工作任务分解的通知', '一、加快推进生态建设工程', BODY, '二、完善养老服务', '建设养老中心1个。（牵头责任单位：民政局）'].join('\n');
    const doc = await parseBytes(Buffer.from(numbered), 'plan.txt');
    expect(doc.tasks.map((t) => [t.text.slice(0, 6), t.leadUnits.map((u) => u.name), t.coUnits.map((u) => u.name)])).toEqual([
      ['加快推进引黄', ['水利局'], ['有关乡镇']],
      ['打造街头游园', ['城管局'], ['有关乡镇']],
      ['推进河道生态', ['水利局'], ['有关乡镇']],
      ['建设养老中心', ['民政局'], []],
    ]);
    expect(doc.tasks[0]!.section).toEqual(['加快推进生态建设工程']);
    const flat = await parseBytes(Buffer.from(['关于印发重点工作任务分解的通知', BODY].join('\n')), 'plan.txt');
    expect(flat.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['水利局'], ['城管局'], ['水利局']]);
  });
});

describe('unnumbered paragraphs that each hand a project to a unit (由X负责的…, 含山 林头镇 2021)', () => {
  it('gives one task per paragraph from its 由 on, led by that unit, when three or more have the shape', async () => {
    const page = [
      '累计征集重点项目3项。',
      '聚焦“幸福民生”。由镇公路站负责的农村道路硬化项目，建设自然村内道路12公里，预计11月份完成。',
      '聚焦“乡村振兴”。由农业农村办负责的美丽乡村建设项目，完善村内道路绿化亮化，预计12月份完成。',
      '聚焦“社会治理”。由镇城建规划分局负责的休闲景观绿化工程，建设休闲绿道1575米，预计12月份完成。',
    ].join('\n');
    const doc = await parseBytes(Buffer.from(page), 'plan.txt');
    expect(doc.tasks.map((t) => [t.text.slice(0, 12), t.leadUnits.map((u) => u.name)])).toEqual([
      ['由镇公路站负责的农村道路', ['镇公路站']],
      ['由农业农村办负责的美丽乡', ['农业农村办']],
      ['由镇城建规划分局负责的休', ['镇城建规划分局']],
    ]);
    // Two such paragraphs are a remark, not a plan.
    const two = await parseBytes(Buffer.from(page.split('\n').slice(0, 3).join('\n')), 'plan.txt');
    expect(two.tasks.filter((t) => t.leadUnits.some((u) => u.name === '镇公路站'))).toHaveLength(0);
  });
});
