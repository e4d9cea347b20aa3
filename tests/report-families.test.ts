/**
 * Families of project reports, notices and news met in the corpus sets added in session 13 (status-ae … status-aj,
 * mixed-ab … mixed-ad): each test names the document that showed the shape and checks the concept on a sentence of
 * that shape, written for the test (never copied from the document).
 */
import { describe, expect, it } from 'vitest';
import { findStatusListItems } from '../src/extract/prose/index.js';
import { findNamedProjectItems as findNamedProjects, findSubjectProjects } from '../src/extract/prose/named-clauses.js';
import { countedGroupItems } from '../src/extract/prose/counted-groups.js';
import { splitProseSentences, type Sentence } from '../src/extract/prose/sentences.js';
import { proseVerdict, verdictOf } from '../src/classify/lexicon.js';
import { progressTextStatus } from '../src/classify/progress-text.js';
import { reportsProgress } from '../src/classify/reports-progress.js';
import { fold } from '../src/extract/text.js';
import { parseLines } from './support/extract.js';

const lists = (paras: string[]) => findStatusListItems(paras).map((i) => [i.text, i.status?.code ?? null]);
const code = (t: string) => verdictOf(t)?.code ?? null;

describe('verdicts of project reports (凉州 2020, 湘阴 2023, 大余 2024, 开平 2023, 蕉岭 2020)', () => {
  it.each([
    ['等项目陆续建成', 'done'],
    ['超额完成1—6月计划投资', 'good'],
    ['完成1-6月计划投资', 'on_schedule'],
    ['提前开复工重大项目2项', 'good'],
    ['未按计划开复工23项', 'stalled'],
    ['3公里产业路正在动工建设', 'on_schedule'],
    ['正在进行收尾', 'on_schedule'],
    ['城区一批道路市政设施进展慢', 'lagging'],
    ['储能电站项目开工晚', 'lagging'],
    ['高于时序进度', 'good'],
    ['低于时序进度', 'lagging'],
    ['超出或完成年度计划投资的有6宗', 'good'],
    ['未完成事项14个', 'lagging'],
  ])('%s → %s', (text, expected) => {
    expect(code(text)).toBe(expected);
  });

  it('a step of the works (竣工检测) and an aim (计划12月前全部完成) are no verdicts; 按计划 is a report', () => {
    expect(code('桥梁竣工检测单位正在进行采购程序')).toBeNull();
    expect(proseVerdict('目前1座危桥正在施工，计划12月前全部完成建设任务。')?.code).toBe('on_schedule');
    expect(proseVerdict('各项工作按计划全部完成。')?.code).toBe('done');
  });

  it('the cause of a stall (未开工原因是土地等手续未完成) is not the verdict', () => {
    expect(code('某某市场，未开工原因是土地等手续未完成。')).toBe('stalled');
  });

  it('a progress cell of parts done and parts under way, or of steps only, is under way; a problem word leaves it open', () => {
    expect(progressTextStatus('1.拆解中心主体建设已完成，设备安装完成；2.中转站主体封顶浇筑；3.围墙已完成80%工程量。')?.code).toBe('on_schedule');
    expect(progressTextStatus('已完成东西两条供水管道安装，已完成1200户智能水表改造。')?.code).toBe('on_schedule');
    // A problem word is the verdict, whatever steps are done.
    expect(progressTextStatus('已完成东段管道安装，西段进度滞后。')?.code).toBe('lagging');
  });
});

describe('lists of project reports and notices', () => {
  it('a colon that opens on a bare verdict describes its group and lists nothing (凉州 2020)', () => {
    expect(lists(['1、按计划开复工项目30项。其中：进展顺利，进度较快，完成计划投资项目12，完成投资3.2亿元，超1.1亿元。'])).toEqual([]);
  });
  it('a lone quotation before 的 qualifies a noun and is no item (镇安 2023)', () => {
    expect(lists(['镇里举行重点项目集中开工仪式，标志着全镇“大干四季度、决胜全年”的号角吹响。'])).toEqual([]);
  });
  it('当年开工、当年建成投用 may stand between a list and its verdict (镇原 2023)', () => {
    expect(lists(['其中，城北供热、城东管网等项目当年开工、当年建成投用。'])).toEqual([
      ['城北供热', 'done'],
      ['城东管网', 'done'],
    ]);
  });
  it('a count on a traditional page introduces its list (驻马店 2020)', () => {
    expect(lists(['未開工項目1個,為東湖冷鏈物流園。'])).toEqual([['東湖冷鏈物流園', 'stalled']]);
  });
  it('items not yet done, named after 未完成事项…分别是 (驻马店 2020)', () => {
    expect(lists(['审批任务20项，已完成17项。未完成事项3个，分别是甲厂房、乙仓库和丙园区用地规划许可。']).map((x) => x[1])).toEqual([
      'lagging',
      'lagging',
      'lagging',
    ]);
  });
  it('a count in 宗, separators a mirror doubled, and a 等 inside one item (蕉岭 2020)', () => {
    const found = lists(['项目进度慢的有4宗,,分别是:甲县公路改建工程及路面改造、安防等工程,、乙县水厂项目,、丙县医院迁建工程、丁县学校项目,;']);
    // The names after the inner 等 are read too, each without the doubled separators, all judged by the lead-in.
    expect(found.slice(-3)).toEqual([
      ['乙县水厂项目', 'lagging'],
      ['丙县医院迁建工程', 'lagging'],
      ['丁县学校项目', 'lagging'],
    ]);
    expect(found[0]).toEqual(['甲县公路改建工程及路面改造', 'lagging']);
  });
  it('a 等 followed by the kinds of a list without a count still closes it (自贡 2018)', () => {
    const names = lists(['参加本次集中开工的30个项目总投资20亿元，包括甲物流园、乙小镇、丙服务中心等产业、基础设施和民生项目。']).map((x) => x[0]);
    expect(names).toEqual(['甲物流园', '乙小镇', '丙服务中心']);
  });
  it('named works begun (…至乙镇公路开工建设) and a list judged through its noun (等公路已基本完工) (海东 2024)', () => {
    expect(lists(['甲县某寺至乙镇公路、丙县某峡至丁沟公路开工建设，分别完成总工程量的40%、20%。']).map((x) => x[1])).toEqual(['on_schedule', 'on_schedule']);
    expect(lists(['加快实施续建项目，甲县东林公路、西边公路等公路已基本完工。'])).toEqual([
      ['甲县东林公路', 'done'],
      ['西边公路', 'done'],
    ]);
  });
});

describe('a total judged as a whole, its items the ；-clauses of the next paragraph (襄城 2021)', () => {
  const sentences = (paras: string[]): Sentence[] => paras.flatMap((p, para) => splitProseSentences(p).map((text) => ({ text, para }) as Sentence));
  it('takes as many clauses as the count, leaving out a last clause that sums up its own count', () => {
    const found = countedGroupItems(
      sentences(['县住建局承担重点工作事项共3项，均已按照要求完成任务。', '新建城区道路12公里；完成老旧小区改造5个；建成公园2座；承担的8个重点项目，全部按照时间节点有序推进。']),
    );
    expect(found.map((i) => i.status?.code)).toEqual(['done', 'done', 'done']);
    expect(found[0]!.text).toContain('新建城区道路');
  });
  it('a count that does not match the clauses reads nothing', () => {
    expect(countedGroupItems(sentences(['承担重点工作事项共5项，均已完成。', '甲；乙。']))).toEqual([]);
  });
});

describe('projects as subjects of news sentences (黑河 2019)', () => {
  const subjects = (paras: string[]) => findSubjectProjects(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('a name set off by a comma before 今年 opens its clause; steps done and nothing finished is under way', () => {
    expect(subjects(['目前，甲矿二期改扩建项目，今年已完成投资近8亿元，计划年内投产。'])).toEqual([['甲矿二期改扩建项目', 'on_schedule']]);
  });
  it('已全面完成投入使用 is finished', () => {
    expect(subjects(['乙镇南山泵房建设项目已全面完成投入使用。'])).toEqual([['乙镇南山泵房建设项目', 'done']]);
  });
});

describe('what reports progress, and what a notice says of the rest', () => {
  it('a 工作总结 and a title 落实…情况 report progress (城桥 2021, 湘阴 2023)', () => {
    expect(reportsProgress('plan', '基建民生工作2021年6月工作总结', [])).toBe(true);
    expect(reportsProgress('plan', '某县交通运输局落实县重点民生实事情况', [])).toBe(true);
    expect(reportsProgress('plan', '2021年重点工作任务分解方案', [])).toBe(false);
  });
  it('a count in 宗 compares as 项; 宗教 stays', () => {
    expect(fold('有6宗')).toBe('有6项');
    expect(fold('民族宗教局')).toBe('民族宗教局');
  });
  it('a counted class smaller than the tasks left unjudged gives them nothing (泰安 2021)', async () => {
    const doc = await parseLines([
      '关于重点任务推进情况的通报',
      '截至目前，全市20项重点任务中，完成任务量60%以上任务9个，其中全部完成的2个，推进较慢的3个。',
      '1.甲项目建设。',
      '2.乙道路改造。',
      '3.丙学校新建。',
      '4.丁医院迁建。',
    ]);
    expect(doc.tasks.filter((t) => t.status?.evidence.includes('通报称其余事项'))).toEqual([]);
  });
});

describe('what was begun said before the names, and works ahead of the year (内江 2018)', () => {
  it('新开工A、B、C等 lists what began', () => {
    expect(lists(['今年6月，新开工甲区医院病区建设项目、乙区街道改造提升工程、丙县路网改善工程等，累计开工项目60个。'])).toEqual([
      ['甲区医院病区建设项目', 'on_schedule'],
      ['乙区街道改造提升工程', 'on_schedule'],
      ['丙县路网改善工程', 'on_schedule'],
    ]);
  });
  it('works named bare that met the year’s plan early are ahead; counted ones ahead of the calendar too', () => {
    expect(lists(['甲市第二污水处理厂及配套管网工程、乙区联合水库已提前完成年度计划。']).map((x) => x[1])).toEqual(['good', 'good']);
    expect(lists(['其中，甲城市过境高速公路等30个项目完成投资均超时间进度；'])).toEqual([['甲城市过境高速公路', 'good']]);
  });
});

describe('progress below a share, and a separator a scrape lost (渭南 2018, 卢氏 2021)', () => {
  it('进度不足60% lags', () => {
    expect(lists(['同时，甲师院新校区等7个续建项目进度不足60%，乙市供热管网等9个项目仍未开工。'])).toEqual([
      ['甲师院新校区', 'lagging'],
      ['乙市供热管网', 'stalled'],
    ]);
  });
  it('a labelled unit bracket glued to the next name parts two items', () => {
    const found = findStatusListItems(['已完工项目3个，分别是：甲县果品基地建设项目(责任单位:甲镇)乙乡储林项目(责任单位:乙乡)、丙镇核桃基地建设项目(责任单位:丙镇)。']);
    expect(found.map((i) => [i.text, i.lead.map((u) => u.name), i.status?.code])).toEqual([
      ['甲县果品基地建设项目', ['甲镇'], 'done'],
      ['乙乡储林项目', ['乙乡'], 'done'],
      ['丙镇核桃基地建设项目', ['丙镇'], 'done'],
    ]);
  });
});

describe('a project’s share of the year’s plan, judged by the date reported (兵团第十三师 2017)', () => {
  const subjects = (paras: string[]) => findSubjectProjects(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('80% by mid-year keeps up; 30% by October does not', () => {
    expect(subjects(['上半年，9个项目已全部启动实施。', '甲景区基础设施建设项目完成投资400万元，完成年度计划80%。'])).toEqual([['甲景区基础设施建设项目', 'on_schedule']]);
    expect(subjects(['截至10月底，项目建设情况如下。', '乙医院病房楼建设项目完成投资300万元，完成年度计划30%。'])).toEqual([['乙医院病房楼建设项目', 'lagging']]);
  });
});

describe('works counted in 处, listed after 即, judged by a sentence on all of them (华容 2020)', () => {
  it('…工程5处(…)，即A、B、C等5处供水工程。所有项目…已全部完工通水。', () => {
    expect(
      lists(['我县计划兴建集中供水工程3处(其中改扩建1处、管网延伸2处),即甲镇东港水厂改扩建、乙镇自来水厂管网延伸、丙镇水厂管网延伸等3处供水工程。所有项目自9月下旬相继开工,截至11月底已全部完工通水。']),
    ).toEqual([
      ['甲镇东港水厂改扩建', 'done'],
      ['乙镇自来水厂管网延伸', 'done'],
      ['丙镇水厂管网延伸', 'done'],
    ]);
  });
  it('即 after a comma with no count before it (即将, 即可) introduces nothing', () => {
    expect(lists(['项目建成后，即可满足周边群众用水需求，即将投入使用。'])).toEqual([]);
  });
});

describe('a list counted exactly inside the body of an outline heading (中卫 2023)', () => {
  it('names tasks of its own beside the heading', async () => {
    const doc = await parseLines([
      '全市1-7月份重点项目进展情况通报',
      '一、基本情况',
      '(一)自治区重点项目',
      '全市列入自治区重点建设项目3个，已全部开复工。',
      '(二)市级重点项目',
      '30个市级重点项目，已开复工27个。其中，市本级甲工业园区水循环综合利用、乙云数据中心、丙电厂机组扩建3个项目未开工。',
    ]);
    const stalled = doc.tasks.filter((t) => t.status?.code === 'stalled').map((t) => t.text);
    expect(stalled).toEqual(expect.arrayContaining(['乙云数据中心', '丙电厂机组扩建']));
  });
});

describe('a plan table one cell a line with no 序号 (沈河 2024)', () => {
  it('reads 主要工作任务 / 牵头单位 / 责任单位: the first unit line the lead, the rest the co, the cell’s own number the row’s', async () => {
    const doc = await parseLines([
      '2024年政府工作报告主要工作任务分解表',
      '主要工作任务',
      '牵头单位',
      '责任单位',
      '一、优结构、谋发展',
      '1.完善现代化产业体系，壮大支撑企业。',
      '区发改局',
      '区工信局、区商务局、各街道办事处',
      '2.大力发展战略性新兴产业。',
      '区发改局',
      '区工信局',
      '各街道办事处',
    ]);
    expect(doc.tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name), t.coUnits.map((u) => u.name)])).toEqual([
      ['1', ['区发改局'], ['区工信局', '区商务局', '各街道办事处']],
      ['2', ['区发改局'], ['区工信局', '各街道办事处']],
    ]);
    expect(doc.tasks[0]!.text.startsWith('完善现代化产业体系')).toBe(true);
  });
});

describe('two lists sharing one verdict, counted in 大项 and closed by 等小项 (凤台 2019)', () => {
  it('the list counted exactly takes the verdict of the list after it', () => {
    const found = lists(['其中甲扶贫工程、乙追溯工程、丙棚户区改造3大项,丁校舍维修改造、戊药费补助等小项已提前完成全年任务,其余项目正按序时进度稳步推进。']);
    expect(found).toEqual([
      ['甲扶贫工程', 'done'],
      ['乙追溯工程', 'done'],
      ['丙棚户区改造', 'done'],
      ['丁校舍维修改造', 'done'],
      ['戊药费补助', 'done'],
    ]);
  });
  it('重大项目 and 大项目 are not counted as 大项', () => {
    expect(lists(['甲热电联产项目、乙纯电动车、丙试飞基地等一批重大项目顺利推进。']).map((x) => x[1])).toEqual(['on_schedule', 'on_schedule', 'on_schedule']);
  });
});

describe('an 一是 list of titles run over its paragraph, judged by the document (延安 2023)', () => {
  it('each item is the sentence its mark opens; counts joined as one subject judge them all', async () => {
    const doc = await parseLines([
      '今年以来，全市8个建设项目和4个公共服务事项全部完成年度任务，人民群众获得感不断增强。',
      '会上还公布了“十大民生实事”的实施情况。分别为:一是改善教育教学条件方面。新改扩建幼儿园4所。二是提升医疗卫生水平方面。市医院主体完工。三是改善城镇人居环境方面。完成老旧小区改造41个。',
    ]);
    expect(doc.tasks.map((t) => [t.text, t.status?.code ?? null])).toEqual([
      ['改善教育教学条件方面', 'done'],
      ['提升医疗卫生水平方面', 'done'],
      ['改善城镇人居环境方面', 'done'],
    ]);
  });
});

describe('each target the first sentence of its paragraph, what became of it after (津南 2025)', () => {
  it('reads the target as the task and the rest as its progress, when the shape repeats', async () => {
    const doc = await parseLines([
      '某区上半年民心工程进展情况',
      '截至6月底，2个子项已完成，其余子项正在加快推进。',
      '新增婴幼儿托位400个、学前教育学位500个。目前，甲镇幼儿园综合楼主体封顶，其余工作正在加快推进。',
      '新建街镇级养老服务综合体1家。目前，加快推进乙镇养老服务综合体建设，已完成选址。',
      '建成老年友善医疗机构10家。该项目已完成。',
    ]);
    const byText = new Map(doc.tasks.map((t) => [t.text, t.status?.code ?? null]));
    expect(byText.get('新增婴幼儿托位400个、学前教育学位500个')).toBe('on_schedule');
    expect(byText.get('新建街镇级养老服务综合体1家')).toBe('on_schedule');
    expect(byText.get('建成老年友善医疗机构10家')).toBe('done');
  });
});

describe('projects after a bullet, with 该项目 after the comma (汉台 2023)', () => {
  const subjects = (paras: string[]) => findSubjectProjects(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('★ before the name is no part of it; 该项目 opens what is said of it', () => {
    expect(subjects(['★甲镇中心幼儿园改扩建项目，该项目已完成专项债申报资料。★乙学校提升改造项目全部有序推进。'])).toEqual([
      ['甲镇中心幼儿园改扩建项目', 'on_schedule'],
      ['乙学校提升改造项目', 'on_schedule'],
    ]);
  });
  it('a clause that introduces the name (无法如期完成的是“A”项目) is no name', () => {
    expect(subjects(['无法如期完成的是“开工建设某医院”项目，该项目前期工作已完成。']).map((x) => x[0])).not.toContain(
      '无法如期完成的是“开工建设某医院”项目',
    );
  });
});

describe('a short project name with its phase (桂林经开区 2023)', () => {
  const subjects = (paras: string[]) => findSubjectProjects(paras).map((i) => i.text);
  it('takes 领益智造项目一期一阶段 and 深科技项目一二三期; a short head alone (农业生产项目) is a kind', () => {
    expect(subjects(['这里处处是火热的建设场景:甲益智造项目一期一阶段已投入使用;乙科技项目一二三期均已完成建设。'])).toEqual([
      '甲益智造项目一期一阶段',
      '乙科技项目一二三期',
    ]);
    expect(subjects(['其中:农业生产项目已开工12个。'])).toEqual([]);
  });
});

describe('the one item a report singles out after 只有/仅 (淮安 2018, 陇南 2020)', () => {
  it('is judged by what is said of it; 仅 is no part of its name; 只有这样 names nothing', () => {
    expect(lists(['其中12件都已经达序时，只有甲镇的泰山路建设没有达到序时；其中城乡低保提标工作已经完成。'])).toEqual([['甲镇的泰山路建设', 'lagging']]);
    expect(lists(['新建项目开工17个、开工率85%，仅乙县现代物流园1个项目未复工；'])).toEqual([['乙县现代物流园', 'stalled']]);
    expect(lists(['只有这样才能推进工作。', '仅用3个月时间完成了建设。'])).toEqual([]);
  });
});

describe('one paragraph per project, begun again on a date (满洲里 2016, corpus/status-ao)', () => {
  const subjects = (paras: string[]) => findSubjectProjects(paras).map((i) => [i.text, i.status?.code ?? null]);
  it('已于4月15日复工 / 已于4月5日开工 is under way, after the investment or before it; 预计6月初开工 is not begun', () => {
    expect(
      subjects([
        '总投资3.09亿元的甲一期年加工30万吨油菜籽项目已于4月15日复工,完成办公楼外墙砌筑,正进行内墙砌筑。',
        '园区环境绿化综合整治项目投资1.2亿元,已于4月5日开工。',
        '园区正在积极筹备审批手续办理,丙二期日加工小麦500吨项目预计6月初开工。',
      ]),
    ).toEqual([
      ['甲一期年加工30万吨油菜籽项目', 'on_schedule'],
      ['园区环境绿化综合整治项目', 'on_schedule'],
      ['丙二期日加工小麦500吨项目', 'stalled'],
    ]);
  });
});

describe('items named in a list, then reported on under numbered headings (大陈 2021, corpus/status-j)', () => {
  it('一、X项目完成情况 heads the report on X, and its verdict goes to the X the list named', async () => {
    const doc = await parseLines([
      '2021年某乡人民政府民生实事项目实施情况的报告',
      '2021年度某乡确定的民生实事项目有3个,分别为“书香某乡”文化健身公园建设项目、某小学连接省道道路提升项目、某乡智慧农贸市场改造提升项目。',
      '一、“书香某乡”文化健身公园建设项目完成情况',
      '总投资230余万元,完成景墙、健身步道等民生服务项目建设,现已完工并投入使用。',
      '二、某小学连接省道道路提升项目完成情况',
      '总投资278万元,路面从原先的3.5米拓宽至6米,现已建成使用。',
      '三、某乡智慧农贸市场改造提升项目完成情况',
      '总投资29万元,完善室内整体装修,目前正在加紧施工。',
    ]);
    expect(doc.tasks.map((t) => [t.text, t.status?.code ?? null])).toEqual([
      ['“书香某乡”文化健身公园建设项目', 'done'],
      ['某小学连接省道道路提升项目', 'done'],
      ['某乡智慧农贸市场改造提升项目', 'on_schedule'],
    ]);
  });
});

describe('a pair of company projects and their verdict, without 等 or a count (太湖 2019, corpus/status-as)', () => {
  it('names …有限公司的…项目 after 其中, and keeps a phrase with 的 out', () => {
    expect(
      lists([
        '其中甲石英材料(太湖)有限公司的高档石英材料精深加工生产线项目、乙钢结构股份有限公司的装配式钢构生产项目均已提前竣工,并完成调试。',
      ]),
    ).toEqual([
      ['甲石英材料(太湖)有限公司的高档石英材料精深加工生产线项目', 'done'],
      ['乙钢结构股份有限公司的装配式钢构生产项目', 'done'],
    ]);
    expect(lists(['市政府承办的代表议案、政协提案均已办结。'])).toEqual([]);
  });
});

describe('circled items run into one paragraph, each a name and its report (登封, corpus/status-as)', () => {
  it('cuts at ①② after a flattened line break, keeps each line as printed and reads its report as its progress', async () => {
    const doc = await parseLines([
      '某市重点项目进展情况',
      '为推进产业计划项目建设进度,我市实行县级领导分包。 目前项目进展情况 ①、甲镇农田水利示范乡镇项目:总投资7820万元,已经完成工程总量的75% ②、乙路大桥工程:累计完成投资1亿元,桥面均已完成铺装,占总投资的75% ③、丙水库:已完成场地平整和一期导流,正在进行截渗槽开挖 ④、通用机场项目:目前正在进行拆迁工作,预计今年6月份可全面开工建设。',
    ]);
    expect(doc.tasks.slice(0, 4).map((t) => [t.number, t.text.split(/[:：]/)[0], t.progress?.slice(0, 6), t.status?.code ?? null])).toEqual([
      ['1', '甲镇农田水利示范乡镇项目', '总投资782', 'on_schedule'],
      ['2', '乙路大桥工程', '累计完成投资', 'on_schedule'],
      ['3', '丙水库', '已完成场地平', 'on_schedule'],
      ['4', '通用机场项目', '目前正在进行', 'stalled'],
    ]);
    expect(doc.kind).toBe('report');
  });
});

describe('a field of work, then its projects, sentence after sentence (祥云 2022, corpus/status-aa)', () => {
  it('reads two judged clauses a sentence as a run when the paragraph holds several such sentences', async () => {
    const { findCategoryItems } = await import('../src/extract/prose/category-clauses.js');
    const cats = (paras: string[]) => findCategoryItems(paras).map((i) => [i.text, i.status?.code ?? null]);
    expect(
      cats([
        '新型建材产业稳步发展,甲公司日产3000吨新型干法水泥熟料生产线建成投产,乙集团新型建材产业园原料基地一期工程、丙公司年产1000万吨砂石骨料等项目有序推进。新能源电池产业初具规模,丁年产10万吨电池负极一体化项目送电试车,戊年产20万吨锂电池负极材料一体化基地建设加快推进。',
      ]),
    ).toEqual([
      ['甲公司日产3000吨新型干法水泥熟料生产线', 'done'],
      ['乙集团新型建材产业园原料基地一期工程', 'on_schedule'],
      ['丙公司年产1000万吨砂石骨料', 'on_schedule'],
      ['丁年产10万吨电池负极一体化项目', 'on_schedule'],
      ['戊年产20万吨锂电池负极材料一体化基地建设', 'on_schedule'],
    ]);
    // One such sentence alone is no run.
    expect(cats(['新型建材产业稳步发展,甲公司生产线建成投产,乙集团原料基地一期工程等项目有序推进。'])).toEqual([]);
  });
});

describe('a facility named at the head of its paragraph, the paragraph its report (长子 2022, corpus/status-as)', () => {
  it('names …加工园 / …示范园 / …产业园 and reads the sentences after the name as its progress', () => {
    const items = findNamedProjects([
      '甲小商品加工园,总投资1.74亿元,包括6栋3层标准化厂房等。目前,标准化厂房正在加紧施工。',
      '乙县产教融合示范园,主要建设研发楼1栋、厂房4座。4月10日开工以来,已完成宿舍楼、研发楼的基础开挖工程和园区道路施工。',
      '丙县冻干食品产业园,建设8层孵化中心、标准厂房等。目前,已完成“三通一平”、孵化中心基础开挖验槽等工作。',
    ]);
    expect(items.map((i) => [i.text, i.status?.code ?? null])).toEqual([
      ['甲小商品加工园', 'on_schedule'],
      ['乙县产教融合示范园', 'on_schedule'],
      ['丙县冻干食品产业园', 'on_schedule'],
    ]);
  });
});

describe('a wharf, a bridge counted by its river, a run of ；-clauses after 目前 (桂平 2015, corpus/mixed-aj)', () => {
  it('names 一期码头 as the subject of its clause', () => {
    const subjects = findSubjectProjects([
      '目前,甲港区棉宠作业区一期码头即将建成投入使用;乙江二桥完成投资已过半;丙水利枢纽工程各项工作按计划顺利推进。',
    ]).map((i) => [i.text, i.status?.code ?? null]);
    expect(subjects).toEqual([
      ['甲港区棉宠作业区一期码头', 'on_schedule'],
      ['丙水利枢纽工程', 'on_schedule'],
    ]);
  });
});
