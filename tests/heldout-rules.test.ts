import { describe, expect, it } from 'vitest';
import { readTabRecord, splitDelimitedLine, tablesFromDelimitedLines } from '../src/extract/tables/delimited.js';
import { headerOf } from '../src/extract/tables/columns.js';
import { tablesFromCellLines } from '../src/extract/tables/cell-line-table.js';
import { answerStatus } from '../src/extract/tables/cell-status.js';
import { extractTablePlan } from '../src/extract/tables/plan-table.js';
import { collectingContext } from '../src/extract/types.js';
import { classifyStatusText } from '../src/classify/lexicon.js';
import { parseUnitList } from '../src/extract/units.js';
import type { Block } from '../src/model/blocks.js';
import { parseLabelled } from '../src/extract/assignments.js';
import { parseLaggingList } from '../src/extract/lagging.js';
import { parseStatedCounts } from '../src/classify/summary.js';

const para = (text: string): Block => ({ kind: 'para', text });

describe('tables pasted from Excel as delimited lines', () => {
  it('splits on TABs keeping empty cells, else on runs of two or more spaces only', () => {
    expect(splitDelimitedLine('7\t新增企业60家。\t市科技局\t\t已完成。\t是')).toEqual(['7', '新增企业60家。', '市科技局', '', '已完成。', '是']);
    expect(splitDelimitedLine('8  推进文旅融合  市文化和旅游局  全年 1—6月增长')).toEqual(['8', '推进文旅融合', '市文化和旅游局', '全年 1—6月增长']);
  });

  it('turns a header line and its rows into one table, section rows included, and stops at a footnote', () => {
    const blocks = [
      para('某市重点工作完成情况统计表'),
      para('序号\t工作任务\t牵头单位\t配合单位\t进展情况\t是否完成'),
      para('一、扩大有效投资'),
      para('1\t实施重点项目。\t市发展改革委\t市财政局\t已实施。\t是'),
      para('2    开工建设机场。    市发展改革委    市自然资源和规划局    正在设计。    推进中'),
      para('注：“是”为已完成年度目标任务。'),
    ];
    const out = tablesFromDelimitedLines(blocks);
    expect(out.map((b) => b.kind)).toEqual(['para', 'table', 'para']);
    const table = out[1] as Extract<Block, { kind: 'table' }>;
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]).toEqual(['一、扩大有效投资']);
    expect(table.rows[3]![5]).toBe('推进中');
  });

  it('reads Excel clipboard quoting: a multi-line cell in "…" spans lines, "" is one quote', () => {
    expect(readTabRecord('1\t任务\t"第一行').complete).toBe(false);
    expect(readTabRecord('1\t任务\t"第一行\n第二行"\t是')).toEqual({ cells: ['1', '任务', '第一行\n第二行', '是'], complete: true });
    expect(readTabRecord('2\t"受影响，""未能""完工。"\t否').cells).toEqual(['2', '受影响，"未能"完工。', '否']);
    const out = tablesFromDelimitedLines([
      para('序号\t工作任务\t牵头单位\t进展情况\t完成状态'),
      para('1\t实施重点项目。\t市发展改革委\t"1.实施468个。'),
      para('2.完成投资536亿元。"\t已完成'),
      para('2\t建设大桥。\t市交通运输局\t完成85%。\t滞后'),
    ]);
    expect(out).toHaveLength(1);
    const rows = (out[0] as Extract<Block, { kind: 'table' }>).rows;
    expect(rows.slice(1).map((r) => r[3])).toEqual(['1.实施468个。\n2.完成投资536亿元。', '完成85%。']);
  });

  it('reads a header and rows the page broke before their last cell (黄岩 澄江 2022)', () => {
    const out = tablesFromDelimitedLines([
      para('序号 | 项目名称 | 基本情况 |'),
      para('| 2022年完成进度(截至9月) |'),
      para('1 | 智能制造项目 | 项目用地约541亩，已完成拆迁动员。 |'),
      para('| 已完成 |'),
      para('2 | 物流项目 | 政策处理已进入扫尾阶段。 |'),
      para('| 推进中 |'),
    ]);
    expect(out).toHaveLength(1);
    const rows = (out[0] as Extract<Block, { kind: 'table' }>).rows;
    expect(rows[0]).toEqual(['序号', '项目名称', '基本情况', '2022年完成进度(截至9月)']);
    expect(rows.slice(1).map((r) => [r[1], r[3]])).toEqual([
      ['智能制造项目', '已完成'],
      ['物流项目', '推进中'],
    ]);
  });

  it('keeps a line opening with a pipe that names no column out of the header', () => {
    const out = tablesFromDelimitedLines([para('序号 | 项目名称 | 基本情况 |'), para('| 注：以下为第三季度情况。 |'), para('1 | 智能制造项目 | 已开工。 |')]);
    expect((out.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>).rows[0]).toHaveLength(3);
  });

  it('places a row one or two cells wider than its header on the columns its cells fit (高淳 2020: 年度任務 spans two)', () => {
    const out = tablesFromDelimitedLines([
      para('序號 | 年度任務 | 本月進展 | 是否達進度(未達進度注明原因) | 下月計劃 | 責任單位 | ||'),
      para('1 | 綠道建設 | 全區新改建綠道60公里。 | 部分道路已開工,其余正在做方案設計。 | 是 | 計劃完成4公里。 | 城建局 | |'),
      para('2 | 村級小泵站更新改造 | 實施12座村級小泵站更新改造。 | 完成項目形象進度10%。 | 是 | 計劃完成項目形象進度20%。 | 水務局 | |'),
    ]);
    expect(out).toHaveLength(1);
    const rows = (out[0] as Extract<Block, { kind: 'table' }>).rows;
    expect(rows[0]).toHaveLength(6);
    expect(rows[1]).toEqual(['1', '綠道建設 全區新改建綠道60公里。', '部分道路已開工,其余正在做方案設計。', '是', '計劃完成4公里。', '城建局']);
    expect(rows[2]![3]).toBe('是');
    expect(rows[2]![5]).toBe('水務局');
  });

  it('ends the table at a line three cells wider than its header', () => {
    const out = tablesFromDelimitedLines([
      para('序号 | 工作任务 | 责任单位 |'),
      para('1 | 建设绿道。 | 城建局 |'),
      para('a | b | c | d | e | f |'),
    ]);
    expect(out.map((b) => b.kind)).toEqual(['table', 'para']);
  });

  it('leaves prose with wide spaces alone when no header row starts the run', () => {
    const blocks = [para('责任单位：市发展改革委（牵头）、市财政局　　完成时限：2023年6月底')];
    expect(tablesFromDelimitedLines(blocks)).toEqual(blocks);
  });
});

describe('rows under cells a page spanned (嵊州 2022, 汶上 2023 in corpus/)', () => {
  it('places a continuation row on the columns it fits and fills the spanned number, item and unit from the row above', () => {
    const out = tablesFromDelimitedLines([
      para('序号 | 项目 | 省工作目标 | 牵头单位 | 1-6月进展情况 | 预计时间 |'),
      para('1 | 浙有善育 | 新增3个乡镇(街道)建有托育机构 | 卫生健康局 | 已全部完成。 | 已完成 |'),
      para('新增托位525个 | 卫生健康局 | 新增托位336个。 | 7月底 | ||'),
      para('新增普惠托位315个 | 新增普惠托位220个。 | 7月底 | |||'),
      para('2 | 浙派工匠 | 开展职业技能培训11300人次 | 人力社保局 | 已全部完成。 | 已完成 |'),
      para('新增技能人才2900人 | 人力社保局 | 加大力度开展培训。 | ||'),
    ]);
    const rows = (out[0] as Extract<Block, { kind: 'table' }>).rows;
    expect(rows[2]).toEqual(['1', '浙有善育', '新增托位525个', '卫生健康局', '新增托位336个。', '7月底']);
    // The unit is spanned too; the progress cell is each row's own, never taken from above.
    expect(rows[3]).toEqual(['1', '浙有善育', '新增普惠托位315个', '卫生健康局', '新增普惠托位220个。', '7月底']);
    // A deadline left empty stays empty.
    expect(rows[5]).toEqual(['2', '浙派工匠', '新增技能人才2900人', '人力社保局', '加大力度开展培训。', '']);
  });

  it('fills a unit column closing the row, and leaves rows of a table without numbers as printed', () => {
    const out = tablesFromDelimitedLines([
      para('序号 | 项目名称 | 项目内容 | 当前进展情况 | 进度评价 | 主办单位 |'),
      para('1 | 农村人居环境整治提升工程 | 试点村达到100个。 | 试点村达到100个; | 已完成 | 县农村人居环境整治工作专班 |'),
      para('建设“四好农村路”50公里。 | 完工建设50.52公里。 | 已完成 | |||'),
    ]);
    const rows = (out[0] as Extract<Block, { kind: 'table' }>).rows;
    expect(rows[2]).toEqual(['1', '农村人居环境整治提升工程', '建设“四好农村路”50公里。', '完工建设50.52公里。', '已完成', '县农村人居环境整治工作专班']);
    const plain = tablesFromDelimitedLines([
      para('项目 | 牵头单位 | 进展情况 |'),
      para('新建学校2所 | 教育局 | 正在施工。 |'),
      para('新增托位500个 | 正在建设。 |'),
    ]);
    expect((plain[0] as Extract<Block, { kind: 'table' }>).rows[2]).toEqual(['新增托位500个', '正在建设。', '']);
  });
});

describe('progress narratives: parts done beside a part short of its whole, and capacity once finished', () => {
  it('reads 已完成 parts with a part at 80% as under way, and takes no figure a finished works will give', async () => {
    const { progressTextStatus } = await import('../src/classify/progress-text.js');
    const { achievedOf } = await import('../src/classify/quantitative.js');
    expect(progressTextStatus('教学楼完成外墙脚手架拆除;内墙瓷砖完成80%;楼梯间贴大理石已完成;传达室配电房完成5O%内外墙油漆。')?.code).toBe('on_schedule');
    expect(progressTextStatus('教学楼外墙已完成,内墙粉刷已完成。')?.code).toBe('done');
    expect(achievedOf('马寅初小学改扩建工程完工后,可新增教室16个,共计可以增加学位1600个。')).toEqual([]);
    expect(achievedOf('已新增学位1600个。').map((q) => q.value)).toEqual([1600]);
  });
});

describe('a separate 配合单位 column and a 是否完成 column', () => {
  it('puts the 配合单位 cells into co units and answers 是/否 from the question', () => {
    const header = headerOf(['序号', '工作任务', '牵头单位', '配合单位', '进展情况', '是否完成'])!;
    expect(header.roles[5]).toBe('status');
    expect(header.coColumns).toEqual([3]);
    const [task] = extractTablePlan(
      [header.labels!, ['2', '建设大桥接线。', '市交通运输局、市重点工程建设管理中心', '东至县政府', '完成85%。', '否']],
      collectingContext('t'),
      {},
    );
    expect(task!.leadUnits.map((u) => u.name)).toEqual(['市交通运输局', '市重点工程建设管理中心']);
    expect(task!.coUnits.map((u) => u.name)).toEqual(['东至县政府']);
    expect(task!.status?.code).toBe('at_risk');
  });

  it('reads a 责任领导 column into leaders', () => {
    const header = headerOf(['序号', '重点任务', '责任领导', '牵头单位', '进展情况', '完成状态'])!;
    expect(header.leaderColumns).toEqual([2]);
    const [task] = extractTablePlan([header.labels!, ['1', '实施重点项目。', '王伟、李明', '市发展改革委', '已实施。', '已完成']], collectingContext('t'), {});
    expect(task!.leaders).toEqual(['王伟', '李明']);
    expect(task!.status?.code).toBe('done');
    expect(headerOf(['序号', '重点任务', '牵头市领导', '牵头单位', '完成状态'])!.leaderColumns).toEqual([2]);
  });

  it('keeps a lone 责任单位 column as lead (no co column without a lead column beside it)', () => {
    expect(headerOf(['序号', '重点任务', '配合单位', '完成状态'])!.coColumns).toBeUndefined();
  });

  it('reads 是 as done and 否 as at_risk for 是否完成, and leaves other words to the lexicon', () => {
    expect(answerStatus('是否完成', '是')?.code).toBe('done');
    expect(answerStatus('是否按期完成', '否')?.code).toBe('at_risk');
    expect(answerStatus('是否滞后', '是')?.code).toBe('lagging');
    expect(answerStatus('是否完成', '推进中')).toBeNull();
    expect(answerStatus('是否完成', '是否')).toBeNull();
  });
});

describe('lexicon and units seen in held-out documents', () => {
  it('reads 推进中 / 实施中 ending a cell or clause as on_schedule, not inside a longer phrase', () => {
    expect(classifyStatusText('推进中')?.code).toBe('on_schedule');
    expect(classifyStatusText('项目实施中。')?.code).toBe('on_schedule');
    expect(classifyStatusText('推进中存在资金缺口')?.code).toBe('unknown');
  });

  it('reads the status-cell words 完成 / 已完工 / 已办结 as done and 按计划推进 as on_schedule', () => {
    expect(classifyStatusText('完成')?.code).toBe('done');
    expect(classifyStatusText('已完工')?.code).toBe('done');
    expect(classifyStatusText('已办结')?.code).toBe('done');
    expect(classifyStatusText('按计划推进')?.code).toBe('on_schedule');
    // 完成 as a verb inside a cell decides nothing.
    expect(classifyStatusText('完成投资60%')?.code).toBe('unknown');
  });

  it('does not give an airport company named after its place the city prefix', () => {
    expect(parseUnitList('市发展改革委、九华山机场公司').map((u) => u.name)).toEqual(['市发展改革委', '九华山机场公司']);
    expect(parseUnitList('市交投集团、城投公司').map((u) => u.name)).toEqual(['市交投集团', '市城投公司']);
  });
});

describe('a 责任单位 list that assigns roles with verbs', () => {
  it('reads 市发展改革委牵头，市财政局、市统计局配合 as one lead and two co lists', () => {
    const roles = parseLabelled('责任单位：市发展改革委牵头，市财政局、市统计局配合').map((a) => [a.role, a.value]);
    expect(roles).toEqual([
      ['lead', '市发展改革委'],
      ['co', '市财政局、市统计局'],
    ]);
  });

  it('leaves a plain or bracket-marked list to the marker rule', () => {
    expect(parseLabelled('责任单位：市商务局（牵头）、市文化和旅游局').map((a) => a.role)).toEqual(['leadOrSole']);
  });
});

describe('notice variants: inline unnumbered items, the outline after the list, 完成情况 beside 进展情况', () => {
  it('splits ；-separated items when their number agrees with the stated count, and stops at 二、', () => {
    const { groups } = parseLaggingList([
      '一、推进滞后事项',
      '（一）市发展改革委（2项）：重点项目开工率低于序时进度；物流园建设推进较慢。',
      '（二）市住房城乡建设局（1项）：老旧小区改造开工进度滞后。',
      '二、下步工作要求',
      '请各单位认真整改。',
    ]);
    expect(groups.map((g) => [g.unit, g.items.map((i) => i.text)])).toEqual([
      ['市发展改革委', ['重点项目开工率低于序时进度', '物流园建设推进较慢。']],
      ['市住房城乡建设局', ['老旧小区改造开工进度滞后。']],
    ]);
  });

  it('reads groups numbered 1．/一是 with a count, a count after a colon, and items numbered （1）', () => {
    const a = parseLaggingList(['1．市发展改革委（2项）', '（1）重点项目开工率低于序时进度。', '（2）物流园建设推进较慢。', '2．市住房城乡建设局（1项）', '老旧小区改造开工进度滞后。']);
    expect(a.groups.map((g) => [g.unit, g.statedCount, g.items.map((i) => i.text)])).toEqual([
      ['市发展改革委', 2, ['重点项目开工率低于序时进度。', '物流园建设推进较慢。']],
      ['市住房城乡建设局', 1, ['老旧小区改造开工进度滞后。']],
    ]);
    const b = parseLaggingList(['市发展改革委：2项', '1.重点项目开工率低于序时进度。', '2.物流园建设推进较慢。', '一是市住房城乡建设局1项：老旧小区改造开工进度滞后。']);
    expect(b.groups.map((g) => [g.unit, g.statedCount, g.items.length])).toEqual([
      ['市发展改革委', 2, 2],
      ['市住房城乡建设局', 1, 1],
    ]);
  });

  it('keeps one item whole when its ；-clauses do not match the stated count', () => {
    const { groups } = parseLaggingList(['（一）市商务局（1项）：外资到位低于序时进度；需加大招商力度。']);
    expect(groups[0]!.items).toHaveLength(1);
  });

  it('reads 完成情况 as the status column when 进展情况 carries the narrative', () => {
    expect(headerOf(['序号', '重点任务', '牵头单位', '进展情况', '完成情况'])!.roles).toEqual(['number', 'text', 'units', 'progress', 'status']);
    // Alone, 完成情况 is the narrative column (宿州 notice appendix).
    expect(headerOf(['序号', '目标任务', '完成情况', '牵头责任单位'])!.roles).toEqual(['number', 'text', 'progress', 'units']);
  });
});

describe('stated counts in other notices\' wording', () => {
  const expected = { total: 12, done: 3, on_schedule: 6, lagging: 3 };
  it.each([
    '12项重点任务中，完成3项、正常推进6项、滞后3项。',
    '共梳理重点任务12项，已完成3项，占25%；序时推进6项，占50%；滞后3项，占25%。',
    '全市重点工作任务12项，其中已完成的3项，正在推进的6项，推进滞后的3项。',
  ])('%s', (p) => {
    const c = parseStatedCounts(p);
    expect({ total: c.total, done: c.done, on_schedule: c.on_schedule, lagging: c.lagging }).toEqual(expected);
  });

  it('does not read 完成 inside a longer verb phrase as the done class', () => {
    expect(parseStatedCounts('按期完成3项难度较大，推进较慢2项').done).toBeUndefined();
  });
});

describe('a table printed one cell per line with no unit column (雨花 2021: 序号 / 所在街道及社区 / 小区名称 / 实施进度 / 备注)', () => {
  const lines = ['序号', '所在街道及社区', '小区名称', '实施进度', '备注', '1', '左家塘街道官塘冲社区', '建安小区', '已开工', '省民生实事', '2', '东塘街道浦沅社区', '馨安苑', '已开工', '3', '砂子塘街道茶园坡社区', '建丰公寓', '已开工', '省民生实事', '扫一扫在手机打开当前页', '【打印本页】'];

  it('is a table, rows placed cell by cell, an empty last cell left empty, and the page after it left out', () => {
    const out = tablesFromCellLines(lines.map(para));
    const table = out.find((b) => b.kind === 'table') as Extract<Block, { kind: 'table' }>;
    expect(table.rows[0]).toEqual(['序号', '所在街道及社区', '小区名称', '实施进度', '备注']);
    expect(table.rows.slice(1).map((r) => [r[2], r[3]])).toEqual([
      ['建安小区', '已开工'],
      ['馨安苑', '已开工'],
      ['建丰公寓', '已开工'],
    ]);
    expect(out.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text)).toEqual(['扫一扫在手机打开当前页', '【打印本页】']);
  });

  it('still needs a task and its progress: a list of numbered names and places is no table', () => {
    const out = tablesFromCellLines(['序号', '所在街道及社区', '小区名称', '备注', '1', '左家塘街道', '建安小区', '无'].map(para));
    expect(out.some((b) => b.kind === 'table')).toBe(false);
  });
});
