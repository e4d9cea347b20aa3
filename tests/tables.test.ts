/**
 * Task tables in every layout and every kind of document: the one column
 * vocabulary, the layout-stage shape repairs, and statuses read from status
 * columns and progress cells. Inputs are written from the phrasing of real
 * tables in ../shared/corpus (苍南, 泰顺, 大竹, 平阳, 肇庆, 嵊泗, 淮南).
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/blocks.js';
import { columnRole, headerRoles, isTaskTableHeader, MAX_HEADER_COLUMNS } from '../src/extract/tables/columns.js';
import { inferHeader, repairTables } from '../src/extract/tables/shape.js';
import { splitPersonNames } from '../src/extract/tables/unit-cells.js';
import { leaderOfHeading } from '../src/extract/tables/headings.js';
import { progressTextStatus } from '../src/classify/progress-text.js';
import { extractDocument } from '../src/extract/index.js';
import { classifyDocument } from '../src/classify/index.js';

const table = (rows: string[][]): Block => ({ kind: 'table', rows });
const para = (text: string): Block => ({ kind: 'para', text });

function parse(blocks: Block[]) {
  return classifyDocument(extractDocument(blocks, 'test'));
}

describe('one column vocabulary', () => {
  it('takes no row wider than any task table as a header (a line of TAB padding)', () => {
    const header = ['序号', '工作任务', '牵头单位', '配合单位'];
    expect(isTaskTableHeader(header)).toBe(true);
    const padded = [...header, ...Array<string>(MAX_HEADER_COLUMNS).fill('')];
    expect(isTaskTableHeader(padded)).toBe(false);
    expect(headerRoles(padded).every((r) => r === null)).toBe(true);
  });

  it.each([
    ['序号', 'number'],
    ['民生实事', 'task'],
    ['项目内容', 'task'],
    ['承担的重点工作', 'task'],
    ['完成时限', 'deadline'],
    ['当前进度', 'progress'],
    ['落实情况', 'progress'],
    ['落实进展情况及问题原因', 'progress'],
    ['工作进展', 'progress'],
    ['进展状态', 'status'],
    ['是否完成', 'status'],
    ['是否達進度(未達進度注明原因)', 'status'],
    ['牵头单位', 'lead'],
    ['牵头单位及 主要负责人', 'lead'],
    ['配合单位', 'co'],
    ['责任单位', 'units'],
    ['牵头部门', 'lead'],
    ['分管 市领导', 'leaders'],
    ['牵头 领导', 'leaders'],
    ['一季度目标', 'target'],
    ['月度工作计划', 'target'],
    ['年度目标', 'target'],
    ['备注', 'remark'],
    ['评分部门', 'remark'],
    ['大类', 'category'],
  ])('%s → %s', (header, role) => {
    expect(columnRole(header)).toBe(role);
  });

  it('reads 目标完成情况 as the verdict when 进展情况 carries the narrative (柯桥)', () => {
    expect(headerRoles(['序号', '工作任务', '责任单位', '一季度目标', '进展情况、存在问题及下一步打算', '目标完成情况'])).toEqual([
      'number',
      'task',
      'units',
      'target',
      'progress',
      'status',
    ]);
  });

  it('takes a bare 单位 beside 责任部门 for the unit of measure (嵊泗 万亩)', () => {
    expect(headerRoles(['序号', '考核内容', '单位', '年度目标', '责任部门'])).toEqual(['number', 'task', 'remark', 'target', 'units']);
  });
});

describe('tables in any kind of document', () => {
  it('reads a 民生实事 table with deadlines and one unit per line (大竹)', () => {
    const doc = parse([
      table([
        ['序号', '民生实事', '责任单位', '完成时限'],
        ['1', '启动建设东柳河城区段综合治理工程和东湖湿地公园。', '县水务局\n县住建局\n县护城河指挥部', '12月底前'],
        ['2', '新建2座人行天桥。', '县住建局', '9月投入使用'],
      ]),
    ]);
    expect(doc.tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name), t.deadline])).toEqual([
      ['1', ['县水务局', '县住建局', '县护城河指挥部'], '12月底前'],
      ['2', ['县住建局'], '9月投入使用'],
    ]);
  });

  it('splits whole unit names glued where a PDF print lost the line breaks (seed 004 printed: 市科技局市财政局)', () => {
    const doc = parse([
      table([
        ['序号', '承担的重点工作', '完成状态', '工作进展情况', '牵头责任单位'],
        ['19', '强化企业创新主体地位,落实市级科技创新创业奖补政策。', '序时推进', '发挥财政资金引导作用。', '市科技局市财政局'],
        ['13', '主要预期目标月度、季度、年度完成情况协调督办。', '序时推进', '做好协调和督促工作。', '市政府办公室市发展改革委'],
        ['5', '城镇新增就业x万人。', '序时推进', '全市城镇新增就业xxxxx人。', '市人力资源和社会保障局'],
      ]),
    ]);
    expect(doc.tasks.map((t) => t.leadUnits.map((u) => u.name))).toEqual([['市科技局', '市财政局'], ['市政府办公室', '市发展改革委'], ['市人力资源和社会保障局']]);
  });

  it('reads status words inside the progress cell whatever kind the document is taken for (苍南)', () => {
    const doc = parse([
      table([
        ['序号', '项目内容', '当前进度', '牵头单位', '备注'],
        ['1', '新(改、扩)建公办园5所,新增公办幼儿学位1000个。', '80%(新区实验幼儿园进度滞后)', '县教育局', '市民生实事'],
        ['2', '建设四好农村路55公里。', '95%', '县交通局', '县民生实事'],
        ['3', '开工建设矾山镇、马站镇等2家中心敬老院。', '50%(马站未开工', '县民政局', '县民生实事'],
      ]),
    ]);
    expect(doc.tasks.map((t) => [t.status?.code ?? null, t.leadUnits.map((u) => u.name)])).toEqual([
      ['lagging', ['县教育局']],
      [null, ['县交通局']],
      ['stalled', ['县民政局']],
    ]);
  });

  it('reads an opening 已完成。 in a 落实情况 cell and ignores the 月度工作计划 column (泰顺)', () => {
    const doc = parse([
      table([
        ['序号', '项目内容', '月度工作计划', '牵头单位', '落实情况'],
        ['4', '培训应急救护人员235人。', '4月:明确点位培训人员对象,完成应急救护人员培训65人。', '县红十字会', '已完成。\n已确定点位,培训188人,完成进度80%。'],
      ]),
    ]);
    expect(doc.tasks[0]!.text).toBe('培训应急救护人员235人。');
    expect(doc.tasks[0]!.status?.code).toBe('done');
  });

  it('takes the person after the unit in a 牵头单位及主要负责人 cell as a leader (肇庆)', () => {
    const doc = parse([
      table([
        ['大类', '序号', '工作任务', '分管 市领导', '牵头单位及 主要负责人', '落实进展情况'],
        ['一、继续提高底线民生保障水平', '1', '将城镇、农村低保人均最低补差水平提高。', '陈宣群', '市民政局 伍泽国', '已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月。'],
        ['2', '特困供养人员基本生活标准不低于当地最低生活保障标准的1.6倍。', '陈宣群', '市民政局 伍泽国', '已完成。 从2020年1月1日起,已提高我市城乡特困人员供养最低标准。', ''],
      ]),
    ]);
    expect(doc.tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name), t.leaders, t.status?.code])).toEqual([
      ['1', ['市民政局'], ['陈宣群', '伍泽国'], 'done'],
      ['2', ['市民政局'], ['陈宣群', '伍泽国'], 'done'],
    ]);
  });

  it('takes the task from the column whose cells differ row to row, not the rowspan group (嵊泗)', () => {
    const doc = parse([
      table([
        ['考核项目', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门'],
        ['农业高质高效', '1', '确保粮食和重要农产品有效供给', '粮食播种面积', '万亩', '0.07', '县农业农村局'],
        ['农业高质高效', '2', '确保粮食和重要农产品有效供给', '油菜面积', '万亩', '全市统筹', '县农业农村局'],
      ]),
    ]);
    expect(doc.tasks.map((t) => [t.text, t.leadUnits.map((u) => u.name)])).toEqual([
      ['粮食播种面积', ['县农业农村局']],
      ['油菜面积', ['县农业农村局']],
    ]);
  });

  it('reads a table flattened one cell per paragraph in a 督查通报 (淮南)', () => {
    const doc = parse(
      ['序号', '主要任务', '牵头单位', '落实情况', '1', '衷心拥护两个确立、忠诚践行两个维护。', '市政府办', '严格执行市政府常务会议“第一议题”制度。', '2', '认真履行全面从严治党主体责任和一岗双责。', '市政府办', '市政府督查考核办', '市政府党组第一时间学习贯彻二十届中央纪委二次全会精神。'].map(para),
    );
    expect(doc.tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name)])).toEqual([
      ['1', ['市政府办']],
      ['2', ['市政府办', '市政府督查考核办']],
    ]);
  });
});

describe('table shape repairs', () => {
  it('gives a row the scrape left short after a merged cell its category back (肇庆 大类)', () => {
    const [b] = repairTables([
      table([
        ['大类', '序号', '工作任务', '牵头单位'],
        ['一、民生', '1', '任务甲。', '市民政局'],
        ['2', '任务乙。', '市民政局', ''],
      ]),
    ]);
    expect(b!.kind === 'table' && b!.rows[2]).toEqual(['一、民生', '2', '任务乙。', '市民政局']);
  });

  it('infers the header of a table printed without one from what its columns hold (平阳)', () => {
    expect(
      inferHeader([
        ['1', '完成27所学校教育基础设施改造提升,新安装空调970台。', '县教育局', '已经安装公办中小学970台空调;新风系统在招投标中。', '按时序推进'],
        ['2', '完成10家示范型居家养老服务照料中心建设。', '县民政局', '已完成设计方案,5家施工中,5家完成建设。', '按时序推进'],
        ['3', '为全县200名以上残疾儿童实施基本康复服务和救助。', '县残联', '已完成半年度报销工作。', '按时序推进'],
      ]),
    ).toEqual(['序号', '工作任务', '责任单位', '进展情况', '完成状态']);
  });

  it('infers no header for a layout table of prose', () => {
    expect(inferHeader([['首页', '政务公开'], ['发布日期:2021-09-08', '信息来源:市政府办公室']])).toBeNull();
  });

  it('splits a person off a unit cell only beside a unit name', () => {
    expect(splitPersonNames('市民政局 伍泽国')).toEqual({ rest: '市民政局', persons: ['伍泽国'] });
    expect(splitPersonNames('市发改委 市财政局').persons).toEqual([]);
    expect(splitPersonNames('陈宣群').persons).toEqual([]);
  });
});

describe('status in a progress cell', () => {
  it.each([
    ['80%(新区实验幼儿园进度滞后)', 'lagging'],
    ['80%（新区实验幼儿园进度滞后）', 'lagging'],
    ['57%(赤溪、灵溪偏慢)', 'lagging'],
    ['22%(严重滞后)', 'lagging'],
    ['50%(马站未开工', 'stalled'],
    ['偏慢', 'lagging'],
    ['尚未开工', 'stalled'],
    ['按时推进', 'on_schedule'],
    ['已完成。已制定并下发老年名免费接种流感疫苗工作方案。', 'done'],
    ['已完成。 从2020年1月1日起,已将我市城乡低保标准提高到835元/人月', 'done'],
    ['项目已开工建设,进展顺利', 'on_schedule'],
    ['虽然前期进度滞后,但目前已全面完成', 'done'],
  ])('%s → %s', (cell, code) => {
    expect(progressTextStatus(cell)?.code).toBe(code);
  });

  it.each([
    // a bare figure states no verdict
    ['95%'],
    // negated
    ['未完成'],
    ['无滞后'],
    ['不存在进度滞后问题'],
    // mixed parts: no verdict for the task
    ['3所已完工,2所进度滞后,其余正在推进中'],
  ])('%s → none', (cell) => {
    expect(progressTextStatus(cell)).toBeNull();
  });

  it('已完成 + its object reports a step, not the task done: steps only say the task is under way (平阳 row 7, 大余 2024)', () => {
    expect(progressTextStatus('已完成现场排查并制定改造方案,已完成闹村')?.code).toBe('on_schedule');
  });
});

describe('a table stored as `cell | cell |` rows (乐清 附件)', () => {
  it('reads the pipe rows as a table and the column of short verdicts as the status column', () => {
    const doc = parse(
      [
        '附件: 1.2022年度省政府民生实事项目完成情况',
        '序号 | 项 目 内 容 | 年度完成情况 | 完成成效 | 责任单位 | 责任人 |',
        '1 | 新增2个乡镇(街道)建有托育机构 | 完成新增智仁乡和岭底乡建有托育机构。 | 完成任务 | 市卫健局 | 仇永亲 |',
        '2 | 新增托位1140个,普惠托位685个 | 新增托位1155个,其中新增普惠托位1155个。 | 超额完成 | 市卫健局 | 黄李虎 |',
      ].map(para),
    );
    expect(doc.tasks.map((t) => [t.number, t.text, t.leadUnits.map((u) => u.name), t.leaders, t.status?.code])).toEqual([
      ['1', '新增2个乡镇(街道)建有托育机构', ['市卫健局'], ['仇永亲'], 'done'],
      ['2', '新增托位1140个,普惠托位685个', ['市卫健局'], ['黄李虎'], 'done'],
    ]);
  });
});

describe('a table flattened one row per line with single spaces (常熟)', () => {
  it('reads the rows that follow a header closing its paragraph, splitting the unit cell off the text', () => {
    const doc = parse(
      [
        '附件:常熟市2018年政府工作任务分解表 常熟市人民政府办公室 2018年2月24日 常熟市2018年政府工作任务分解表 序号 名称 工作任务 牵头责任单位',
        '一、经济社会发展主要预期目标分解(11项)',
        '1 地区生产总值增长7%以上,服务业增加值占GDP比重47.1%. 发改委',
        '2 一般公共预算收入增长8%以上. 财政局',
        '3 全社会固定资产投资额550亿元,其中:工业技改投资增长10%. 发改委、经信委、科技局',
      ].map(para),
    );
    expect(doc.tasks.map((t) => [t.number, t.text, t.leadUnits.map((u) => u.name)])).toEqual([
      ['1', '地区生产总值增长7%以上,服务业增加值占GDP比重47.1%.', ['发改委']],
      ['2', '一般公共预算收入增长8%以上.', ['财政局']],
      ['3', '全社会固定资产投资额550亿元,其中:工业技改投资增长10%.', ['发改委', '经信委', '科技局']],
    ]);
  });
});

describe('a flattened row whose progress cell ends without 。 (武侯 2018, corpus/status-ap)', () => {
  it('starts the next row at its number when its unit cell follows the text', () => {
    const doc = parse(
      [
        '序号 民生项目内容 牵头单位 1-6月进展',
        '一、方便市民出行',
        '1 改造环卫公厕5座 区城管局 已完成改造环卫公厕2座。',
        '2 完成城市道路检查井盖病害治理1800个 区交通局 已完成城市道路检查井盖病害治理623个',
        '3 打造背街小巷环境综合整治示范街1条 区城管局 目前已完成整体打造设计方案。',
        '4 新改建旅游厕所1所 区文体旅游局 已新建旅游厕所1所。',
      ].map(para),
    );
    expect(doc.tasks.map((t) => [t.number, t.text, t.leadUnits.map((u) => u.name)])).toEqual([
      ['1', '改造环卫公厕5座', ['区城管局']],
      ['2', '完成城市道路检查井盖病害治理1800个', ['区交通局']],
      ['3', '打造背街小巷环境综合整治示范街1条', ['区城管局']],
      ['4', '新改建旅游厕所1所', ['区文体旅游局']],
    ]);
  });
});

describe('sections headed by the leader in charge, labels inside the task cell (湖州)', () => {
  it('reads the leader from the heading, the units from the label, and skips the header printed again', () => {
    const doc = parse(
      [
        '2023年市政府工作报告重点工作半年度完成情况汇总表',
        '洪湖鹏市长主抓重点工作',
        '序号',
        '目标任务',
        '推进情况',
        '1',
        '实施新时代为民办实事长效机制,确保新增财力的三分之二以上用于民生。责任单位:市政府办公室、市财政局',
        '1.《关于进一步健全完善新时代为民办实事长效机制的实施意见(试行)》已经市政府常务会议审议通过。',
        '吴智勇常务副市长主抓重点工作',
        '序号',
        '目标任务',
        '推进情况',
        '2',
        '地区生产总值增长6%左右,奋力突破4000亿元关口。责任单位:市发展改革委',
        '今年以来,全市经济运行呈现低开稳走、回升向好良好态势。',
      ].map(para),
    );
    expect(doc.tasks.map((t) => [t.number, t.text, t.leadUnits.map((u) => u.name), t.leaders, t.progress])).toEqual([
      ['1', '实施新时代为民办实事长效机制,确保新增财力的三分之二以上用于民生。', ['市政府办公室', '市财政局'], ['洪湖鹏'], '1.《关于进一步健全完善新时代为民办实事长效机制的实施意见(试行)》已经市政府常务会议审议通过。'],
      ['2', '地区生产总值增长6%左右,奋力突破4000亿元关口。', ['市发展改革委'], ['吴智勇'], '今年以来,全市经济运行呈现低开稳走、回升向好良好态势。'],
    ]);
  });

  it.each([
    ['洪湖鹏市长主抓重点工作', '洪湖鹏'],
    ['吴智勇常务副市长主抓重点工作', '吴智勇'],
    ['朱伟县长牵头重点工作', '朱伟'],
    ['市长主抓重点工作', null],
    ['加快推进重点工作', null],
  ])('leader of heading %s → %s', (heading, leader) => {
    expect(leaderOfHeading(heading)).toBe(leader);
  });
});

describe('a lead cell the wrap broke after its separator (嘉兴)', () => {
  it('keeps both units of 嘉善县政府、 | 长三角发展办 and reads the 进展状态 column', () => {
    const doc = parse(
      [
        '序号',
        '主要工作任务',
        '进展情况',
        '牵头部门',
        '进展状态',
        '1',
        '组织实施高水平生态绿色示范区建设专项行动。',
        '1.推进高水平生态绿色示范区建设专项行动,嘉善县今年排定85个项目。',
        '2.临沪高能级智慧产业新区完成工业投入41.26亿元。',
        '嘉善县政府、',
        '长三角发展办',
        '按时推进',
      ].map(para),
    );
    expect(doc.tasks.map((t) => [t.leadUnits.map((u) => u.name), t.status?.code])).toEqual([[['嘉善县政府', '长三角发展办'], 'on_schedule']]);
  });
});

describe('one header rule for real and pasted tables', () => {
  const rows = [
    ['工作任务', '牵头单位', '完成时限'],
    ['新建2座人行天桥。', '县住建局', '9月投入使用'],
    ['启动县图书馆新馆建设。', '县文体广新局', '12月底前'],
  ];
  const expected = [
    ['1', '新建2座人行天桥。', ['县住建局'], '9月投入使用'],
    ['2', '启动县图书馆新馆建设。', ['县文体广新局'], '12月底前'],
  ];
  const view = (blocks: Block[]) => parse(blocks).tasks.map((t) => [t.number, t.text, t.leadUnits.map((u) => u.name), t.deadline]);

  it('reads a table without 序号 from HTML', () => {
    expect(view([table(rows)])).toEqual(expected);
  });

  it('reads the same table pasted as TSV', () => {
    expect(view(rows.map((r) => para(r.join('\t'))))).toEqual(expected);
  });
});

describe('a key/value metadata table is not a task table (紫阳)', () => {
  it('reads no tasks from 文件名称 | … | 公开责任部门 | … rows', () => {
    const doc = parse(
      [
        '文件名称 | 2022年第八次县政府常务会议确定事项落实情况的通报 | ||',
        '索引号 | zyxzfzyxzfbgs/2022-4992 | 公开目录: | 政务督查 |',
        '公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |',
      ].map(para),
    );
    expect(doc.tasks).toEqual([]);
  });
});

describe('rows that lost the cells merged down from the row above', () => {
  it('sit where their status cell says, taking the lost cells on both sides from the row above (汶上)', () => {
    const header = ['序号', '项目名称', '项目内容', '当前进展情况', '进度评价', '主办单位'];
    const rows = [
      header,
      ['1', '农村人居环境整治提升工程', '试点村达到100个。', '试点村达到100个;', '已完成', '县农村人居环境整治工作专班'],
      ['建设“四好农村路”50公里。', '完工建设50.52公里。', '已完成', '', '', ''],
      ['完成生活污水治理村庄61个。', '61个村庄已全部开工建设。', '正常推进', '', '', ''],
      // No status word at its end: nothing says where it sits, so it is left as printed.
      ['持续推动生活垃圾分类,', '引导村民积极参与', '', '', '', ''],
    ];
    const [table] = repairTables([{ kind: 'table', rows }]);
    const out = (table as { rows: string[][] }).rows;
    expect(out[2]).toEqual(['1', '农村人居环境整治提升工程', '建设“四好农村路”50公里。', '完工建设50.52公里。', '已完成', '县农村人居环境整治工作专班']);
    expect(out[3]![4]).toBe('正常推进');
    expect(out[4]).toEqual(rows[4]);
  });
});
