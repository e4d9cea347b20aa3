/**
 * Unnumbered tasks each followed by their own label lines, in the shape of the 郑州 2012 十大实事 page in
 * corpus/plans-u (not copied from it).
 */
import { describe, expect, it } from 'vitest';
import { labelledParagraphTasks } from '../src/extract/labelled-paragraphs.js';

describe('paragraphs each followed by their own label lines', () => {
  const lines = [
    '今年市政府公布了十大实事的任务分解表。',
    '关键词 教育',
    '市区新增优质中小学招生学位2万个。',
    '主管领导:张某',
    '责任单位:市教育局',
    '进度安排:6月底前基本完成基建任务;12月底前全部落实。',
    '新建、改扩建幼儿园80所。',
    '主管领导:张某',
    '责任单位:市教育局、市财政局',
  ];

  it('reads each paragraph as a task with its units and leaders; a label that assigns nothing ends the value before it', () => {
    const tasks = labelledParagraphTasks(lines, {});
    expect(tasks.map((t) => t.text)).toEqual(['市区新增优质中小学招生学位2万个。', '新建、改扩建幼儿园80所。']);
    expect(tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['市教育局'], ['市教育局', '市财政局']]);
    expect(tasks[0]!.leaders).toEqual(['张某']);
  });

  it('takes no task from a single labelled paragraph', () => {
    expect(labelledParagraphTasks(lines.slice(0, 6), {})).toEqual([]);
  });
});
