import { describe, expect, it } from 'vitest';
import { splitInlineOrdinals } from '../src/extract/inline-ordinals.js';
import { findStatusListItems } from '../src/extract/prose/index.js';

describe('a numbered list run together into one paragraph', () => {
  it('cuts before each item of a counting sequence (钟山区 2017 十件民生实事)', () => {
    const line = '一、实现贫困群众48070人“三变”全覆盖，开展技能培训并解决就业;二、基本建成高中教育城配套基础设施;三、新建、改扩建4个乡镇卫生院;四、完成“3155工程”35.87万亩';
    expect(splitInlineOrdinals(line)).toEqual([
      '一、实现贫困群众48070人“三变”全覆盖，开展技能培训并解决就业;',
      '二、基本建成高中教育城配套基础设施;',
      '三、新建、改扩建4个乡镇卫生院;',
      '四、完成“3155工程”35.87万亩',
    ]);
  });

  it('keeps the heading before a colon as a line of its own, and reads 1. and （1） lists', () => {
    expect(splitInlineOrdinals('主要任务：1.加快项目建设。2.推进园区升级。3.完善配套设施。')).toEqual(['主要任务：', '1.加快项目建设。', '2.推进园区升级。', '3.完善配套设施。']);
    expect(splitInlineOrdinals('（1）改造供水管网；（2）新建污水泵站；（3）整治黑臭水体。')).toHaveLength(3);
  });

  it('leaves figures, two items, gaps and numbers inside names alone', () => {
    for (const line of [
      '地区生产总值增长1.5%；2.3万人实现就业；3.2亿元用于民生。',
      '一、加快项目建设；二、推进园区升级。',
      '一、加快项目建设；三、推进园区升级；四、完善配套设施。',
      '建成第一、二期工程；完成三、四号楼主体；五、六号楼封顶。',
    ]) {
      expect(splitInlineOrdinals(line)).toEqual([line]);
    }
  });
});

describe('a list introduced by 即：', () => {
  it('takes the ；-separated items with the verdict of the lead-in (永州 2018 民生实事)', () => {
    const items = findStatusListItems([
      '其中,有3个指标超额完成年度任务,即:新增城镇就业66289人,为任务的116.3%;新建自然村水泥(沥青)路2062.642公里,为任务的103.13%;提质改造农村公路714.011公里,为任务的102%。',
    ]);
    expect(items.map((i) => [i.text.split(',')[0], i.status?.code])).toEqual([
      ['新增城镇就业66289人', 'done'],
      ['新建自然村水泥(沥青)路2062.642公里', 'done'],
      ['提质改造农村公路714.011公里', 'done'],
    ]);
  });
});

describe('items given as labelled pairs (任务目标：… 进展情况：…)', () => {
  it('takes each task label as an item and the report after it as its progress and verdict (石家庄 2014)', async () => {
    const { findLabelledPairs } = await import('../src/extract/prose/labelled-pairs.js');
    const items = findLabelledPairs([
      '任务目标:对全市100个老旧小区的二次管网和换热站进行改造。 进展情况:实际确定改造任务为101个老旧小区。全部改造工作已于2014年11月14日前完工。 任务目标:新扩建50所公办标准化幼儿园。 进展情况:截至去年12月底,正在推进。',
    ]);
    expect(items.map((i) => [i.text, i.status?.code ?? null])).toEqual([
      ['对全市100个老旧小区的二次管网和换热站进行改造。', 'done'],
      ['新扩建50所公办标准化幼儿园。', 'on_schedule'],
    ]);
    expect(items[0]!.progress).toMatch(/^实际确定改造任务为101个老旧小区/);
  });

  it('needs two pairs: one labelled line is a form, not a list', async () => {
    const { findLabelledPairs } = await import('../src/extract/prose/labelled-pairs.js');
    expect(findLabelledPairs(['工作任务：完成道路改造。', '完成情况：已完成。'])).toEqual([]);
  });
});

describe('counted lists with the verdict before their bracket, and cited plan items', () => {
  it('reads 2项已完成年度目标任务(A、B) and A、B、C3个项目已实现1个月内完成 (淄川, 马关)', () => {
    const items = findStatusListItems([
      '99项重点工作任务中,2项已完成年度目标任务(全域公园建设、创建省级和美乡村),占总任务数的2.02%;8项未完成年初确定的季度目标任务,占总任务数的8.08%。',
      '其中马白镇木都底六、七组产业道路项目、马白镇木都底八组产业道路项目、八寨镇浪建线修复工程3个项目已实现1个月内完成,其余项目正有序按计划顺利推进。',
    ]);
    expect(items.map((i) => [i.text, i.status?.code])).toEqual([
      ['全域公园建设', 'done'],
      ['创建省级和美乡村', 'done'],
      ['马白镇木都底六、七组产业道路项目', 'done'],
      ['马白镇木都底八组产业道路项目', 'done'],
      ['八寨镇浪建线修复工程', 'done'],
    ]);
  });

  it('numbers a line that cites a plan item as 30项“…” and takes the quotation as its text', async () => {
    const { parseMarker } = await import('../src/extract/numbering.js');
    const m = parseMarker('30项“加快矿山企业国有化改革进程。”(牵头部门:区财政局、区自然资源局)')!;
    expect([m.marker.number, m.rest]).toEqual(['30', '加快矿山企业国有化改革进程。”(牵头部门:区财政局、区自然资源局)']);
    expect(parseMarker('30项重点任务已完成')).toBeNull();
  });

  it('calls an interim target missed lagging and a year target missed at risk', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('8项未完成年初确定的季度目标任务')?.code).toBe('lagging');
    expect(proseVerdict('未完成年度目标任务')?.code).toBe('at_risk');
    expect(proseVerdict('全部改造工作已于2014年11月14日前完工')?.code).toBe('done');
  });
});

describe('a numbered list a scrape flattened with spaces for line breaks (宁波 2014 公示)', () => {
  it('starts the list after a full stop and a space, and cuts later items at a space before the next number', () => {
    const line = '现将实事项目进展情况予以公示。 1.新建公交线路10条。 牵头领导:王某 责任单位:市交通委 2.新增公共自行车3000辆。 责任单位:市交通委 合计 24 3.新建停车场5处。 责任单位:市住建委';
    expect(splitInlineOrdinals(line)).toEqual([
      '现将实事项目进展情况予以公示。',
      '1.新建公交线路10条。 牵头领导:王某 责任单位:市交通委',
      '2.新增公共自行车3000辆。 责任单位:市交通委 合计 24',
      '3.新建停车场5处。 责任单位:市住建委',
    ]);
  });

  it('still needs a counting sequence: figures after spaces are no items', () => {
    const line = '今年完成投资 1.5亿元。 新增就业 2.3万人。 建成项目 3.2万平方米。';
    expect(splitInlineOrdinals(line)).toEqual([line]);
  });
});

describe('bracketed items after a heading in a flattened page (昭通 2016, corpus/mixed-aj)', () => {
  it('opens the run at (一) after a line break flattened to a space', () => {
    expect(
      splitInlineOrdinals('一、加快推进重大项目建设 (一)强化目标责任管理。严格落实投资目标责任。(市发改委牵头;市直相关部门配合) (二)落实项目推进机制。建立挂钩包保制度。(市发改委牵头) (三)创新考核管理机制。建立奖惩机制。(市发改委牵头)'),
    ).toEqual([
      '一、加快推进重大项目建设',
      '(一)强化目标责任管理。严格落实投资目标责任。(市发改委牵头;市直相关部门配合)',
      '(二)落实项目推进机制。建立挂钩包保制度。(市发改委牵头)',
      '(三)创新考核管理机制。建立奖惩机制。(市发改委牵头)',
    ]);
    // An arabic number after a space may be a figure: no run opens there.
    expect(splitInlineOrdinals('增长 1.5%；2.3万人；3.2亿元。')).toEqual(['增长 1.5%；2.3万人；3.2亿元。']);
  });
});
