/**
 * `taskgen draft`: the report split into plan tasks, and units suggested by
 * role with evidence. Expected values are read off the source documents
 * (seed 003 is the 宿州 2024 report, fixtures/seed-003-suzhou-report).
 */
import { describe, expect, test, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli, expectCleanStderr } from './support/cli.js';
import { Bm25Index, bigrams } from '../src/draft/bm25.js';
import { roleKey, roleFamily, printedBody, isPlaceBody, levelOfIssuer, placeOfIssuer } from '../src/draft/roles.js';
import { deadlineOf } from '../src/draft/deadline.js';
import { UnitSuggester, type Example } from '../src/draft/suggest.js';
import { draftFromFile } from '../src/draft/index.js';
import { TaskDocument } from '../src/model/schema.js';

const REPORT = join(ROOT, 'fixtures/seed-003-suzhou-report/source.txt');
const PLAN_001 = join(ROOT, 'fixtures/seed-001-xuzhou-plan/source.txt');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-draft-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function example(text: string, lead: string[], co: string[] = [], place: string | null = '徐州'): Example {
  return { text, lead, co, source: `${place ?? '某地'} 2024 分解方案`, ref: '二.(一).3', place };
}

describe('BM25 over character bigrams', () => {
  test('bigrams are taken within runs of Han characters only', () => {
    expect(bigrams('新增学位3000个')).toEqual(['新增', '增学', '学位']);
  });

  test('the task sharing the most specific wording ranks first', () => {
    const index = new Bm25Index();
    index.add('推进义务教育优质均衡发展,新建中小学5所');
    index.add('加快建设高标准农田10万亩');
    index.add('深入推进招商引资,引进亿元以上项目');
    const hits = index.search(index.addToQuery(new Map(), '义务教育学校新建扩建', 1), 3);
    expect(hits[0]!.doc).toBe(0);
    expect(hits.some((h) => h.doc === 1)).toBe(false);
  });

  test('generic verbs (加快推进, 完善, 工作) are no terms: two tasks sharing only them do not match', () => {
    const index = new Bm25Index({ k1: 1.2, b: 0.75, trigrams: false, generic: true });
    index.add('加快推进高标准农田建设工作');
    index.add('加快推进城市更新');
    expect(index.search(index.addToQuery(new Map(), '加快推进医保基金监管工作', 1), 3)).toEqual([]);
    // The domain words survive the verbs around them: 农田 still matches.
    expect(index.search(index.addToQuery(new Map(), '完善农田水利设施', 1), 3).map((h) => h.doc)).toEqual([0]);
  });

  test('a shared trigram (招商引) ranks above the same bigrams scattered', () => {
    const index = new Bm25Index({ k1: 1.2, b: 0.75, trigrams: true, generic: false });
    index.add('引资招商');
    index.add('招商引资');
    const hits = index.search(index.addToQuery(new Map(), '招商引资', 1), 2);
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
  });
});

describe('roles: alias key without place and level', () => {
  test('the same body at any place and level has one role', () => {
    expect(roleKey('市发展改革委')).toBe(roleKey('县发改委'));
    expect(roleKey('徐州市发展和改革委员会')).toBe(roleKey('市发改委'));
    expect(roleKey('徐州市税务局')).toBe('税务局');
    expect(roleKey('省财政厅')).toBe(roleKey('市财政局'));
  });

  test('a body whose own name starts with 市 keeps it (市场监管局 is not 场监管局)', () => {
    expect(roleKey('市市场监管局')).toBe(roleKey('市场监督管理局'));
    expect(printedBody('县市场监督管理局')).toBe('市场监督管理局');
  });

  test('places and their bodies', () => {
    expect(isPlaceBody('铜山区政府')).toBe(true);
    expect(isPlaceBody('泉阳镇')).toBe(true);
    expect(isPlaceBody('市教育局')).toBe(false);
    expect(levelOfIssuer('宿州市人民政府')).toBe('市');
    expect(levelOfIssuer('泗县人民政府')).toBe('县');
    expect(placeOfIssuer('宿州市人民政府')).toBe('宿州');
  });

  test('a development zone is one role by its kind, printed without its place (开发区 in every city and county)', () => {
    expect(printedBody('安徽阜阳界首高新技术产业开发区管委会')).toBe('高新区管委会');
    expect(printedBody('立山经济开发区')).toBe('经开区管委会');
    expect(printedBody('徐州经开区')).toBe('经开区管委会');
    expect(roleFamily(roleKey('高新区管委会'))).toBe(roleFamily(roleKey('徐州经济技术开发区管委会')));
    expect(isPlaceBody('立山经济开发区')).toBe(false);
  });

  test('a ministry does nationally what the bureau of the same name does locally; party departments keep 部', () => {
    expect(roleKey('农业农村部')).toBe(roleKey('市农业农村局'));
    expect(roleKey('工业和信息化部')).toBe(roleKey('县工信局'));
    expect(roleKey('市委宣传部')).toBe('委宣传部');
  });
});

describe('deadlines the text sets', () => {
  test.each([
    ['确保6月底前建成投用', '6月底前'],
    ['年底前完成改造', '年底前'],
    ['上半年全部开工', '上半年'],
    ['年内投产项目100个', '年底前'],
  ])('%s → %s', (text, deadline) => {
    expect(deadlineOf(text)).toBe(deadline);
  });

  test('no deadline where the text sets none (全年实施, 季度观摩)', () => {
    expect(deadlineOf('全年实施亿元以上项目1000个')).toBeNull();
    expect(deadlineOf('落实重点项目季度观摩等机制')).toBeNull();
  });
});

describe('unit suggestions', () => {
  test('a similar task of an earlier city plan teaches a county draft, printed at county level, with evidence', () => {
    const s = new UnitSuggester([
      example('实施有效投资攻坚行动,推进重大项目建设', ['市发展改革委'], ['市统计局']),
      example('新建改扩建中小学和幼儿园8所', ['市教育局']),
    ]);
    const top = s.suggest('开展有效投资攻坚行动,加快重大项目建设', '县').lead[0]!;
    expect(top.name).toBe('县发展改革委');
    expect(top.evidence).toMatch(/^徐州 2024 分解方案 二\.\(一\)\.3「实施有效投资攻坚行动.*」相似度 (?:0\.\d\d|1\.00)(；lexicon: 有效投资)?$/);
    expect(top.score).toBeGreaterThan(0);
    expect(top.score).toBeLessThanOrEqual(1);
  });

  test("another place's own bodies are never suggested", () => {
    const s = new UnitSuggester([
      example('推进开发区管理体制改革', ['立山经济开发区', '国家金融监督管理总局徐州监管分局', '徐州市税务局'], [], '徐州'),
    ]);
    const names = s.suggest('深化开发区管理体制改革', '市').lead.map((u) => u.name);
    expect(names).not.toContain('立山经济开发区');
    expect(names.some((n) => n.includes('徐州'))).toBe(false);
    expect(names).toContain('市税务局');
  });

  test("the draft's own place's earlier plans decide how a body is printed (宿州 经济和信息化局, not 工业和信息化局)", () => {
    const s = new UnitSuggester([
      example('推进制造业数字化转型', ['市工业和信息化局'], [], '徐州'),
      example('推动制造业智能化改造', ['市工业和信息化局'], [], '常州'),
      example('实施制造业技改项目', ['市经济和信息化局'], [], '宿州'),
    ]);
    expect(s.suggest('推进制造业数字化转型', '市').lead[0]!.name).toBe('市工业和信息化局');
    s.setHomePlace('宿州');
    expect(s.suggest('推进制造业数字化转型', '市').lead[0]!.name).toBe('市经济和信息化局');
  });

  test('with nothing learnt, the lexicon names the department and says so', () => {
    const s = new UnitSuggester();
    const edu = s.suggest('推进义务教育优质均衡发展', '县').lead[0]!;
    expect(edu.name).toBe('县教育局');
    expect(edu.evidence).toBe('lexicon: 义务教育');
    const invest = s.suggest('深入开展招商引资', '市').lead.slice(0, 3).map((u) => u.name);
    expect(invest).toEqual(expect.arrayContaining(['市商务局', '市投资促进局']));
    expect(s.suggest('加强医保基金监管', '区').lead[0]!.name).toBe('区医疗保障局');
  });
});

describe('draft from the 宿州 2024 report (seed 003)', () => {
  let doc: TaskDocument;
  const source = readFileSync(REPORT, 'utf8');
  const chapter = (from: string, to: string) => source.slice(source.indexOf(from), source.indexOf(to));

  beforeAll(async () => {
    doc = (await draftFromFile(REPORT, { suggester: new UnitSuggester() })).doc;
  });

  test('the document is a plan the schema accepts, titled as a draft for comment', () => {
    expect(TaskDocument.safeParse(doc).success).toBe(true);
    expect(doc.kind).toBe('plan');
    expect(doc.title).toBe('2024年《政府工作报告》重点目标任务分解方案（征求意见稿）');
  });

  test('the seven 主要预期目标 come first, one task each, as the report lists them', () => {
    const targets = doc.tasks.filter((t) => t.section[0] === '经济社会发展主要预期目标');
    // From the report's line 经济社会发展主要预期目标是:…, split at its ；.
    expect(targets.map((t) => t.text)).toEqual([
      '地区生产总值增长7%左右。',
      '一般公共预算收入增长5.5%左右。',
      '固定资产投资增长10%左右。',
      '社会消费品零售总额增长8%左右。',
      '城镇常住居民人均可支配收入增速与地区生产总值增速同步。',
      '农村常住居民人均可支配收入增速高于全省平均水平。',
      '生态环境持续改善,节能减排完成年度任务,主要动态经济指标位居全省前列。',
    ]);
    expect(doc.tasks.slice(0, 7)).toEqual(targets);
  });

  test('every task comes from the 2024 chapters, none from the 2023 review or 政府自身建设', () => {
    const current = chapter('二、2024年发展思路', '四、全面加强政府自身建设');
    for (const t of doc.tasks) {
      // A task may join a short aside to the next sentence: each sentence must be in the 2024 chapters.
      for (const sentence of t.text.split('。').filter(Boolean)) expect(current.includes(sentence), t.text).toBe(true);
    }
    const selfBuilding = chapter('四、全面加强政府自身建设', '各位代表!宿州到了');
    expect(selfBuilding.length).toBeGreaterThan(1000);
    expect(doc.tasks.some((t) => selfBuilding.includes(t.text.split('。')[0]!))).toBe(false);
    expect(doc.warnings.some((w) => w.code === 'draft-left-out')).toBe(true);
  });

  test('tasks sit under the report\'s own headings, numbered on through the plan', () => {
    const first = doc.tasks.find((t) => t.section[1] === '加快主导产业规模化')!;
    expect(first.section[0]).toBe('奋力聚产业,做强实体经济');
    expect(first.path).toEqual(['二', '(一)', '8']);
    expect(doc.tasks.map((t) => Number(t.number))).toEqual(doc.tasks.map((_, i) => i + 1));
  });

  test('a lead phrase with quotes in it heads its group too (金融“输血”赋能循环。构建…)', () => {
    const group = doc.tasks.filter((t) => t.section[1] === '金融“输血”赋能循环');
    expect(group[0]!.text).toMatch(/^构建多层次金融支持服务实体经济体系,/);
    expect(doc.tasks.some((t) => t.section[1] === '推动农业由“大”到“强”')).toBe(true);
  });

  test('every unit is marked as a suggestion with a score and evidence', () => {
    const units = doc.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]);
    expect(units.length).toBeGreaterThan(100);
    for (const u of units) {
      expect(u.suggested).toBe(true);
      expect(u.evidence).toMatch(/^lexicon: /);
      expect(u.score).toBeGreaterThan(0);
    }
  });
});

describe('taskgen draft (CLI)', () => {
  test('JSON output is accepted by taskgen plan, which prints the draft title and units', () => {
    const out = join(tmp, 'draft.json');
    const r = runCli(['draft', REPORT, '-o', out, '-q']);
    expect(r.status).toBe(0);
    const plan = runCli(['plan', out, '-f', 'txt', '-q']);
    expect(plan.status).toBe(0);
    expect(plan.stdout).toContain('2024年《政府工作报告》重点目标任务分解方案（征求意见稿）');
    expect(plan.stdout).toContain('1.地区生产总值增长7%左右。');
    expect(plan.stdout).toMatch(/牵头单位：市发展改革委/);
  });

  test('--like teaches from a plan, and --level prints its units for a county', () => {
    const r = runCli(['draft', REPORT, '--like', PLAN_001, '--level', '县', '-q']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as TaskDocument;
    const evidence = doc.tasks.flatMap((t) => t.leadUnits.map((u) => u.evidence ?? ''));
    expect(evidence.some((e) => e.startsWith('徐州 2024 分解方案 '))).toBe(true);
    const names = doc.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits].map((u) => u.name));
    expect(names.some((n) => n.includes('徐州'))).toBe(false);
    expect(names.filter((n) => n.startsWith('市')).length).toBe(0);
  });

  test('--archive: plans archived by taskgen batch teach, and their evidence names the plan', () => {
    const archive = join(tmp, 'archive');
    const batch = runCli(['batch', join(ROOT, 'fixtures/seed-002-jieshou-plan/source.txt'), '--out', archive, '-q']);
    expect(batch.status).toBe(0);
    const r = runCli(['draft', REPORT, '--archive', archive, '-q']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as TaskDocument;
    const evidence = doc.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits].map((u) => u.evidence ?? ''));
    expect(evidence.some((e) => /^界首 2020 分解方案 [一二三四]\.\(/.test(e))).toBe(true);
    // 界首's own bodies (泉阳镇, 界首市生态环境分局) are not printed in 宿州's draft; its 高新区 only by its kind.
    const names = doc.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits].map((u) => u.name));
    expect(names.some((n) => /界首|阜阳|镇$/.test(n))).toBe(false);
    expect(names.filter((n) => n.endsWith('管委会')).every((n) => /^(?:高新区|经开区|开发区)管委会$/.test(n))).toBe(true);
  });

  test('a file that is not a work report: one line naming what was expected, exit 2', () => {
    const r = runCli(['draft', PLAN_001]);
    expect(r.status).toBe(2);
    const lines = expectCleanStderr(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('expected a government work report (政府工作报告');
  });

  test('every rendered format marks each suggested unit 〔建议〕; JSON keeps the names clean and says suggested', async () => {
    const json = JSON.parse(runCli(['draft', REPORT, '-q']).stdout) as TaskDocument;
    const first = json.tasks[0]!;
    // Seed 003's first target, 地区生产总值增长7%左右, is the 发展改革委's in every plan and in the lexicon.
    expect(first.leadUnits[0]).toMatchObject({ name: '市发展改革委', suggested: true });
    expect(json.tasks.flatMap((t) => [...t.leadUnits, ...t.coUnits]).some((u) => u.name.includes('〔建议〕'))).toBe(false);
    for (const format of ['md', 'html', 'txt']) {
      for (const layout of ['list', 'table']) {
        const r = runCli(['draft', REPORT, '-q', '-f', format, '--layout', layout]);
        expect(r.status).toBe(0);
        expect(r.stdout).toContain('市发展改革委〔建议〕');
        // No unit printed bare: every 市… body in the output carries the mark.
        expect(r.stdout).not.toMatch(/市发展改革委(?!〔建议〕)/);
      }
    }
    const { default: JSZip } = await import('jszip');
    for (const [format, part] of [['docx', 'word/document.xml'], ['xlsx', 'xl/sharedStrings.xml']] as const) {
      const out = join(tmp, `marked.${format}`);
      expect(runCli(['draft', REPORT, '-q', '-f', format, '-o', out]).status).toBe(0);
      const xml = await (await JSZip.loadAsync(readFileSync(out))).file(part)!.async('string');
      expect(xml).toContain('市发展改革委〔建议〕');
      expect(xml).not.toMatch(/市发展改革委(?!〔建议〕)/);
    }
  });

  test('an empty, binary or notice file: one line naming what draft expected, exit 2', () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(tmp, 'binary.txt');
    writeFileSync(binary, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
    for (const file of [empty, binary, join(ROOT, 'fixtures/seed-000-suzhou-notice/source.txt')]) {
      const r = runCli(['draft', file]);
      expect(r.status, file).toBe(2);
      const lines = expectCleanStderr(r.stderr);
      expect(lines, file).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toContain('expected a government work report (政府工作报告');
    }
  });

  test('an archive with nothing that names units, or a folder that is not an archive: lexicon suggestions and a warning, exit 0', () => {
    // Only a work report archived: no plan, notice or progress table, so no task with units to learn from.
    const noPlans = join(tmp, 'no-plans');
    expect(runCli(['batch', REPORT, '--out', noPlans, '-q']).status).toBe(0);
    const foreign = join(tmp, 'not-an-archive');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'readme.txt'), '这不是存档');
    for (const [archive, why] of [
      [noPlans, 'holds no tasks with units'],
      [foreign, 'not an archive written by `taskgen batch`'],
    ] as const) {
      const r = runCli(['draft', REPORT, '--archive', archive]);
      expect(r.status, archive).toBe(0);
      const lines = expectCleanStderr(r.stderr);
      expect(lines.some((l) => l.includes(archive) && l.includes(why))).toBe(true);
      expect(lines.some((l) => l.includes('lexicon'))).toBe(true);
      const doc = JSON.parse(r.stdout) as TaskDocument;
      const evidence = doc.tasks.flatMap((t) => t.leadUnits.map((u) => u.evidence ?? ''));
      expect(evidence.length).toBeGreaterThan(100);
      expect(evidence.every((e) => e.startsWith('lexicon: '))).toBe(true);
    }
  });

  test('a missing archive folder: lexicon suggestions and a warning, exit 0', () => {
    const missing = join(tmp, 'no-such-archive');
    const r = runCli(['draft', REPORT, '--archive', missing, '-f', 'md']);
    expect(r.status).toBe(0);
    const lines = expectCleanStderr(r.stderr);
    expect(lines.some((l) => l.includes(missing) && l.includes('no such archive folder'))).toBe(true);
    expect(r.stdout).toContain('# 2024年《政府工作报告》重点目标任务分解方案（征求意见稿）');
  });
});
