import { describe, expect, it } from 'vitest';
import { classifyStatusText, classifyLaggingItem, findStatusPhrases, headingVerdict, majorityCode, verdictOf } from '../src/classify/lexicon.js';
import { elapsedShareOf, quantitativeStatus, statedThreshold, targetsOf } from '../src/classify/quantitative.js';
import { classifyDocument, classifyProgress } from '../src/classify/index.js';
import { defaultCodeOf, parseStatedCounts } from '../src/classify/summary.js';
import type { ExtractedDocument } from '../src/extract/types.js';
import type { Task } from '../src/model/schema.js';

describe('status cells', () => {
  it.each([
    ['已完成', 'done'],
    ['提前完成', 'done'],
    ['完成较好', 'good'],
    ['超序时进度', 'good'],
    ['序时推进', 'on_schedule'],
    ['按序时', 'on_schedule'],
    ['正在推进', 'on_schedule'],
    ['推进较慢', 'lagging'],
    ['低于序时进度', 'lagging'],
    ['滞后', 'lagging'],
    ['未达序时', 'lagging'],
    ['欠进度', 'lagging'],
    ['下降明显', 'lagging'],
    ['无实质性进展', 'stalled'],
    ['未开展实质性工作', 'stalled'],
    ['暂未开工', 'stalled'],
    ['尚未启动', 'stalled'],
    ['难度较大', 'at_risk'],
    ['难以完成', 'at_risk'],
    // The date passed without the work done: behind (as 未按期竣工), not a stated risk (XX市 2021 reader: lagging).
    ['未如期完成', 'lagging'],
    ['未完成目标任务', 'at_risk'],
    ['序时推进（已完成年度目标的95%）', 'on_schedule'],
  ])('%s → %s', (cell, code) => {
    const s = classifyStatusText(cell)!;
    expect(s.code).toBe(code);
    expect(s.source).toBe('column');
    expect(s.evidence).toBe(cell);
    expect(s.label.length).toBeGreaterThan(0);
  });

  it('empty cell → null; words outside the vocabulary → unknown with the words kept', () => {
    expect(classifyStatusText('  ')).toBeNull();
    expect(classifyStatusText('待评估')).toMatchObject({ code: 'unknown', evidence: '待评估' });
  });
});

describe('negation and contrast in progress text', () => {
  it.each([
    ['各项工作推进顺利，无滞后。', 'on_schedule'],
    ['项目建设按计划实施，未出现下降。', null],
    ['总量稳定，没有明显下降，整体序时推进。', 'on_schedule'],
    ['不存在推进较慢问题，正在推进。', 'on_schedule'],
    ['虽受疫情影响一度进展缓慢，但已全部完成。', 'done'],
    ['虽然签约项目较多，但落地项目推进较慢。', 'lagging'],
    ['PM2.5平均浓度同比下降4.1%，持续推进。', 'on_schedule'],
    ['限上消费品零售额同比下降3%。', 'lagging'],
    ['无锡合作项目推进较慢。', 'lagging'],
  ])('%s → %s', (text, code) => {
    expect(verdictOf(text)?.code ?? null).toBe(code);
  });

  it('marks the negated phrase, not only the verdict', () => {
    const hits = findStatusPhrases('无滞后');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.negated).toBe(true);
  });
});

describe('lagging items and majority', () => {
  it('an item on the list is a problem even when its words name no lexicon phrase', () => {
    expect(classifyLaggingItem('城镇登记失业率上升。').code).toBe('lagging');
    expect(classifyLaggingItem('疫苗接种率较低,上半年目标任务难以完成。').code).toBe('at_risk');
  });

  it('majority code, ties toward the more severe', () => {
    expect(majorityCode(['lagging', 'stalled', 'lagging'])).toBe('lagging');
    expect(majorityCode(['lagging', 'stalled'])).toBe('stalled');
    expect(majorityCode(['at_risk', 'lagging'])).toBe('at_risk');
    expect(majorityCode(['stalled', 'at_risk'])).toBe('stalled');
    expect(majorityCode([])).toBeNull();
  });
});

describe('elapsed share of the period', () => {
  it.each([
    ['一季度', 3 / 12],
    ['关于2021年重点目标任务一季度完成情况的通报', 3 / 12],
    ['上半年', 6 / 12],
    ['前三季度', 9 / 12],
    ['1-11月', 11 / 12],
    ['1—9月', 9 / 12],
    ['截至10月底', 10 / 12],
  ])('%s', (period, share) => {
    expect(elapsedShareOf(period)!.share).toBeCloseTo(share, 6);
  });

  it('reads a notice’s own threshold', () => {
    expect(statedThreshold('进展情况占比低于91.7%或增幅低于目标任务的视为滞后')!.share).toBeCloseTo(0.917, 6);
    expect(statedThreshold('各单位要加快推进')).toBeNull();
  });
});

describe('序时进度 arithmetic', () => {
  const q1 = elapsedShareOf('一季度');
  it('count behind or ahead of the elapsed share', () => {
    expect(quantitativeStatus('新建安置区5个', '已建成3个', q1)).toMatchObject({
      code: 'on_schedule',
      source: 'quantitative',
      evidence: '完成3个/目标5个 = 60% ≥ 序时进度 25%(一季度)',
    });
    expect(quantitativeStatus('新建安置区5个', '已建成1个', elapsedShareOf('上半年'))!.code).toBe('lagging');
  });

  it('growth rates compare rates, not shares', () => {
    expect(quantitativeStatus('规上工业增加值增长8%以上', '1—9月同比增长5.2%', q1)).toMatchObject({
      code: 'lagging',
      evidence: '达到5.2% < 目标8%',
    });
    expect(quantitativeStatus('社会消费品零售总额增长6%', '同比增长7.1%', null)!.code).toBe('on_schedule');
  });

  it('folds 万/亿 magnitudes and compares amounts', () => {
    expect(quantitativeStatus('完成投资446.7亿元', '累计完成投资120亿元', q1)!.code).toBe('on_schedule');
    expect(quantitativeStatus('完成农村户厕改造1.2万户', '已完成农村户厕改造2400户', elapsedShareOf('上半年'))!.code).toBe('lagging');
    expect(quantitativeStatus('新增规上企业超100家', '1-2月新增规上工业企业74家', q1)!.code).toBe('on_schedule');
  });

  it('reaching the target is done', () => {
    expect(quantitativeStatus('新建便民网点60个', '已建成便民网点60个', q1)!.code).toBe('done');
  });

  it('gives no verdict when the units do not agree, or the figure is only planned or restated', () => {
    expect(quantitativeStatus('实施四大类272项重点工程,年度投资446.7亿元。', '一季度160个重点工程已开(复)工', q1)).toBeNull();
    expect(quantitativeStatus('基本建成棚改安置房1.9万套', '基本建成棚改安置房12549', q1)).toBeNull();
    expect(quantitativeStatus('新建学校10所', '计划年内建成8所', q1)).toBeNull();
    expect(quantitativeStatus('开展健康宿州15项行动', '持续开展健康宿州15项行动', q1)).toBeNull();
    expect(quantitativeStatus('新建学校10所', '正在推进', q1)).toBeNull();
  });

  it('does not read dates or percentage points as targets', () => {
    expect(targetsOf('2021年3月完成')).toEqual([]);
    expect(targetsOf('高于全省2个百分点')).toEqual([]);
  });
});

describe('summary counts', () => {
  it('reads counts after and before their status words', () => {
    expect(parseStatedCounts('目标任务细分为302项,其中264项(87%完成较好或序时推进,38项(占13%)与年度目标相比推进较慢或与2019年同期相比有所下降。')).toEqual({
      total: 302,
      good_or_on_schedule: 264,
      good_or_on_schedule_percent: '87%',
      lagging: 38,
      lagging_percent: '13%',
    });
    expect(parseStatedCounts('纳入督查的16项目标任务中，已完成3项，序时推进8项，推进滞后5项（占31.3%）。')).toEqual({
      total: 16,
      done: 3,
      on_schedule: 8,
      lagging: 5,
      lagging_percent: '31.3%',
    });
  });

  it('a single class for the rest gives a default; several classes do not', () => {
    expect(defaultCodeOf({ total: 302, good_or_on_schedule: 264, lagging: 38 })).toBe('on_schedule');
    expect(defaultCodeOf({ total: 16, done: 3, on_schedule: 8, lagging: 5 })).toBeNull();
  });
});

function task(id: string, text: string, progress: string | null, status: Task['status'] = null): Task {
  return { id, number: id, path: [id], section: [], text, leadUnits: [], coUnits: [], leaders: [], deadline: null, progress, status };
}

function doc(tasks: Task[], extra: Partial<ExtractedDocument> = {}): ExtractedDocument {
  return {
    kind: 'progress',
    title: '2023年重点工作上半年推进情况表',
    issuer: null,
    date: null,
    docNumber: null,
    year: 2023,
    period: '上半年',
    summary: { stated: {} },
    tasks,
    lagging: [],
    groups: {},
    warnings: [],
    ...extra,
  };
}

describe('classifyDocument', () => {
  it('fills missing statuses from numbers or words, never overriding a column or the notice list', () => {
    const column = classifyStatusText('序时推进')!;
    const out = classifyDocument(
      doc([
        task('1', '新建学校10所', '已建成2所', column),
        task('2', '新建学校10所', '已建成6所'),
        task('3', '推进城市更新', '项目无实质性进展'),
        task('4', '推进城市更新', '有关情况'),
      ]),
    );
    expect(out.tasks[0]!.status).toEqual(column);
    expect(out.tasks[1]!.status).toMatchObject({ code: 'on_schedule', source: 'quantitative' });
    expect(out.tasks[2]!.status).toMatchObject({ code: 'stalled', source: 'lexicon', evidence: '项目无实质性进展' });
    expect(out.tasks[3]!.status).toBeNull();
    expect(out.warnings).toContainEqual(expect.objectContaining({ code: 'status-conflict', taskId: '1' }));
  });

  it('a notice’s own threshold outranks the period share', () => {
    const tasks = [task('1', '新建学校10所', '已建成8所')];
    const plain = classifyDocument(doc(tasks, { period: '1-11月' }));
    expect(plain.tasks[0]!.status!.code).toBe('lagging');
    const ruled = classifyDocument(doc(tasks, { period: '1-11月', summary: { stated: { schedule_threshold: '75%' } } }));
    expect(ruled.tasks[0]!.status!.code).toBe('on_schedule');
    expect(ruled.tasks[0]!.status!.evidence).toContain('75%');
  });

  it('words naming a problem outrank numbers that look fine', () => {
    expect(classifyProgress(task('1', '新建学校10所', '已建成6所,但其余项目暂未开工'), '上半年')!.code).toBe('stalled');
  });

  it('warns when stated counts disagree with what was extracted', () => {
    const out = classifyDocument(
      doc([task('1', 'a', null, classifyStatusText('已完成')), task('2', 'b', null, classifyStatusText('已完成'))], {
        summary: { stated: { total: 3, done: 1 } },
      }),
    );
    const msgs = out.warnings.filter((w) => w.code === 'count-mismatch').map((w) => w.message);
    expect(msgs).toHaveLength(2);
  });

  it('warns about list groups whose stated count does not match their items', () => {
    const out = classifyDocument(
      doc([], {
        kind: 'notice',
        lagging: [{ unit: '市商务局', statedCount: 3, items: [{ text: '限上消费品零售额低于序时进度', status: null, taskId: null }] }],
        summary: { stated: { lagging: 1 } },
      }),
    );
    expect(out.warnings.map((w) => w.message)).toContainEqual(expect.stringContaining('市商务局 states 3 items, 1 found'));
  });
});

describe('targets the elapsed share cannot judge', () => {
  const q1 = elapsedShareOf('一季度');
  it('a level to reach is judged only once reached', () => {
    expect(quantitativeStatus('市级以上农业产业化龙头企业发展到750家', '市级以上农业产业化龙头企业已达734家', q1)).toBeNull();
    expect(quantitativeStatus('市级以上农业产业化龙头企业发展到750家', '龙头企业已达760家', q1)!.code).toBe('done');
  });

  it('a figure for one of several same-unit targets is not a verdict on the task', () => {
    expect(quantitativeStatus('力争主板备案、新三板挂牌企业各1家,省股交中心挂牌企业40家。', '新增省股交中心挂牌企业14家。', q1)).toBeNull();
  });
});

describe('section headings that name a status group', () => {
  it.each([
    ['（一）完成事项情况', 'done'],
    ['已完成的实事', 'done'],
    ['进展较慢的项目', 'lagging'],
    ['有待推进的事项', 'lagging'],
    ['正在推进的项目', 'on_schedule'],
  ])('%s → %s', (heading, code) => {
    expect(headingVerdict(heading)?.code).toBe(code);
  });

  it.each(['重点任务完成情况', '10件实事的进展情况', '加快推进产业转型升级，着力构建现代化产业体系的若干工作安排'])(
    'a topic heading gives no status: %s',
    (heading) => {
      expect(headingVerdict(heading)).toBeNull();
    },
  );
});

describe('reportsProgress: one answer for the pipeline', () => {
  it('a plan by its own name, a report by its opening, a news report by its dated lead', async () => {
    const { reportsProgress } = await import('../src/classify/reports-progress.js');
    // 焦作: no title; the first paragraph says 督查 of 进展情况.
    expect(reportsProgress('plan', null, ['9月29日至30日,市委督查室对“十大建设”2013年重点工作1~9月份进展情况进行了督查。'])).toBe(true);
    expect(reportsProgress('plan', '2024年政府工作报告重点工作任务分解方案', ['各县区:'])).toBe(false);
    // An opening that cites the plan it reports on is still a report.
    expect(reportsProgress('notice', '关于重点工作推进情况的通报', ['根据《2024年重点工作实施方案》,现将推进情况通报如下:'])).toBe(true);
    expect(reportsProgress('plan', null, ['截至10月底,10件民生实事已完成8件。'])).toBe(true);
    expect(reportsProgress('plan', '关于加快建设的意见', ['一、总体要求', '加快推进重点项目建设。'])).toBe(false);
  });
});

describe('classifyStatusText: a labelled verdict', () => {
  it('is stated first; the details after it do not overrule it (南阳 督查结果)', () => {
    expect(classifyStatusText('工作推进缓慢。该区域房屋拆迁已经完成,但未开工建设。')?.code).toBe('lagging');
    expect(classifyStatusText('任务完成较好。道路硬化任务提前完成。')?.code).toBe('good');
    // No verdict in the first sentence: the whole text decides.
    expect(classifyStatusText('共涉及3个片区。目前进展缓慢。')?.code).toBe('lagging');
  });
});

describe('project wording', () => {
  it('竣工 and 基本完成 are done unless aimed at; 如期开工 is on schedule; 没有动建 and 计划…开工 are not started', () => {
    const code = (t: string) => verdictOf(t)?.code ?? null;
    expect(code('等2个项目竣工')).toBe('done');
    expect(code('等7个重点民生项目建成投用')).toBe('done');
    expect(code('确保年底建成投用')).toBe(null);
    expect(code('确保年底前竣工')).toBe(null);
    expect(code('已组织竣工验收')).toBe(null);
    expect(code('项目内容均已基本完成')).toBe('done');
    expect(code('力争基本完成')).toBe(null);
    expect(code('等5个新项目如期开工建设')).toBe('on_schedule');
    expect(code('主体工程没有动建')).toBe('stalled');
    expect(code('计划安排年底开工')).toBe('stalled');
    expect(code('前期工作进度缓慢')).toBe('lagging');
  });
});

describe('shares, schedules and 达序 in progress text (宁波 2014 公示, 开化 2023 清单 in corpus/)', () => {
  it.each([
    // 完成…的55% is a share of the work; the verdict is what follows it.
    ['整体进度已完成年度目标任务的55%，项目按预期计划扎实有序推进。', 'on_schedule'],
    // 已完成…的80% said of a project in prose is work under way (雨花 2020, 正宁, 锡林浩特 2025 readers); without 已 it says
    // nothing, and in a table the schedule judges the figure.
    ['已完成投资的80%。', 'on_schedule'],
    ['完成投资的80%。', null],
    ['已完成年度目标任务的100%。', 'done'],
    ['已完成年度目标任务。', 'done'],
    ['达序推进', 'on_schedule'],
    ['未达序推进', 'lagging'],
    ['项目按计划有序推进。', 'on_schedule'],
    // 大姚 项目进度评价, 开封 督查 (corpus/status-u).
    ['本周工作推进正常,达到倒排工期序时进度要求。', 'on_schedule'],
    ['本周项目推进正常,但仍未达到倒排工期序时进度要求。', 'lagging'],
    ['有18个项目应开未开', 'stalled'],
    ['有11个项目已提前开工', 'good'],
  ])('%s → %s', (text, code) => {
    expect(verdictOf(text)?.code ?? null).toBe(code);
  });
});

describe('interim targets and pushes (嘉定 实事, 北京 水务 督查, corpus/status-t)', () => {
  it.each([
    ['4个项目已提前完成上半年节点目标', 'good'],
    ['已完成三季度节点目标', 'on_schedule'],
    ['未完成季度目标任务', 'lagging'],
    ['需大力推进的项目有13项', 'lagging'],
    ['已全部完成', 'done'],
  ])('%s → %s', (text, code) => {
    expect(verdictOf(text)?.code ?? null).toBe(code);
  });
});

describe('starts missed, work stopped or resumed (东莞 2014, 新余, 滨海 2020, 自贡 2018, corpus/status-s)', () => {
  it.each([
    ['等6个项目未能按时动工', 'stalled'],
    ['二期无法如期开工,投资计划调整', 'stalled'],
    ['仍没有进行实质性动工建设', 'stalled'],
    ['等5个新项目如期开工建设', 'on_schedule'],
    ['标准厂房建设自年初开始一直处于停工状态', 'stalled'],
    ['设备订购周期较长,影响了项目的进程', 'lagging'],
    ['及时协调解决影响项目进度的突出问题', null],
    ['确保不影响工程进度', null],
    ['等15个项目已复工', 'on_schedule'],
    ['等7个项目主体开工', 'on_schedule'],
    // 黄石 2022 (corpus/mixed-s): a quantity done so far is no verdict; the share and what is still under way decide.
    ['120座危桥改造项目已完成87座,完成计划的72.5%。', null],
    ['余下的150个项目正在加速推进中;120座危桥改造项目已完成87座', 'on_schedule'],
    ['其中已完成3项', 'done'],
    // 船山 (corpus/status-r): how a report grades its projects.
    ['圣平岛安置房、龙凤学校等项目进展较好', 'good'],
    ['船山垃圾处理厂安置小区二期等项目相对滞后,进度不到50%', 'lagging'],
    // 徐州 2017, 界首 (corpus/status-q): the schedule kept, a start made, an interim month's target missed.
    ['邳州一汽锡柴发电机组等8个项目较好完成序时进度', 'on_schedule'],
    ['新沂市地下综合管廊等16个项目在4月份实现开工', 'on_schedule'],
    ['未完成3月份目标任务的项目5个', 'lagging'],
    // Like 未完成年度目标任务: the year's target itself not reached.
    ['未达到年度目标', 'at_risk'],
    // 徐州 2015, 连南 2022: a counted group begun; a start that cannot be made; a road begun in passing is no verdict.
    ['电网输变电工程、水利基础设施建设等7个项目开工建设,基本做到了应开尽开', 'on_schedule'],
    ['因项目选址需要更变,无法开工建设', 'stalled'],
    ['工程建设方面,鹤开高速开工建设。', null],
    // 罗城 2012 (corpus/mixed-n): a group's aims all reached; an aim is not.
    ['城乡风貌改造既定目标全部实现', 'done'],
    // 象山 2007 (corpus/status-z): still only being arranged or prepared, not begun.
    ['教育、环境治理等项目还处于落实或筹建阶段', 'stalled'],
    ['项目已处于竣工验收阶段', null],
    ['确保年度目标全面实现', null],
    // 宿迁 2019: a category under way; essentially finished; an aim (为保证…顺利实施) is no verdict.
    ['在绿色生态修复工程方面,19项工程有序开展。', 'on_schedule'],
    ['骆马湖沙滩扩建工程基本完工,即将建成开放', 'done'],
    ['为保证各项措施顺利实施,市交管局还新增了36处电子警察', null],
    // 锦州 2016, 长沙 2015: the schedule kept or missed by a count; 完成进度为88% names a figure.
    ['3项完成进度', 'on_schedule'],
    ['5项未完成进度', 'lagging'],
    // 石峰 2019: slow, said right after the work (the page lost 展 of 进展); 经济增长缓慢 is no task's verdict.
    ['项目施工进缓慢', 'lagging'],
    ['经济增长缓慢', null],
    ['建设农民专业合作社省级示范社,完成进度为88%', null],
  ])('%s → %s', (text, code) => {
    expect(verdictOf(text)?.code ?? null).toBe(code);
  });
});

describe('under construction said after the work (施工中 / 建设中)', () => {
  it('closing its clause or before its figure, it is on schedule; 在施工中 and a sentence going on are not a verdict', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('张桥港原位控藻工程河底护底施工中', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('农村供水保障提升工程正在施工中(75%)', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('一号楼建设中(80%)', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('在施工中要注意安全', { saidOfSubject: true })).toBeNull();
    expect(proseVerdict('施工中发现地下管线', { saidOfSubject: true })).toBeNull();
  });
});

describe('works under way, and a forecast of finishing', () => {
  it('正在进行…施工/装修/安装 is on schedule; 预计年底全面完成 is a forecast, not done', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('完成住院楼主体建设,正在进行内部装修', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('正在开展管线迁改', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('正在加紧实施,预计年底全面完成建设任务', { saidOfSubject: true })?.code).toBe('on_schedule');
    // 投资计划调整 is no aim: the lag after it stands (徐州 2017).
    expect(proseVerdict('因手续办理、投资计划调整等原因进度有所滞后', { saidOfSubject: true })?.code).toBe('lagging');
  });
});

describe('under construction and speeding up, said after the work', () => {
  it('开工在建 and 加快建设 closing their clause are on schedule; 为加快建设… and 在建项目 are not a verdict', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('双创中学开工在建', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('渭桥路等6条重点道路加快建设,改造提升乡道60公里', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('为加快建设现代化“西部名市丝路名都”提供有力支撑', { saidOfSubject: true })).toBeNull();
    expect(proseVerdict('全县在建项目45个', { saidOfSubject: true })).toBeNull();
  });
});

describe('words of a year-end report (澧县 2009, corpus/status-i)', () => {
  it('已封顶 and 正在硬化 are under way; 通过了省级验收, 完成了预定任务, 完成3098个沼气池修建任务 are done; 待通过验收 is not', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    const code = (t: string) => proseVerdict(t, { saidOfSubject: true })?.code ?? null;
    expect(code('综合办公楼已封顶')).toBe('on_schedule');
    expect(code('二期临江东路正在硬化')).toBe('on_schedule');
    expect(code('全部完成,通过了省级验收')).toBe('done');
    expect(code('都完成了预定任务')).toBe('done');
    expect(code('农村沼气完成3098个沼气池修建任务')).toBe('done');
    expect(code('工程待通过验收')).toBeNull();
    expect(code('确保完成3098个沼气池修建任务')).toBeNull();
  });
});

describe('a counted group begun, with an adverb between (邢台 2016, corpus/mixed-k)', () => {
  it('等9个新项目全部开工建设 and 等一批新项目顺利开工建设 are on schedule; 开工建设 heading a task is not a verdict', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('等9個新項目全部開工建設,開工率100%', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('等一批新項目順利開工建設。', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('全力推进开工建设新项目', { saidOfSubject: true })).toBeNull();
  });
});

describe('a task still at its preparations (尚处前期: 江陵, 隆安, 正宁, 杨舍, 德安 in corpus/)', () => {
  it('is stalled, unless the preparations are said to go well or part of the works is going on', async () => {
    const { progressTextStatus } = await import('../src/classify/progress-text.js');
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('正在進行前期準備工作', { saidOfSubject: true })?.code).toBe('stalled');
    expect(proseVerdict('目前正在方案设计', { saidOfSubject: true })?.code).toBe('stalled');
    expect(proseVerdict('项目用地预审正在办理中', { saidOfSubject: true })?.code).toBe('stalled');
    // How the preparations go is the verdict (达州 2019, 广元 2012).
    expect(proseVerdict('前期工作进展顺利', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('前期工作正在加快推进', { saidOfSubject: true })?.code).toBe('on_schedule');
    // Procurement and a design worked out are no stage (杨舍 2022, 下关 2022).
    expect(verdictOf('目前正在分类招投标采购')).toBeNull();
    // Part of the works going on: under way (湘阴 2023).
    expect(progressTextStatus('目前1座危桥正在施工,2座危桥已颁发施工许可,10座危桥正办理前期手续,5座危桥正在进行施工图设计')?.code).toBe('on_schedule');
    // 正处于前期手续办理阶段 (开州 2024) is the stage; 正处于主体施工阶段 is works under way.
    expect(proseVerdict('等81个项目正处于前期手续办理阶段', { saidOfSubject: true })?.code).toBe('stalled');
    expect(proseVerdict('正处于主体施工阶段', { saidOfSubject: true })?.code).toBe('on_schedule');
    // The site being levelled, in a remark after the name (广丰 2014).
    expect(verdictOf('江西某电动车有限公司(正在平地)')?.code).toBe('on_schedule');
    // 正在加紧实施资格预审前期工作 (隆昌 2019) is the stage; beside works going on, its words still say 正在加紧实施.
    expect(proseVerdict('万隆路南北延线道路工程正在加紧实施资格预审前期工作', { saidOfSubject: true })?.code).toBe('stalled');
    expect(findStatusPhrases('青年路工程正在进行路基施工,万隆路工程正在加紧实施资格预审前期工作').map((h) => [h.code, h.words])).toEqual([
      ['on_schedule', '正在进行路基施工'],
      ['on_schedule', '正在加紧实施'],
    ]);
    // A step of the preparations done does not speak over the stage (德安 2025).
    expect(progressTextStatus('1.已经完成了测绘公司、设计公司的中介服务超市选取工作;2.项目用地预审正在办理中。')?.code).toBe('stalled');
  });
});

describe('works begun on site, and a start still ahead after the preparations (武侯 2018, 正宁 in corpus/)', () => {
  it('已进场施工 is under way; 预计…进场施工 / 即将开工 after steps of the preparations done is not begun', async () => {
    const { progressTextStatus } = await import('../src/classify/progress-text.js');
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('该项目已进场施工。', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(progressTextStatus('该项目已完成设计招标工作,正进行造价、检测采购招标及施工图设计工作,预计10月进场施工。')?.code).toBe('stalled');
    expect(progressTextStatus('燕家综合服务中心已完成放线,即将开工建设。')?.code).toBe('stalled');
    // Steps of the preparations done and nothing said of the start: under way (广元 2012).
    expect(progressTextStatus('已完成可研报批并开始设计招标工作,各项准备有序进行。')?.code).toBe('on_schedule');
  });
});

describe('works finished and then put to use, in a progress narrative (大陈 2021, corpus/status-j)', () => {
  it('已完工并投入使用 is done, not a step; 已完成 with its object stays a step', async () => {
    const { progressTextStatus } = await import('../src/classify/progress-text.js');
    expect(progressTextStatus('总投资230余万元,完成景墙、健身步道等民生服务项目建设,现已完工并投入使用。')?.code).toBe('done');
    expect(progressTextStatus('已完成东西两条供水管道安装，已完成1200户智能水表改造。')?.code).toBe('on_schedule');
  });
});

describe('a counted group begun or finished (贵阳 2020, corpus/status-at)', () => {
  it('等96个项目开工 is under way, 5个项目顺利完工 is done; 开工 alone after a kind of project is no verdict', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('等96个项目开工,占年度开工目标的96.97%', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('5个项目顺利完工', { saidOfSubject: true })?.code).toBe('done');
    expect(proseVerdict('计划年底前全部完工', { saidOfSubject: true })).toBeNull();
    expect(findStatusPhrases('农业类项目开工').map((h) => h.code)).toEqual([]);
  });
});

describe('what was assigned is a target (湘阴 2023, corpus/mixed-ac)', () => {
  it('今年共下达18座计划 is no figure reached', async () => {
    const { achievedOf } = await import('../src/classify/quantitative.js');
    expect(achievedOf('今年共下达18座计划,目前1座危桥正在施工。')).toEqual([]);
    expect(achievedOf('今年共完成18座。').map((q) => q.value)).toEqual([18]);
  });
});

describe('a piece of the work going on (怀柔 2022, corpus/mixed-ai)', () => {
  it('正在开展清单编制工作 is under way; 正在开展可研方案调整工作 is still the preparations', async () => {
    const { progressTextStatus } = await import('../src/classify/progress-text.js');
    expect(progressTextStatus('完成施工、监理资格预审工作,正在开展清单编制工作。')?.code).toBe('on_schedule');
    expect(progressTextStatus('正在开展可研方案调整工作,下一步将继续加大汇报衔接力度。')?.code).toBe('stalled');
  });
});

describe('works going on, and a news page whose chrome takes its first lines (通辽 2022, corpus/status-aw)', () => {
  it('正在进行风机吊装 / 基础土建工程 / 正在建造 are under way; eight reported phrases in the opening make a report', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    const { reportsProgress } = await import('../src/classify/reports-progress.js');
    for (const t of ['霍林河200MW风电项目正在进行风机吊装', '某镁合金项目正在进行基础土建工程', '某风电基地工程正在建造风机塔筒']) {
      expect(proseVerdict(t, { saidOfSubject: true })?.code).toBe('on_schedule');
    }
    const opening = [
      '您的位置:首页 >观察 >',
      '看热讯:某市:跨越追赶抢时间',
      '【资料图】',
      '年初以来,某市全力打好项目投资翻身仗。',
      '新能源产业发展步伐加快。甲项目已完成升压站电器楼封顶。乙项目正在进行道路检修和风机基础灌注。丙工程正在建造风机塔筒。丁项目正在进行风机吊装。戊产业园项目已完成整体封闭,其余区域正在进行基础浇筑。',
      '新材料产业建设取得新进展。己项目正在进行电解槽施工。庚项目正在进行基础土建工程。',
    ];
    expect(reportsProgress('plan', null, opening)).toBe(true);
    expect(reportsProgress('plan', null, opening.slice(0, 4))).toBe(false);
  });
});

describe('nearly finished, past halfway (桂平 2015, corpus/mixed-aj; 宿迁 2019)', () => {
  it('即将建成投入使用 and 完成投资已过半 are under way; 基本完工,即将建成开放 is done', async () => {
    const { proseVerdict } = await import('../src/classify/lexicon.js');
    expect(proseVerdict('一期码头即将建成投入使用', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('郁江二桥完成投资已过半', { saidOfSubject: true })?.code).toBe('on_schedule');
    expect(proseVerdict('骆马湖沙滩扩建工程基本完工,即将建成开放', { saidOfSubject: true })?.code).toBe('done');
  });
});
