/**
 * Prose status lists, with inputs in the phrasing of the real notices and reports in
 * ../shared/corpus and corpus/ (each expected value read off the sentence itself).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findStatusListItems } from '../src/extract/prose/index.js';
import { splitListItems } from '../src/extract/prose/items.js';
import { splitProseSentences } from '../src/extract/prose/sentences.js';
import { findNamedProjectItems, findPromisedStarts, findSubjectProjects, findTitledOrdinals } from '../src/extract/prose/named-clauses.js';
import { findCategoryItems } from '../src/extract/prose/category-clauses.js';
import { findAnnouncedClauses } from '../src/extract/prose/announced-clauses.js';
import { statedShareStatus } from '../src/classify/quantitative.js';
import { parseLines } from './support/extract.js';

const items = (paras: string[]) => findStatusListItems(paras).map((i) => [i.number, i.text, i.status?.code ?? null, i.lead.map((u) => u.name)]);

describe('sentences', () => {
  it('takes 。。 and a spaced run of sentence ends as the end of the sentence before', () => {
    expect(splitProseSentences('推进较慢。。 。 。已完成。')).toEqual(['推进较慢。。。。', '已完成。']);
    expect(splitProseSentences('。。。已完成。')).toEqual(['已完成。']);
  });
});

describe('prose status lists', () => {
  it('a lead-in with a count, then 分别是 and a comma list (江门)', () => {
    const got = items(['未按进度完成的3项任务分别是:省下达的高污染燃料锅炉政治任务,北环路和福泉路建设,恩平污水处理厂二期建设。']);
    expect(got).toEqual([
      [null, '省下达的高污染燃料锅炉政治任务', 'lagging', []],
      [null, '北环路和福泉路建设', 'lagging', []],
      [null, '恩平污水处理厂二期建设', 'lagging', []],
    ]);
  });

  it('the group heading gives the verdict to the list after 分别为 (长沙)', () => {
    const got = items(['(二)超时间进度完成指标有2项。截止7月底,超时间任务进度指标的实事项目有2项。分别为:建设农民专业合作社省级示范社,完成进度为88%;办理法律援助案件2343件,完成进度为90%。']);
    expect(got.map((g) => g[2])).toEqual(['good', 'good']);
    expect(got[0]![1]).toMatch(/^建设农民专业合作社省级示范社/);
  });

  it('quoted names before 等N小项已完成; the clause after 其余 is about other items (长乐)', () => {
    const got = items(['截止目前,“新增更新公交车50辆”“新增和优化公交线路2条”等2小项已完成,其余小项顺利推进。']);
    expect(got).toEqual([
      [null, '新增更新公交车50辆', 'done', []],
      [null, '新增和优化公交线路2条', 'done', []],
    ]);
  });

  it('the turn after 但 decides, and a bracket after each quotation names its unit (乐清)', () => {
    const got = items(['另,“公共场所新增AED”(市红十字会)、“老旧小区改造”(市住建局)等2个项目曾因过程性滞后被温州通报,但均能如期完成。']);
    expect(got).toEqual([
      [null, '公共场所新增AED', 'done', ['市红十字会']],
      [null, '老旧小区改造', 'done', ['市住建局']],
    ]);
  });

  it('a list before its count and verdict, and a pair joined by 及 (石泉)', () => {
    const got = items([
      '已有改善中心城区群众出行条件、提升镇村(社区)应急信息发布能力2个项目全面完成任务。明星村多功能健身运动场及提升群众公共安全保障能力2个项目预计9月底前开工建设。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['改善中心城区群众出行条件', 'done'],
      ['提升镇村(社区)应急信息发布能力', 'done'],
      ['明星村多功能健身运动场', 'stalled'],
      ['提升群众公共安全保障能力', 'stalled'],
    ]);
  });

  it('a list summed up by 等项目或任务 / 等经济指标, its verdict after a cause (受…影响) (涪陵)', () => {
    const got = items([
      '但与此同时,固定资产投资增速、石沱移民码头、兴华花园公共停车场等项目或任务受国际不利环境、资金短缺等多种因素影响完成情况不够理想,还需有关部门加快推进。',
      '例如,地区生产总值、规上工业增加值等经济指标完成情况较好;大力实施“有效投资项目落地攻坚年”。',
      // 等重大工程 goes on with a comma: neither a verdict nor the end of the sentence, so no list.
      '加大技术改造投入,实施科技产业协同创新、产业基础再造、产业链升级等重大工程,推动传统产业高端化。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['固定资产投资增速', 'lagging'],
      ['石沱移民码头', 'lagging'],
      ['兴华花园公共停车场', 'lagging'],
      ['地区生产总值', 'good'],
      ['规上工业增加值', 'good'],
    ]);
  });

  it('per-unit groups after 未开工项目6个: — X负责的A和B2个项目 gives two items of X; 等容 is a word, not 等 (银川)', () => {
    const got = items([
      '从开工情况来看截止4月底,开工率89%未开工项目6个:灵武市负责的华电宁东分公司宁东一、二期及扩建风电场以大代小等容更新项目和养殖基地粪污无害化处理及全量化资源利用2个项目;市住建局负责的金凤五路(正源街-民族街)道路桥梁工程;市教育局负责的丰登片区中心幼儿园新建项目和唐徕回民中学北校区新建工程2个项目;苏银产业园负责的华昊生物医药生产二期项目。',
    ]);
    expect(got).toEqual([
      [null, '华电宁东分公司宁东一、二期及扩建风电场以大代小等容更新项目', 'stalled', ['灵武市']],
      [null, '养殖基地粪污无害化处理及全量化资源利用', 'stalled', ['灵武市']],
      [null, '金凤五路(正源街-民族街)道路桥梁工程', 'stalled', ['市住建局']],
      [null, '丰登片区中心幼儿园新建项目', 'stalled', ['市教育局']],
      [null, '唐徕回民中学北校区新建工程', 'stalled', ['市教育局']],
      [null, '华昊生物医药生产二期项目', 'stalled', ['苏银产业园']],
    ]);
  });

  it('a counted list after 10件为民实事: (甘肃)', () => {
    const got = items(['确定了继续推进10件为民实事:中小学“强县中增学位建宿舍扩食堂”工程、城镇新增就业30万人、资助困难家庭子女普通高校入学。']);
    expect(got.map((g) => g[1])).toEqual(['中小学“强县中增学位建宿舍扩食堂”工程', '城镇新增就业30万人', '资助困难家庭子女普通高校入学']);
  });

  it('one name standing for its counted group, each with its own verdict (建宁, 象山)', () => {
    const got = items([
      '1-9月,11个省级重点项目完成投资11.59亿元,味蕾跳动年产3万吨农副产品系列深加工等5个新项目如期开工建设,莆炎高速公路建宁西互通连接线等2个项目竣工,明一生态养殖厂区等4个在建项目有序推进。',
      '其中大金山隧道等6个项目(其中二个分项)计划安排年底开工,小型水库等13个项目政策处理、报批、设计等前期工作进度缓慢。已开工项目中有客运中心等3个项目主体工程没有动建,天安电工基地等近十个项目进度缓慢。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['味蕾跳动年产3万吨农副产品系列深加工', 'on_schedule'],
      ['莆炎高速公路建宁西互通连接线', 'done'],
      ['明一生态养殖厂区', 'on_schedule'],
      ['大金山隧道', 'stalled'],
      // 政策处理、报批、设计 are what is slow about the 13 projects, not projects of their own.
      ['小型水库', null],
      ['客运中心', 'stalled'],
      ['天安电工基地', 'lagging'],
    ]);
  });

  it('a 其中: lead-in whose ；-pieces close lists of their own with 等N个 leaves each list its own verdict (三元)', () => {
    const got = items([
      '其中:省市级重点建设项目完成投资11.33亿元,区级重点建设项目完成投资12.35亿元;三明宾馆重建、闽新新型建材生产等13个省市重点项目,完成年计划70%以上;82个省市区在建或预备重点项目中,三明一品农林产品仓储、华油仓储、三明汽车维修中心等26个项目滞后。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['三明宾馆重建', null],
      ['闽新新型建材生产', null],
      ['三明一品农林产品仓储', 'lagging'],
      ['华油仓储', 'lagging'],
      ['三明汽车维修中心', 'lagging'],
    ]);
  });

  it('the place as subject is not part of the first item; a quotation inside a name does not make a quoted list (武隆)', () => {
    const got = items([
      '截至6月底,我区实施建档立卡贫困家庭大学生资助、建成梓潼游园、易地扶贫搬迁3项民生实事已完成年度目标任务;农村小康路建设、基本消除中心镇“大班额”、缓解城区交通压力等21项民生实事正常有序推进。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['建档立卡贫困家庭大学生资助', 'done'],
      ['建成梓潼游园', 'done'],
      ['易地扶贫搬迁', 'done'],
      ['农村小康路建设', 'on_schedule'],
      ['基本消除中心镇“大班额”', 'on_schedule'],
      ['缓解城区交通压力', 'on_schedule'],
    ]);
  });

  it('clauses naming the unit responsible for an item and how it stands; items joined by 及 share the verdict (大英)', () => {
    const got = items([
      '一是项目推进不平衡。全县民生项目推进总体顺利,但仍有县人口计生局负责的孕前优生健康检查仅完成71%,县文广局负责的农家书屋建设项目书架还未到位,县交通运输局负责的改善乡村公路项目及县住建局、蓬莱镇等单位负责的安置房建设项目进度滞后。二是要素保障有待加强。县环保局负责的35个行政村环境综合整治项目要积极整合资金。',
    ]);
    expect(got).toEqual([
      [null, '孕前优生健康检查', 'lagging', ['县人口计生局']],
      [null, '农家书屋建设项目书架', 'lagging', ['县文广局']],
      [null, '改善乡村公路项目', 'lagging', ['县交通运输局']],
      [null, '安置房建设项目', 'lagging', ['县住建局', '蓬莱镇']],
    ]);
  });

  it('a counted list short of its count runs on past its full stop, with items of the same shape (萧县)', () => {
    const got = items([
      '其中超额完成任务的已有4项:实体零工驿站建设完成率200%;为困难残疾人提供康复救助完成率100.27%。已帮扶困难退役军人和军属烈属431人完成率147.6%。资助家庭经济困难学生完成率115%。下一步将继续推进。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['实体零工驿站建设完成率200%', 'done'],
      ['为困难残疾人提供康复救助完成率100.27%', 'done'],
      ['已帮扶困难退役军人和军属烈属431人完成率147.6%', 'done'],
      ['资助家庭经济困难学生完成率115%', 'done'],
    ]);
  });

  it('a list of the offices or places that took part is no list of items; a lead-in before the sections is none (霍邱)', () => {
    expect(
      items([
        '县政府办会同县民生办,教育局、住建局、水产业发展中心等6个民生工程牵头实施部门,以白莲乡、石店镇、岔路镇、宋店乡等4个乡镇所承担的民生工程重点项目实施进展情况开展了专项督查。现将督查情况通报如下:',
        '一、牵头部门实施情况',
        '(一)县教育局:学前教育促进工程。',
      ]),
    ).toEqual([]);
    // Facilities are items even when their names end like an office's (区档案管理中心).
    expect(items(['如区中医院莲塘新院、区档案管理中心等工程前期工作进展仍不夠理想。']).map((g) => g[1])).toEqual(['区中医院莲塘新院', '区档案管理中心']);
  });

  it('为任务的N% after a count states a ratio, not a new list (湖南)', () => {
    const got = items([
      '有3个考核指标超额完成任务,分别是:改造县乡公路3290公里,为任务的164.5%;新增行政村实现互联网宽带上网2733个,为任务的273.3%;帮扶贫困农民613432人,为任务的102.2%。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['改造县乡公路3290公里,为任务的164.5%', 'done'],
      ['新增行政村实现互联网宽带上网2733个,为任务的273.3%', 'done'],
      ['帮扶贫困农民613432人,为任务的102.2%', 'done'],
    ]);
  });

  it('a 等 inside an item does not close the list; the one after which no item follows does (渝中)', () => {
    const got = items([
      '其中,34个子项已完成年度目标任务,包括持续确保辖区7家二级公立医院均设置便民门诊;新都巷游园等11个公共绿地项目建设已完成;沧白路天桥、化龙桥天桥建设完工;棉花街社区体育文化公园建设已开工等。',
    ]);
    expect(got.map((g) => g[2])).toEqual(got.map(() => 'done'));
    expect(got.map((g) => g[1])).toContain('新都巷游园等11个公共绿地项目建设');
    expect(got.map((g) => g[1])).toContain('棉花街社区体育文化公园建设');
  });

  it('what a piece says of the item before it (目前已达…, 预计年底完工) stays with that item (渝中)', () => {
    expect(items(['2个子项如期推进,包括歇虎路公厕、曾家岩临崖步道(一期)工程,预计年底完工。']).map((g) => [g[1], g[2]])).toEqual([
      ['歇虎路公厕', 'on_schedule'],
      // 预计年底完工 is the piece's own verdict (a finish forecast, under way), taken off its name.
      ['曾家岩临崖步道(一期)工程', 'on_schedule'],
    ]);
  });

  it('a 、 after the verdict of one list opens the next list (象山)', () => {
    const got = items([
      '8个实事工程项目中,政策性住房保险、疏浚、经济适用房主体工程等项目内容均已基本完成、农民引水、安置房、保险等项目已在实施中;教育、环境治理等项目还处于落实或筹建阶段。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['政策性住房保险', 'done'],
      ['疏浚', 'done'],
      ['经济适用房主体工程', 'done'],
      ['农民引水', 'on_schedule'],
      ['安置房', 'on_schedule'],
      ['保险', 'on_schedule'],
      // 还处于落实或筹建阶段: not begun.
      ['教育', 'stalled'],
      ['环境治理', 'stalled'],
    ]);
  });

  it('一是…六是 judged by a closing clause that looks back on them; figures breaking down a total are no items (乌鲁木齐)', () => {
    expect(items(['共涉及承办单位38家,其中:政策措施类实事51件,工程建设类实事49件,市财政用于民生领域的支出达245.31亿元。'])).toEqual([]);
    const got = items([
      '一是完善社区就业服务体系,完成创建充分就业社区43个;二是强化就业技能培训,完成各类职业培训11.6万人次;上述2项实事均超额完成年度目标任务。',
    ]);
    expect(got.map((g) => [g[0], g[1], g[2]])).toEqual([
      ['一', '完善社区就业服务体系,完成创建充分就业社区43个', 'done'],
      ['二', '强化就业技能培训,完成各类职业培训11.6万人次', 'done'],
    ]);
  });

  it('a count of things a task will do (等20个排水单元) is no list of items without a verdict (南昌县)', () => {
    expect(items(['任务目标:2024年度计划对莲塘、银三角建成区范围内唐庄、玺悦城-北区、百城经典等20个排水单元进行雨污管网分流改造。'])).toEqual([]);
  });

  it('子项 counts items; 时间过半、进度过半 is on schedule; 建成竣工 done; 未竣工 behind (吴忠, 南宁, 同德)', () => {
    const got = items([
      '其中发放生活救助金、购买公益性岗位252个2个子项已提前完成;市区第二、三自来水厂水质提标改造等22个子项实现了时间过半、进度过半;小学生口腔卫生计划、电动车综合管理整治2个子项也在稳步推进当中。',
      '南宁国际会展中心升级改造工程、南宁园博园项目、南宁市图书馆等项目建成竣工。',
      '2018年项目未竣工3项:夏日仓至班多村公路、污水管网改扩建建设、新区供热站改扩建。',
    ]);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['发放生活救助金', 'done'],
      ['购买公益性岗位252个', 'done'],
      ['市区第二、三自来水厂水质提标改造', 'on_schedule'],
      ['小学生口腔卫生计划', 'on_schedule'],
      ['电动车综合管理整治', 'on_schedule'],
      ['南宁国际会展中心升级改造工程', 'done'],
      ['南宁园博园项目', 'done'],
      ['南宁市图书馆', 'done'],
      ['夏日仓至班多村公路', 'lagging'],
      ['污水管网改扩建建设', 'lagging'],
      ['新区供热站改扩建', 'lagging'],
    ]);
  });

  it('one item per line after a lead-in ending with a colon, numbers lost mid-list (玉环)', () => {
    const got = items([
      '3项进展偏慢的市政府重点工作为:',
      '①实现“小升规”60家(责任单位:市经信局);',
      '新增跨境电商产值10亿元以上(责任单位:市商务局);',
      '确保完成固定资产投资50亿元(责任单位:玉环经济开发区)。',
      '市政府重点工作和民生实事项目完成情况总体较好。',
    ]);
    expect(got).toEqual([
      ['1', '实现“小升规”60家', 'lagging', ['市经信局']],
      [null, '新增跨境电商产值10亿元以上', 'lagging', ['市商务局']],
      [null, '确保完成固定资产投资50亿元', 'lagging', ['玉环经济开发区']],
    ]);
  });

  it('一是…二是… after a lead-in that judges them; a lead-in of measures gives no tasks (寿县)', () => {
    expect(items(['目前,我县实施进度较慢的项目,一是基层防汛预报预警体系建设,二是城镇老旧小区改造。']).map((g) => [g[0], g[1], g[2]])).toEqual([
      ['一', '基层防汛预报预警体系建设', 'lagging'],
      ['二', '城镇老旧小区改造', 'lagging'],
    ]);
    expect(items(['主要做法:一是加强组织领导,二是加快推进项目建设。'])).toEqual([]);
  });

  it('items cited only by number keep the unit responsible for them (紫阳)', () => {
    const got = items(['其中,由县民政局负责的第1件、县卫健局负责的第17、18件确定事项进展滞后。']);
    expect(got).toEqual([
      ['1', '县民政局负责的第1件', 'lagging', ['县民政局']],
      ['17', '县卫健局负责的第17、18件', 'lagging', ['县卫健局']],
      ['18', '县卫健局负责的第17、18件', 'lagging', ['县卫健局']],
    ]);
  });

  it('a plan sentence with an enumeration and an order is not a status list', () => {
    expect(items(['加快推进城市更新,包括老旧小区改造、背街小巷整治、城中村改造等,确保年底前全面完成。'])).toEqual([]);
    expect(items(['改进“季度监测、实地核查、调研分析、多方评价”等手段,对标对表,既考结果,也督过程,确保全年目标任务全面完成。'])).toEqual([]);
  });

  it('the split that agrees with the stated count wins', () => {
    expect(splitListItems('城镇棚户区改造、农村危房改造;新增城镇就业人员、骨干电商培训', 4)).toHaveLength(4);
    expect(splitListItems('落实公交优先、实施票价优惠;完成山塘清淤增蓄5万亩', 2)).toHaveLength(2);
  });
});

describe('projects a news report names at the head of its sentences', () => {
  it('takes each named project as a task, its figures as progress, and ≥100% of the annual target as done', () => {
    const paragraphs = [
      '截至目前，全市15项民生工程已完成12项。',
      '统计显示，农村饮水安全工程，新建供水站8座，完成年度任务的100%。校舍改造工程，改造校舍42所，占年度任务的105%。',
      '城市停车场建设项目，新增泊位3200个，占年度任务的76%。大力实施20项民生工程，群众满意度持续提升。',
    ];
    const items = findNamedProjectItems(paragraphs);
    expect(items.map((i) => i.text)).toEqual(['农村饮水安全工程', '校舍改造工程', '城市停车场建设项目']);
    expect(items[1]!.progress).toBe('改造校舍42所，占年度任务的105%。');
    expect(statedShareStatus(items[0]!.progress!)?.code).toBe('done');
    expect(statedShareStatus(items[2]!.progress!)).toBeNull();
    expect(statedShareStatus('完成年度任务的199%，占调整后目标的88%')).toBeNull();
  });

  it('needs the shape three times: one such sentence is just a sentence', () => {
    expect(findNamedProjectItems(['校舍改造工程，改造校舍42所，占年度任务的105%。'])).toEqual([]);
  });
});

describe('a count right before a colon introduces its list', () => {
  it('其中超额完成任务的已有3项：A；B；C', () => {
    const items = findStatusListItems([
      '截至9月底，全县27项民生实事已完成19项。其中超额完成任务的已有3项：零工驿站建设完成2个，完成率200%；残疾人康复救助2539名，完成率101%；新增托位540个，完成率260%。',
    ]);
    expect(items.map((i) => [i.text.slice(0, 6), i.status?.code])).toEqual([
      ['零工驿站建设', 'done'],
      ['残疾人康复救', 'done'],
      ['新增托位54', 'done'],
    ]);
  });
});

describe('list shapes: examples after a count, quotations joined by 和', () => {
  it('包括156项任务，如A、B等: the items are the examples after 如', () => {
    const items = findStatusListItems(['此外，大部分工作也在按照进度推进，包括156项任务，如停车场建设规划、高标准农田建设等任务都在逐步推进。']);
    expect(items.map((i) => [i.text, i.status?.code])).toEqual([
      ['停车场建设规划', 'on_schedule'],
      ['高标准农田建设', 'on_schedule'],
    ]);
  });

  it('分别是“A”和“B”: two items', () => {
    const items = findStatusListItems(['20件民生大事中，有2件未达到目标任务进度，分别是“全省无电村通电”和“每个县建成1个残疾人服务中心”。']);
    expect(items.map((i) => [i.text, i.status?.code])).toEqual([
      ['全省无电村通电', 'lagging'],
      ['每个县建成1个残疾人服务中心', 'lagging'],
    ]);
  });
});

describe('a counted heading sentence, then its items as the ；-clauses of the next sentence', () => {
  it('7项正在抓紧实施。A…；B…: items when the clause count matches', () => {
    const items = findStatusListItems([
      '3项正在抓紧实施。新增托位完成率达145%；农村公路路基完成率100%、路面完成率54.7%；老旧小区改造完成率30%。',
      '2项进展较慢。这些项目正在加快推进。',
    ]);
    expect(items.map((i) => [i.text.slice(0, 6), i.status?.code])).toEqual([
      ['新增托位完成', 'on_schedule'],
      ['农村公路路基', 'on_schedule'],
      ['老旧小区改造', 'on_schedule'],
    ]);
  });
});

describe('a count that says all its items are done', () => {
  const parse = async (lines: string[]) => (await parseLines(lines, 'report.txt')).tasks.map((t) => [t.text, t.status?.code ?? null]);

  it('judges the listed items when they are no more than the count (甘肃)', async () => {
    const got = await parse([
      '2024年甘肃省委省政府10件为民实事如期全面高质量完成',
      '2024年1月23日的省十四届人大二次会议上,确定了继续推进10件为民实事:中小学“强县中增学位建宿舍扩食堂”工程、城镇新增就业30万人、资助困难家庭子女普通高校入学。',
    ]);
    expect(got).toEqual([
      ['中小学“强县中增学位建宿舍扩食堂”工程', 'done'],
      ['城镇新增就业30万人', 'done'],
      ['资助困难家庭子女普通高校入学', 'done'],
    ]);
  });

  it('does not judge more tasks than it counts, nor a part (其中2项全部完成)', async () => {
    const got = await parse([
      '今年实施的为民实事进展情况',
      '年初确定了5件为民实事:新建幼儿园、改造老旧小区、新增公交线路、建设口袋公园、改造农贸市场。',
      '截至目前,其中2项全部完成,3件为民实事如期全面完成。',
    ]);
    expect(got.map((g) => g[1])).toEqual([null, null, null, null, null]);
  });
});

describe('projects named at the head of a quotation with the start promised for them', () => {
  it('have not started (庆元); a quotation without a promised start, or naming no project, gives nothing', () => {
    const got = findPromisedStarts([
      '“蔚文中学项目已出施工图,但因政策处理还存在问题,我们会加快协调解决,争取10月中旬开工建设。”8月20日下午,在加速未开工项目推进会上…',
      '“马蹄岙扩容工程投资9000多万元,11月初要动工。”“黄田自来水工程力争10月底开工,最晚11月开工……”',
      '“城南公园项目已完工并投入使用。”“我们要加快进度,争取早日开工。”',
    ]).map((i) => [i.text, i.status?.code]);
    expect(got).toEqual([
      ['蔚文中学项目', 'stalled'],
      ['马蹄岙扩容工程', 'stalled'],
      ['黄田自来水工程', 'stalled'],
    ]);
  });
});

describe('items a report takes one by one as short sentences of their own (一是X。progress。二是Y。…)', () => {
  it('are the ordinal sentences, with what follows each as its progress and the verdict it states (河南)', () => {
    const got = findTitledOrdinals([
      '关于推进青年人才公寓建设。一是省直人才公寓建设。截至11月底,已有20190套进场施工,其它项目近期可以开工。二是郑州市人才公寓建设任务。截至11月底,已开工建设25600套,完成年度目标任务。',
      // Measures written as one sentence each, without a following report, are still items only with two or more.
      '一是加强组织领导,压实责任。',
    ]).map((i) => [i.number, i.text, i.status?.code ?? null]);
    expect(got).toEqual([
      ['一', '省直人才公寓建设', null],
      ['二', '郑州市人才公寓建设任务', 'done'],
    ]);
  });
});

describe('a counted lead-in, then 一是/二是 items each on a line after its own bare number (杭州 2017, corpus/mixed-x)', () => {
  it('reads every item, with no status when the lead-in states none', () => {
    const got = items([
      '其中，市长亲自牵头3项重点工作，分别为：',
      '1',
      '一是切实加强政府自身建设。坚决把从严治党要求落实到从严治政之中。',
      '2',
      '二是落实重大行政决策程序，规范行政执法行为。',
      '3',
      '三是设立政府大数据管理机构。',
      '对其它工作，也分别由分管副市长牵头抓总。',
    ]);
    // Items are named without their closing full stop, as every list item is.
    expect(got.map((g) => g[1])).toEqual([
      '切实加强政府自身建设。坚决把从严治党要求落实到从严治政之中',
      '落实重大行政决策程序，规范行政执法行为',
      '设立政府大数据管理机构',
    ]);
    expect(got.map((g) => g[2])).toEqual([null, null, null]);
  });
});

describe('a counted group heading with its list on the next line (北京 水务 2015, corpus/status-t)', () => {
  it('splits the one line by the count, the last two items joined by 和', () => {
    const got = items(['一、已完成3项:', '水环境产业联盟、“河长制”试点和水务管理体制改革总体方案。', '二、需大力推进的项目有2项:', '定福庄再生水厂、凉水河水环境综合治理。']);
    expect(got).toEqual([
      [null, '水环境产业联盟', 'done', []],
      [null, '“河长制”试点', 'done', []],
      [null, '水务管理体制改革总体方案', 'done', []],
      [null, '定福庄再生水厂', 'lagging', []],
      [null, '凉水河水环境综合治理', 'lagging', []],
    ]);
  });

  it('does not cut the line after 通报如下： by a count that is not the lead-in’s own', () => {
    const got = items(['对126项重点工作和12项民生实事进行了督查。现将有关情况通报如下:', '重点工作总体较好,大部分单位能够完成既定目标,部分单位推进较慢。']);
    expect(got.length).toBeLessThanOrEqual(1);
  });
});

describe('counted lists a news relay writes (东莞 2014, 滨海 2020, 新余, corpus/status-s)', () => {
  it('takes what the sentence says of the whole list off its first name: a connective, a cause, the plan missed, the place', () => {
    expect(items(['但是原计划10月动工的石龙东莞市儿童医院项目等6个项目未能按时动工。'])).toEqual([[null, '石龙东莞市儿童医院项目', 'stalled', []]]);
    // The count asks for three: the last two names are parted at 和; the verdict is the clause after the list.
    expect(items(['比如受规划政策收紧影响有南城的联科、天安数码和凯达设计中心等3个项目,二期无法如期开工,投资计划调整。'])).toEqual([
      [null, '联科', 'stalled', []],
      [null, '天安数码', 'stalled', []],
      [null, '凯达设计中心', 'stalled', []],
    ]);
  });

  it('gives a run of counted lists the verdict stated after the last one, each list without the group it is picked from', () => {
    const got = items(['其中22个重大产业项目中现代农业物流园、嘉钢精密等14个项目,33个重点工程中东海大道、港城路北延等21个项目,20件为民办实事中新型农村社区建设等15个项目已复工,累计完成投资9.19亿元。']);
    expect(got).toEqual([
      [null, '现代农业物流园', 'on_schedule', []],
      [null, '嘉钢精密', 'on_schedule', []],
      [null, '东海大道', 'on_schedule', []],
      [null, '港城路北延', 'on_schedule', []],
      [null, '新型农村社区建设', 'on_schedule', []],
    ]);
  });

  it('reads a list of causes (因用地、拆迁、资金因素等影响进程) and a share of a unit’s items (所负责的部分…) as no items', () => {
    expect(items(['(一)12个项目因用地、拆迁、资金因素等影响进程。'])).toEqual([]);
    expect(items(['对高新区、分宜县、渝水区、市投控集团等所负责的部分未开工或进展缓慢重点项目进行了实地专项督查。'])).toEqual([]);
  });

  it('ends an introduced list at a piece that says something of the items before it (如A，B，均是…)', () => {
    const got = items(['如连海路、南山路项目均因用地未按期交付而严重影响了施工进度。个别民生项目,如文化馆和美术馆项目,恩平、开平污水处理厂,均是']);
    expect(got.map((g) => g[2])).toEqual(['lagging', 'lagging']);
    expect(got.map((g) => g[1])).toEqual(['文化馆和美术馆项目', '恩平、开平污水处理厂']);
  });

  it('does not take a quotation counted as a kind of project (75个“两重一实”项目) for one project', () => {
    expect(items(['目前全县总投资210亿元的75个“两重一实”项目扎实推进。'])).toEqual([]);
  });

  it('reads the numbered items a heading sentence runs into (。1.A，…；2.B，…；3.C，…), each with its own verdict when it states one', async () => {
    const doc = await parseLines([
      '关于对全市部分重点项目进展情况的督查通报',
      '(一)12个项目因用地、拆迁、资金因素等影响进程。1.高新区汉腾装备制造产业园项目,设备订购周期较长,影响了项目的进程;2.高新区大夏轻量化物流装备项目,标准厂房建设自年初开始一直处于停工状态;3.高新区东鹏新材料万吨氢氧化锂项目,导致目前进度缓慢。',
    ], 'notice.txt');
    expect(doc.tasks.map((t) => [t.number, t.text.split(',')[0], t.status?.code ?? null])).toEqual([
      ['1', '高新区汉腾装备制造产业园项目', 'lagging'],
      ['2', '高新区大夏轻量化物流装备项目', 'stalled'],
      ['3', '高新区东鹏新材料万吨氢氧化锂项目', 'lagging'],
    ]);
  });
});

describe('a sentence whose subject is one project, named in full (东莞 2014, corpus/status-s)', () => {
  const subjects = (paras: string[]) => findSubjectProjects(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('is an item with the sentence’s verdict, also when a clause picks it out of a group (…，其中A项目仍…)', () => {
    expect(
      subjects([
        '但是,仍有个别项目进展严重滞后,其中麻涌中粮粮油加工及物流配套项目仍没有进行实质性动工建设。望牛墩中集车辆先进零部件制造基地项目承诺9月份开工,前期工作进展缓慢,至今仍未动工建设。',
      ]),
    ).toEqual([
      ['麻涌中粮粮油加工及物流配套项目', 'stalled'],
      ['望牛墩中集车辆先进零部件制造基地项目', 'stalled'],
    ]);
  });
  it('may be a clause of its own after a comma, judged within that clause (锦州 2018, corpus/mixed-p)', () => {
    expect(
      subjects(['一批现代公共文化服务体系建设任务也取得阶段性成果,锦州文化艺术中心项目建设进展顺利,辽西大剧院主体工程全部完成;青少年宫土建工程二次结构完成总量的95%。']),
    ).toEqual([
      ['锦州文化艺术中心项目', 'on_schedule'],
      ['辽西大剧院主体工程', 'done'],
    ]);
  });
  it('opens a paragraph and is judged before the advice after it (石峰 2019, corpus/status-q)', () => {
    expect(
      subjects([
        '金盆岭污染治理项目因一季度降水比较频繁,项目施工进缓慢,建议加快施工进度。',
        '桥梁厂片区基础设施提质工程(道岔)项目缓慢,建议与市绿化办对接,加快推进施工进度。',
        '其中,农村公路提质改造工程进度较慢的为舒城县、金安区。',
      ]),
    ).toEqual([
      ['金盆岭污染治理项目', 'lagging'],
      ['桥梁厂片区基础设施提质工程(道岔)项目', 'lagging'],
    ]);
  });
  it('is not a group, a pronoun or a kind of project, and needs a verdict', () => {
    expect(subjects(['该项目已完工。全市重点项目进展顺利。交通出行项目进展顺利。滨江大道改造提升工程计划明年实施。'])).toEqual([]);
  });
});

describe('a count and its verdict, then the list it counts (大观 2024, corpus/status-r)', () => {
  it('cuts the list after the comma at 、 into the counted number, figures staying with their item', () => {
    const got = items(['9项工程类民生实事中,3项进展较快,安心托幼行动完成率35%、“15分钟阅读圈”建设完成率50%、工会驿站建设完成率100%;4项正在抓紧实施,A行动新增泊位548个,完成率13.7%、B工程11公里5月份开工、C治理正在实施、D建设计划于6月份完工;城镇老旧小区改造、重度残疾人无障碍改造2项正在进行前期工作。']);
    expect(got).toEqual([
      [null, '安心托幼行动完成率35%', 'good', []],
      [null, '“15分钟阅读圈”建设完成率50%', 'good', []],
      // Its own 完成率100% says more than the group's 进展较快.
      [null, '工会驿站建设完成率100%', 'done', []],
      [null, 'A行动新增泊位548个,完成率13.7%', 'on_schedule', []],
      [null, 'B工程11公里5月份开工', 'on_schedule', []],
      [null, 'C治理正在实施', 'on_schedule', []],
      [null, 'D建设计划于6月份完工', 'on_schedule', []],
      // Still at the preparations (尚处前期): stalled, as readers of 11 corpus documents code it (大观's reader: on_schedule,
      // stalled arguable).
      [null, '城镇老旧小区改造', 'stalled', []],
      [null, '重度残疾人无障碍改造', 'stalled', []],
    ]);
  });

  it('takes the figures after 分别为 for no items, and needs the count to match', () => {
    expect(items(['4项正在抓紧实施,重点群体稳定就业、放心家政行动、健康口腔行动、“两癌”免费筛查完成率分别为12.6%、14%、23%、23.3%。']).map((g) => g[1])).toEqual([
      '重点群体稳定就业',
      '放心家政行动',
      '健康口腔行动',
      '“两癌”免费筛查',
    ]);
    expect(items(['3项进展较快,安心托幼行动、工会驿站建设。'])).toEqual([]);
  });

  it('gives a list without a verdict its group’s, passing over sibling lists that state their own', () => {
    const got = items(['17项保障类民生实事中,10项进展较快。其中出生缺陷防治、餐饮油烟整改等2项动态达到年度目标。巩固菜市整治效果、严打电信网络诈骗等2项常态化开展。困难群体法律援助、送戏进万村活动等5项完成率分别达38%、64%。']);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['出生缺陷防治', 'done'],
      ['餐饮油烟整改', 'done'],
      ['巩固菜市整治效果', 'on_schedule'],
      ['严打电信网络诈骗', 'on_schedule'],
      ['困难群体法律援助', 'good'],
      ['送戏进万村活动', 'good'],
    ]);
  });
});

describe('items grouped by the unit answering for them, inside one list (宿迁 2015, corpus/status-r)', () => {
  it('gives each item its group’s unit (沭阳县2项:A、B;宿城区1项:C), and takes no one’s quoted words for an item', () => {
    const got = items([
      '“下一步我们将召开专题会议,加大项目推进力度,确保如期完成市项目建设进度任务。”192个项目达到或超过序时进度,8个项目未达到序时进度,分别是沭阳县2项:明辉机械、新动力热电纸业;宿城区1项:中豪国际广场;市软件与服务外包产业园2项:智慧产业园、电商产业园;市卫生计生委1项:市体检康复保健中心。',
    ]);
    expect(got).toEqual([
      [null, '明辉机械', 'lagging', ['沭阳县']],
      [null, '新动力热电纸业', 'lagging', ['沭阳县']],
      [null, '中豪国际广场', 'lagging', ['宿城区']],
      [null, '智慧产业园', 'lagging', ['市软件与服务外包产业园']],
      [null, '电商产业园', 'lagging', ['市软件与服务外包产业园']],
      [null, '市体检康复保健中心', 'lagging', ['市卫生计生委']],
    ]);
  });
});

describe('counted lists with a time or a cause before their verdict (徐州 2015, 2017, corpus/status-q)', () => {
  it('reads the list, its count and the verdict after 在4月份 / 因…等原因进度', () => {
    expect(
      items([
        '其中,新沂市地下综合管廊等16个项目在4月份实现开工,全市108个计划新开工项目1至4月累计开工87项。从督察项目情况看,邳州一汽锡柴发电机组等8个项目较好完成序时进度;新沂市静脉产业园等10个项目因手续办理、征地拆迁、投资计划调整等原因进度有所滞后,需加大工作力度。',
      ]),
    ).toEqual([
      [null, '新沂市地下综合管廊', 'on_schedule', []],
      [null, '邳州一汽锡柴发电机组', 'on_schedule', []],
      [null, '新沂市静脉产业园', 'lagging', []],
    ]);
  });
  it('takes 计有 for the sentence’s words, not the first name’s', () => {
    expect(items(['产业项目中,计有润成集团新能源汽车基地、大元特种电机等31个重大产业项目实现新开工。']).map((g) => [g[1], g[2]])).toEqual([
      ['润成集团新能源汽车基地', 'on_schedule'],
      ['大元特种电机', 'on_schedule'],
    ]);
  });
});


describe('a report that goes category by category (宿迁 2019, corpus/status-r)', () => {
  const cats = (paras: string[]) => findCategoryItems(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('gives the projects that open the clauses after a category its verdict, or their own when they are finished', () => {
    expect(
      cats([
        '在重大基础设施工程方面,12项工程顺利推进。高铁商务区市政配套工程已于4月27日开工建设;迎宾大道改造工程正在按照时间要求有序推进。在民生幸福提质工程方面,42项工程中,有38项达到序时进度要求。庐山城市之家、宿豫区文化体育活动中心已进场施工;魏井邻里中心已完成基础工程施工。在现代服务业提升工程方面,16项工程顺利推进。京东物流二期正在进行1号仓库土方开挖;骆马湖沙滩扩建工程基本完工,即将建成开放。',
      ]),
    ).toEqual([
      ['高铁商务区市政配套工程', 'on_schedule'],
      ['迎宾大道改造工程', 'on_schedule'],
      // 42项工程中，有38项…: a split, so the category gives no verdict; 已进场施工 is each one's own (the works begun,
      // as 武侯 2018's reader codes it; 宿迁's reader left these two without a verdict).
      ['庐山城市之家', 'on_schedule'],
      ['宿豫区文化体育活动中心', 'on_schedule'],
      ['魏井邻里中心', null],
      ['京东物流二期', 'on_schedule'],
      ['骆马湖沙滩扩建工程', 'done'],
    ]);
  });
  it('under a plain category reads 等-lists, 一、二期 names and clauses opened by 开工/获批/于+date (青海 2024, corpus/status-l)', () => {
    expect(
      cats([
        '特色產業項目建設方面,天合光能35GW直拉單晶一、二期建成投產,晶科能源20GW拉棒切方生產線試生產,紅獅硅基新材料、青海絲綢雲谷低碳算力產業園等項目加快建設。',
        '公共服務項目建設方面,青海理工學院獲批,青海警官職業學院新校區於今年3月開工。',
      ]),
    ).toEqual([
      ['天合光能35GW直拉單晶一、二期', 'done'],
      ['晶科能源20GW拉棒切方生產線', null],
      // 加快建設 said of a list: under way (the 临渭 reader's on_schedule; the 青海 reader left it null, on_schedule arguable).
      ['紅獅硅基新材料', 'on_schedule'],
      ['青海絲綢雲谷低碳算力產業園', 'on_schedule'],
      ['青海理工學院', null],
      // 開工 said of it: begun, so on schedule.
      ['青海警官職業學院新校區', 'on_schedule'],
    ]);
  });
  it('judges a project by its own clause when it says more than done, whatever the group heading (罗城 2012, corpus/mixed-n)', () => {
    expect(
      cats(['城乡风貌改造既定目标全部实现。“三线一圈”风貌改造于去年9月7日顺利实现开工,现正在实施勇山屯改造;东门镇上凤立屯新农村建设示范点风貌改造已完成,并于去年9月开村。']),
    ).toEqual([
      ['“三线一圈”风貌改造', 'on_schedule'],
      ['东门镇上凤立屯新农村建设示范点风貌改造', 'done'],
    ]);
  });
  it('needs the category clause with its count: clauses of an ordinary paragraph give nothing', () => {
    expect(cats(['高铁商务区市政配套工程已于4月27日开工建设;迎宾大道改造工程正在有序推进。'])).toEqual([]);
  });
});

describe('a problem heading that counts and judges its projects (连南 2022, corpus/status-r)', () => {
  it('gives the projects opening the clauses after it the heading’s verdict', () => {
    const got = findCategoryItems([
      '(二)民事问题致使5个项目推进缓慢。广东省清远市连南瑶族自治县民族产业园基础设施建设项目北江产业园污水处理厂拟建设位置由于土地权属存在争议需协调好民事后才能开展;连南瑶族自治县全域旅游综合提升改造工程园区北部防火道建设项目中有约300多米用地权属争议路段,项目推进受阻。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(got).toEqual([
      ['广东省清远市连南瑶族自治县民族产业园基础设施建设项目北江产业园污水处理厂', 'lagging'],
      ['连南瑶族自治县全域旅游综合提升改造工程园区北部防火道建设项目', 'lagging'],
    ]);
  });
});

describe('lists judged by their count or their introducing clause (锦州 2016, 安福, corpus/mixed-p and status-p)', () => {
  it('reads a bracket list after the count that is its own, inside a wider count', () => {
    expect(items(['8项主要经济发展指标中3项完成进度(一般公共预算收入、居民消费价格涨幅、农村常住居民人均可支配收入)、2项未完成进度(地区生产总值、固定资产投入)。'])).toEqual([
      [null, '一般公共预算收入', 'on_schedule', []],
      [null, '居民消费价格涨幅', 'on_schedule', []],
      [null, '农村常住居民人均可支配收入', 'on_schedule', []],
      [null, '地区生产总值', 'lagging', []],
      [null, '固定资产投入', 'lagging', []],
    ]);
  });
  it('takes the verdict of the clause the colon closes before the sentence’s other clauses', () => {
    const got = items(['1-6月份,全县56个重点项目,已开工建设37个,开工率66%。其中农业重点项目9个,已开工建设7个,开工率77%;基本建成投入使用的项目有:流星工业园有限公司项目、江西建鹏工程机械有限公司项目等两个项目。']);
    expect(got.map((g) => [g[1], g[2]])).toEqual([
      ['流星工业园有限公司项目', 'done'],
      ['江西建鹏工程机械有限公司项目', 'done'],
    ]);
  });
});

describe('the count a list is stated with (城阳 2010, corpus/status-p)', () => {
  it('is the one said with the lead-in’s own verdict, not the last count of the group’s sentence', () => {
    const got = items([
      '截至目前,活动56个项目已完成3项,42个项目正在按计划推进,2个项目达到计划进度但存在困难和问题。(已完成项目:',
      '1.开展“元旦春节”送温暖活动;',
      '2.创建区级“残疾人之家”综合服务机构一处;',
      '3.开展救助贫困学生活动)。',
    ]);
    expect(got.filter((g) => g[0] !== null).map((g) => [g[0], g[2]])).toEqual([
      ['1', 'done'],
      ['2', 'done'],
      ['3', 'done'],
    ]);
  });
});

describe('the problems an accountability notice acts on (白银 2016, corpus/status-p)', () => {
  it('reads each comma-clause of 对…的，责成 as a 、-list sharing the verdict its last name ends with', () => {
    expect(
      items([
        '该通报指出,对靖远县金三角生态农业科技创业园农业生产交易市场项目、白银市文化艺术中心项目进展缓慢,平川区中医医院建设项目迟迟未开工的,责成项目责任单位靖远县政府等单位做出书面检查;对靖远县客运中心项目未按合同约定开工建设、郭山搀公路改建项目进展缓慢的,责令项目责任单位做出书面检查。',
      ]),
    ).toEqual([
      [null, '靖远县金三角生态农业科技创业园农业生产交易市场项目', 'lagging', []],
      [null, '白银市文化艺术中心项目', 'lagging', []],
      [null, '平川区中医医院建设项目', 'stalled', []],
      [null, '靖远县客运中心项目', 'stalled', []],
      [null, '郭山搀公路改建项目', 'lagging', []],
    ]);
  });
});

describe('a list counted exactly, its projects told of again later (芦山 2020, corpus/status-v)', () => {
  const parse = async (lines: string[]) => (await parseLines(lines, 'report.txt')).tasks.map((t) => [t.text, t.status?.code ?? null]);
  it('reads A、B、C、D五个民生实事项目 as a list, and a later sentence’s verdict right after a name as its status', async () => {
    expect(
      await parse([
        '2020年,芦山县十七届人大四次会议票决出了姜城幼儿园、城乡居民老旧木房电线线路改造试点、乡镇基础设施恢复提升工程、老人接种流感疫苗四个民生实事项目。',
        '一年过去,项目完成情况如何?',
        '——2020年12月中旬,双石镇、大川镇城乡居民老旧木房电线线路改造试点竣工,附近村民交口称赞。',
        '大家对乡镇基础设施恢复提升工程、姜城幼儿园项目实施情况是满意的。',
      ]),
    ).toEqual([
      ['姜城幼儿园', null],
      ['城乡居民老旧木房电线线路改造试点', 'done'],
      ['乡镇基础设施恢复提升工程', null],
      ['老人接种流感疫苗', null],
    ]);
  });
  it('needs the count to be the list’s: three names counted as two are no list', async () => {
    expect(await parse(['会议票决出了姜城幼儿园、城乡线路改造试点、乡镇基础设施提升工程两个民生实事项目。'])).toEqual([]);
  });
});

describe('counted lists read against their count (大观 2024, corpus/status-r)', () => {
  it('does not take a verdict for the noun a list is counted by (等3项正在进行前期工作)', () => {
    expect(items(['文化惠民工程、无物业小区管理、农村敬老院运营服务能力提升等3项正在进行前期工作。'])).toEqual([
      [null, '文化惠民工程', 'stalled', []],
      [null, '无物业小区管理', 'stalled', []],
      [null, '农村敬老院运营服务能力提升', 'stalled', []],
    ]);
  });
  it('joins a short noun to the next item when the list has one 、 more than its count', () => {
    expect(items(['其中出生缺陷防治、餐饮油烟、噪声及恶臭异味扰民问题整改等2项动态达到年度目标。']).map((i) => i[1])).toEqual([
      '出生缺陷防治',
      '餐饮油烟、噪声及恶臭异味扰民问题整改',
    ]);
    // Without a short piece to join, a list longer than its count is no list.
    expect(items(['其中出生缺陷防治工作、餐饮油烟污染整治、噪声及恶臭异味扰民问题整改等2项动态达到年度目标。'])).toEqual([]);
  });
  it('reads 其中 after a count and verdict as the counted items, and a list the page cuts short at its end', () => {
    const got = items(['10个补助类项目中,8项进展较快,其中城乡低保人员和特困人员生活保障、困难大病患者救治、残疾人两补、孤儿和事实无人抚养儿童基本生活保障']);
    expect(got.map((i) => [i[1], i[2]])).toEqual([
      ['城乡低保人员和特困人员生活保障', 'good'],
      ['困难大病患者救治', 'good'],
      ['残疾人两补', 'good'],
      ['孤儿和事实无人抚养儿童基本生活保障', 'good'],
    ]);
    // The same list closed by a full stop is complete: four names for eight is no list.
    expect(items(['10个补助类项目中,8项进展较快,其中城乡低保人员和特困人员生活保障、困难大病患者救治、残疾人两补、孤儿和事实无人抚养儿童基本生活保障。'])).toEqual([]);
  });
});

describe('items announced by their count and told of clause by clause (平江 大洲乡, corpus/status-n)', () => {
  const parse = async (lines: string[]) => (await parseLines(lines, 'report.txt')).tasks.map((t) => [t.text, t.status?.code ?? null]);
  const lead = '在年初全乡经济工作会上,大洲乡党委政府确立了10件实事建设项目。目前,已完成6个村的电网改造;全部完成安全村500亩新建油茶林;中学等地已架通有线电视;“五站合一”工程基本完成;汪坪集镇棚户已经拆除,新建敬老院正在实施。';
  it('names each clause’s item before or after its verdict, and reads a paragraph the page repeats once', async () => {
    expect(await parse(['大洲乡10件实事进展顺利', lead, lead])).toEqual([
      // The quotation is read first, by the quoted-list reader.
      ['五站合一', 'done'],
      ['6个村的电网改造', 'done'],
      ['安全村500亩新建油茶林', 'done'],
      ['新建敬老院', 'on_schedule'],
    ]);
  });
  it('needs the count announced first: the same clauses alone give only what other readers find', async () => {
    expect(await parse(['大洲乡10件实事进展顺利', lead.replace(/^.*?。/, '')])).toEqual([['五站合一', 'done']]);
  });
});

describe('a lead-in saying items are reported one by one (清水 2012, corpus/status-m)', () => {
  const read = (p: string) => findAnnouncedClauses([p]).map((i) => [i.text, i.status?.code ?? null]);
  const body =
    '这些实事进展情况具体是:太坪农村饮水安全工程,已完成水源拦水坝基础土方工程,累计完成投资370万元;清社公路改造工程基本完工,完成投资800万元;县城集中供热工程正在建设中,完成投资60%;火车站广场建设工程总占地2万平方米,已完成前期工作。';
  it('takes each ；-clause as one item named by its first comma-part, a finished step of it not being the item done', () => {
    expect(read(body)).toEqual([
      ['太坪农村饮水安全工程', null],
      ['清社公路改造工程', 'done'],
      ['县城集中供热工程', 'on_schedule'],
      ['火车站广场建设工程总占地2万平方米', null],
    ]);
  });
  it('needs the lead-in: the same clauses without it are no announced list', () => {
    expect(read(body.replace(/^.*?:/, ''))).toEqual([]);
  });
  it('needs three clauses: two after the lead-in are no list', () => {
    expect(read('具体如下:清社公路改造工程基本完工;县城集中供热工程正在建设中。')).toEqual([]);
  });
});

describe('a numbered heading that is only a count and its verdict (无锡经开区 2022, shared corpus)', () => {
  const cats = (paras: string[]) => findCategoryItems(paras).map((i) => [i.text, i.status?.code ?? null]);
  const para =
    '(二)16个项目推进达到时序进度要求。生态环境项目优先推进。张桥港原位控藻工程河底护底施工中;小溪港流域水生态修复按序推进,已完成南区绿化施工。城乡面貌项目有序推进。精品游园项目已进场施工,正在办理前期移苗。华侨城地块规划支路(雪丰路-和风路)土方工程完成20%。';
  it('names the projects of the clauses under it, each before its first status phrase, a road section keeping its dash', () => {
    expect(cats([para])).toEqual([
      ['张桥港原位控藻工程河底护底', 'on_schedule'],
      ['小溪港流域水生态修复', 'on_schedule'],
      ['精品游园项目', 'on_schedule'],
      ['华侨城地块规划支路(雪丰路-和风路)土方工程', 'on_schedule'],
    ]);
  });
  it('without the counted heading, only a category sentence that is a verdict (城乡面貌项目有序推进) opens a group', () => {
    expect(cats([para.replace(/^.*?。/, '')])).toEqual([
      ['精品游园项目', 'on_schedule'],
      ['华侨城地块规划支路(雪丰路-和风路)土方工程', 'on_schedule'],
    ]);
  });
});

describe('a run of ；-clauses each opening with a project (昆山 2023, corpus/status-k)', () => {
  const subj = (paras: string[]) => findSubjectProjects(paras).map((i) => i.text);
  const para =
    '其中,中环外框架道路雨水管网缺陷修复养护工程已完成修复点位3256处;2023年老城区(里厍一村)老旧小区改造工程土建已全部完成,目前主道路开挖施工中;鹿城路北延(萧林路-中环北线)工程已进场,正在开展管线迁改;城市功能载体“三馆三中心两厅”提升工程(一期)运营管理单位已进驻现场;桂林机场、梧州机场等项目加快推进。';
  it('names each clause’s project by the shortest head ending in 项目/工程, a year, a quotation or a dash inside', () => {
    expect(subj([para])).toEqual([
      '中环外框架道路雨水管网缺陷修复养护工程',
      '2023年老城区(里厍一村)老旧小区改造工程',
      '鹿城路北延(萧林路-中环北线)工程',
      '城市功能载体“三馆三中心两厅”提升工程(一期)',
    ]);
  });
  it('needs a run: one ；-clause aside names no project by its head alone', () => {
    // 区域功能提升续建工程: a head that is no name (续建工程) is read only inside a run of such clauses.
    expect(subj(['今年推进顺利;区域功能提升续建工程已进场,正在开展管线迁改。'])).toEqual([]);
    // A name in full with a dash in it (鹿城路北延(萧林路-中环北线)工程, 燒鹼-PVC-水泥循環經濟產業鏈項目) is a subject of its own.
    expect(subj(['今年推进顺利;鹿城路北延(萧林路-中环北线)工程已进场,正在开展管线迁改。'])).toEqual(['鹿城路北延(萧林路-中环北线)工程']);
  });
});

describe('a sentence of ；-clauses each a project with its figures (大荔 2014, corpus/mixed-k)', () => {
  const subj = (paras: string[]) => findSubjectProjects(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('reads the run from its first clause, a length before the name, and clauses that state no verdict', () => {
    expect(
      subj([
        '总投资1.3亿元的中医院迁建工程,完成住院楼主体建设,正在进行装修及设施安装;总投资5000万元的洛北供水改造项目,新改建泵站11座、蓄水池2座;总投资4349万元的1.4公里黄河控导工程已竣工;总投资1.1亿元的7公里洛河北堤闭合工程正在加紧实施,预计年底全面完成建设任务。',
      ]),
    ).toEqual([
      ['中医院迁建工程', 'on_schedule'],
      ['洛北供水改造项目', null],
      ['1.4公里黄河控导工程', 'done'],
      ['7公里洛河北堤闭合工程', 'on_schedule'],
    ]);
  });
  it('takes the longest head ending in 项目/工程, and no class, aim or list', () => {
    expect(
      subj([
        '截至5月份;连南瑶族自治县全域旅游综合提升改造工程园区北部防火道建设项目中有约300多米用地权属争议路段;投资10亿元以上项目10个;引进上市公司或行业龙头企业投资项目不少于3个;补助补偿类项目按月发放到项目;桂林机场、梧州机场等项目加快推进。',
      ]).map((x) => x[0]),
    ).toEqual(['连南瑶族自治县全域旅游综合提升改造工程园区北部防火道建设项目']);
  });
});

describe('a sentence going project by project with no category before it (临渭 2018, corpus/mixed-k)', () => {
  const cats = (paras: string[]) => findCategoryItems(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('reads its clauses when three or more name projects and judge them', () => {
    expect(
      cats([
        '上半年,该区民生项目建设成效显著。瑞泉中学、西安路小学、滨河小学基本建成,双创中学开工在建,解放路中学等6所学校实施合并;华山大街综合改造基本完工,渭桥路加快建设,改造提升乡道60公里。',
      ]),
    ).toEqual([
      ['瑞泉中学', 'done'],
      ['西安路小学', 'done'],
      ['滨河小学', 'done'],
      ['双创中学', 'on_schedule'],
      ['华山大街综合改造', 'done'],
      ['渭桥路', 'on_schedule'],
    ]);
  });
  it('two judged clauses are no run; units and their charges are not projects (大英 2014)', () => {
    expect(cats(['瑞泉中学基本建成,双创中学开工在建,改造提升乡道60公里。'])).toEqual([]);
    expect(
      cats(['县文广局负责的农家书屋建设项目书架还未到位,县住建局、蓬莱镇等单位负责的安置房建设项目进度滞后,县供销社进度滞后,蓬莱镇进度滞后。']),
    ).toEqual([]);
  });
  it('对 before a project says what the clause is about (白银 2016, corpus/status-p)', () => {
    const page = readFileSync(new URL('../corpus/status-p/baiyin_2016_notice.txt', import.meta.url), 'utf8');
    const got = cats(page.split('\n').filter((l) => l.startsWith('该通报指出')));
    expect(got.length).toBeGreaterThan(0);
    expect(got).toContainEqual(['白银银西工业园区环评', 'lagging']);
    expect(got).toContainEqual(['白银市文化艺术中心项目', 'lagging']);
    expect(got.map((x) => x[0]).some((n) => String(n).startsWith('对'))).toBe(false);
  });
});

describe('counted lists told of by their figures (广元 2012, corpus/status-j)', () => {
  const lists = (p: string) => findStatusListItems([p]).map((i) => [i.text, i.status?.code ?? null]);
  const para =
    '62个续建项目中广南高速公路1个项目竣工通车。广南广巴高速公路连接线、昭化水电站、澳源体育中心等9个项目完成投资达50%以上, 广甘高速公路、苍溪航电枢纽、兰成原油管道等23个项目完成投资超过25%以上,达到了与时间进度同步。';
  it('a sentence picking its own item out of the group is no heading; a verdict clause of its own after the figures is the list’s', () => {
    expect(lists(para)).toEqual([
      ['广南高速公路', 'done'],
      ['广南广巴高速公路连接线', null],
      ['昭化水电站', null],
      ['澳源体育中心', null],
      ['广甘高速公路', 'on_schedule'],
      ['苍溪航电枢纽', 'on_schedule'],
      ['兰成原油管道', 'on_schedule'],
    ]);
  });
  it('a step with its figure after the list (已完成投资933万元) is no verdict clause', () => {
    expect(lists('甲村、乙村等4个项目集中连片推进,已完成投资933万元。').every((x) => x[1] === null)).toBe(true);
  });
});

describe('a run whose ；-clauses each tell of one item in several comma parts (澧县 2009, 梁山 2015, corpus/status-i)', () => {
  it('reads the run by ； when that judges more clauses than reading it by comma', () => {
    expect(
      findCategoryItems([
        '其中标准良田建设完成2万亩,通过了验收;退耕还林后扶工作全部完成,通过了省级验收;动物防疫体系建设完成10个乡镇;农村沼气完成3098个沼气池修建任务。',
      ]).map((i) => [i.text, i.status?.code ?? null]),
    ).toEqual([
      ['标准良田建设', 'done'],
      ['退耕还林后扶工作', 'done'],
      ['农村沼气', 'done'],
    ]);
  });
  it('a traditional page’s clause projects are items too, and a subject that is no name (…续建工程) falls back to its project', () => {
    expect(
      findSubjectProjects([
        '目前甲公司生產線全部投入運營;宇通特種車輛製造項目續建工程已完工;投資6.28億元的山東水滸汽車城項目,現已完成長安、寶駿等五家4S店的主體工程;恩信公司與河北約克簽約投資1.5億元的生產自卸車項目,生產線已安裝完畢。',
      ]).map((i) => i.text),
    ).toEqual(['宇通特種車輛製造項目', '山東水滸汽車城項目', '恩信公司與河北約克簽約投資1.5億元的生產自卸車項目']);
  });
});
