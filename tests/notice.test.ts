import { describe, expect, it, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { readBytes, readFile } from '../src/readers/index.js';
import { extractNotice } from '../src/extract/notice.js';
import { parseGroupHeading, parseLaggingList, stripItemOrdinal } from '../src/extract/lagging.js';
import { classifyDocument } from '../src/classify/index.js';
import { collectingContext, type ExtractedDocument } from '../src/extract/types.js';
import { asTaskDocument, extractWith } from './support/extract.js';
import { compareWithGold, goldTaskId, type Gold } from './support/gold.js';

const SEED = 'fixtures/seed-000-suzhou-notice';

const parseNotice = (path: string): Promise<ExtractedDocument> => extractWith(extractNotice, path);

describe('seed 000 (宿州 一季度 notice)', () => {
  let doc: ExtractedDocument;
  let gold: Gold & { tasks: NonNullable<Gold['tasks']> };
  beforeAll(async () => {
    doc = await parseNotice(`${SEED}/source.txt`);
    gold = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
  });

  it('validates against the schema', () => {
    expect(() => asTaskDocument(doc)).not.toThrow();
  });

  it('recovers the stated summary from the damaged opening paragraph', () => {
    expect(doc.summary.stated).toEqual({
      total: 302,
      good_or_on_schedule: 264,
      good_or_on_schedule_percent: '87%',
      lagging: 38,
      lagging_percent: '13%',
    });
  });

  it('reads every lagging group with its stated count and items, through the scrape losses', () => {
    const got = doc.lagging.map((g) => ({ unit: g.unit, stated_count: g.statedCount, items: g.items.map((i) => i.text) }));
    expect(got).toEqual(gold.lagging);
    expect(doc.lagging.reduce((n, g) => n + g.items.length, 0)).toBe(38);
  });

  it('reads all 128 appendix tasks with text, section, progress and lead units', () => {
    const cmp = compareWithGold(asTaskDocument(doc), gold);
    for (const f of ['tasks', 'text', 'section', 'progress', 'lead', 'unitNotes'] as const) {
      expect(cmp.fields[f]!.f1, `${f}: ${JSON.stringify(cmp.fields[f])}`).toBe(1);
    }
  });

  it('merges the continuation row that repeats number 113', () => {
    const t113 = doc.tasks.filter((t) => t.number === '113');
    expect(t113).toHaveLength(1);
    expect(t113[0]!.progress!.split('\n')).toHaveLength(5);
    expect(t113[0]!.leadUnits.map((u) => u.name)).toEqual(['市教育体育局']);
  });

  it('links at least 30 of the 38 lagging items to the task the gold names', () => {
    const expected = new Map<string, string>();
    for (const t of gold.tasks) for (const line of (t.statusText ?? '').split('\n')) if (line) expected.set(line, goldTaskId(t));
    let correct = 0;
    const wrong: string[] = [];
    for (const g of doc.lagging)
      for (const i of g.items) {
        const want = expected.get(i.text) ?? null;
        if (want === i.taskId) correct++;
        else wrong.push(`${i.text.slice(0, 20)} → ${i.taskId} (gold ${want})`);
      }
    expect(correct, wrong.join('\n')).toBeGreaterThanOrEqual(30);
  });

  it('never links the four items the gold leaves unmatched, and warns about each unlinked item', () => {
    const unmatched = ['限上消费品零售额低于序时进度', '全市建成5G基站低于序时进度。', '城镇登记失业率上升。', '所属子公司混合所有制改革推进较慢'];
    const items = doc.lagging.flatMap((g) => g.items);
    for (const text of unmatched) expect(items.find((i) => i.text === text)?.taskId).toBeNull();
    const warned = doc.warnings.filter((w) => w.code === 'unmatched-lagging-item').map((w) => w.message);
    for (const text of unmatched) expect(warned.some((m) => m.includes(text))).toBe(true);
  });

  it('gives statuses with F1 ≥ 0.97 against the gold, each with evidence and a label', () => {
    const cmp = compareWithGold(asTaskDocument(doc), gold);
    expect(cmp.fields.status!.f1).toBeGreaterThanOrEqual(0.97);
    for (const t of doc.tasks) {
      expect(t.status, t.id).not.toBeNull();
      expect(t.status!.evidence.length).toBeGreaterThan(0);
      expect(t.status!.label.length).toBeGreaterThan(0);
      expect(t.status!.source).toBe('notice-list');
    }
  });

  it('explains the status of tasks not on the list by the notice’s own words', () => {
    const t3 = doc.tasks.find((t) => t.id === '一.(一).3')!;
    expect(t3.status!.code).toBe('on_schedule');
    expect(t3.status!.evidence).toContain('完成较好或序时推进');
  });

  it('resolves a task named by several items by majority, ties to the more severe', () => {
    // 83: one 未开展实质性工作 (stalled) and two 推进较慢 (lagging) → lagging.
    const t83 = doc.tasks.find((t) => t.id === '五.(一).83')!;
    expect(t83.status!.code).toBe('lagging');
    expect(t83.status!.evidence.split('\n')).toHaveLength(3);
    expect(doc.warnings.some((w) => w.code === 'status-conflict' && w.taskId === '五.(一).83')).toBe(true);
  });

  it('each lagging item carries its own status from its wording', () => {
    const items = doc.lagging.flatMap((g) => g.items);
    const code = (text: string) => items.find((i) => i.text.startsWith(text))?.status?.code;
    expect(code('提升商贸服务')).toBe('stalled');
    expect(code('力争主板备案')).toBe('at_risk');
    expect(code('萧县、灵璧县城镇老旧小区改造暂未开工')).toBe('stalled');
    expect(code('城镇登记失业率上升')).toBe('lagging');
    expect(code('疫苗接种率较低')).toBe('at_risk');
  });
});

describe('seed 000 with full-width punctuation (，：；（）) as other cities print it', () => {
  const FULL: Record<string, string> = { ',': '，', '(': '（', ')': '）', ':': '：', ';': '；' };
  const widen = (s: string) => s.replace(/[,():;]/g, (c) => FULL[c]!);

  it('gives the same groups, tasks, units and links', async () => {
    const text = widen(readFileSync(`${SEED}/source.txt`, 'utf8'));
    const read = await readBytes(Buffer.from(text, 'utf8'), 'fullwidth.txt');
    const ctx = collectingContext('fullwidth.txt');
    const doc = classifyDocument(extractNotice(read.blocks, ctx));
    const gold: Gold & { tasks: NonNullable<Gold['tasks']> } = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
    expect(doc.summary.stated).toMatchObject({ total: 302, good_or_on_schedule: 264, lagging: 38 });
    expect(doc.lagging.map((g) => [g.unit, g.statedCount, g.items.length])).toEqual(
      gold.lagging!.map((g) => [g.unit, g.stated_count, g.items.length]),
    );
    expect(doc.tasks.map((t) => t.id)).toEqual(gold.tasks.map(goldTaskId));
    expect(doc.tasks.flatMap((t) => t.leadUnits.map((u) => u.name))).toEqual(gold.tasks.flatMap((t) => (t.lead ?? []).map((u) => u.name)));
    const expected = new Map<string, string>();
    for (const t of gold.tasks) for (const line of (t.statusText ?? '').split('\n')) if (line) expected.set(widen(line), goldTaskId(t));
    const correct = doc.lagging.flatMap((g) => g.items).filter((i) => (expected.get(i.text) ?? null) === i.taskId).length;
    expect(correct).toBeGreaterThanOrEqual(30);
  });
});

describe('seed 000 in traditional characters', () => {
  it('reads the same summary, groups, tasks and links', async () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const text = toTraditional(readFileSync(`${SEED}/source.txt`, 'utf8'));
    const read = await readBytes(Buffer.from(text, 'utf8'), 'traditional.txt');
    const doc = classifyDocument(extractNotice(read.blocks, collectingContext('traditional.txt')));
    const gold: Gold & { tasks: NonNullable<Gold['tasks']> } = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
    expect(doc.summary.stated).toMatchObject({ total: 302, good_or_on_schedule: 264, lagging: 38 });
    expect(doc.lagging.map((g) => [g.statedCount, g.items.length])).toEqual(gold.lagging!.map((g) => [g.stated_count, g.items.length]));
    expect(doc.lagging[0]!.unit).toBe(toTraditional('市发展改革委'));
    expect(doc.tasks.map((t) => t.id)).toEqual(gold.tasks.map(goldTaskId));
    const expected = new Map<string, string>();
    for (const t of gold.tasks) for (const line of (t.statusText ?? '').split('\n')) if (line) expected.set(toTraditional(line), goldTaskId(t));
    const correct = doc.lagging.flatMap((g) => g.items).filter((i) => (expected.get(i.text) ?? null) === i.taskId).length;
    expect(correct).toBeGreaterThanOrEqual(30);
  });
});

describe('seed 000 with its appendix as a real table block', () => {
  it('reads the same tasks and links as from one-paragraph-per-cell', async () => {
    const gold: Gold & { tasks: NonNullable<Gold['tasks']> } = JSON.parse(readFileSync(`${SEED}/expected.json`, 'utf8'));
    const read = await readFile(`${SEED}/source.txt`);
    const body = read.blocks.slice(0, read.blocks.findIndex((b) => b.kind === 'para' && b.text.startsWith('附件')));
    // The table a web page would carry, built from the gold rows: section rows span all four columns.
    const rows: string[][] = [['序号', '目标任务', '完成情况', '牵头责任单位']];
    let shown: string[] = [];
    for (const t of gold.tasks) {
      t.section!.forEach((sec, i) => {
        if (shown[i] === sec) return;
        const label = i === 0 ? `${t.path[0]}、${sec}` : `${t.path[1]}${sec}`;
        rows.push([label, label, label, label]);
        shown = [...t.section!.slice(0, i + 1)];
      });
      rows.push([t.number!, t.text!, t.progress ?? '', (t.lead ?? []).map((u) => (u.note ? `${u.name}(${u.note})` : u.name)).join('\n')]);
    }
    const ctx = collectingContext('table.html');
    const doc = classifyDocument(extractNotice([...body, { kind: 'table', rows }], ctx));
    const cmp = compareWithGold(asTaskDocument(doc), gold);
    for (const f of ['tasks', 'text', 'section', 'progress', 'lead', 'unitNotes', 'laggingItems'] as const) {
      expect(cmp.fields[f]!.f1, `${f}: ${JSON.stringify(cmp.fields[f])}`).toBe(1);
    }
    expect(cmp.fields.status!.f1).toBeGreaterThanOrEqual(0.97);
  });
});

describe('quantitative notice fixture (淮北, 前三季度)', () => {
  it('derives the unlisted statuses from the numbers, with the computation as evidence', async () => {
    const dir = 'fixtures/notice-quantitative-huaibei';
    const gold: Gold & { tasks: NonNullable<Gold['tasks']> } = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
    const read = await readFile(`${dir}/source.txt`);
    const doc = classifyDocument({ ...extractNotice(read.blocks, collectingContext(dir)), period: '前三季度' });
    const cmp = compareWithGold(asTaskDocument(doc), gold);
    expect(cmp.fields.status!.f1).toBe(1);
    expect(cmp.fields.summary!.f1).toBe(1);
    const quantitative = doc.tasks.filter((t) => t.status?.source === 'quantitative');
    expect(quantitative.length).toBeGreaterThanOrEqual(5);
    expect(doc.tasks.find((t) => t.number === '3')!.status!.evidence).toBe('完成82家/目标100家 = 82% ≥ 序时进度 75%(通报规定75%)');
    expect(doc.tasks.find((t) => t.number === '11')!.status!.evidence).toContain('完成9600户/目标1.2万户 = 80%');
    // Listed tasks keep the list's verdict; their numbers agree, so no conflict is reported.
    expect(doc.tasks.find((t) => t.number === '8')!.status).toMatchObject({ code: 'lagging', source: 'notice-list' });
    expect(doc.warnings.filter((w) => w.code === 'status-conflict' || w.code === 'count-mismatch')).toEqual([]);
  });
});

describe('lagging-list reading', () => {
  it('recognises group headings in their damaged forms', () => {
    expect(parseGroupHeading('市发展改革委8')).toEqual({ unit: '市发展改革委', statedCount: 8 });
    expect(parseGroupHeading(')市商务局(3项)')).toEqual({ unit: '市商务局', statedCount: 3 });
    expect(parseGroupHeading('十一)市文化和旅游局')).toEqual({ unit: '市文化和旅游局', statedCount: null });
    expect(parseGroupHeading('（三）市商务局（3项）：')).toEqual({ unit: '市商务局', statedCount: 3 });
    expect(parseGroupHeading('城镇登记失业率上升。')).toBeNull();
    expect(parseGroupHeading('所属子公司混合所有制改革推进较慢')).toBeNull();
  });

  it('strips the item ordinal, keeping what the scrape left of 1-2月', () => {
    expect(stripItemOrdinal('212完成投资低于序时进度。', 2, true)).toBe('12完成投资低于序时进度。');
    expect(stripItemOrdinal('5.四个县城乡建设', 5, true)).toBe('四个县城乡建设');
    expect(stripItemOrdinal('\u2002\u2002 3老旧小区', 3, true)).toBe('老旧小区');
    expect(stripItemOrdinal('12月到位资金下降', 1, false)).toBe('12月到位资金下降');
  });

  it('stops at the appendix', () => {
    const { groups } = parseLaggingList(['（一）市商务局（1项）', '1．限上消费品零售额低于序时进度。', '附件：清单', '（二）市财政局（1项）']);
    expect(groups).toHaveLength(1);
  });
});

describe('notices that state the rest only in words', () => {
  it('gives unlisted tasks the status of the 其余 clause', () => {
    const lines = [
      '关于重点工作上半年推进情况的通报',
      '经督查，全市40项重点工作中，3项推进较慢，其余均序时推进。具体如下：',
      '（一）市商务局（1项）',
      '1．外贸进出口增速低于序时进度。',
      '（二）市教育局（2项）',
      '1．新建学校项目推进较慢。',
      '2．职教园区建设暂未开工。',
      '附件',
      '序号',
      '目标任务',
      '完成情况',
      '牵头责任单位',
      '一、稳增长',
      '1',
      '外贸进出口总额增长5%。',
      '1—6月外贸进出口总额增长2.1%。',
      '市商务局',
      '2',
      '新建中小学5所。',
      '新建学校项目已开工3所。',
      '市教育局',
      '3',
      '建设职教园区二期。',
      '职教园区二期正在办理前期手续。',
      '市教育局',
      '4',
      '开展全民健身活动。',
      '已举办各类活动20场。',
      '市体育局',
    ];
    const doc = classifyDocument(extractNotice(lines.map((text) => ({ kind: 'para' as const, text })), collectingContext('t')));
    expect(doc.summary.stated).toMatchObject({ total: 40, lagging: 3 });
    expect(doc.tasks.map((t) => t.status?.code)).toEqual(['lagging', 'lagging', 'stalled', 'on_schedule']);
    expect(doc.tasks[3]!.status!.evidence).toContain('序时推进');
    expect(doc.lagging.flatMap((g) => g.items.map((i) => i.taskId))).toEqual(['一.1', '一.2', '一.3']);
  });
});
