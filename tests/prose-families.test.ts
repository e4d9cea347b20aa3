/**
 * Families of prose and table layouts met in the corpus sets added in session 12 (status-h, status-g, status-f, status-e,
 * mixed-e): each test names the document that showed the shape, and checks the concept on a sentence of that shape.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findStatusListItems } from '../src/extract/prose/index.js';
import { splitNames } from '../src/extract/prose/items.js';
import * as items from '../src/extract/prose/items.js';
import { splitProseSentences } from '../src/extract/prose/sentences.js';
import { findCategoryItems } from '../src/extract/prose/category-clauses.js';
import { findBulletedLists } from '../src/extract/prose/bulleted-lists.js';
import { proseVerdict, verdictOf } from '../src/classify/lexicon.js';
import { classifyProgress } from '../src/classify/index.js';
import { columnRole } from '../src/extract/tables/columns.js';
import { isUnitName } from '../src/extract/tables/unit-cells.js';
import { parseLines } from './support/extract.js';
import { reportsProgress } from '../src/classify/reports-progress.js';

/** The verdict a report's words state of their subject, or null. */
const saidOf = (text: string) => proseVerdict(text, { saidOfSubject: true })?.code ?? null;

const lists = (paras: string[]) => findStatusListItems(paras).map((i) => [i.text, i.status?.code ?? null]);
const code = (t: string) => verdictOf(t)?.code ?? null;

describe('status words of news relays and township reports', () => {
  it.each([
    ['等工程均全面展开', 'on_schedule'],
    ['已开始建设一层主体结构', 'on_schedule'],
    ['等工程进展加快', 'good'],
    ['各项工作建设如火如荼', 'on_schedule'],
    ['等3项重点民生实事正在积极推进', 'on_schedule'],
    ['考虑财政保障难度大，项目暂缓。', 'stalled'],
    ['等工程进展相对偏慢', 'lagging'],
    ['已启动实施项目', 'on_schedule'],
    ['正在开展风机吊装作业', 'on_schedule'],
    ['等重点项目进度已超过90%', 'on_schedule'],
    ['车间已建成，正在安装设备', 'on_schedule'],
    ['软装和家具正在设计阶段', 'on_schedule'],
    // A step towards the works done is the works under way, not the project done.
    ['已完成地质勘探工作', 'on_schedule'],
    ['已完成主体建设', 'on_schedule'],
    ['可行性研究报告已完成', 'on_schedule'],
    ['已完工', 'done'],
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });
  it('an order is not a verdict: 积极推进 opening a clause, 将开始建设', () => {
    expect(proseVerdict('积极推进产业园建设，确保年底完工')).toBeNull();
    expect(code('计划下月开始建设')).not.toBe('on_schedule');
  });
  it('done in a task’s progress words outranks a rate reached (上虞 2024: 已完成，目前通达率98%)', () => {
    const st = classifyProgress({ text: '实现200人以上较大自然村公交通达率97%以上', progress: '已完成,目前通达率98%' }, null);
    expect(st?.code).toBe('done');
  });
});

describe('lists closed by 等 with their verdict (湖北 十件实事, 肥乡 2014, 华龙 2023)', () => {
  it('以及 joins two items of a 、-list; 和 inside a name stays', () => {
    expect(splitNames('学校标准化建设工程、农村公路建设和管养工程以及水利基础设施建设')).toEqual([
      '学校标准化建设工程',
      '农村公路建设和管养工程',
      '水利基础设施建设',
    ]);
  });
  it('reads the list and its verdict, and a count that is the object of 包含 introduces nothing', () => {
    expect(
      lists([
        '全市“十件实事”包含子项目18个,其中创业带动就业工程完成阶段目标任务的100%,元至3月份,共扶持创业206人。学校标准化建设工程、惠民生工程以及水利基础设施建设等工程均全面展开。',
      ]),
    ).toEqual([
      // The count introduces no list; the project 其中 picks out of it is named and judged (as corpus/status-h expects).
      ['创业带动就业工程', 'on_schedule'],
      ['学校标准化建设工程', 'on_schedule'],
      ['惠民生工程', 'on_schedule'],
      ['水利基础设施建设', 'on_schedule'],
    ]);
  });
  it('a traditional page is judged by the same words (等各項工作建設如火如荼)', () => {
    expect(lists(['目前,縣中心敬老院擴建、第二污水處理廠建設、縣興華街中段改造等各項工作建設如火如荼,今年全縣投入11億元。'])).toEqual([
      ['縣中心敬老院擴建', 'on_schedule'],
      ['第二污水處理廠建設', 'on_schedule'],
      ['縣興華街中段改造', 'on_schedule'],
    ]);
  });
  it('fields of work picked out (精心筛选出教育、交通、水利…等15项) are no items', () => {
    expect(lists(['该县精心筛选出教育、交通、水利、城建、养老等15项涉及群众切身利益的项目,作为优先发展的重点工程。'])).toEqual([]);
  });
  it('examples given with 如 whose own clause says something else (等基础设施落后) take no verdict from the section', () => {
    expect(lists(['一、基础设施建设项目有序推进', '一些公共基础设施还不到位,如美化、亮化、公厕、垃圾和污水处理等基础设施落后,导致城镇化进程缓慢。'])).toEqual([]);
  });
});

describe('damaged full stops and 一是 lists (润雅 2016)', () => {
  it('an ASCII dot between words ends a sentence; a decimal point and a dot before 二是 do not', () => {
    expect(splitProseSentences('我乡已完成县分烟叶任务1276.已完成白皮柚种植100亩.路面硬化1.5公里')).toEqual([
      '我乡已完成县分烟叶任务1276.',
      '已完成白皮柚种植100亩.',
      '路面硬化1.5公里',
    ]);
    expect(splitProseSentences('有五项:一是完成县分烟叶任务.二是完成白皮柚种植.')).toHaveLength(1);
  });
  it('cuts an introduced list at its 一是/二是 marks, each item keeping its own 、', () => {
    expect(lists(['计划进行的产业开发有三项:一是完成县分烟叶任务.二是完成白皮柚、莓茶种植.三是建成1个千亩以上示范园.']).map((x) => x[0])).toEqual([
      '完成县分烟叶任务',
      '完成白皮柚、莓茶种植',
      '建成1个千亩以上示范园',
    ]);
  });
  it('a task named by its result, told of later with 已 before it, is done', async () => {
    const doc = await parseLines([
      '2016年上半年润雅乡主要工作目标管理情况自查报告',
      '现将上半年任务完成进展情况总结如下:',
      '二、产业开发工作稳步进行',
      '2016年,润雅乡计划进行的产业开发有三项:一是完成县分烟叶任务.二是完成白皮柚、莓茶种植.三是建成1个千亩以上示范园.截止6月份,我乡已完成县分烟叶任务1276.计划的示范园正进行规划.',
    ]);
    const task = doc.tasks.find((t) => t.text === '完成县分烟叶任务');
    expect(task?.status?.code).toBe('done');
    // The heading 产业开发工作稳步进行 is no unit (行 ends a bank, not 进行).
    expect(doc.lagging ?? []).toEqual([]);
  });
  it('行 ends a bank’s name, not the verbs 进行/运行/执行', () => {
    expect(isUnitName('中国人民银行舟山市中心支行')).toBe(true);
    expect(isUnitName('农发行')).toBe(true);
    expect(isUnitName('产业开发工作稳步进行')).toBe(false);
    expect(isUnitName('垃圾处理模式运行')).toBe(false);
  });
});

describe('clause runs and categories (润雅 2016, 锡林浩特 2025, 巴中 2017)', () => {
  const cats = (paras: string[]) => findCategoryItems(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('two of three ；-clauses judging three projects, after a time and the place speaking, make a run', () => {
    expect(
      cats([
        '截至6月底,我乡甲村路面硬化1.5公里、乙村路面硬化1.5公里村道建设已全部完工;丙村至政府路面硬化4.5公里已完成设计,路基正在整理之中;丁村道路硬化4公里,戊村公路硬化均已完成项目设计,预计下半年实施。',
      ]),
    ).toEqual([
      ['甲村路面硬化1.5公里', 'done'],
      ['乙村路面硬化1.5公里村道建设', 'done'],
      ['丙村至政府路面硬化4.5公里', 'on_schedule'],
    ]);
  });
  it('two ；-clauses of one project each are still no run', () => {
    expect(cats(['高铁商务区市政配套工程已于4月27日开工建设;迎宾大道改造工程正在有序推进。'])).toEqual([]);
  });
  it('a place with its bracketed count (恩阳区有1(…)推进缓慢) is no clause project', () => {
    expect(cats(['其中巴州区有3(甲建设、乙建设、丙建设)推进缓慢;恩阳区有1(乙建设)推进缓慢;南江县有2(丁建设、乙建设)推进缓慢;通江县有1(甲建设)推进缓慢。'])).toEqual([]);
  });
  it('从X领域来看 opens a category; its clauses list projects closed by 等重点项目 or by 等 before 皆', () => {
    expect(
      cats([
        '从工业及信息化领域来看,已实施重点项目20个,年内已完成投资7.3亿元。截至目前,明阳风电叶片高端制造项目、爱味客冷冻薯条扩产项目等皆已投产运营。',
        '从基础设施领域来看,已实施重点项目30个。截至目前,防洪排涝提升工程、维修改造老旧公厕等重点项目已完工,开发区道路及配套管网工程等重点项目进度已超过90%。',
      ]),
    ).toEqual([
      ['明阳风电叶片高端制造项目', 'done'],
      ['爱味客冷冻薯条扩产项目', 'done'],
      ['防洪排涝提升工程', 'done'],
      ['维修改造老旧公厕', 'done'],
      ['开发区道路及配套管网工程', 'on_schedule'],
    ]);
  });
});

describe('bands by the share of the year’s plan reached (伊春 2020)', () => {
  const text =
    '截至12月末,全市10个百大项目全部开复工。其中,完成年度计划100%及以上的项目2个,分别为甲项目完成投资2.65亿元,乙工程完成投资6213万元。完成年度计划投资90%以上的项目2个,分别为丙项目完成投资3.2亿元,丁项目完成投资9276万元。';
  it('100% or more is done; below it, at the year’s end, lagging', () => {
    expect(lists([text]).map(([t, c]) => [String(t).slice(0, 3), c])).toEqual([
      ['甲项目', 'done'],
      ['乙工程', 'done'],
      ['丙项目', 'lagging'],
      ['丁项目', 'lagging'],
    ]);
  });
  it('the same share by the end of September keeps up with the schedule', () => {
    expect(lists([text.replace('12月末', '9月末')]).slice(2).map((x) => x[1])).toEqual(['on_schedule', 'on_schedule']);
  });
  it('without a date a share below 100% says nothing', () => {
    expect(lists([text.replace('截至12月末,', '')]).slice(2)).toEqual([]);
  });
});

describe('bulleted items each followed by their report (东北塘 2025)', () => {
  it('take the verdict of the group heading over them', () => {
    const got = findBulletedLists([
      '已完工项目',
      '☑辖区内老旧路灯改造出新工程项目',
      '对承塘路等478盏路灯进行刷漆出新,该项目已于3月完成。',
      '☑托育服务项目',
      '目前硬件装潢已于3月完成,正在开展招生宣传。',
      '已启动实施项目',
      '☑东蕾苑二期新建工程',
      '该项目于2023年6月开工,目前主体完成约70%。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual([
      ['辖区内老旧路灯改造出新工程项目', 'done'],
      ['托育服务项目', 'done'],
      ['东蕾苑二期新建工程', 'on_schedule'],
    ]);
  });
  it('captions with prose between them and no judging heading are no list', () => {
    expect(findBulletedLists(['▲县十七届人大五次会议闭幕现场', '满意测评测量“温度”', '2020年,全县票决出5个项目。', '▲2021年3月4日,人大代表投票表决民生实事项目'])).toEqual([]);
  });
});

describe('a table printed one cell a line without 序号 (奉化 2022)', () => {
  it('a next-steps column is a remark, not the task', () => {
    expect(columnRole('下步举措')).toBe('remark');
    expect(columnRole('2024年1-3月份进度安排')).toBe('remark');
    expect(columnRole('目标任务')).toBe('task');
  });
  it('each row starts at the task line with its units right after it', async () => {
    const doc = await parseLines([
      '《政府工作报告》重点工作2022年第一季度进展情况表',
      '目标任务',
      '牵头单位',
      '进展情况',
      '下步举措',
      '固定资产投资增长10%以上。',
      '发改局',
      '一季度累计完成投资96.8亿元,增速13.3%。',
      '督促各项目责任单位深入掌握项目用工情况。',
      '城乡居民收入与经济增长基本同步。',
      '发改局',
      '农业农村局',
      '一季度全区居民人均可支配收入16801元,增长5.9%。',
      '1.强化造血帮扶,推动低收入农户从事来料加工。',
      '2.强化帮扶力量,拓宽低收入农户增收渠道。',
      '居民消费价格涨幅3%左右。',
      '发改局',
      'CPI数据还未发布。',
      '加强价格监测。',
    ]);
    expect(doc.tasks.map((t) => [t.text, t.leadUnits.map((u) => u.name)])).toEqual([
      ['固定资产投资增长10%以上。', ['发改局']],
      ['城乡居民收入与经济增长基本同步。', ['发改局', '农业农村局']],
      ['居民消费价格涨幅3%左右。', ['发改局']],
    ]);
    expect(doc.tasks[1]!.progress).toContain('16801元');
    expect(doc.tasks[1]!.progress).not.toContain('强化造血帮扶');
  });
});

describe('items cited by number and quotation in a list of those behind (池州 2025)', () => {
  it('takes the quotation as the item, its number and the unit that leads it; 未达预期 is behind', () => {
    const got = findStatusListItems([
      '1-5月份,147项市政府重点工作总体进展顺利,其中:2项已完成(建成省级创新型城市、完成人工造林任务),137项按序时推进,8项未达预期目标。',
      '未达预期2项分别是:市发改委牵头的第1项“地区生产总值增长6.5%以上”,一季度增长6.4%;市生态环境局牵头的第11项“生态环境质量指标完成省下达目标任务”,PM2.5平均浓度上升4.8%。',
    ]).map((i) => [i.number, i.text, i.lead.map((u) => u.name), i.status?.code ?? null]);
    expect(got).toEqual([
      [null, '建成省级创新型城市', [], 'done'],
      [null, '完成人工造林任务', [], 'done'],
      ['1', '地区生产总值增长6.5%以上', ['市发改委'], 'lagging'],
      ['11', '生态环境质量指标完成省下达目标任务', ['市生态环境局'], 'lagging'],
    ]);
  });
  it('a count of places with their kinds in brackets (62个街道(镇、园区)) is no bracketed list', () => {
    expect(
      lists(['已有2项提前完成。这2项工作分别是:在市政务服务办成立公共热线服务中心;全市62个街道(镇、园区)共设置全要素网格5889个,提前完成配备网格员的任务。']).length,
    ).toBe(2);
  });
});

describe('bare lists a news report judges (九河 2018)', () => {
  it('names joined by 、 then a reported verdict, and what was done before the names it was done to', () => {
    expect(
      lists(['实施完成了甸头至金普、拉普至拉支、灵芝园路等通村通组道路,峰坪路、牛住山路、松坪路正在实施建设中。污水处理厂、天然气厂已基本建成。']),
    ).toEqual([
      ['甸头至金普', 'done'],
      ['拉普至拉支', 'done'],
      ['灵芝园路', 'done'],
      ['峰坪路', 'on_schedule'],
      ['牛住山路', 'on_schedule'],
      ['松坪路', 'on_schedule'],
      ['污水处理厂', 'done'],
      ['天然气厂', 'done'],
    ]);
  });
  it('steps done (已完成 of 围堰施工、河道内抽水), phrases with 的, and fields of two characters are no bare list', () => {
    expect(lists(['万福沟部分沟段围堰施工、河道内抽水已完成,正在进行清淤工作。'])).toEqual([]);
    expect(lists(['市政府承办的代表议案、市政协委员提案办理工作正在加紧推进。'])).toEqual([]);
    expect(lists(['教育、卫生正在有序推进。'])).toEqual([]);
  });
  it('a news report that says of several things that they are done or under way reports progress; a plan does not', () => {
    const opening = [
      '2018年,九河乡通过推进项目建设,使乡村面貌呈现新变化。',
      '项目建设持续推进。甲线路改造已顺利完成,乙隧洞协调正有序推进。丙高速公路建设项目已完成征地,丁工业园区正在施工中。',
    ];
    expect(reportsProgress('plan', null, opening)).toBe(true);
    expect(reportsProgress('plan', null, ['一、加快推进甲线路改造,确保年底完成。', '二、稳步推进乙隧洞建设。去年已完成征地。'])).toBe(false);
  });
});

describe('a relay with a site menu, counted lists closed by a comment (达茂旗 2017)', () => {
  it('a menu line (首 页 区县招商 产业园区 …) heads no group of a notice', async () => {
    const { isMenuLine } = await import('../src/extract/text.js');
    expect(isMenuLine('首 页 区县招商 产业园区 企业选址 优惠政策 新闻中心')).toBe(true);
    expect(isMenuLine('市发展改革委 8项')).toBe(false);
  });
  it('a 、-run before the first comma that holds the count is the list; the comment after the comma is not an item', () => {
    expect(
      lists(['截至6月底,100个项目已全部开复工。其中有3个项目已竣工,分别为:甲电力送出线路项目、乙光伏特许权项目和丙综合发电项目,全旗重点项目建设呈现启动早推进快的良好态势。']),
    ).toEqual([
      ['甲电力送出线路项目', 'done'],
      ['乙光伏特许权项目', 'done'],
      ['丙综合发电项目', 'done'],
    ]);
  });
});

describe('works listed after what was done to them, or before a verdict that closes their clause (巍山 2015)', () => {
  it('全面完成A工程，B工程，…和C工程建设 and A工程、B工程扎实稳步实施', () => {
    expect(
      lists(['全面完成巍宝山水库工程,大石板水库扩建工程,西河治理二、三期工程和灌区改造水利血防工程建设。锁水阁水库改扩建工程、东山干渠工程扎实稳步实施。']),
    ).toEqual([
      ['巍宝山水库工程', 'done'],
      ['大石板水库扩建工程', 'done'],
      ['西河治理二、三期工程', 'done'],
      ['灌区改造水利血防工程', 'done'],
      ['锁水阁水库改扩建工程', 'on_schedule'],
      ['东山干渠工程', 'on_schedule'],
    ]);
  });
  it('fields of work with a closing verdict, an aim (确保A、B建成通车) and places are none', () => {
    expect(lists(['设施农业、畜牧养殖、水产养殖和农产品初加工机械化取得明显进展。'])).toEqual([]);
    expect(lists(['确保107国道绕城段、星星竹海至大竹山段公路建成通车。'])).toEqual([]);
    expect(lists(['绿建区、湟里镇、西太湖已完成年度任务的80%。'])).toEqual([]);
  });
});

describe('a report to the 人大 on its 民生实事 (青田 2023)', () => {
  it('a lead-in that introduces a quotation with its verdict (无法如期完成的是“A”项目) judges it; a cause with 等因素 may stand before 影响进度滞后', () => {
    expect(
      lists([
        '无法如期完成的是“开工建设华侨医院”项目,该项目前期工作已完成,并具备开工条件。',
        '目前已完工56个,另有甲街道南湾村休闲场所、乙镇孙山村公路硬化等2个项目受政策处理、林地审批等因素影响进度滞后,完工时间相对延期。',
      ]),
    ).toEqual([
      ['开工建设华侨医院', 'at_risk'],
      ['甲街道南湾村休闲场所', 'lagging'],
      ['乙镇孙山村公路硬化', 'lagging'],
    ]);
  });
  it('(一)县级民生实事方面 heads a category, not an item after 报告如下：', async () => {
    const doc = await parseLines([
      '关于2023年民生实事办理情况的报告',
      '34项县级民生实事已完成31项;81项乡镇民生实事已完成56项,除3个项目进度滞后外,其余均能在春节前落实到位。现将有关情况报告如下:',
      '(一)县级民生实事方面',
      '县政府民生实事共涉及子任务34项,截至目前已完成31项。无法如期完成的是“开工建设华侨医院”项目,经研究暂缓实施。',
    ]);
    expect(doc.tasks.map((t) => t.text)).toEqual(['开工建设华侨医院']);
  });
});

describe('more report words, exceptions named after 除, a category column printed once (济宁 2009, 隆安 2015, 略阳 2019)', () => {
  it.each([
    ['等22个项目实现竣工投产或一期投产', 'done'],
    ['等10个项目基本具备竣工条件', 'on_schedule'],
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });
  it('目前除A、B正在进行前期工作外 names A and B', () => {
    expect(lists(['据悉,目前除粒粒谷生态产业综合开发项目、南宁港宝塔作业区一期工程正在进行前期工作外,其余项目均已开工。']).map((x) => x[0])).toEqual([
      '粒粒谷生态产业综合开发项目',
      '南宁港宝塔作业区一期工程',
    ]);
  });
  it('指标 before 工作任务 is a category; a row without it keeps its task in the task column (corpus/plans-a)', async () => {
    const page = readFileSync(new URL('../corpus/plans-a/lueyang_2019_plan.txt', import.meta.url), 'utf8');
    const doc = await parseLines(page.split('\n'));
    expect(doc.tasks.slice(0, 5).map((t) => [t.text, t.section])).toEqual([
      ['“两馆一站”免费开放服务人次较上年增长15%。', ['公共文化服务']],
      ['全年组织开展文化下乡等惠民演出不少于100场。', ['公共文化服务']],
      ['开展好“三下乡”活动。', ['公共文化服务']],
      ['推进县文化馆、图书馆总分馆制建设。', ['公共文化服务']],
      ['培育规模以上文化服务企业1家。', ['文化产业']],
    ]);
  });
});

describe('categories named with a colon, and a clause that goes on about the project before it (青川 2007)', () => {
  const cats = (paras: string[]) => findCategoryItems(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('交通方面： opens a category; “五一”节前可实现基本通车 judges the road before it and names nothing', () => {
    expect(
      cats(['交通方面:凉唐公路改造完成投资2400万元,“五一”节前可实现基本通车;酒家垭隧道完成投资600万元,上道坑掘进950米;姚秦公路改造完成投资200万元,7月底可实现铺油。']),
    ).toEqual([
      ['凉唐公路改造', 'on_schedule'],
      ['酒家垭隧道', null],
      ['姚秦公路改造', 'on_schedule'],
    ]);
  });
});

describe('news words for works finished or tried, and names sharing a head noun (祥云 2022, 梁山 2015)', () => {
  it.each([
    ['云南最大的铁路专用线通车运营', 'done'],
    ['立新年产1万吨再生硅材料项目一期投产', 'done'],
    ['一期投产后资金无法回笼', null],
    ['大理宸宇年产10万吨电池负极一体化项目送电试车', 'on_schedule'],
    ['2#楼室内加固结构主体施工至六层', 'on_schedule'],
    // The builders on site: the works begun (武侯 2018's reader; 宿迁 2019's left it without a verdict).
    ['庐山城市之家已进场施工', 'on_schedule'],
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });
  it('全铝、LNG、CNG、LPG生产线 is one name; 峰坪路、牛住山路、松坪路 are three', () => {
    expect(splitNames('盛润集团技改新上全铝、LNG、CNG、LPG生产线').length).toBe(4);
    const { joinSharedHead } = items;
    expect(joinSharedHead(splitNames('盛润集团技改新上全铝、LNG、CNG、LPG生产线'))).toEqual(['盛润集团技改新上全铝、LNG、CNG、LPG生产线']);
    expect(joinSharedHead(splitNames('峰坪路、牛住山路、松坪路、白岩路'))).toHaveLength(4);
  });
});

describe('news of projects started together (镇安 2015, 自贡 2018)', () => {
  it('a relative clause before the list (这次集中开工的A、B…等17个项目) judges it', () => {
    expect(lists(['这次集中开工的塔云山景区二期、兴隆遗址公园、县石材工业集中区等17个项目,涵盖了旅游开发、循环工业等多个领域。'])).toEqual([
      ['塔云山景区二期', 'on_schedule'],
      ['兴隆遗址公园', 'on_schedule'],
      ['县石材工业集中区', 'on_schedule'],
    ]);
  });
  it('a quotation the projects belong to (属于环境治理“三大战役”项目) is a kind, not a project', () => {
    expect(lists(['本次集中开工的79个项目涵盖产业、基础设施。其中,基础设施项目中有20个项目属于环境治理“三大战役”项目,总投资54亿元。'])).toEqual([]);
  });
});

describe('a list of short lines after …进展情况： (黄州 2020)', () => {
  it('reads one item a line, each judged by its own words, up to the date line', () => {
    expect(
      lists([
        '11月11日街道各社区双创工作进展情况:',
        '珠明山社区二组路面垃圾清理转运中',
        '新桥社区邓家大湾4组道路平整施工中:',
        '新桥社区雷家大湾6组污水沟下埋涵管已基本完工。',
        '三台河社区三组排水沟渠修建中。',
        '2020年11月11日',
      ]).map((x) => x[1]),
    ).toEqual(['on_schedule', 'on_schedule', 'done', 'on_schedule']);
  });
  it('short lines that judge nothing stay no list', () => {
    expect(lists(['主要工作情况:', '加强组织领导', '完善工作机制', '强化督查考核'])).toEqual([]);
  });
});

describe('a lone quotation governed by a verb is a term, not an item (高州 2024)', () => {
  it('聚焦群众“急难愁盼”，扎实推进… and 交出了…的“民生答卷” name no item; a quotation opening its clause still does', () => {
    expect(lists(['高州市坚持以人民为中心,聚焦群众“急难愁盼”,扎实推进十件民生实事。截至目前,所有项目均已全面完成,交出了一份温暖人心的“民生答卷”。'])).toEqual([]);
    expect(lists(['三季度新增完成全年目标任务项目中,“农村通村公路建设”上榜。'])).toEqual([['农村通村公路建设', 'done']]);
  });
  it('the verb that makes a list what its count names (将A、B…列为十件民生实事) closes the list', () => {
    const got = lists(['2024年,高州市将增加公办优质学位供给、提高特殊人群保障水平、老旧小区改造、地质灾害隐患点治理列为四件民生实事。']);
    expect(got.map((x) => x[0])).toEqual(['增加公办优质学位供给', '提高特殊人群保障水平', '老旧小区改造', '地质灾害隐患点治理']);
  });
  it('subsidies counted after a list (孤儿、困难残疾人等7项补贴标准全面提档) are no tasks', () => {
    expect(lists(['孤儿、困难残疾人、重度残疾人等7项补贴标准全面提档。'])).toEqual([]);
  });
  it('the title\'s count then judges all ten items the listing sentence names', async () => {
    const doc = await parseLines([
      '某市2024年四件民生实事全面完成',
      '本报讯 2024年,某市聚焦群众“急难愁盼”,扎实推进四件民生实事。截至目前,所有项目均已全面完成。',
      '2024年,某市将增加公办优质学位供给、提高特殊人群保障水平、老旧小区改造、地质灾害隐患点治理列为四件民生实事。',
    ]);
    expect(doc.tasks.map((t) => [t.text, t.status?.code])).toEqual([
      ['增加公办优质学位供给', 'done'],
      ['提高特殊人群保障水平', 'done'],
      ['老旧小区改造', 'done'],
      ['地质灾害隐患点治理', 'done'],
    ]);
  });
});

describe('lists of named works with a quotation inside a name and 以及 before the last (高邮 2016)', () => {
  it('a quotation whose name goes on to the next 、 is a word of that item; 以及 opens a last item holding its own 、', () => {
    const got = lists(['其中屏淮北路北延工程、“四城同创”城市基础设施提质工程、北门城墙遗址公园建设工程以及复建高邮州署、人民公园及周边环境整治工程等4个工程已开工。']);
    expect(got).toEqual([
      ['屏淮北路北延工程', 'on_schedule'],
      ['“四城同创”城市基础设施提质工程', 'on_schedule'],
      ['北门城墙遗址公园建设工程', 'on_schedule'],
      ['复建高邮州署、人民公园及周边环境整治工程', 'on_schedule'],
    ]);
  });
  it('a lead-in naming its projects by their state (开工建设的项目有2个，分别是) judges its own list, not the one before', () => {
    const got = lists(['其中,已竣工项目2个,分别是垃圾中转站建设工程、九里路建设工程;开工建设的项目有2个,分别是五号河泵站建设、湖西新区人民医院建设。']);
    expect(got).toEqual([
      ['垃圾中转站建设工程', 'done'],
      ['九里路建设工程', 'done'],
      ['五号河泵站建设', 'on_schedule'],
      ['湖西新区人民医院建设', 'on_schedule'],
    ]);
    expect(code('计划开工的项目有16个')).not.toBe('on_schedule');
    expect(code('1—7月,在建项目70个,完成投资30.3亿元')).toBeNull();
  });
});

describe('a report on industrial projects by class (麟游 2025)', () => {
  const paragraphs = [
    '2025年,全县共11个项目列入市级重点工业项目清单,已完成投资7.78亿元,占投资任务的92%,项目进展态势良好。',
    '续建项目成效凸显。常丰镇农光互补光伏项目安装预制管桩27000余柱、支架6200组,组装输电塔53基,已并网发电;招贤新材料产业园标准厂房主体完工,装修施工进行,投资达标。',
    '技改项目高效完工。郭家河煤矿三机升级、招贤煤矿选煤厂等技改项目完工投用,智能水平再上新台阶;招贤煤矿水力压裂项目施工有序推进。',
  ];
  it('the class headings name no task; the projects after them are the tasks, each judged by its own clause', async () => {
    const doc = await parseLines(paragraphs);
    const got = Object.fromEntries(doc.tasks.map((t) => [t.text, t.status?.code ?? null]));
    expect(got).toEqual({
      常丰镇农光互补光伏项目: 'done',
      招贤新材料产业园标准厂房: 'on_schedule',
      郭家河煤矿三机升级: 'done',
      招贤煤矿选煤厂: 'done',
      招贤煤矿水力压裂项目: 'on_schedule',
    });
  });
  it('完工投用, 已并网发电 are done; 近完工 is nearly so (under way); aims are neither', () => {
    expect(code('等技改项目完工投用')).toBe('done');
    expect(code('已全容量并网发电')).toBe('done');
    expect(code('冲击地压与水害治理近完工')).toBe('on_schedule');
    expect(code('力争年底并网发电')).toBeNull();
    // A finish forecast said alone is under way (Term.forecast, 杂多 2013); an aim before it is still no verdict.
    expect(code('将于年底完工投用')).toBe('on_schedule');
    expect(code('确保将于年底完工投用')).toBeNull();
  });
});

describe('projects restarted by a date (牡丹江 2019, 仙居 2017)', () => {
  it('A、B和C3个项目在3月末4月初已实现开复工: a time between the list and its verdict, 实现开复工 under way', () => {
    expect(lists(['全市10个省级“百大项目”中,荒沟抽水蓄能电站、牡丹江烟厂和绥芬河机场3个项目在3月末4月初已实现开复工,开复工率40%。'])).toEqual([
      ['荒沟抽水蓄能电站', 'on_schedule'],
      ['牡丹江烟厂', 'on_schedule'],
      ['绥芬河机场', 'on_schedule'],
    ]);
  });
  it('a quotation qualifying a noun after 的 (要以“钉钉子”的精神抓好落实…未完成目标) is no item', () => {
    expect(lists(['要以“钉钉子”的精神抓好落实2017年政府工作报告未完成目标和2018年政府工作报告内容。'])).toEqual([]);
  });
});

describe('report words for works running or laid (邢台 2016, 泰安 2021, 大陈 2021, 湖北 undated)', () => {
  it('进入试运营, 已经试生产, 已铺设完成 closing its clause, 并投入使用 are done; 实现部分投产, 正抓紧施工, 进展较为顺利 under way', () => {
    expect(code('已全面进入试运营阶段')).toBe('done');
    expect(code('已经试生产')).toBe('done');
    expect(code('管网已铺设完成')).toBe('done');
    expect(code('现已改造成为一座智慧化农贸市场,并投入使用')).toBe('done');
    expect(code('实现部分投产')).toBe('on_schedule');
    expect(code('中医院迁建工程正抓紧施工')).toBe('on_schedule');
    expect(code('进展较为顺利')).toBe('on_schedule');
  });
  it('aims and steps are not: 计划部分投产, 力争年底建成并投入使用, 已铺设完成管道3公里 (a quantity laid)', () => {
    expect(code('计划部分投产')).toBeNull();
    expect(code('力争年底建成并投入使用')).toBeNull();
    expect(code('已铺设完成管道3公里')).not.toBe('done');
  });
});

describe('pieces judging themselves, plants producing, works at their preparations (德惠 2019, 桂林经开区 2023, 汉台 2023)', () => {
  it('a 、-run whose every piece closes on its own verdict is a list of items, each judged by its own words', () => {
    expect(lists(['其中新建项目24个。才府玻璃全面达产、创威轨道交通项目正式投产、汉华汽车模具项目(一期)正在进行设备调试、达利短保食品项目即将竣工、华沃双孢菇生产及深加工项目开工建设,为未来经济增长奠定了坚实基础。'])).toEqual([
      ['才府玻璃', 'done'],
      ['创威轨道交通项目', 'done'],
      ['汉华汽车模具项目(一期)', 'on_schedule'],
      ['达利短保食品项目', 'on_schedule'],
      ['华沃双孢菇生产及深加工项目', 'on_schedule'],
    ]);
  });
  it('a run where one piece says nothing is no such list', () => {
    expect(lists(['才府玻璃全面达产、创威轨道交通项目、汉华汽车模具项目正在进行设备调试,为未来经济增长奠定了坚实基础。']).map((x) => x[0])).not.toContain('才府玻璃');
  });
  it('a plant producing is done; its production under way is no works under way', () => {
    expect(code('领益智造项目一期一阶段已投入使用,正在加紧生产中')).toBe('done');
    expect(code('深科技项目一二三期均已完成建设,各项产品生产正在火热进行中。')).toBe('done');
    expect(code('力争年底正式投产')).toBeNull();
    expect(code('正在施工中')).toBe('on_schedule');
  });
  it('preparations under way are the preparations stage (stalled): surveys, land, design, tendering', () => {
    for (const t of ['现正进行地质钻探及环评工作', '现正由XX街组织人员进行征地工作', '正在优化设计方案', '现已进入招标程序', '5月30日已发布招标公告,定于6月20日开标', '正进行规划']) {
      expect([t, code(t)]).toEqual([t, 'stalled']);
    }
    expect(code('正在规划建设')).toBe('on_schedule');
  });
});

describe('a news page that names no report but tells of projects paragraph by paragraph (临池 2024)', () => {
  const page = [
    '邹平市临池镇:小镇新变化,惠及你我他',
    '2024年,邹平市临池镇严格按照“1218”工作计划,攻坚克难,各项事业发展势头良好。',
    '镇中心卫生院影像中心建设完成,已进入调试阶段,群众就医再添新保障。',
    '古城水库除险加固工程完成95%,郭庄水库除险加固工程全面竣工,蓄洪补枯效果明显。',
    '小临池村农贸市场二期工程已完成60%,惠民市场力求建到群众心坎里。',
  ];
  it('its projects are the tasks, each judged by its own clause (the next project\'s clause is not its)', async () => {
    const doc = await parseLines(page);
    expect(Object.fromEntries(doc.tasks.map((t) => [t.text, t.status?.code ?? null]))).toEqual({
      镇中心卫生院影像中心: 'done',
      古城水库除险加固工程: 'on_schedule',
      郭庄水库除险加固工程: 'done',
      小临池村农贸市场二期工程: 'on_schedule',
    });
  });
  it('a phase told of after a comma is part of the project before it (一期…已投产，二期…开工建设)', async () => {
    const doc = await parseLines([
      '重点项目多点开花。',
      '孙吴天之草汉麻种植加工项目,今年完成汉麻种植3万亩,一期汉麻纤维加工项目已投产,二期汉麻板材加工项目开工建设。',
      '多宝山铜矿二期改扩建项目已完成投资近8亿元,正在进行设备安装。',
      '黑龙江跨境公路大桥项目正在施工。',
    ]);
    expect(doc.tasks.find((t) => t.text === '孙吴天之草汉麻种植加工项目')?.status?.code).toBe('on_schedule');
  });
});

describe('shares of the year, comma-parted items and forecasts after preparations (琼中 2014, 荣昌 2021, 嘉峪关 2020)', () => {
  it('a list\'s figures, then its verdict after them; the year\'s plan done on time', () => {
    expect(
      lists(['其中,红岭水利枢纽工程、琼中抽水蓄能电站等5个省重点项目计划投资15.1亿元,全年完成投资18.2亿元,完成年度的120%。兴隆农场至留山坡公路、乡镇垃圾中转站等17个项目按时完成年度投资计划。']),
    ).toEqual([
      ['红岭水利枢纽工程', 'done'],
      ['琼中抽水蓄能电站', 'done'],
      ['兴隆农场至留山坡公路', 'done'],
      ['乡镇垃圾中转站', 'done'],
    ]);
  });
  it('items parted by commas go back as far as the count says, not over a date or another list', () => {
    expect(lists(['截至11月底,建设高标准农田2万亩,发放创业担保贷款5000万元,新开通城区至峰高、万灵公交线路,完成360个5G基站建设等4件重点民生实事,已完成全年目标任务。'])).toEqual([
      ['建设高标准农田2万亩', 'done'],
      ['发放创业担保贷款5000万元', 'done'],
      ['新开通城区至峰高、万灵公交线路', 'done'],
      ['完成360个5G基站建设', 'done'],
    ]);
    const got = lists(['其中,A项目等134个项目已完成年度计划,经开区新建基础设施等3个项目完成年度计划90%以上,友好区第一中学运动场地建设等4个项目完成年度计划在80%以上。']);
    expect(got.map((x) => x[0])).not.toContain('经开区新建基础设施等3个项目完成年度计划90%以上');
  });
  it('已完成总工作量的九成以上 is a share under way; preparations done and a start to come are stalled', () => {
    expect(code('丰富群众文体生活、老旧小区改造等重点民生实事已完成总工作量的九成以上')).toBe('on_schedule');
    expect(code('国家核基地综合保障区项目已完成修建性详规编制,即将全面开工')).toBe('stalled');
  });
});

describe('held up by a cause, ahead of the average, figures before a name (商洛 2014, 吉林经开区 2014)', () => {
  it('因…问题影响建设计划进度 is lagging, and hurrying after it (正在加快建设) does not speak over it', () => {
    expect(lists(['鑫伟电子高端电感项目、天元电子电缆及高压配电柜项目、伊诺陶瓷生产项目等5个项目因土地和前期手续问题影响建设计划进度,正在加快建设。'])).toEqual([
      ['鑫伟电子高端电感项目', 'lagging'],
      ['天元电子电缆及高压配电柜项目', 'lagging'],
      ['伊诺陶瓷生产项目', 'lagging'],
    ]);
    expect(code('等24个项目超过年度计划平均进度')).toBe('good');
    expect(code('确保不影响施工进度')).not.toBe('lagging');
  });
  it('总投资3.75亿元、占地5万平方米的 before a project\'s name is no part of it', async () => {
    const doc = await parseLines([
      '吉林经开区全力推进重大项目建设',
      '据了解,总投资3.75亿元、占地5万平方米的吉林普瑞特生物科技有限公司年产2650吨医药中间体项目目前正在进行设备安装及调试,计划年底前部分投产。',
      '总投资1.3亿元、占地面积16000平方米的吉林酿业集团醋业有限公司生产基地主体工程竣工,该项目设计能力为年产5万吨食醋。',
      '总投资2亿元的吉林化纤集团碳纤维原丝项目已全面竣工投产。',
    ]);
    expect(doc.tasks.map((t) => t.text)).toEqual(['吉林普瑞特生物科技有限公司年产2650吨医药中间体项目', '吉林酿业集团醋业有限公司生产基地', '吉林化纤集团碳纤维原丝项目']);
  });
});

describe('roads, dikes and stations told of clause by clause (临潭 2009)', () => {
  it('a road named by its two ends, a dike or a power station opens its clause like a project', async () => {
    const doc = await parseLines([
      '道路交通建设方面',
      '冶力关至新城二级公路已完成前期可研,合作至冶力关二级公路改建项目正在可研阶段;敏家咀至长川通乡油路已同通过州上验收;店子乡冯沟村防洪河堤已竣工;青石山水电站扩容改造项目前期工作已完成。',
    ]);
    const got = Object.fromEntries(doc.tasks.map((t) => [t.text, t.status?.code ?? null]));
    expect(got['冶力关至新城二级公路']).toBe('on_schedule');
    expect(got['合作至冶力关二级公路改建项目']).toBe('stalled');
    expect(got['敏家咀至长川通乡油路']).toBe('done');
    expect(got['青石山水电站扩容改造项目']).not.toBe('done');
  });
  it('正在可研阶段 is the preparations stage; 正处于主体施工阶段 is works under way', () => {
    expect(code('正在可研阶段')).toBe('stalled');
    expect(code('正处于主体施工阶段')).toBe('on_schedule');
  });
});

describe('a project led by a unit, told of after 具体来看 (璧山 2023)', () => {
  it('the subject after 具体来看， is an item; 由X牵头 names its lead unit', async () => {
    const doc = await parseLines([
      '璧山:全力办好15件重点民生实事',
      '截至目前,15件重点民生实事已全面完成全年目标任务,交出了一张“热气升腾”的民生答卷。',
      '具体来看,城镇老旧小区改造和社区服务提升项目由区住房城乡建委牵头,花市街片区、名豪片区2个项目于2023年7月开工,目前正全面施工;',
      '农村公路生命完全防护工程已完成建设10公里,达到年度目标任务;',
    ]);
    const task = doc.tasks.find((t) => t.text === '城镇老旧小区改造和社区服务提升项目');
    expect(task?.status?.code).toBe('on_schedule');
    expect(task?.leadUnits.map((u) => u.name)).toEqual(['区住房城乡建委']);
  });
});

describe('progress news of batch E (泸县 2016, 防城港 2013, 高州 2024, 徐州 2015; corpus/status-bb, mixed-aj, status-q)', () => {
  it('reads 一是/二是 heads printed a paragraph each, each with the rest of its paragraph as its report (泸县 2016)', async () => {
    const { findTitledOrdinals } = await import('../src/extract/prose/named-clauses.js');
    const got = findTitledOrdinals([
      '2016年泸县交通重点项目建设进展顺利。',
      '一是加快推进干线公路建设。西部环线公路福瓦路正在进行路基清表工程。',
      '二是不断提升县乡道改善工程。今年计划实施县乡道改善提升工程67公里,目前各路段建设施工顺利进行。',
      '三是大力发展通村公路建设。今年计划实施脱贫攻坚通村水泥路99.5公里,已完成路基工程59.4公里,路面工程40.2公里。',
      '四是加快实施农村公路断头路桥梁工程。今年计划实施农村公路断头路桥梁21座,目前正在进行施工图勘察和设计工作,年内全部动工建设。',
    ]).map((i) => [i.number, i.text, i.status?.code ?? null]);
    // The reader of corpus/status-bb coded each of these from the same words.
    expect(got).toEqual([
      ['一', '加快推进干线公路建设', 'on_schedule'],
      ['二', '不断提升县乡道改善工程', 'on_schedule'],
      ['三', '大力发展通村公路建设', 'on_schedule'],
      ['四', '加快实施农村公路断头路桥梁工程', 'stalled'],
    ]);
  });

  it('does not take fields (一是教育方面) or findings on the whole (一是项目实施进度总体较好) for items, nor a run not counting from 一', async () => {
    const { findTitledOrdinals } = await import('../src/extract/prose/named-clauses.js');
    expect(findTitledOrdinals(['一是教育方面。2024年,高州市…新增基础教育学位5480个。', '二是关心老弱群体生活方面。2024年,高州市投入680多万元…。'])).toEqual([]);
    expect(findTitledOrdinals(['一是项目实施进度总体较好。149个项目基本完成序时进度。', '二是新开工项目好于预期。7个项目开工建设。'])).toEqual([]);
    expect(findTitledOrdinals(['三是加快推进干线公路建设。正在进行路基清表工程。', '四是不断提升县乡道改善工程。施工顺利进行。'])).toEqual([]);
  });

  it('reads a bare list of works judged 已经全部完成 after a time word, and 紧锣密鼓地进行中 as works under way (防城港 2013)', () => {
    const got = findStatusListItems([
      '目前滨海路绿化景观提升工程、中华路绿化改造工程、北部湾海洋文化公园景观提升及亮化工程已经全部完成,防城港市老城区污水管网改造工程、山海大道改造工程等多项工程正在紧锣密鼓地进行中。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['滨海路绿化景观提升工程', 'done'],
        ['中华路绿化改造工程', 'done'],
        ['北部湾海洋文化公园景观提升及亮化工程', 'done'],
        ['防城港市老城区污水管网改造工程', 'on_schedule'],
        ['山海大道改造工程', 'on_schedule'],
      ]),
    );
    // Steps of the works done (围堰施工、河道内抽水已完成) are still no finished items.
    expect(findStatusListItems(['围堰施工、河道内抽水已完成,正在进行清淤。']).filter((i) => i.status?.code === 'done')).toEqual([]);
  });

  it('codes so much of the works done, said with 已, as under way, and money spent is no quantity of works', () => {
    expect(proseVerdict('已完成路基工程59.4公里,路面工程40.2公里', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('截至目前已完成投资3000万元', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('确保施工顺利进行')).toBeNull();
  });
});

describe('progress words of batch F and E (沛县 2011, 东乡 2015, 准格尔旗 2016, 鄂托克旗; corpus/status-ba, status-ab, mixed-al, status-bd)', () => {
  it.each([
    // A start still ahead, said in a report, is the works not begun; works said to go on speak over it.
    ['天裕煤气发电等4个项目近期可开工建设', 'stalled'],
    ['6个项目将于近期开工建设', 'stalled'],
    ['一期正在施工,二期近期可开工建设', 'on_schedule'],
    // Approvals on the way to the works.
    ['北控40亿立方米煤制气3个项目环评获批', 'stalled'],
    ['中电投80万吨烯烃项目获自治区发改委核准', 'stalled'],
    ['核准申请报告已上报国家发改委', 'stalled'],
    // Built and being run in; the builders coming on site.
    ['目前进入调试运行阶段', 'on_schedule'],
    ['设备安装已接近尾声,已经实现单机试车', 'on_schedule'],
    ['上海能源铝板带、天安焦化2个项目试产', 'on_schedule'],
    ['隆天三氯氢硅等13个项目部分投产', 'on_schedule'],
    ['已完成场平,部分设备已订购,施工单位正陆续进厂', 'on_schedule'],
    // …and what stays as it was: aims, a finished building being commissioned, built and producing on trial.
    ['计划部分投产', null],
    ['影像中心建设完成,已进入调试阶段', 'done'],
    ['已建成试产', 'done'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));

  it('names a company project by its full name, with a long bracket before 总投资, a dash or a slash inside (鄂托克旗)', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects([
      '鄂尔多斯市君正能源化工有限公司100万吨PVC烧碱项目(一期建设60万吨PVC、60万吨烧碱、70万吨电石)总投资45.5亿元,该项目4月底开工,截至目前已完成投资3000万元。',
      '鄂尔多斯氯碱化工公司烧碱-PVC-水泥循环经济产业链项目总投资28.8亿元,截至目前完成投资5600万元,已完成场平,部分设备已订购,施工单位正陆续进厂。',
      '内蒙古双欣环保材料股份有限公司11万吨/年可降解高分子聚乙烯醇项目总投资25亿元,截至目前已完成投资24亿元,设备安装已接近尾声,已经实现单机试车。',
    ]).map((i) => [i.text.replace(/[(（].*$/, ''), i.status?.code ?? null]);
    // The reader of corpus/status-bd coded all three on_schedule.
    expect(got).toEqual([
      ['鄂尔多斯市君正能源化工有限公司100万吨PVC烧碱项目', 'on_schedule'],
      ['鄂尔多斯氯碱化工公司烧碱-PVC-水泥循环经济产业链项目', 'on_schedule'],
      ['内蒙古双欣环保材料股份有限公司11万吨/年可降解高分子聚乙烯醇项目', 'on_schedule'],
    ]);
  });
});

describe('a batch named 一批 and a quoted plan period (佳木斯 2010, 拉萨 2021; corpus/status-bd, status-at)', () => {
  it('reads the names before 等一批…项目 with the verdict after them', () => {
    const got = findStatusListItems([
      '目前,中俄黑龙江铁路大桥、哈佳铁路、抚远机场、佳木斯机场迁建等一批对我市未来发展有决定性意义的大通道项目前期工作取得明显进展。',
    ]).map((i) => i.text);
    expect(got).toEqual(['中俄黑龙江铁路大桥', '哈佳铁路', '抚远机场', '佳木斯机场迁建']);
  });

  it('takes no quoted plan period for an item (全面超额完成“十一五”规划目标, “十四五”期间)', () => {
    expect(findStatusListItems(['外贸进出口总额完成23.4亿美元,全面超额完成“十一五”规划目标。']).map((i) => i.text)).toEqual([]);
    expect(findStatusListItems(['该项目未纳入“十四五”期间建设计划,无实质性进展。']).map((i) => i.text)).toEqual([]);
  });
});

describe('production lines and facilities with figures in their names (甘州区; corpus/status-bd)', () => {
  it('reads a 生产线 named with its figures as a subject, and no count or numbered part as one', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects([
      '华瑞麦芽公司年产4万吨麦芽生产线已投产;利达金属建材公司1.5万吨钢框架门窗幕墻型材轧制生产线,设备已定购,土建工程已开工;牧沅公司30万只肉羊屠宰加工生产线已投产。',
      '截至目前已有75所学校完成改造,剩余2所学校正在施工。',
      '一期二阶段4号厂房正在进行主体施工。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/status-bd coded these three done, on_schedule, done.
    expect(got).toEqual([
      ['华瑞麦芽公司年产4万吨麦芽生产线', 'done'],
      ['利达金属建材公司1.5万吨钢框架门窗幕墻型材轧制生产线', 'on_schedule'],
      ['牧沅公司30万只肉羊屠宰加工生产线', 'done'],
    ]);
  });
});

describe('pace and nearly-done words (河池, 如东 2025, 鄂托克旗; corpus/status-bc, status-ba, status-bd)', () => {
  it.each([
    ['正高效推进', 'on_schedule'],
    ['县道路灯项目正加速落地', 'on_schedule'],
    ['等3个项目已接近尾声', 'on_schedule'],
    ['6座桥梁率先完成改造施工', 'done'],
    // An aim is no verdict.
    ['确保年底前完成改造施工', null],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));

  it('leaves a part of the works done a step of its project (海林 2018, corpus/status-al)', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects(['重点产业项目中,投资2亿的恒源食品农林产业园已完成厂房建设,正在招聘工作人员,计划9月份生产。']);
    expect(got.map((i) => [i.text, i.status?.code ?? null])).toEqual([['恒源食品农林产业园', 'on_schedule']]);
  });
});

describe('works said to be over (当涂 2008; corpus/mixed-an)', () => {
  it.each([
    ['火车站路改造工程施工已基本结束', 'done'],
    ['314省道至经济开发区及焦家居民区供水管网新建、改造工程全部结束', 'done'],
    ['凌云大桥桩基工程施工已结束,正进行承台施工', 'on_schedule'],
    ['会议结束', null],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('a numbered line that labels its task, then reports on it after a full stop (元宝山区 2021; corpus/status-be)', () => {
  it('takes the labelled name as the task and the labelled report as its progress and status', async () => {
    const doc = await parseLines([
      '区委办公室(8项)',
      '1.领办项目:下荒村滑子菇销路项目。工作进展:解决中。2021年上半年已联系草原汇香食品有限公司,但是草原汇香食品有限公司不需要滑子菇,此条销售渠道中断。',
      '2.领办项目:下荒村路灯损坏修复项目。工作进展:下荒村公路段路灯出现大面积损坏,影响居民出行安全,办公室提供路灯购买资金5000元,专门购买路灯专用灯泡,目前全部更换完毕。',
      '3.领办项目:锦绣社区外围车位规划项目。工作进展:锦绣社区外围停车区域缺失,乱停车现象严重,联系公安局进行车位划分,公安局进行公开招投标,目前已完成66个车位划定工作。',
    ]);
    // The reader of corpus/status-be coded these on_schedule (解决中), done (全部更换完毕), done (已完成…划定工作).
    expect(doc.tasks.map((t) => [t.number, t.text, t.status?.code ?? null])).toEqual([
      ['1', '下荒村滑子菇销路项目', 'on_schedule'],
      ['2', '下荒村路灯损坏修复项目', 'done'],
      ['3', '锦绣社区外围车位规划项目', 'done'],
    ]);
    expect(doc.tasks[1]!.progress).toMatch(/^下荒村公路段路灯出现大面积损坏/);
  });

  it('does not take a finished step of the preparations for the works done (新余, corpus/status-s)', () => {
    expect(proseVerdict('前期工作已基本完成,但企业因市场行情及并购等问题,导致目前进度缓慢,建设场地已平整完毕')?.code).toBe('lagging');
  });
});

describe('a verdict and a count of places, then the places in brackets (泰山区 2019; corpus/status-be)', () => {
  it('reads each bracketed name with the verdict before its count', () => {
    const got = findStatusListItems([
      '城区农贸市场改造提升项目,已完成开工12处的年度任务。其中,建成并营业6处(新岱北农贸市场、锦秀园农贸市场、上高亿安农贸市场、省庄农超、南湖农贸市场、金榜南门农贸市场),开工在建6处(邱家店镇泰山民生物流园、宁家结庄农贸市场、东关花园农贸市场、大白峪农贸市场、向阳农贸市场、三里农超)。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/status-be coded the first six done (建成并营业), the other six on_schedule (开工在建).
    expect(got).toEqual(
      expect.arrayContaining([
        ['新岱北农贸市场', 'done'],
        ['金榜南门农贸市场', 'done'],
        ['邱家店镇泰山民生物流园', 'on_schedule'],
        ['三里农超', 'on_schedule'],
      ]),
    );
    expect(got).toHaveLength(12);
  });
});

describe('roads named by their section or phase, and sentences about the work that are no names (宜秀 2013; corpus/status-be)', () => {
  it('reads a road named to its section as a subject, and no 全力以赴推进… or 城乡基础设施项目 as a name', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects([
      '宜秀区全力以赴推进城乡基础设施项目建设,今年一季度已经完成投资1.72亿元。',
      '大桥开发区独秀大道北段已完成施工便道建设,文苑路二期桥梁工程桥台桩基正在施工。',
      '庙尔沟景区基础设施建设项目已完成投资800万元。',
    ]).map((i) => i.text);
    expect(got).toEqual(['大桥开发区独秀大道北段', '庙尔沟景区基础设施建设项目']);
  });
});

describe('groups begun in part and preparations pressed on (合水 2019, 牡丹江 2019; corpus/mixed-al, status-aw)', () => {
  it('reads each named project of a group with what the group is said to have done', () => {
    const got = findStatusListItems([
      '其中2019年棚户区改造、旧城区雨污分流改造等42个新建项目开工24个,完成投资3.8亿元,北郡首府、西华南街道路延伸等18个项目正在按计划加快办理前期手续;固城农业观光体验园、城中村棚户区改造安置房工程等24个续建项目复工23个,完成投资9亿元。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/mixed-al coded these from the same words.
    expect(got).toEqual([
      ['2019年棚户区改造', 'on_schedule'],
      ['旧城区雨污分流改造', 'on_schedule'],
      ['北郡首府', 'stalled'],
      ['西华南街道路延伸', 'stalled'],
      ['固城农业观光体验园', 'on_schedule'],
      ['城中村棚户区改造安置房工程', 'on_schedule'],
    ]);
  });

  it('takes no quoted kind counted with its level for an item (78个市级“百大项目”已开复工27个)', () => {
    expect(findStatusListItems(['全市78个市级“百大项目”已开复工27个,开复工率34.6%,完成投资4.7亿元。']).map((i) => i.text)).toEqual([]);
  });
});

describe('a group said to speed on after 也 (衡水 2019; corpus/mixed-al)', () => {
  it('reads the names before 等项目也加快施工 as under way, and 要加快施工 as no verdict', () => {
    const got = findStatusListItems(['市区道路延伸、市区公园动物园、衡水中学扩建等7个项目竣工投用,哈院南部新院区、中石化衡水油库迁建、主城区水系生态修复等项目也加快施工,完成预期目标。']).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual([
      ['市区道路延伸', 'done'],
      ['市区公园动物园', 'done'],
      ['衡水中学扩建', 'done'],
      ['哈院南部新院区', 'on_schedule'],
      ['中石化衡水油库迁建', 'on_schedule'],
      ['主城区水系生态修复', 'on_schedule'],
    ]);
    expect(proseVerdict('要加快施工')).toBeNull();
  });
});

describe('a list introduced by …的项目还有, its names qualified by their investment (黎平 2013; corpus/mixed-ao)', () => {
  it('reads each name without its 总投资…的 with the verdict of the lead-in', () => {
    const got = findStatusListItems([
      '已全面竣工的项目还有总投资1450万元的14公里皮林至肇兴破损公路维修,总投资60万元的肇兴广播电视乡联网及线路暗敷及下埋工程,总投资396万元的山塘及水塘建设工程。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/mixed-ao coded all three done (已全面竣工).
    expect(got).toEqual([
      ['14公里皮林至肇兴破损公路维修', 'done'],
      ['肇兴广播电视乡联网及线路暗敷及下埋工程', 'done'],
      ['山塘及水塘建设工程', 'done'],
    ]);
  });
});

describe('a county heading counting its projects, then their names (朔州 2011; corpus/mixed-ao)', () => {
  it('reads the attractions being built as items and no count of projects or bare phase as one', async () => {
    const doc = await parseLines([
      '朔州市2011年旅游项目进展',
      '平鲁区推进了4个旅游项目的开发建设。门神文化园、凤凰城北固山治理工程、乌龙洞复建工程、井坪镇明城墙维护工程均已开工建设。',
      '崇福寺广场的戏台已竣工;南城门修复保护工程正在进行拆迁;恢河公园四期工程已开工,预计上半年完成绿化;金沙植物园一期工程已完工,二期工程已开工,预计上半年完成西湖挖掘;西山森林公园五期工程已开工。',
    ]);
    const texts = doc.tasks.map((t) => t.text);
    expect(texts).toEqual(expect.arrayContaining(['门神文化园', '凤凰城北固山治理工程', '乌龙洞复建工程', '井坪镇明城墙维护工程', '金沙植物园一期工程']));
    expect(texts.some((t) => /推进了4个/.test(t) || t === '二期工程')).toBe(false);
  });
});

describe('a stage of the works begun (连江 2017; corpus/status-bg)', () => {
  it.each([
    ['浦口松坞小学教综楼、长龙中心小学教学楼宿舍楼项目开始装修施工', 'on_schedule'],
    ['蓼沿中学师生宿舍楼、连江二中艺体馆宿舍楼项目启动基础施工', 'on_schedule'],
    ['计划下月开始施工', null],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('preparations: a step done beside a stage still going on (景泰 2017; corpus/status-bg)', () => {
  it.each([
    ['目前已完成施工图设计及审批,正在办理招投标', 'stalled'],
    ['县城至索桥路网改造项目、县汽车北站项目正在办理各项前置性手续', 'stalled'],
    // Works said to go on still speak over the stage.
    ['已完成施工图设计,正在进行主体施工', 'on_schedule'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('an inspection visiting a list of slow projects (蒲城; corpus/mixed-ap)', () => {
  it('reads the names after the visit, judged by the relative clause inside the counted noun', () => {
    const got = findStatusListItems([
      '陈改萍先后来到西安华清、泾渭星辰、诺正、双鑫建材等十个高新区进展缓慢的项目工程现场,实地查勘项目推进缓慢原因。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/mixed-ap coded all four lagging (进展缓慢).
    expect(got).toEqual([
      ['西安华清', 'lagging'],
      ['泾渭星辰', 'lagging'],
      ['诺正', 'lagging'],
      ['双鑫建材', 'lagging'],
    ]);
  });
});

describe('works begun across a planned group, and a canal being dredged (沧州 2020; corpus/mixed-ap)', () => {
  it.each([
    ['保定来福集团汽车零部件工业园、科迈橡胶新材料等18个计划新开工项目实现全部开工建设', 'on_schedule'],
    ['正在进行停车场建设', 'on_schedule'],
    ['已完成围堰排水,正在进行河道清淤', 'on_schedule'],
    // A start still ahead stays one.
    ['计划10月开工', 'stalled'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('a list introduced by what became of it without 的 (宁都 2018; corpus/status-bg)', () => {
  it('reads 集中开工项目有A、B…等项目 as a list judged by its lead-in', () => {
    const got = findStatusListItems(['本次集中开工项目有蒙山乳业二期、蒙山乳业奶牛生态观光牧场、宁都黄鸡深加工、新宁都中学等项目。']).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/status-bg coded these on_schedule (集中开工).
    expect(got).toEqual([
      ['蒙山乳业二期', 'on_schedule'],
      ['蒙山乳业奶牛生态观光牧场', 'on_schedule'],
      ['宁都黄鸡深加工', 'on_schedule'],
      ['新宁都中学', 'on_schedule'],
    ]);
  });
});

describe('the preparations pressed on with an adverb (高县 2014; corpus/mixed-ao)', () => {
  it('reads 等项目正积极开展前期工作 as the preparations stage for each name', () => {
    const got = findStatusListItems(['福溪电厂二期工程、双河温泉开发等项目正积极开展前期工作。']).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual([
      ['福溪电厂二期工程', 'stalled'],
      ['双河温泉开发', 'stalled'],
    ]);
    // How fast the preparations go is a verdict of its own (达州, 广元).
    expect(proseVerdict('前期工作正在积极推进')?.code).toBe('on_schedule');
  });
});

describe('包括 followed by a count is no introducer (苍海新区 2021, 登封; corpus/status-bf, status-as)', () => {
  it('reads the roads counted later, not the clause after 包括了7条…', () => {
    const got = findStatusListItems([
      '梧州市地下综合管廊PPP项目包括了7条新建市政道路及2条地下综合管廊的建设,目前,站前北路(广场东路-工业大道)、铁路北路改线(医专段)、滨湖东路(园博园-望江隧道段)、龙湖路等4条道路已完工并通车,南梧大道和跨江大道正在建设之中。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['站前北路(广场东路-工业大道)', 'done'],
        ['铁路北路改线(医专段)', 'done'],
        ['滨湖东路(园博园-望江隧道段)', 'done'],
        ['龙湖路', 'done'],
      ]),
    );
    expect(got.some(([t]) => /7条新建/.test(t as string))).toBe(false);
  });
});

describe('bridges counted by 座 after their list (如东 2025; corpus/status-ba)', () => {
  it('reads the names before 等6座桥梁 with the verdict after the noun', () => {
    const got = findStatusListItems(['上半年,袁庄镇居湾桥、丰利镇五义桥、马塘镇高渡桥等6座桥梁率先完成改造施工,剩余6座桥梁的施工图设计审查工作已于6月底全部完成。']).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/status-ba coded the three done.
    expect(got).toEqual([
      ['袁庄镇居湾桥', 'done'],
      ['丰利镇五义桥', 'done'],
      ['马塘镇高渡桥', 'done'],
    ]);
  });
});

describe('a verdict word is no name (嘉峪关 2020; corpus/status-az)', () => {
  it('takes no 已复工 from 已复工开工45个 for an item', async () => {
    const doc = await parseLines([
      '嘉峪关市重点项目建设稳步推进',
      '省级“三个清单”项目加快推进。我市列入全省重点投资项目清单项目54个。已复工开工45个,完成投资28.36亿元,占年度计划投资的46%。',
      '市级领导包抓生态产业项目及重大建设项目稳步推进。今年确定市级领导包抓项目55个,年度计划投资68.4亿元。已复工开工32个,开工率58%,完成投资16.4亿元,占年度投资计划的24%。',
      '市列重点建设项目清单进展顺利。今年,共确定1000万元以上市列重点建设项目116个。已复工开工80个,开工率69%,完成投资26.7亿元,占年度投资计划的36.2%。',
    ]);
    expect(doc.tasks.map((t) => t.text).filter((t) => t.startsWith('已'))).toEqual([]);
  });
});

describe('the main works done is a step (临潭 2009; corpus/status-az)', () => {
  it.each([
    ['县城西环路步行街、金洮花苑等11个项目已完成了主体工程', 'on_schedule'],
    ['已完成主体', 'on_schedule'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('a line named by the two places it joins (天水 2010, 承德; corpus/mixed-ap, status-ay)', () => {
  it('reads 宝天高速已竣工通车 as a subject with its verdict', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects(['宝天高速已竣工通车;天平铁路建设进展顺利;天水军民合用机场建成通航。']).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/mixed-ap coded it done (已竣工通车).
    expect(got).toEqual(expect.arrayContaining([['宝天高速', 'done']]));
  });
});

describe('groups ahead, finished and filed (邯郸 2013; corpus/mixed-ap)', () => {
  it.each([
    ['中船重工产业园、涉县洁神锂电池、广平县力尔型材等35个项目超额完成进度目标', 'good'],
    ['已有峰峰矿区梧桐树家居高档骨质瓷、邱县河北段世医药中间体等18个项目竣工投产', 'done'],
    ['武安竟和高速列车受电弓滑板、永年双佳自动扫描定位灭火装置等16个项目完成备案或核准', 'stalled'],
    // An aim stays one, and a year's task exceeded is done.
    ['计划年底竣工投产', null],
    ['超额完成年度任务', 'done'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('moved on to the works, and a frame built (三明, 泾川; corpus/status-ba, mixed-ao)', () => {
  it.each([
    ['已有闽江上游沙溪流域防洪三期工程、福建钢源炼钢工业固废综合利用项目等46个项目转入开工建设', 'on_schedule'],
    ['目前已建成主体框架及二层楼的墙体填充', 'on_schedule'],
    // Built whole is still done.
    ['已建成投用', 'done'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('stages of the works said as they go (常州 2015, 莆田 2021, 湟中 2011, 玉山 2017; corpus/status-bh, mixed-aq)', () => {
  it.each([
    // The works going on, in a stage of their own.
    ['南区部分楼宇进行主体结构施工,部分楼宇进行砌体砌筑', 'on_schedule'],
    ['三期地下结构及地面结构基本完成,继续进行电气自控及设备安装工作', 'on_schedule'],
    ['施工图审查、招投标等前期工作已结束,正在进行"三通一平"工程', 'on_schedule'],
    ['开始主道综合管线施工', 'on_schedule'],
    ['三堡街、新堂北路等工程相继开工建设', 'on_schedule'],
    ['紫湖卫生院已于1月16号正式开工', 'on_schedule'],
    // So much done so far, or a part of it.
    ['累计完成顶管4900米', 'on_schedule'],
    ['已完成抗拔桩1300余根,灌注桩280余根', 'on_schedule'],
    ['福阳路完成部分灰土及桥梁结构施工', 'on_schedule'],
    ['已竣工103户、主体施工2475户、正在备料3422户', 'on_schedule'],
    // Still in the preparations, or about to begin.
    ['皇粮浜公园及陶家村绿地等项目正抓紧推进前期工作', 'stalled'],
    ['二期工程施工单位近期将进场施工', 'stalled'],
    // Short of the year's aim.
    ['累计完成违法建筑拆除33.31万平方米,与全年目标有较大差距', 'lagging'],
    // An aim, a negation, a design stage and works that drag on are no works under way.
    ['计划进行主体施工', null],
    ['未进行施工', null],
    ['正在进行施工图设计', 'stalled'],
    ['目前还在进行办公楼装修', null],
    // A year's sum in a summary says nothing of its own.
    ['累计完成投资10.81亿元', null],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));

  it('a heading whose body judges project after project is a task, and the projects are tasks too (丹凤 2018, 中卫 2023)', async () => {
    const doc = await parseLines([
      '全市重点项目进展情况通报',
      '一、基本情况',
      '(一)自治区重点项目',
      '全市列入自治区重点建设项目5个,已全部开复工。其中:华润共享储能电站已建成投运;晨光新材料项目一期土建已完工,正在进行设备安装;美利云数据中心二期、联通数据中心二期项目正在进行机电设备和服务器安装;广电数据中心一期项目主体已封顶,正在进行二次结构砌筑。',
    ]);
    const got = doc.tasks.map((t) => [t.text, t.status?.code ?? null]);
    expect(got).toEqual(expect.arrayContaining([['美利云数据中心二期', 'on_schedule']]));
    expect(doc.tasks.some((t) => t.text === '自治区重点项目' && t.progress === null)).toBe(true);
  });
});

describe('works named with their size, joined by 及, introduced by …的项目为 (湟中 2011, 莆田 2021; corpus/status-bh, mixed-aq)', () => {
  it('reads a name that opens with how much it builds, clause by clause', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects([
      '其中,投资11520万元的6000户农村困难群众危旧房改造项目,已竣工103户、主体施工2475户;投资4680万元的270套国有林场棚户区改造项目,地勘已完成,正在办理农用地转用手续,预计8月上旬开工建设;投资325万元的50套廉租房建设项目,施工图审查、招投标等前期工作已结束,正在进行"三通一平"工程。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/status-bh coded these on_schedule, stalled, on_schedule.
    expect(got).toEqual([
      ['6000户农村困难群众危旧房改造项目', 'on_schedule'],
      ['270套国有林场棚户区改造项目', 'stalled'],
      ['50套廉租房建设项目', 'on_schedule'],
    ]);
  });
  it('splits two whole works joined by 及, not one name with 和 inside', () => {
    expect(splitNames('莆田第二中学新建工程、莆田职业技术学校迁建工程及福建广播电视大学莆田分校迁建工程')).toEqual([
      '莆田第二中学新建工程',
      '莆田职业技术学校迁建工程',
      '福建广播电视大学莆田分校迁建工程',
    ]);
    expect(splitNames('农村公路建设和管养工程')).toEqual(['农村公路建设和管养工程']);
  });
  it('takes …的学校项目为 as the lead-in of its list, with its verdict', () => {
    const got = findStatusListItems([
      '截至目前,我市四所学校已完成竣工验收。四所已完成竣工验收的学校项目为莆田第二中学新建工程、莆田市教师进修学院教学综合楼建设工程、莆田职业技术学校迁建工程及福建广播电视大学莆田分校迁建工程。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual([
      ['莆田第二中学新建工程', 'done'],
      ['莆田市教师进修学院教学综合楼建设工程', 'done'],
      ['莆田职业技术学校迁建工程', 'done'],
      ['福建广播电视大学莆田分校迁建工程', 'done'],
    ]);
  });
  it('a step of the preparations is no item of its own', () => {
    expect(items.plausibleItem('招投标')).toBe(false);
    expect(items.plausibleItem('施工图审查')).toBe(false);
    expect(items.plausibleItem('县医院迁建工程')).toBe(true);
  });
});

describe('approvals, procedures and dates of a finish (龙泉 2011, 维西 2013; corpus/status-bi, mixed-ar)', () => {
  it.each([
    ['龙翔路(三期)市政工程等已通过可行性研究报告批复', 'stalled'],
    ['章子口水库、北甸水库正加紧开展协调及办理相关手续', 'stalled'],
    ['已完成施工招投标', 'on_schedule'],
    ['目前已完成“三通一平”工程', 'on_schedule'],
    ['于2011年12月底动工,2012年4月底完工,改建进库道路', 'done'],
    // A finish still planned is an aim.
    ['于3月开工,计划2012年4月底完工', 'on_schedule'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));

  it('reads a reservoir named by its place as a subject, and counts list and subjects together', async () => {
    const doc = await parseLines([
      '维西县病险水库除险加固项目建设',
      '近年来,维西县高度重视病险水库除险加固工作,加快病险水库除险加固项目建设。',
      '糯阁洛水库于2011年12月底动工,2012年4月底完工,改建进库道路、完善变电设备、加固坝体。拉牙水库于2012年10月动工建设,目前已完成“三通一平”工程。章子口水库、北甸水库正加紧开展协调及办理相关手续。',
    ]);
    // The reader of corpus/mixed-ar coded these done, on_schedule, stalled, stalled.
    const got = doc.tasks.map((t) => [t.text, t.status?.code ?? null]);
    expect(got).toHaveLength(4);
    expect(got).toEqual(
      expect.arrayContaining([
        ['糯阁洛水库', 'done'],
        ['拉牙水库', 'on_schedule'],
        ['章子口水库', 'stalled'],
        ['北甸水库', 'stalled'],
      ]),
    );
  });
});

describe('a run of clauses each opening with what was built (天峨 2017; corpus/mixed-ar)', () => {
  it('reads roads named by their villages after 其中, each with its state', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects([
      '截至目前,所有项目有序推进。其中,纳直乡盘阳河源寿元素果蔬种植产业路,下老乡圭里村生猪养殖2公里产业路全部施工完毕;三堡乡顶换村3公里产业路完成开挖50%;甲板村3.5公里产业路已建成并开始投入使用;三堡村4.8公里油茶种植产业路目前工程进度50%。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    // The reader of corpus/mixed-ar coded these done, done, on_schedule, done, on_schedule.
    expect(got).toEqual([
      ['纳直乡盘阳河源寿元素果蔬种植产业路', 'done'],
      ['下老乡圭里村生猪养殖2公里产业路', 'done'],
      ['三堡乡顶换村3公里产业路', 'on_schedule'],
      ['甲板村3.5公里产业路', 'done'],
      ['三堡村4.8公里油茶种植产业路', 'on_schedule'],
    ]);
  });
  it('ends a name at what was built only where the report on it begins', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const names = findSubjectProjects([
      '桃花源机场和机场快速路已完成投资1.02亿元,占年计划的46.4%;巴州区有3(城区公办幼儿园建设、乡镇污水处理站建设)推进缓慢;“电影下乡”活动放映672场,完成全年任务。',
    ]).map((i) => i.text);
    expect(names).not.toContain('桃花源机场和机场');
    expect(names.some((n) => n.includes('(城区公办幼儿园'))).toBe(false);
    expect(names.some((n) => n.endsWith('672场'))).toBe(false);
  });
});

describe('tendering for the works (姜堰; corpus/status-bi)', () => {
  it.each([
    ['海姜大道路面改造工程,已进入施工招投标程序', 'stalled'],
    ['已进入招标程序', 'stalled'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('approvals sought, designs and clearances under way (合江, 常德 2015, 平南 2014; corpus/status-bi)', () => {
  it.each([
    ['防洪堤建设项目已完成初步设计等前期工作,正在争取省上批复', 'stalled'],
    ['正在设计施工图', 'stalled'],
    ['沅澧快速干线目前一号大道临澧和鼎城段正进行拆迁', 'stalled'],
    ['平安至蒋村正在进行测量设计', 'stalled'],
    // A survey done is a step, not the works; the works done in the main are still going on.
    ['基本完成测设工作', 'on_schedule'],
    ['已基本完成主体工程', 'on_schedule'],
    ['红梅路人行道改造基本完成', 'done'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('a share of the fitting-out, and a part of the works finished (平原, 常州 2015; corpus/mixed-ar, status-bh)', () => {
  it.each([
    ['平原四中综合楼工程主体建设已完成,室内外装饰已达到90%', 'on_schedule'],
    ['应急水源取水头部及泵站工程土建部分已全部完工', 'on_schedule'],
    // Said of a group with nothing after it, the main works finished stay done (准格尔旗 2016, corpus/mixed-al).
    ['北方魏家峁电厂等8个项目主体建设已完工', 'done'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('numbered items that each end in what became of them (阿坝; corpus/status-bj)', () => {
  it.each([
    ['国省干线公路养护管理。国省干线公路路面使用性能指数达82,完成目标任务。', 'done'],
    // An order or an aim states no verdict.
    ['确保完成目标任务', null],
    ['要完成目标任务', null],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));

  it('reads a page whose title is lost as a report when most items judge themselves; a plan stays a plan', async () => {
    const report = await parseLines([
      '(九)基础设施工程',
      '1.农村交通建设。建成农村公路900公里,完成了目标任务。',
      '2.国省干线公路养护管理。国省干线公路路面使用性能指数达82,完成目标任务。',
      '3.农村电网改造工程。建设(改造)农村电网各类线路587.8公里,完成目标任务。',
      '4.退耕还林工程。继续巩固退耕还林成果69.3万亩。',
      '5.农家书屋建设。完成227个农家书屋的设备安装工作,全面完成目标任务。',
    ]);
    expect(report.tasks.map((t) => t.status?.code ?? null)).toEqual(['done', 'done', 'done', null, 'done']);
    const plan = await parseLines([
      '2024年重点工作任务分解方案',
      '1.加快农村交通建设。建成农村公路900公里,确保完成目标任务。(牵头单位:县交通运输局)',
      '2.推进农村电网改造。改造农村电网线路587公里。(牵头单位:县发展改革局)',
      '3.实施退耕还林工程。巩固退耕还林成果69万亩。(牵头单位:县林业局)',
      '4.推进农家书屋建设。完成227个农家书屋设备安装。(牵头单位:县文旅局)',
    ]);
    expect(plan.tasks.map((t) => t.status)).toEqual([null, null, null, null]);
  });
});

describe('a column that names each item beside one of its aims (歙县 2024; corpus/mixed-as)', () => {
  it('takes 项目名称 as the task and 目标任务 as its target', async () => {
    const { headerRoles } = await import('../src/extract/tables/columns.js');
    expect(headerRoles(['序号', '项目名称', '目标任务', '牵头单位', '累计完成', '累计进度', '备注'])).toEqual([
      'number',
      'task',
      'target',
      'lead',
      null,
      'progress',
      'remark',
    ]);
    // Without a name column, 目标任务 is the task.
    expect(headerRoles(['序号', '目标任务', '完成情况', '牵头责任单位'])[1]).toBe('task');
  });
});

describe('starts ahead, preparations, approvals and finishes still to come (葫芦岛 2015; corpus/status-bj)', () => {
  it.each([
    ['城区排水管网改造、龙湾公园改造等多项工程进入开工建设阶段', 'on_schedule'],
    ['龙湾公园改造工程目前已经完成立项、环评等前期手续,近期可进入施工阶段,年底完工', 'stalled'],
    ['天化路道路建设一期工程目前正在进行前期各项准备工作', 'stalled'],
    ['目前二台子净水厂完成控规、详规,一期征地已批复', 'stalled'],
    // A finish next year is a forecast, not done.
    ['老垃圾场治理二期工程(封场)计划今年9月开工,明年6月竣工', 'stalled'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('a size before a name (巴里坤 2014; corpus/status-bj)', () => {
  it('passes over 总建筑面积达4000平方米的 as it does an investment', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects(['总建筑面积达4000平方米的奎苏镇中学综合教学楼于2014年5月1日正式动工建设,项目总投资1016万元。']).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual([['奎苏镇中学综合教学楼', 'on_schedule']]);
  });
});

describe('the section a notice puts a task in outranks arithmetic on its figures (烟台 2020; corpus/status-bh)', () => {
  it('keeps 推进顺利 for a task whose figures alone would look behind', async () => {
    const doc = await parseLines([
      '2020年我市重点任务公开承诺事项上半年推进情况',
      '一、推进顺利的14项',
      '1.推进省市重点项目建设,197个市级重点项目完成投资660亿元。(牵头单位:市发改委)',
      '推进情况:197个市级重点项目,开复工184个,开复工率93.4%;完成投资349.2亿元,投资完成率53%;80个省级重点项目完成投资108.8亿元。',
    ]);
    expect(doc.tasks[0]?.status?.code).toBe('on_schedule');
  });
});

describe('a park or a green named by its place (常州 2015; corpus/status-bh)', () => {
  it('reads 白荡河绿地 as the subject of its clause', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const names = findSubjectProjects(['丽华路生态绿道已完成;白荡河绿地已完成全部园路铺设及景观造景工作;横塘河湿地公园继续开展市政设施、绿化种植工作。']).map((i) => i.text);
    expect(names).toContain('白荡河绿地');
  });
});

describe('all of a project’s works done (常州 2015; corpus/status-bh)', () => {
  it('reads 已完成全部…工作 said of a subject as done, and a step or the preparations as not', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects([
      '丽华路生态绿道已完成;白荡河绿地已完成全部园路铺设及景观造景工作;横塘河湿地公园继续开展市政设施、绿化种植工作。',
      '城东污水处理厂工程已完成全部前期工作,正在办理施工许可。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual(expect.arrayContaining([['白荡河绿地', 'done']]));
    expect(got.find(([t]) => t === '城东污水处理厂工程')?.[1]).not.toBe('done');
  });
});

describe('progress words across families (海东 2024, 高县 2014, 通辽 2022, 泰安 2021, 泸州 2019, 昆山 2023, 常德 2015, 嘉峪关 2020)', () => {
  it.each([
    ['生活垃圾焚烧发电厂正式运营', 'done'],
    ['将于年底正式运营', null],
    ['二龙滩水库力争尽早开工', 'stalled'],
    ['一期正在施工,二期争取尽快开工', 'on_schedule'],
    ['部分生产线试运行', 'on_schedule'],
    ['已开始安装变电站设备', 'on_schedule'],
    ['计划开始安装设备', null],
    ['泸州国家高新区汽车科技产业园已实际开工建设', 'on_schedule'],
    ['西洞庭生物科技园建设项目进展有序', 'on_schedule'],
    ['整体进度过半', 'on_schedule'],
    ['正在编制初步设计', 'stalled'],
    ['贵港至合浦高速公路项目已顺利通过交工验收并通车', 'done'],
    // The preparations done are not the project done.
    ['前期工作已基本完成', 'on_schedule'],
  ])('%s → %s', (text, code) => expect(saidOf(text)).toBe(code));
});

describe('batch M families (暨阳 2023, 金城镇 2020, 大兴安岭 2022, 和政 2013, 新滩镇 2022; corpus/status-bk, mixed-at)', () => {
  it('numbers items counted in words: 第一项：… 第二项：…', async () => {
    const doc = await parseLines([
      '暨阳街道2023年民生实事项目完成情况报告',
      '第一项:校舍维修建设及设施设备提升工程。',
      '包括完成滨江小学整体提升改造。该项目已于9月1日前完工并全部投入使用。',
      '第二项:暨阳街道农村公路大中修工程。',
      '包括张庄—董村公路。该项目已于10月中旬完工。',
      '第三项:社区爱心食堂建设工程。',
      '包括在江北方向再开设一家社区爱心食堂。该项目已于9月底完工并于10月22日开业。',
    ]);
    expect(doc.tasks.map((t) => [t.number, t.text.slice(0, 8), t.status?.code])).toEqual([
      ['一', '校舍维修建设及设', 'done'],
      ['二', '暨阳街道农村公路', 'done'],
      ['三', '社区爱心食堂建设', 'done'],
    ]);
  });

  it('reads the projects a 督查 visit saw, and not the places it went to', () => {
    expect(lists(['代表们首先视察了前庄村夕阳红服务中心建设项目、农业水价综合改革高湖灌区建设工程和镇为民服务大厅建设项目。']).map(([t]) => t)).toEqual([
      '前庄村夕阳红服务中心建设项目',
      '农业水价综合改革高湖灌区建设工程',
      '镇为民服务大厅建设项目',
    ]);
    expect(lists(['人大代表现场视察了万顷沙镇环卫中心、政务服务中心、综合养老服务中心、智正农场等地,认真听取汇报。'])).toEqual([]);
  });

  it('takes figures given to names with 分别为 for no list, and a rate or a shorthand set for no item', () => {
    expect(lists(['前三季度,140个重点项目开工建设,开工率、投资完成率、资金到位率分别为93%、80%、100%,其中8个省级重点项目,开工率100%、投资完成率125%,重大项目建设进展迅速。'])).toEqual([]);
    expect(items.plausibleItem('投资完成率125%')).toBe(false);
    expect(items.plausibleItem('三率')).toBe(false);
    expect(items.plausibleItem('安心托幼行动完成率35%')).toBe(true);
  });

  it('reads a verdict after the time it took, and a list opened by 特别是', () => {
    expect(lists(['特别是投资1.6亿元的古动物化石三号展览馆、投资4600万元的古生物化石国家地质公园主碑广场等重点建设项目,集中利用半年时间就完成了建设任务。'])).toEqual([
      ['古动物化石三号展览馆', 'done'],
      ['古生物化石国家地质公园主碑广场', 'done'],
    ]);
    expect(saidOf('虽受疫情等因素影响颇费周折,最终能圆满完工')).toBe('done');
  });
});

describe('a list of 一、 lines after 进展如下： (宝兴 2014; corpus/status-bk)', () => {
  it('takes the number off each item, so it is the outline task and no second copy', async () => {
    expect(items.cleanItem('一、雨城区孔坪福兴敬老院,项目建设正在顺利进行中')?.number).toBe('一');
    expect(items.cleanItem('一、雨城区孔坪福兴敬老院,项目建设正在顺利进行中')?.text).toMatch(/^雨城区孔坪福兴敬老院/);
    expect(items.cleanItem('（二）宝兴县妇幼保健院')).toMatchObject({ number: '二', text: '宝兴县妇幼保健院' });
    const doc = await parseLines([
      '目前,市会援建芦山地震灾区3个项目建设进展如下:',
      '一、雨城区孔坪福兴敬老院,项目建设正在顺利进行中,预计10月主体结构封顶,力争年底交房。',
      '二、宝兴县妇幼保健院,8月5日主体结构封顶。二次结构砌体等工序已经开始实施。',
      '三、宝兴县大溪乡罗家坝灾民安置点,由于该项目受到附近国家道路和截洪沟建设的影响,目前,还无法进场施工。',
    ]);
    expect(doc.tasks.map((t) => [t.number, t.status?.code])).toEqual([
      ['一', 'on_schedule'],
      ['二', 'on_schedule'],
      ['三', 'stalled'],
    ]);
  });
});

describe('a progress label after an unlabelled description (高港; corpus/status-bk)', () => {
  it('names the project the description opens with, else the heading above it, and each project of a ①② report', async () => {
    const { findLabelledPairs } = await import('../src/extract/prose/labelled-pairs.js');
    const got = findLabelledPairs([
      '学校建设项目',
      '白马中学与海军小学合署办学项目,新建1幢综合实验楼,建筑面积2400平方米。',
      '进展情况:该项目正在进行地基施工。',
      '村庄河道疏浚整治活水工程',
      '实施117条村庄河道疏浚整治和水系沟通,包含拆坝建桥、建涵等。',
      '进展情况:该项目24个自然村已全面施工。',
      '健身惠民工程',
      '新建及改造全民健身点25个。',
      '进展情况:',
      '①首批校园体育锻炼场地面向社会开放工程6月底已完工。',
      '②新建及改造全民健身点项目9月底正在施工。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual([
      ['白马中学与海军小学合署办学项目', 'on_schedule'],
      ['村庄河道疏浚整治活水工程', 'on_schedule'],
      ['首批校园体育锻炼场地面向社会开放工程', 'done'],
      ['新建及改造全民健身点项目', 'on_schedule'],
    ]);
  });

  it('needs two such reports: one progress label alone is no layout', async () => {
    const { findLabelledPairs } = await import('../src/extract/prose/labelled-pairs.js');
    expect(findLabelledPairs(['市三院改造提升工程', '对市三院病房大楼进行维修升级改造。', '进展情况:该项目已进场施工。'])).toEqual([]);
  });
});

describe('a finished or begun verb before a counted list (玉林 2018; corpus/status-bc)', () => {
  it('is the verdict of the list, and a plan’s bare verb is not', () => {
    expect(lists(['一期11个项目,已按ABO模式组织实施,其中已开工建设省道S511兴业经大平山至新桥、北容至铜石岭景区公路、岑玉线田心至北流日用陶瓷工业园区二级公路3个项目。'])).toEqual([
      ['省道S511兴业经大平山至新桥', 'on_schedule'],
      ['北容至铜石岭景区公路', 'on_schedule'],
      ['岑玉线田心至北流日用陶瓷工业园区二级公路', 'on_schedule'],
    ]);
    expect(lists(['今年已建成城东污水处理厂、城西水厂和滨江公园等3个项目。'])).toEqual([
      ['城东污水处理厂', 'done'],
      ['城西水厂', 'done'],
      ['滨江公园', 'done'],
    ]);
    expect(lists(['计划开工建设A小学、B中学等2个项目。']).map(([, c]) => c)).not.toContain('on_schedule');
  });

  it('reads a part of the works finished as the works under way', () => {
    expect(saidOf('北流市印塘圭江大桥及引道工程桥面基本完成')).toBe('on_schedule');
    expect(saidOf('桥面铺装已完成,全线建成通车')).toBe('done');
  });
});

describe('a list whose verdict is the next sentence on all of it (修水 2015; corpus/mixed-as)', () => {
  it('reads 项目均正在建设之中 after 分别是A、B、C as the list’s verdict', () => {
    expect(lists(['共实施初中校舍工程改造项目3个,投入资金740万元。分别是西港镇中学学生宿舍及食堂、山口镇中学学生宿舍、古市镇月塘中学学生宿舍楼。项目均正在建设之中,预计2015年春季可以竣工投入使用。'])).toEqual([
      ['西港镇中学学生宿舍及食堂', 'on_schedule'],
      ['山口镇中学学生宿舍', 'on_schedule'],
      ['古市镇月塘中学学生宿舍楼', 'on_schedule'],
    ]);
  });
});

describe('reconstruction reports (batch N: 九寨沟, 康定, 杂多, 余庆, 洛江, 大田; corpus/status-bl, corpus/mixed-au)', () => {
  it('takes comma-parted names back to the sentence’s lead-in when a 等 count names more (九寨沟 2019)', () => {
    const got = lists(['目前，县民族体育馆，玉瓦中学异地迁建，第二人民医院，漳扎镇供水管网和漳扎镇、大录乡堤防工程等18个标志性重大项目主体完工。']);
    expect(got.map(([t]) => t)).toEqual(['县民族体育馆', '玉瓦中学异地迁建', '第二人民医院', '漳扎镇供水管网', '漳扎镇、大录乡堤防工程']);
  });

  it('does not take the clauses of a sentence for names (甘肃 1995)', () => {
    const got = lists(['为了从根本上加快全省经济发展的进程，去年省委、省政府决定集中全力办好12件大事，经过全省上下一年的艰苦努力，引大入秦东二干渠等7项水利工程已按预期进度顺利完成。']);
    expect(got.map(([t]) => t)).toEqual(['引大入秦东二干渠']);
  });

  it('keeps two places that name one works together (漳扎镇、大录乡堤防工程), and places alone apart', () => {
    expect(splitNames('农牧业生产设施及服务体系和漳扎镇、大录乡堤防工程')).toEqual(['农牧业生产设施及服务体系', '漳扎镇、大录乡堤防工程']);
    expect(splitNames('甲镇、乙乡、丙村')).toEqual(['甲镇', '乙乡', '丙村']);
  });

  it('reads a group said finished in a month named as done, and the same said as an aim as nothing (康定 2014)', () => {
    expect(lists(['截至7月20日，城乡居民住房维修加固、民族中学维修加固以及地质灾害排危除险项目均在6月底完工。'])).toEqual([
      ['城乡居民住房维修加固', 'done'],
      ['民族中学维修加固', 'done'],
      ['地质灾害排危除险项目', 'done'],
    ]);
    expect(saidOf('确保均在6月底完工')).toBeNull();
    expect(saidOf('将均在6月底完工')).toBeNull();
  });

  it('drops who builds the projects from the first name (目前援建的A、B等项目已竣工, 杂多 2013)', () => {
    expect(lists(['目前援建的萨呼腾镇农牧民住房建设工程、萨呼腾镇城镇桥梁工程、第二幼儿园等项目已竣工。']).map(([t]) => t)).toEqual([
      '萨呼腾镇农牧民住房建设工程',
      '萨呼腾镇城镇桥梁工程',
      '第二幼儿园',
    ]);
  });

  it('reads a bare 完成 before a counted list in a sentence that reports, and not in a plan (余庆 2017)', () => {
    expect(lists(['半年来，共投入教育项目建设资金17936.85万元。其中投入教育项目资金1.443亿元，完成构皮滩镇第三幼儿园、中职学校实训综合楼等2个项目主体施工。'])).toEqual([
      ['构皮滩镇第三幼儿园', 'on_schedule'],
      ['中职学校实训综合楼', 'on_schedule'],
    ]);
    expect(lists(['今年以来投入资金3506.85万元，完成龙溪镇第二幼儿园、城南小学等8个教育民生项目建设。']).map(([, c]) => c)).toEqual(['done', 'done']);
    expect(lists(['2024年计划投入资金5000万元，完成龙溪镇第二幼儿园、城南小学等8个教育民生项目建设。']).map(([, c]) => c)).not.toContain('done');
  });

  it('reads a stage of the works done, said right after the project without 已, as under way; at a clause’s head it is an order', () => {
    expect(saidOf('完成桩基基础打桩')).toBe('on_schedule');
    expect(saidOf('完成二期2#实训楼封顶、图书馆基础施工')).toBe('on_schedule');
    expect(saidOf('完成征地40亩及征地清表工作')).toBe('on_schedule');
    expect(proseVerdict('完成主体施工')).toBeNull();
    expect(saidOf('计划完成主体施工')).toBeNull();
  });

  it('takes the time before 就有 off the first name (仅8月份就有A、B等3个项目开工建设, 大田 2012)', () => {
    expect(lists(['仅8月份就有农产品市场、闽中矿山救护中心等3个项目开工建设。']).map(([t]) => t)).toEqual(['农产品市场', '闽中矿山救护中心']);
  });
});

describe('batch O families (双牌, 皮山, 荥经, 杂多; corpus/status-bm, corpus/mixed-av)', () => {
  it('takes an item’s numbered labelled fields (1、考核任务: 2、完成情况:) as what is said of it, not as tasks (双牌 2024)', async () => {
    const doc = await parseLines([
      '现将我局承办的2024年实事项目完成情况予以公示:',
      '一、何家洞镇中心小学建设',
      '1、考核任务:何家洞镇中心小学建设,规划投资总额167万元。',
      '2、完成情况:截止8月底已完成教学楼改造和设施设备购置。完成投资167万元。',
      '二、平福头学校建设',
      '1、考核任务:平福头学校建设,规划投资总额135万元。',
      '2、完成情况:截止8月底平福头学校运动场正在施工。',
    ]);
    expect(doc.tasks.map((t) => [t.number, t.text])).toEqual([
      ['一', '何家洞镇中心小学建设'],
      ['二', '平福头学校建设'],
    ]);
    expect(doc.tasks[1]!.status?.code).toBe('on_schedule');
  });

  it('reads 交付使用 as finished, and the relative clause a counted lead-in opens with as the list’s verdict (皮山 2017)', () => {
    expect(code('已交付使用')).toBe('done');
    expect(code('计划年底交付使用')).toBeNull();
    expect(lists(['本次交付使用的10个援建项目为皮山县人民医院、皮山县公共文化中心、新城区客运枢纽站等，投入援疆资金4.64亿元。'])).toEqual([
      ['皮山县人民医院', 'done'],
      ['皮山县公共文化中心', 'done'],
      ['新城区客运枢纽站', 'done'],
    ]);
  });

  it('reads a 、-list closed by 全面完工 as finished works (荥经)', () => {
    expect(lists(['节点目标提前实现。撤并建制村畅通、通组道路改建、铁索桥改公路桥全面完工，全年新改建农村公路30公里。'])).toEqual([
      ['撤并建制村畅通', 'done'],
      ['通组道路改建', 'done'],
      ['铁索桥改公路桥', 'done'],
    ]);
  });

  it('reads a finish forecast as under way, and only when nothing else is said (杂多 2013, 普陀 2013)', () => {
    expect(saidOf('等剩余项目将于6月底全部竣工')).toBe('on_schedule');
    expect(code('正在装修中,预计8月底完工')).toBe('on_schedule');
    expect(code('因资金不到位进展缓慢，预计年底完工')).toBe('lagging');
    expect(code('确保项目将于年底建成')).toBeNull();
    expect(code('项目建成后将新增就业岗位500个')).toBeNull();
    expect(code('目前已完成图纸设计,预计11月将动工建设')).toBe('stalled');
  });

  it('reads a building verb before the first name as said of all, a campus as a works, 已全部复工 as under way (寒亭)', () => {
    expect(lists(['扩建第二实验小学西校区、实验中学学生公寓项目已全部复工，完成浇筑6730平方米。'])).toEqual([
      ['第二实验小学西校区', 'on_schedule'],
      ['实验中学学生公寓项目', 'on_schedule'],
    ]);
    expect(lists(['新建富亭街中学、富亭街小学、特殊教育学校工程正在加快建设中。']).map(([t]) => t)).toEqual(['富亭街中学', '富亭街小学', '特殊教育学校工程']);
  });

  it('takes streets and lanes for works named in a report (解放路、香房巷已完成沥青铺设并通车, 城中区 2021)', () => {
    expect(lists(['截至目前，解放路、香房巷已完成沥青铺设并通车。'])).toEqual([
      ['解放路', 'done'],
      ['香房巷', 'done'],
    ]);
  });

  it('takes the verdict of the sentence before a lead-in that points back at the same count (这7个项目分别为, 卢龙 2019)', () => {
    expect(lists(['10月20日，县举行秋季重点项目集中开工仪式，总投资45亿元的3个项目集中开工。', '这3个项目分别为：甲公司岩板生产线项目；乙公司综合开发项目；丙公司研发基地项目。'])).toEqual([
      ['甲公司岩板生产线项目', 'on_schedule'],
      ['乙公司综合开发项目', 'on_schedule'],
      ['丙公司研发基地项目', 'on_schedule'],
    ]);
    // Another count before is another group: nothing is borrowed.
    expect(
      lists(['总投资45亿元的5个项目集中开工。', '这3个项目分别为：甲公司岩板生产线项目；乙公司综合开发项目；丙公司研发基地项目。']).map(([, c]) => c),
    ).not.toContain('on_schedule');
  });

  it('names the members of a counted, judged group told of one ；-clause each after 其中 (冀州 2017), and only when the count is met', async () => {
    const { findAnnouncedClauses } = await import('../src/extract/prose/announced-clauses.js');
    const group = '据了解，本区本次集中开工的3个重点项目，总投资6.1亿元，对于促进转型具有重要意义。';
    const got = findAnnouncedClauses([group + '其中，甲公司现代家具项目总投资1.5亿元，占地60亩；乙科技有限公司项目总投资为1.5亿元；丙公园建设工程项目概算投资2.1亿元。']);
    expect(got.map((i) => [i.text, i.status?.code ?? null])).toEqual([
      ['甲公司现代家具项目', 'on_schedule'],
      ['乙科技有限公司项目', 'on_schedule'],
      ['丙公园建设工程项目', 'on_schedule'],
    ]);
    expect(findAnnouncedClauses([group + '其中，甲公司现代家具项目总投资1.5亿元；乙科技有限公司项目总投资为1.5亿元。'])).toEqual([]);
  });
});


describe('batch Q families (市北, 兴东镇, 龙伏镇, 陆河, 惠济, 玉树; corpus/status-bo, corpus/mixed-ax)', () => {
  it('counts works by 处 when a works noun follows (9处停车场), and reads 已建成项目为 as a finished list (市北 2016)', () => {
    expect(lists(['目前共建设3处停车场，分别为甲路公共停车场、乙路公共停车场、丙公园公共停车场。']).map(([t]) => t)).toEqual([
      '甲路公共停车场',
      '乙路公共停车场',
      '丙公园公共停车场',
    ]);
    expect(lists(['已建成项目为甲路公共停车场；丙公园公共停车场。'])).toEqual([
      ['甲路公共停车场', 'done'],
      ['丙公园公共停车场', 'done'],
    ]);
    // 5处隐患 counts no works: no count, no verdict, no list.
    expect(lists(['共排查5处隐患，分别为甲村、乙村、丙村。'])).toEqual([]);
  });

  it('takes the works a 视察 visited when the report then goes through them, 以及 parting the last (兴东镇 2025)', async () => {
    const doc = await parseLines([
      '兴东镇组织人大代表开展重点项目视察',
      '视察组先后视察了甲村党群服务中心、乙村农房改善集中区一期以及丙镇人大代表联络站等现场。甲村党群服务中心主体工程竣工，正在抓紧装潢布置；乙村8户的农房改善集中区已建成，正在完善相关设施配套；丙镇人大代表联络站已建成投入使用。',
    ]);
    expect(doc.tasks.map((t) => t.text)).toEqual(expect.arrayContaining(['甲村党群服务中心', '乙村农房改善集中区一期', '丙镇人大代表联络站']));
    expect(doc.tasks.find((t) => t.text === '甲村党群服务中心')?.status?.code).toBe('on_schedule');
    // Places a visit went to, with nothing said of them after, are no items (万顷沙 2021).
    expect(lists(['代表们视察了镇环卫中心、政务服务中心、综合养老服务中心等地，听取了汇报。'])).toEqual([]);
    expect(code('建设者正抢抓工期，一片繁忙')).toBe('on_schedule');
    expect(code('要抢抓工期')).toBeNull();
  });

  it('reads a manner before the verdict of a listed group (等项目有力有序推进, 龙伏 2018)', () => {
    expect(lists(['甲田园综合体、乙铁路、3个安置区建设等项目有力有序推进。'])).toEqual([
      ['甲田园综合体', 'on_schedule'],
      ['乙铁路', 'on_schedule'],
      ['3个安置区建设', 'on_schedule'],
    ]);
  });

  it('reads markets opening ；-clauses after 截至目前, with a stage entered or a concession (陆河)', async () => {
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects([
      '据了解,截至目前甲镇农贸市场已全面升级改造完成并投入使用;乙镇中心综合市场进入重建升级改造阶段;丙镇宝龙综合市场虽已提交工程设计方案,但迟迟未能动工建设,进度严重滞后。',
    ]);
    expect(got.map((i) => [i.text, i.status?.code ?? null])).toEqual([
      ['甲镇农贸市场', 'done'],
      ['乙镇中心综合市场', 'on_schedule'],
      ['丙镇宝龙综合市场', 'lagging'],
    ]);
    expect(code('即将进入施工阶段')).toBe('stalled');
    const items = findCategoryItems(['丙镇宝龙综合市场虽已提交工程设计方案,但迟迟未能动工建设;丁镇新城市场升级改造工程已开工,并划分临时摆卖点。']);
    expect(items.map((i) => i.text)).not.toContain('但迟迟');
    expect(items.map((i) => i.text)).not.toContain('丙镇宝龙综合市场虽');
  });

  it('reads paragraphs each opening with a project, one picked out by 其中, the rest of each its report (惠济 2019)', async () => {
    const doc = await parseLines([
      '为缓解“停车难”问题,本区积极推进停车场建设工作。',
      '明年还将有几个大型停车场投用,其中,甲区市民服务中心项目,共有停车位1088个,施工图审查已完成,修规正在编制。目前主楼4层浇筑完成,5层正在施工;东西配楼一层正在施工。',
      '乙路立体停车场项目,楼内停车位共575个,为五层混凝土结构。北侧主体建筑已封顶,南侧建筑预计2019年4月底封顶。',
      '丙路汇通停车场项目,设计停车位350个,该项目预计总投资1800万元。目前,该项目正在进行相关规划设计审批手续。',
    ]);
    expect(doc.tasks.map((t) => [t.text, t.status?.code ?? null])).toEqual([
      ['甲区市民服务中心项目', 'on_schedule'],
      ['乙路立体停车场项目', 'on_schedule'],
      ['丙路汇通停车场项目', 'stalled'],
    ]);
  });

  it('reads works’ names parted by ； before the clause that names the last and judges it as one list (江海 2019)', () => {
    expect(lists(['代表们对民生实事项目进行监督,其中,甲文化综合楼;乙党建广场工程;丙泵房建设项目已全面完成投入使用。'])).toEqual([
      ['甲文化综合楼', 'done'],
      ['乙党建广场工程', 'done'],
      ['丙泵房建设项目', 'done'],
    ]);
    // A ；-run of orders is no list of names.
    expect(lists(['加快推进甲项目;全力推进乙工程建设;丙项目已开工。']).map(([t]) => t)).not.toContain('加快推进甲项目');
    expect(code('文昌苑、银杏新村四区也已全面启动')).toBe('on_schedule');
    expect(code('已全面启动前期工作')).toBeNull();
    expect(code('综合楼在内墙装修中。')).toBe('on_schedule');
  });

  it('reads a start still planned in the clause after a list as not started (等5个项目已具备施工条件，计划8月15日开工建设, 玉树 2010)', () => {
    expect(lists(['甲镇自来水厂、乙州公共卫生服务中心、丙县污水处理厂等5个项目已具备施工条件,计划8月15日开工建设。']).map(([, c]) => c)).toEqual([
      'stalled',
      'stalled',
      'stalled',
    ]);
  });
});

describe('batch R families (元谋, 竹山, 卓洋乡, 临沂; corpus/mixed-az)', () => {
  it('reads a 、-list in brackets before the count it names, judged after the count or before the bracket (元谋 2022)', () => {
    expect(
      lists(['截至目前,已完成(甲村、乙村、丙坪、丁村等)5个村组路面硬化12.5公里;另外的(戊村、己村(并入新华通三级)、庚村等)4个村组6.3公里正在开展路面施工。']),
    ).toEqual([
      ['甲村', 'done'],
      ['乙村', 'done'],
      ['丙坪', 'done'],
      ['丁村', 'done'],
      ['戊村', 'on_schedule'],
      ['己村(并入新华通三级)', 'on_schedule'],
      ['庚村', 'on_schedule'],
    ]);
    // More names than the count, or none judged: no list.
    expect(lists(['已完成(甲村、乙村、丙坪、丁村)2个村组路面硬化。'])).toEqual([]);
    expect(lists(['其中(甲村、乙村、丙坪等)3个村组位于山区。'])).toEqual([]);
  });

  it('reads works built or finished one after another, named after the verb (竹山 2023, 卓洋乡 2019)', () => {
    expect(lists(['累计投入资金7.18亿元,先后建成甲镇初级中学、乙乡中心幼儿园、丙镇第二幼儿园;改扩建丁小学等75所学校。'])).toEqual([
      ['甲镇初级中学', 'done'],
      ['乙乡中心幼儿园', 'done'],
      ['丙镇第二幼儿园', 'done'],
    ]);
    expect(lists(['近年来已先后完成甲幼儿园教学楼、乙中心小学教学楼及附属工程、丙中综合楼等项目建设,有力促进了办学水平的提高。']).map(([t, c]) => `${t} ${c}`)).toEqual([
      '甲幼儿园教学楼 done',
      '乙中心小学教学楼及附属工程 done',
      '丙中综合楼 done',
    ]);
    // Not works: a list of aims after the verb is left alone.
    expect(lists(['先后建成机制、制度、体系。'])).toEqual([]);
  });

  it('reads lists counted after their noun, begun or with a start still ahead (回民区 2021), and a road named with its length (洮南 2015)', async () => {
    expect(
      lists(['截至目前,本区已开复工甲文旅城、乙购物中心公寓楼等重大项目23个,已完成投资5.4亿元;预计6月份开复工丙昊庭、丁中学新校区等重大项目2个。下半年还将开工建设戊路两侧道路绿化硬化、己星耀等重大项目3个。']),
    ).toEqual([
      ['甲文旅城', 'on_schedule'],
      ['乙购物中心公寓楼', 'on_schedule'],
      ['丙昊庭', 'stalled'],
      ['丁中学新校区', 'stalled'],
      ['戊路两侧道路绿化硬化', 'stalled'],
      ['己星耀', 'stalled'],
    ]);
    // Kinds of works counted after 等各类 are no list.
    expect(lists(['全县计划总投资2.89亿元,完成饮水安全、农田灌溉、河道治理等各类水利工程6项。'])).toEqual([]);
    expect(code('下半年还将开工建设')).toBe('stalled');
    expect(code('已开复工')).toBe('on_schedule');
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    expect(findSubjectProjects(['农村公路改扩建工程共109.4公里,其中东茂至西宝公路13.8公里,已竣工通车。']).map((i) => [i.text, i.status?.code ?? null])).toEqual([
      ['东茂至西宝公路13.8公里', 'done'],
    ]);
  });

  it('takes the flattened numbering off a list’s first name, and stops a subject’s name before the part of the works told of (临沂 2019)', async () => {
    expect(lists(['二、存在的问题 (一)甲开发区污水处理厂二期扩建工程、乙县第一污水处理厂扩建工程、丙县污水处理厂扩建工程尚未开工。'])).toEqual([
      ['甲开发区污水处理厂二期扩建工程', 'stalled'],
      ['乙县第一污水处理厂扩建工程', 'stalled'],
      ['丙县污水处理厂扩建工程', 'stalled'],
    ]);
    const { findSubjectProjects } = await import('../src/extract/prose/named-clauses.js');
    const got = findSubjectProjects(['截止2019年4月底,甲区第二污水处理厂扩建项目土建工程完成98%,完成投资9364万元。乙县第二污水处理厂工程土建工程完成97%,设备安装已完成,完成投资4500万元。']);
    expect(got.map((i) => [i.text, i.status?.code ?? null])).toEqual([
      ['甲区第二污水处理厂扩建项目', null],
      ['乙县第二污水处理厂工程', 'on_schedule'],
    ]);
  });
});

describe('places that share one kind of works (枣阳 2017 family)', () => {
  it('names each place with the works and gives it the verdict said after the noun, reading on into a clause about the same works', () => {
    const items = findStatusListItems([
      '截至目前，全县东坝镇、西河镇2座垃圾中转站已经建成投用；南岭乡、北山乡、石门乡垃圾中转站今年6月底可建成；上河镇、下河镇文化广场的前期工作已完成，计划今年8月底前开工建设。',
    ]);
    expect(items.map((i) => [i.text, i.status?.code])).toEqual([
      ['东坝镇垃圾中转站', 'done'],
      ['西河镇垃圾中转站', 'done'],
      ['南岭乡垃圾中转站', 'on_schedule'],
      ['北山乡垃圾中转站', 'on_schedule'],
      ['石门乡垃圾中转站', 'on_schedule'],
      ['上河镇文化广场', 'stalled'],
      ['下河镇文化广场', 'stalled'],
    ]);
  });

  it('takes no list of places that says nothing of their works', () => {
    expect(findStatusListItems(['东坝镇、西河镇垃圾中转站由县城管局统一设计。'])).toEqual([]);
  });

  it('counts a city’s neighbourhoods (…里) as places, not lengths in 公里 (滨海新区 新河街道 2011)', () => {
    expect(findStatusListItems(['截至目前，兴华里、长江里社区服务站已建成使用。']).map((i) => [i.text, i.status?.code])).toEqual([
      ['兴华里社区服务站', 'done'],
      ['长江里社区服务站', 'done'],
    ]);
  });
});

describe('lists whose verdict is said in manner words, or as a preparatory step still planned (独山港 2023 family)', () => {
  it('reads 等项目前期工作也有条不紊推进中 as the list’s verdict, and 计划年内完成方案设计 as a start still ahead', () => {
    expect(findStatusListItems(['在各方努力下，东区菜场、滨河花园二期等项目前期工作也有条不紊推进中。']).map((i) => [i.text, i.status?.code])).toEqual([
      ['东区菜场', 'on_schedule'],
      ['滨河花园二期', 'on_schedule'],
    ]);
    expect(findStatusListItems(['南门公园、环城北路二期等项目计划年内完成方案设计，力争开工建设。']).map((i) => [i.text, i.status?.code])).toEqual([
      ['南门公园', 'stalled'],
      ['环城北路二期', 'stalled'],
    ]);
    expect(proseVerdict('项目计划年内完成方案设计')?.code).toBe('stalled');
    // A design already finished is no start still ahead.
    expect(proseVerdict('项目已完成方案设计')?.code).not.toBe('stalled');
  });
});

describe('projects picked out of a group after 其中 (新丰 family)', () => {
  it('parts the subject into as many names as the figures after 分别 count, judged by the clause and the worse of what follows', () => {
    const items = findStatusListItems([
      '城建项目7个，已完成投资7.43亿元。其中，滨江花园项目和学府名苑项目建设进度较快，年度投资进度分别达到85.00%和83.70%；其中南湖公园改造工程已完成方案审查，即将全面开工。',
    ]);
    expect(items.map((i) => [i.text, i.status?.code])).toEqual([
      ['滨江花园项目', 'good'],
      ['学府名苑项目', 'good'],
      ['南湖公园改造工程', 'stalled'],
    ]);
  });

  it('takes no count of the group, no kind of projects, and no verdict heading the places that follow it', () => {
    expect(findStatusListItems(['共实施项目12个，其中，有3个项目已竣工。'])).toEqual([]);
    expect(findStatusListItems(['全县项目112个，其中续建项目复工108项，复工率96.43%。'])).toEqual([]);
    expect(findStatusListItems(['其中，农村公路提质改造工程进度较慢的为舒城县、金安区。']).filter((i) => /工程$/.test(i.text))).toEqual([]);
  });
});

describe('a 、-list that goes on after a comma with 以及 (龙圩 2019)', () => {
  it('starts where the 、-list of the clause before begins', () => {
    expect(
      findStatusListItems(['在续建项目中，东门小学新建教学楼、南岗小学新建教学楼，以及北坡小学修建围墙等30个项目已经完成施工。']).map((i) => [i.text, i.status?.code]),
    ).toEqual([
      ['东门小学新建教学楼', 'done'],
      ['南岗小学新建教学楼', 'done'],
      ['北坡小学修建围墙', 'done'],
    ]);
  });
});

describe('schools headed by their names, each followed by the report on its building (沂水 family)', () => {
  it('takes a school or hospital heading as the works, though its name reads as an institution', async () => {
    const { findTitledParagraphs } = await import('../src/extract/prose/titled-paragraphs.js');
    const items = findTitledParagraphs([
      '近年来，全县加速推进学校建设。',
      '南湖小学',
      '目前，投资5000万元的南湖小学项目教学楼主体已封顶，正在进行内部装修。',
      '城东中学',
      '投资6000万元的城东中学项目，目前教学楼已进入二层钢筋绑扎中。',
      '县人民医院',
      '投资8000万元的县人民医院迁建项目正在进行主体施工。',
    ]);
    expect(items.map((i) => [i.text, i.status?.code])).toEqual([
      ['南湖小学', 'on_schedule'],
      ['城东中学', 'on_schedule'],
      ['县人民医院', 'on_schedule'],
    ]);
    expect(proseVerdict('教学楼已进入地下工程筏板钢筋绑扎中')?.code).toBe('on_schedule');
  });
});

describe('a copy cut inside a bracketed list (济源 2009)', () => {
  it('reads the document’s last sentence as if the bracket closed where the copy stops, without a bracket in the evidence', () => {
    const items = findStatusListItems(['3月份应开工6项，目前已开工3项(东区热力站项目、南郊污水泵站项目、城市道路改造']);
    expect(items.map((i) => [i.text, i.status?.code])).toEqual([
      ['东区热力站项目', 'on_schedule'],
      ['南郊污水泵站项目', 'on_schedule'],
      ['城市道路改造', 'on_schedule'],
    ]);
    expect(items[0]!.status!.evidence.endsWith('城市道路改造')).toBe(true);
  });

  it('leaves an open bracket alone when more of the document follows', () => {
    expect(findStatusListItems(['目前已开工3项(东区热力站项目、南郊污水泵站项目、城市道路改造', '下一步，继续加快推进。'])).toEqual([]);
  });
});
