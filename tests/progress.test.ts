import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractProgress } from '../src/extract/progress.js';
import { joinUnitPieces, splitGluedUnits, splitUnitCell } from '../src/extract/tables/unit-cells.js';
import { parseHeadingLine } from '../src/extract/tables/headings.js';
import { classifyDocument } from '../src/classify/index.js';
import { collectingContext, type ExtractedDocument } from '../src/extract/types.js';
import { asTaskDocument, extractWith } from './support/extract.js';
import { compareWithGold, type Gold } from './support/gold.js';
import { parseLines } from './support/extract.js';

const GOLD: Gold = JSON.parse(readFileSync('fixtures/seed-004-progress-table/expected.json', 'utf8'));

const parseProgress = (path: string): Promise<ExtractedDocument> => extractWith(extractProgress, path);

for (const [name, path] of [
  ['flattened text', 'fixtures/seed-004-progress-table/source.txt'],
  ['HTML table', 'fixtures/seed-004-html-table/source.html'],
] as const) {
  describe(`seed 004 progress table as ${name}`, () => {
    it('gives every row with the right status, progress and lead units (F1 ≥ 0.98)', async () => {
      const doc = await parseProgress(path);
      const cmp = compareWithGold(asTaskDocument(doc), GOLD);
      for (const f of ['tasks', 'text', 'section', 'status', 'progress', 'lead', 'unitNotes'] as const) {
        expect(cmp.fields[f]!.f1, `${f}: ${JSON.stringify(cmp.fields[f])}`).toBeGreaterThanOrEqual(0.98);
      }
    });

    it('takes status from the column, with the cell words as evidence', async () => {
      const doc = await parseProgress(path);
      const withStatus = doc.tasks.filter((t) => t.status);
      expect(withStatus).toHaveLength(109);
      for (const t of withStatus) {
        expect(t.status!.source).toBe('column');
        expect(['序时推进', '已完成']).toContain(t.status!.evidence);
      }
      expect(doc.tasks.find((t) => t.number === '103')!.status!.code).toBe('done');
    });

    it('keeps the truncated last row with no status, progress or unit', async () => {
      const doc = await parseProgress(path);
      const last = doc.tasks[doc.tasks.length - 1]!;
      expect(last.id).toBe('七.110');
      expect(last.text).toBe('发挥驻长三角招商中心');
      expect(last.status).toBeNull();
      expect(last.progress).toBeNull();
      expect(last.leadUnits).toEqual([]);
    });

    it('reads the table heading as the title', async () => {
      const doc = await parseProgress(path);
      expect(doc.title).toBe('上半年重点工作进展情况统计表(政府)');
    });
  });
}

describe('flattened-row segmentation details', () => {
  it('splits a row number glued to a unit and units glued together', async () => {
    const doc = await parseProgress('fixtures/seed-004-progress-table/source.txt');
    const byNo = (n: string) => doc.tasks.find((t) => t.number === n)!;
    expect(byNo('102').leadUnits.map((u) => u.name)).toEqual(['市发展改革委']);
    expect(byNo('18').leadUnits.map((u) => u.name)).toEqual(['市科技局', 'xx市政府']);
    expect(byNo('70').leadUnits.map((u) => [u.name, u.note])).toEqual([
      ['市乡村振兴局', '原扶贫局'],
      ['市财政局', null],
      ['市民政局', null],
    ]);
    expect(byNo('100').leadUnits.map((u) => u.name)).toEqual(['市文化旅游体育局']);
    // 序时推进 inside row 100's progress is running text, not its status cell.
    expect(byNo('100').progress).toContain('序时推进');
  });

  it('warns about the cut-off row', async () => {
    const doc = await parseProgress('fixtures/seed-004-progress-table/source.txt');
    expect(doc.warnings.some((w) => w.code === 'truncated-row')).toBe(true);
  });
});

describe('unit cells', () => {
  it('re-joins names a wrap or space broke', () => {
    expect(joinUnitPieces(['市自然资源和', '规划局'])).toEqual(['市自然资源和规划局']);
    expect(joinUnitPieces(['xx经开区', '管委会'])).toEqual(['xx经开区管委会']);
    expect(joinUnitPieces(['市发展民营经济工作', '领导小组办公室'])).toEqual(['市发展民营经济工作领导小组办公室']);
    expect(joinUnitPieces(['市经济和信息化局', 'xx县政府', 'xx县政府'])).toHaveLength(3);
  });

  it('splits glued names', () => {
    expect(splitGluedUnits('市科技局xx市政府')).toEqual(['市科技局', 'xx市政府']);
    expect(splitGluedUnits('市乡村振兴局(原扶贫局)市发展改革委')).toEqual(['市乡村振兴局(原扶贫局)', '市发展改革委']);
    expect(splitGluedUnits('市委宣传部')).toEqual(['市委宣传部']);
  });

  it('reads a printed list with the shared prefix distributed, and drops 等相关单位', () => {
    expect(splitUnitCell('市委宣传部、统战部').map((u) => u.name)).toEqual(['市委宣传部', '市委统战部']);
    expect(splitUnitCell('市发展改革委\n市财政局 等相关单位').map((u) => u.name)).toEqual(['市发展改革委', '市财政局']);
  });
});

describe('headings', () => {
  it('tolerates a lost numeral or bracket', () => {
    expect(parseHeadingLine('、提升产业链供应链现代化水平')).toEqual({ level: 1, printed: null, text: '提升产业链供应链现代化水平' });
    expect(parseHeadingLine(')塑造阳光法治的政府形象。')).toEqual({ level: 2, printed: null, text: '塑造阳光法治的政府形象。' });
    expect(parseHeadingLine('（三）推动区域发展多头并进。')).toEqual({ level: 2, printed: '三', text: '推动区域发展多头并进。' });
    expect(parseHeadingLine('2在生物医药等领域科学布局。')).toBeNull();
  });
});

describe('held-out progress table (units before progress, status last, full-width)', () => {
  it('matches its hand-made expectation', async () => {
    const dir = 'fixtures/progress-heldout-wuhu';
    const gold: Gold = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
    const doc = await parseProgress(`${dir}/source.html`);
    const cmp = compareWithGold(asTaskDocument(doc), gold);
    for (const f of ['tasks', 'text', 'section', 'status', 'progress', 'lead'] as const) {
      expect(cmp.fields[f]!.f1, `${f}: ${JSON.stringify(cmp.fields[f])}`).toBeGreaterThanOrEqual(0.98);
    }
    expect(doc.title).toBe('2023年市政府重点工作1-11月推进情况表');
  });
});

describe('the held-out table flattened into one line (status last)', () => {
  it('segments rows whose status cell ends them', () => {
    const dir = 'fixtures/progress-heldout-wuhu';
    const gold: Gold = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8'));
    const html = readFileSync(`${dir}/source.html`, 'utf8');
    // What a text scrape of the page gives: every cell in order, one space apart, <br> as a space.
    const cells = (html.match(/<tr>.*?<\/tr>/g) ?? []).flatMap((tr) =>
      [...tr.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]!.replace(/<br>/g, ' ')),
    );
    const line = `2023年市政府重点工作1-11月推进情况表 ${cells.join(' ')}`;
    const ctx = collectingContext('flat.txt');
    const doc = classifyDocument(extractProgress([{ kind: 'para', text: line }], ctx));
    const cmp = compareWithGold(asTaskDocument(doc), gold);
    for (const f of ['tasks', 'text', 'section', 'status', 'progress', 'lead'] as const) {
      expect(cmp.fields[f]!.f1, `${f}: ${JSON.stringify(cmp.fields[f])}`).toBe(1);
    }
  });
});

describe('a progress notice without a table', () => {
  it('reads its numbered items, their units and the verdict line under each (南阳 督查结果)', async () => {
    const doc = await parseLines(
      [
        '7月1日至4日,市活动办公室对城区7个重大项目推进落实情况进行了现场督查,现将督查结果通报如下:',
        '1.中关村南阳科技园项目(一期),要求6月底完成物探、地探及地面附属物清理。责任单位:高新区。',
        '督查结果:任务完成较好。已完成项目的物探、地探及地面附属物清理任务,并圈建起围墙。',
        '2.南阳水科技产业园项目,要求6月底完成物探、地探及地面附属物清理。责任单位:高新区。',
        '督查结果:工作推进缓慢。物探、地探未做。',
        '3.商务中心区及特色商业区建设项目,要求6月底姜营社区一期开工建设。责任单位:市城乡一体化示范区。',
        '督查结果:工作推进缓慢。该区域房屋拆迁已经完成,但未开工建设。',
      ],
      'notice.txt',
    );
    expect(doc.tasks.map((t) => [t.number, t.text.slice(0, 8), t.leadUnits.map((u) => u.name), t.status?.code])).toEqual([
      ['1', '中关村南阳科技园', ['高新区'], 'good'],
      ['2', '南阳水科技产业园', ['高新区'], 'lagging'],
      ['3', '商务中心区及特色', ['市城乡一体化示范区'], 'lagging'],
    ]);
  });
});

describe('a notice by unit', () => {
  it('gives the unit before the colon of an item as its lead (霍邱: (一)县教育局：学前教育促进工程。…)', async () => {
    const doc = await parseLines(
      [
        '关于2019年度民生工程重点项目实施情况专项督查通报',
        '一、牵头部门实施情况',
        '(一)县教育局:学前教育促进工程。其中幼师培训任务500人,截至督查时只培训178人,低于全市平均进度',
        '(二)县住建局:棚户区改造新开工1827户,任务已完成;基本建成2208套,低于全市平均进度。',
      ],
      'notice.txt',
    );
    const byUnit = doc.tasks.filter((t) => t.leadUnits.length > 0).map((t) => [t.text.slice(0, 8), t.leadUnits.map((u) => u.name)]);
    expect(byUnit).toContainEqual(['学前教育促进工程', ['县教育局']]);
    expect(doc.tasks.some((t) => /^县教育局[:：]/.test(t.text))).toBe(false);
  });
});

describe('a 督查 notice of projects with their 包抓领导 and 责任单位 in brackets (利通)', () => {
  it('reads numbers the page glued to the name, the bracket after the name, and what follows it as progress', async () => {
    const doc = await parseLines(
      [
        '2022年实施项目督查情况通报',
        '(一)已复工项目督查情况',
        '1赵家沟苦水河大桥建设项目(包抓领导:钱晓明;责任单位:住建和交通局)承台与地系梁已全部完工,正在进行立柱浇筑工作。',
        '2利通区2021年农村公路建设项目包抓领导:钱晓明;责任单位:住建和交通局)。已完成土方路基工程,正在进行路基检测。',
      ],
      'notice.txt',
    );
    expect(doc.tasks.map((t) => [t.number, t.text, t.leadUnits.map((u) => u.name), t.leaders, t.progress?.slice(0, 6)])).toEqual([
      ['1', '赵家沟苦水河大桥建设项目', ['住建和交通局'], ['钱晓明'], '承台与地系梁'],
      ['2', '利通区2021年农村公路建设项目', ['住建和交通局'], ['钱晓明'], '已完成土方路'],
    ]);
  });
});
