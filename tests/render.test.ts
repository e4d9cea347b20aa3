import { describe, expect, it } from 'vitest';
import { chineseNumeral, bracketOrdinal, printedLabel } from '../src/render/numerals.js';
import { apportionPercent, buildNoticeView, buildPlanView, planTitle } from '../src/render/view.js';
import { chineseDate, isIsoDate } from '../src/render/dates.js';
import { printUnitList } from '../src/render/units.js';
import { renderNotice, renderPlan } from '../src/render/index.js';
import { TaskDocument, type Task } from '../src/model/schema.js';
import { join } from 'node:path';
import { GOLD, goldDocument, readGold } from './support/gold-documents.js';

describe('Chinese numerals', () => {
  it.each([
    [1, '一'],
    [10, '十'],
    [11, '十一'],
    [17, '十七'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [1005, '一千零五'],
    [2000, '二千'],
  ])('%i → %s', (n, s) => expect(chineseNumeral(n)).toBe(s));

  it('prints ordinals and path labels the way documents do', () => {
    expect(bracketOrdinal(12)).toBe('（十二）');
    expect(printedLabel('二')).toBe('二、');
    expect(printedLabel('(一)')).toBe('（一）');
    expect(printedLabel('12')).toBe('12.');
    expect(printedLabel('(3)')).toBe('（3）');
  });
});

describe('percentages and dates', () => {
  it('rounds so the parts add to 100', () => {
    expect(apportionPercent([264, 38])).toEqual([87, 13]);
    expect(apportionPercent([1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportionPercent([7, 1, 0])).toEqual([88, 12, 0]);
    expect(apportionPercent([0, 0])).toEqual([0, 0]);
  });
  it('writes 成文日期 without zero padding', () => {
    expect(chineseDate('2024-01-29')).toBe('2024年1月29日');
    expect(isIsoDate('2024-02-30')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });
});

describe('notice from the parsed seed 000 notice (real parser output)', () => {
  it('lists every lagging unit group of the source with the same items and counts', async () => {
    const { parseFile } = await import('../src/pipeline.js');
    const parsed = await parseFile(join(import.meta.dirname, '..', 'fixtures/seed-000-suzhou-notice/source.txt'));
    const gold = readGold(GOLD.notice000);
    const view = buildNoticeView(parsed);
    expect(view.basis).toBe('notice-list');
    expect(view.groups.map((g) => [g.unit, g.count])).toEqual(gold.lagging.map((g) => [g.unit, g.items.length]));
    expect(view.groups.flatMap((g) => g.items.map((i) => i.text))).toEqual(gold.lagging.flatMap((g) => g.items));
    expect(view.title).toBe('关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报');
    expect(view.totals).toMatchObject({ total: 302, behind: 38 });
  });
});

describe('notice from a notice that carries its own lagging list (seed 000)', () => {
  const gold = readGold(GOLD.notice000);
  const view = buildNoticeView(goldDocument(GOLD.notice000, { period: '一季度' }));

  it('reproduces every unit group with the same items, in the same order and counts', () => {
    expect(view.basis).toBe('notice-list');
    expect(view.groups.map((g) => g.unit)).toEqual(gold.lagging.map((g) => g.unit));
    expect(view.groups.map((g) => g.items.map((i) => i.text))).toEqual(gold.lagging.map((g) => g.items));
    for (const g of view.groups) expect(g.count).toBe(g.items.length);
    // The seed prints (一)…(八) with counts 8,5,3,3,3,3,2,2 and nine single-item groups (九)…(十七).
    expect(view.groups.map((g) => g.count)).toEqual([8, 5, 3, 3, 3, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    expect(view.groups.map((g) => g.ordinal).slice(9)).toEqual(['（十）', '（十一）', '（十二）', '（十三）', '（十四）', '（十五）', '（十六）', '（十七）']);
  });

  it('states the totals of the source: 302 items, 264 (87%) on track, 38 (13%) behind', () => {
    expect(view.title).toBe('关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报');
    expect(view.totals).toMatchObject({ total: 302, ahead: 264, aheadPercent: 87, behind: 38, behindPercent: 13 });
    expect(view.listedSum).toBe(38);
    expect(view.opening).toContain('目标任务共302项');
    expect(view.opening).toContain('38项（占13%）');
    expect(view.methodNote).toBe('');
  });

  it('lists all 128 appendix tasks in order under their 7 chapter headings', () => {
    const tasks = view.appendix.filter((r) => !r.isSection);
    expect(tasks).toHaveLength(128);
    expect(tasks.map((r) => r.text)).toEqual(gold.tasks.map((t) => t.text));
    const chapters = view.appendix.filter((r) => r.isSection && r.level === 1);
    expect(chapters.map((r) => r.label)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(chapters[0]!.text).toBe('提升产业链供应链现代化水平,培育经济发展新动能');
    expect(tasks[1]!.units).toBe('市发展改革委、市经济和信息化局');
    expect(tasks[61]!.units).toBe('市发展改革委（粮食和储备局）、市农业农村局、市自然资源局、市农科院');
  });

  it('--only keeps just the chosen codes in the list; the totals stay the whole document', () => {
    const stalled = buildNoticeView(goldDocument(GOLD.notice000, { period: '一季度' }), { only: ['stalled'] });
    // Items worded 无实质性进展 / 未开展实质性工作 / 暂未开工 / 暂未开展 in the seed's list, counted by hand:
    // 发展改革委 2, 经济和信息化局 2, 商务局 1, 教育体育局 1, 数据资源局 1, 投资促进中心 1,
    // 住房城乡建设局 1, 文化和旅游局 1, 应急局 1, 民政局 1 = 12.
    expect(stalled.totals).toMatchObject({ total: 302, ahead: 264, behind: 38 });
    expect(stalled.opening).toContain('目标任务共302项，其中264项（占87%）序时推进，38项（占13%）推进较慢、无实质性进展或完成难度较大。');
    expect(stalled.opening).toContain('现将无实质性进展的事项按责任单位通报如下：');
    expect(stalled.listedSum).toBe(12);
    expect(stalled.groups.reduce((s, g) => s + g.count, 0)).toBe(12);
    expect(stalled.groups.every((g) => g.items.every((i) => /实质性|暂未/.test(i.text)))).toBe(true);
    expect(stalled.groups[0]).toMatchObject({ unit: '市发展改革委', count: 2 });
  });
});

function task(id: string, text: string, lead: string[], code: Task['status'] extends infer S ? (S extends { code: infer C } ? C : never) | null : never, co: string[] = []): Task {
  const unit = (name: string) => ({ name, raw: name, note: null });
  return {
    id,
    number: id,
    path: ['一', id],
    section: ['重点任务'],
    text,
    leadUnits: lead.map(unit),
    coUnits: co.map(unit),
    leaders: [],
    deadline: null,
    progress: null,
    status: code ? { code, label: { lagging: '推进较慢', stalled: '无实质性进展', at_risk: '难度较大', on_schedule: '序时推进', done: '已完成', good: '完成较好', unknown: '未明确' }[code], evidence: 'x', source: 'column' } : null,
  };
}

function docWith(tasks: Task[]): TaskDocument {
  return TaskDocument.parse({
    schemaVersion: 1,
    generator: 'test',
    kind: 'progress',
    title: '重点工作进展情况统计表',
    issuer: null,
    date: null,
    docNumber: null,
    year: 2024,
    period: '上半年',
    source: { path: 't.txt', sha256: '0'.repeat(64), format: 'text', encoding: 'utf-8' },
    summary: { stated: {} },
    tasks,
    lagging: [],
    groups: {},
    warnings: [],
  });
}

describe('notice derived from task statuses', () => {
  const doc = docWith([
    task('1', '建设高标准农田10万亩。', ['市农业农村局'], 'lagging'),
    task('2', '新增规上工业企业100家', ['市工信局', '市发改委'], 'stalled', ['市统计局']),
    task('3', '地区生产总值增长6%。', ['市发改委'], 'on_schedule'),
    task('4', '建成5G基站2000个。', ['市发展改革委'], 'at_risk'),
    task('5', '城镇新增就业5万人。', ['市人社局'], 'done'),
    task('6', '完成老旧小区改造。', ['市住建局'], null),
    task('7', '推进国企改革。', ['市国资委'], 'lagging'),
  ]);

  it('groups behind tasks under each lead unit, count desc then first appearance, and says so', () => {
    const view = buildNoticeView(doc);
    expect(view.basis).toBe('task-status');
    // 市发改委 and 市发展改革委 are one unit (alias key); printed as first seen.
    expect(view.groups.map((g) => [g.unit, g.count])).toEqual([
      ['市发改委', 2],
      ['市农业农村局', 1],
      ['市工信局', 1],
      ['市国资委', 1],
    ]);
    expect(view.groups[0]!.items.map((i) => i.text)).toEqual(['新增规上工业企业100家，无实质性进展。', '建成5G基站2000个，难度较大。']);
    expect(view.totals).toMatchObject({ total: 7, ahead: 2, behind: 4, unknown: 1 });
    // 2/7, 4/7, 1/7 → 28.6, 57.1, 14.3 → 29, 57, 14
    expect([view.totals.aheadPercent, view.totals.behindPercent, view.totals.unknownPercent]).toEqual([29, 57, 14]);
    expect(view.methodNote).toContain('合计5项次，多于4项');
    expect(view.opening).toBe(
      '经督查，2024年重点工作上半年进展情况如下：目标任务共7项，其中2项（占29%）已完成或序时推进，4项（占57%）推进较慢、无实质性进展或完成难度较大，1项（占14%）未反映进展情况。现将推进较慢、无实质性进展或完成难度较大的事项按牵头单位通报如下：',
    );
  });

  it('--by all adds co units; --only narrows the list and reports the rest separately', () => {
    const all = buildNoticeView(doc, { by: 'all' });
    expect(all.groups.find((g) => g.unit === '市统计局')?.count).toBe(1);
    const only = buildNoticeView(doc, { only: ['lagging'] });
    expect(only.groups.map((g) => g.unit)).toEqual(['市农业农村局', '市国资委']);
    // The totals are the whole document's, as without --only; only the list and its lead-in narrow.
    expect(only.totals).toEqual(buildNoticeView(doc).totals);
    expect(only.opening).toContain('4项（占57%）推进较慢、无实质性进展或完成难度较大');
    expect(only.opening).toContain('现将推进较慢的事项按牵头单位通报如下：');
    expect(only.methodNote).toBe('');
  });

  it('continues Chinese ordinals past 二十 for many units', () => {
    const many = docWith(Array.from({ length: 23 }, (_, i) => task(String(i + 1), `任务${i + 1}`, [`市测试${chineseNumeral(i + 1)}局`], 'lagging')));
    const view = buildNoticeView(many);
    expect(view.groups.map((g) => g.ordinal).slice(19)).toEqual(['（二十）', '（二十一）', '（二十二）', '（二十三）']);
  });
});

describe('plan view', () => {
  it('prints sections once, tasks with numbering, and unit lines as the Xuzhou plan does', () => {
    const view = buildPlanView(goldDocument(GOLD.plan001));
    expect(view.title).toBe('2024年政府工作报告主要目标任务分解方案');
    expect(view.entries.filter((e) => e.isTask)).toHaveLength(150);
    const first = view.entries.slice(0, 2);
    expect(first.map((e) => `${e.label}${e.text}`)).toEqual(['一、经济社会发展主要预期目标', '1.地区生产总值增长6%以上。']);
    expect(view.entries[1]!.unitLine).toBe(
      '牵头单位：市发改委、市统计局（监测）；责任单位：各县(市、区)政府，徐州经开区管委会、徐州高新区管委会、徐州港务区管委会。',
    );
  });

  it('keeps leaders and nested numbering (seed 002)', () => {
    const view = buildPlanView(goldDocument(GOLD.plan002));
    const t = view.entries.find((e) => e.isTask && e.text.startsWith('做好国家金库'))!;
    expect(t.label).toBe('（2）');
    expect(t.leaders).toBe('应鹏飞、滕敏。');
    expect(planTitle(goldDocument(GOLD.plan002))).toBe('2020年市政府重点工作');
  });

  it('starts a new comma run where a shared prefix would be misread', () => {
    const u = (name: string, note: string | null = null) => ({ name, note });
    expect(printUnitList([u('市农业农村局'), u('供电界首分公司')])).toBe('市农业农村局，供电界首分公司');
    expect(printUnitList([u('市委宣传部'), u('市委统战部'), u('各县(市、区)政府')])).toBe('市委宣传部、市委统战部，各县(市、区)政府');
  });
});

describe('escaping per format', () => {
  const hostile = docWith([
    task('1', '<img src=x onerror=alert(1)> & “引号” | 管道 *星号*', ['<script>alert("u")</script>'], 'lagging'),
  ]);

  it('HTML escapes every piece of data, including in the chart', async () => {
    const html = (await renderNotice(hostile, 'html')) as string;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;alert(&quot;u&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; “引号”');
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).not.toContain('<script>');
  });

  it('txt keeps the text as printed; md escapes only Markdown syntax', async () => {
    const txt = (await renderNotice(hostile, 'txt')) as string;
    expect(txt).toContain('<img src=x onerror=alert(1)> & “引号” | 管道 *星号*');
    const md = (await renderNotice(hostile, 'md')) as string;
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; & “引号” \\| 管道 \\*星号\\*');
    expect(md).not.toContain('&amp;');
  });

  it('plan text puts leaders and unit lines on their own lines', async () => {
    const txt = (await renderPlan(goldDocument(GOLD.plan002), 'txt')) as string;
    expect(txt).toContain('（2）做好国家金库高新区国库运营,实现资金高效精准使用。\n\n牵头负责领导：应鹏飞、滕敏。\n\n牵头单位：高新区管委会，市财政局。\n');
  });
});
