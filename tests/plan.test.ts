import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/blocks.js';
import { extractPlan, extractPlanTasks } from '../src/extract/plan.js';
import { collectingContext } from '../src/extract/types.js';
import * as cheerio from 'cheerio';
import { compareWithGold, type Gold } from './support/gold.js';
import type { TaskDocument } from '../src/model/schema.js';
import { parseLines } from './support/extract.js';

/** One para per non-empty line, the way the text reader hands over a scraped page. */
function linesToBlocks(text: string): Block[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l) => ({ kind: 'para' as const, text: l }));
}

/**
 * The fixture pages' paragraphs and tables as blocks, spans resolved the way
 * the block model requires (a spanned cell repeats its text). Kept here so
 * these tests exercise the extractor alone; the end-to-end path through the
 * HTML reader is covered by the fixture loop.
 */
function htmlToBlocksForTest(html: string): Block[] {
  const $ = cheerio.load(html);
  const blocks: Block[] = [];
  $('h1, p, div.title, div.wh, table').each((_, el) => {
    if (el.tagName !== 'table') {
      if ($(el).parents('table').length === 0) blocks.push({ kind: 'para', text: $(el).text().trim() });
      return;
    }
    const grid: string[][] = [];
    $(el)
      .find('tr')
      .each((r, tr) => {
        grid[r] ??= [];
        let c = 0;
        $(tr)
          .children('td, th')
          .each((_, td) => {
            while (grid[r]![c] !== undefined) c++;
            const text = $(td).text().trim();
            const rs = Number($(td).attr('rowspan') ?? 1);
            const cs = Number($(td).attr('colspan') ?? 1);
            for (let i = 0; i < rs; i++) for (let j = 0; j < cs; j++) (grid[r + i] ??= [])[c + j] = text;
            c += cs;
          });
      });
    blocks.push({ kind: 'table', rows: grid.map((row) => Array.from(row, (x) => x ?? '')) });
  });
  return blocks.filter((b) => b.kind === 'table' || b.text !== '');
}

function run(blocks: Block[], path = 'test') {
  const ctx = collectingContext(path);
  const doc = extractPlan(blocks, ctx);
  return { doc, warnings: ctx.warnings };
}

const FIXTURES = [
  { dir: 'seed-001-xuzhou-plan', file: 'source.txt', tasks: 150 },
  { dir: 'seed-002-jieshou-plan', file: 'source.txt', tasks: 147 },
  { dir: 'plan-inline-huaian', file: 'source.txt', tasks: 20 },
  { dir: 'plan-inline-shuyang', file: 'source.txt', tasks: 21 },
  { dir: 'plan-fullwidth-bengbu', file: 'source.txt', tasks: 16 },
  { dir: 'plan-fullwidth-bengbu-hant', file: 'source.txt', tasks: 16 },
  { dir: 'plan-table-wuhu', file: 'source.html', tasks: 18 },
  { dir: 'plan-table-hefei', file: 'source.html', tasks: 10 },
  { dir: 'plan-inline-chuzhou', file: 'source.txt', tasks: 14 },
  { dir: 'plan-inline-jianye', file: 'source.txt', tasks: 12 },
  { dir: 'plan-inline-maanshan', file: 'source.txt', tasks: 9 },
];

describe('plans against hand-checked expectations', () => {
  for (const f of FIXTURES) {
    it(`${f.dir}: every task, lead, co and leader`, () => {
      const path = `fixtures/${f.dir}/${f.file}`;
      const source = readFileSync(path, 'utf8');
      const blocks = f.file.endsWith('.txt') ? linesToBlocks(source) : htmlToBlocksForTest(source);
      const { doc } = run(blocks, path);
      const gold = JSON.parse(readFileSync(`fixtures/${f.dir}/expected.json`, 'utf8')) as Gold;
      // Only task fields are compared here: the header comes from meta.ts, which the extractor alone does not run.
      const { fields } = compareWithGold(doc as unknown as TaskDocument, { tasks: gold.tasks });
      expect(doc.tasks).toHaveLength(f.tasks);
      expect(fields.tasks!.f1).toBe(1);
      for (const name of ['lead', 'co', 'leaders', 'unitNotes', 'text', 'section'] as const) {
        const s = fields[name];
        if (s) expect(s.f1, `${f.dir} ${name}: missing ${JSON.stringify(s.missing)} extra ${JSON.stringify(s.extra)}`).toBeGreaterThanOrEqual(0.99);
      }
    });
  }

  it('002: appendix groups keyed as referenced, and references expanded', () => {
    const path = 'fixtures/seed-002-jieshou-plan/source.txt';
    const { doc } = run(linesToBlocks(readFileSync(path, 'utf8')), path);
    const gold = JSON.parse(readFileSync('fixtures/seed-002-jieshou-plan/expected.json', 'utf8')) as { groups: Record<string, string[]> };
    expect(doc.groups).toEqual(gold.groups);
    const ref = doc.tasks.find((t) => t.id === '三.(二).1')!.coUnits[0]!;
    expect(ref.name).toBe('市环境保护委员会成员单位');
    expect(ref.note).toBe('见附件');
    expect(ref.members).toHaveLength(36);
  });

  it('warns about a numbering gap (002: (1),(2),(4),(5)) and a repeated heading number (001: 四 after 五)', () => {
    const w2 = run(linesToBlocks(readFileSync('fixtures/seed-002-jieshou-plan/source.txt', 'utf8'))).warnings;
    expect(w2.filter((w) => w.code === 'numbering-gap').map((w) => w.taskId)).toEqual(['二.(二).4.(4)']);
    const w1 = run(linesToBlocks(readFileSync('fixtures/seed-001-xuzhou-plan/source.txt', 'utf8'))).warnings;
    expect(w1.some((w) => w.code === 'numbering-duplicate' && w.taskId === '四')).toBe(true);
    expect(w1.some((w) => w.code === 'count-mismatch')).toBe(false);
  });

  it('records the stated total and warns when it does not match', () => {
    const one = run(linesToBlocks(readFileSync('fixtures/seed-001-xuzhou-plan/source.txt', 'utf8')));
    expect(one.doc.summary.stated).toEqual({ total: 150 });
    const shuyang = run(linesToBlocks(readFileSync('fixtures/plan-inline-shuyang/source.txt', 'utf8')));
    expect(shuyang.doc.summary.stated).toEqual({ total: 22 });
    expect(shuyang.warnings.map((w) => w.code)).toContain('count-mismatch');
  });
});

describe('running-text plans', () => {
  it('a title-like heading followed by a paragraph and assignments is one task whose text is the paragraph', () => {
    const { doc } = run(
      linesToBlocks(`2020年重点工作
一、完善政府治理
(一)引导多元共治
坚持党对一切工作的领导,激发社会活力。
牵头负责领导:何逢阳。
责任单位:各乡镇街道、高新区管委会、市直各单位。
(二)推进民主法治
1.坚持依法行政。
牵头负责领导:胡明扬。
牵头责任单位:市司法局。
协同责任单位:各乡镇街道。`),
    );
    expect(doc.tasks.map((t) => [t.id, t.text, t.section])).toEqual([
      ['一.(一)', '坚持党对一切工作的领导,激发社会活力。', ['完善政府治理']],
      ['一.(二).1', '坚持依法行政。', ['完善政府治理', '推进民主法治']],
    ]);
    expect(doc.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['各乡镇街道', '高新区管委会', '市直各单位']);
    expect(doc.tasks[0]!.coUnits).toEqual([]);
    expect(doc.tasks[1]!.coUnits.map((u) => u.name)).toEqual(['各乡镇街道']);
  });

  it('reads one-line assignments, 牵头(责任)单位, leaders and deadlines in full width', () => {
    const { doc } = run(
      linesToBlocks(`重点任务分解
一、扩大投资
１．实施重点项目200个。
牵头领导：王伟，陈静
牵头（责任）单位：市发展改革委、财政局
完成时限：2024年12月底
２．争取专项债券。牵头单位：市财政局；配合单位：市发展改革委
时间节点：6月底前`),
      'x',
    );
    const [a, b] = doc.tasks;
    expect(a).toMatchObject({ id: '一.1', text: '实施重点项目200个。', leaders: ['王伟', '陈静'], deadline: '2024年12月底', coUnits: [] });
    expect(a!.leadUnits.map((u) => u.name)).toEqual(['市发展改革委', '市财政局']);
    expect(b).toMatchObject({ id: '一.2', text: '争取专项债券。', deadline: '6月底前' });
    expect(b!.leadUnits.map((u) => u.name)).toEqual(['市财政局']);
    expect(b!.coUnits.map((u) => u.name)).toEqual(['市发展改革委']);
  });

  it('reads the inline forms and removes the parenthesis from the text', () => {
    const { doc } = run(
      linesToBlocks(`任务清单
1.推进A。(市发展改革委牵头,市财政局配合)
2.推进B(牵头单位：市商务局；配合单位：市市场监管局)。
3.推进C。(市住建局牵头,各县(市、区)人民政府按职责分工负责)
4.推进D。(责任单位:市教育局)
5.推进E。(市民政局、市财政局负责)
6.推进F(含2024年续建项目)。`),
    );
    const view = doc.tasks.map((t) => [t.text, t.leadUnits.map((u) => u.name).join('、'), t.coUnits.map((u) => u.name).join('、')]);
    expect(view).toEqual([
      ['推进A。', '市发展改革委', '市财政局'],
      ['推进B。', '市商务局', '市市场监管局'],
      ['推进C。', '市住建局', '各县(市、区)人民政府'],
      ['推进D。', '市教育局', ''],
      ['推进E。', '市民政局、市财政局', ''],
      ['推进F(含2024年续建项目)。', '', ''],
    ]);
  });

  it('reads an inline assignment printed on its own line below the task', () => {
    const { doc } = run(linesToBlocks('通知\n一、提高认识。要高度重视。\n某市人民政府\n任务清单\n1.推进A。\n（市发改委牵头，市财政局配合）\n2.推进B。\n（市商务局负责）'));
    expect(doc.tasks.map((t) => [t.id, t.text, t.leadUnits.map((u) => u.name).join('、'), t.coUnits.map((u) => u.name).join('、')])).toEqual([
      ['1', '推进A。', '市发改委', '市财政局'],
      ['2', '推进B。', '市商务局', ''],
    ]);
  });

  it('reads 主办单位 as lead and 责任人 as leaders', () => {
    const { doc } = run(linesToBlocks('清单\n1.推进A。\n主办单位：市发改委；协办单位：市财政局\n责任人：张三'));
    expect(doc.tasks[0]).toMatchObject({ leaders: ['张三'] });
    expect(doc.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['市发改委']);
    expect(doc.tasks[0]!.coUnits.map((u) => u.name)).toEqual(['市财政局']);
  });

  it('repairs labels spaced out by justification or printed with a ratio colon', () => {
    const { doc } = run(linesToBlocks('清单\n1.推进A,比例达到1∶2。\n牵 头 单 位：市发改委\n配合单位∶市财政局'));
    expect(doc.tasks[0]!.text).toBe('推进A,比例达到1∶2。');
    expect(doc.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['市发改委']);
    expect(doc.tasks[0]!.coUnits.map((u) => u.name)).toEqual(['市财政局']);
  });

  it('reads 【】 inline assignments and 1） items under (n) items', () => {
    const { doc } = run(
      linesToBlocks('清单\n（1）完善机制\n1）建立台账。【牵头单位：市发改委；配合单位：市统计局】\n2）定期调度。【市发改委负责】\n（2）推进B。（市商务局牵头）'),
    );
    expect(doc.tasks.map((t) => [t.id, t.text, t.leadUnits.map((u) => u.name).join('、'), t.coUnits.map((u) => u.name).join('、')])).toEqual([
      ['(1).1)', '建立台账。', '市发改委', '市统计局'],
      ['(1).2)', '定期调度。', '市发改委', ''],
      ['(2)', '推进B。', '市商务局', ''],
    ]);
  });

  it('reads the lead marked inside a single 责任单位 list', () => {
    const { doc } = run(linesToBlocks('清单\n1.推进A。\n责任单位：市发改委（牵头）、市财政局、统计局'));
    expect(doc.tasks[0]!.leadUnits).toEqual([{ name: '市发改委', raw: '市发改委（牵头）', note: null }]);
    expect(doc.tasks[0]!.coUnits.map((u) => u.name)).toEqual(['市财政局', '市统计局']);
    const starred = run(linesToBlocks('清单\n1.推进A。\n责任单位：市发改委*、市财政局')).doc.tasks[0]!;
    expect(starred.leadUnits.map((u) => [u.name, u.raw])).toEqual([['市发改委', '市发改委*']]);
    expect(starred.coUnits.map((u) => u.name)).toEqual(['市财政局']);
  });

  it('nests 1.1 items under 1. items', () => {
    const { doc } = run(linesToBlocks('清单\n1.稳增长\n1.1扩大投资。(市发改委牵头)\n1.2促进消费,\n1.5万户家庭受益。(市商务局牵头)\n2.惠民生。(市民政局负责)'));
    expect(doc.tasks.map((t) => [t.id, t.text, t.section.join('/')])).toEqual([
      ['1.1.1', '扩大投资。', '稳增长'],
      ['1.1.2', '促进消费,1.5万户家庭受益。', '稳增长'],
      ['2', '惠民生。', ''],
    ]);
  });

  it('reads a deadline clause inside an inline assignment', () => {
    const { doc } = run(linesToBlocks('清单\n1．推进A。（市教育局牵头，市财政局配合，2024年9月底前完成）\n2．推进B。（市民政局牵头，长期坚持）'));
    expect(doc.tasks.map((t) => [t.text, t.deadline, t.leadUnits.map((u) => u.name).join('、'), t.coUnits.map((u) => u.name).join('、')])).toEqual([
      ['推进A。', '2024年9月底前完成', '市教育局', '市财政局'],
      ['推进B。', '长期坚持', '市民政局', ''],
    ]);
  });

  it('takes the city from the caller or from the issuing government', () => {
    const lines = linesToBlocks('清单\n1.推进A。\n牵头单位：徐州海关、供电公司');
    const given = extractPlanTasks(lines, collectingContext('x'), { city: '徐州' });
    expect(given.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['徐州海关', '徐州供电公司']);
    const unknown = extractPlanTasks(lines, collectingContext('x'));
    expect(unknown.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['徐州海关', '供电公司']);
    const guessed = extractPlanTasks([{ kind: 'para', text: '徐州市人民政府' }, ...lines], collectingContext('x'));
    expect(guessed.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['徐州海关', '徐州供电公司']);
  });

  it('keeps a wrapped sentence that goes on with 其中: and drops a 备注 line', () => {
    const { doc } = run(linesToBlocks('清单\n1.新建学校10所,\n其中:小学6所。\n牵头单位:市教育局\n备注:以上任务年底前完成。'));
    expect(doc.tasks.map((t) => [t.text, t.leadUnits.map((u) => u.name).join('、')])).toEqual([['新建学校10所,其中:小学6所。', '市教育局']]);
  });

  it('warns about a task without units', () => {
    const ctx = collectingContext('x');
    extractPlanTasks(linesToBlocks('清单\n1.推进A。(市发改委牵头)\n2.推进B。'), ctx);
    expect(ctx.warnings).toEqual([{ code: 'no-units', message: expect.stringContaining('2') as string, taskId: '2' }]);
  });

  it('accepts 1, numbering only where the sequence confirms it', () => {
    const { doc } = run(linesToBlocks('清单\n1,推进A。(市发改委牵头)\n2,推进B,\n3,5号线同步建设。(市交通局牵头)'));
    expect(doc.tasks.map((t) => t.id)).toEqual(['1', '2']);
    expect(doc.tasks[1]!.text).toBe('推进B,3,5号线同步建设。');
  });

  it('stops at the appendix and skips the notice\'s own numbered paragraphs', () => {
    const { doc } = run(
      linesToBlocks(`关于印发重点任务的通知
一、提高认识。各地要高度重视。
二、强化督查。督查室要跟踪问效。
某某市人民政府
2024年重点任务
一、稳增长
1.推进A。
牵头单位:市发改委
附件
一、某某领导小组成员名单
市发改委、市财政局`),
    );
    expect(doc.tasks.map((t) => t.id)).toEqual(['一.1']);
    expect(doc.groups).toEqual({ 某某领导小组: ['市发改委', '市财政局'] });
  });
});

describe('table plans', () => {
  const header = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];

  it('reads section rows, inherits spanned lead cells and merges a task spanning two rows', () => {
    const table: Block = {
      kind: 'table',
      rows: [
        header,
        ['一、稳增长', '一、稳增长', '一、稳增长', '一、稳增长', '一、稳增长'],
        ['1', '推进A。', '市发改委', '市财政局、统计局', '6月底'],
        ['2', '推进B。', '市发改委', '', '12月底'],
        ['3', '推进C。', '市商务局', '市工信局', '12月底'],
        ['3', '推进C。', '市商务局', '鼓楼区、云龙区政府', '12月底'],
        ['二、惠民生', '二、惠民生', '二、惠民生', '二、惠民生', '二、惠民生'],
        ['4', '推进D。', '市民政局', '各县(市、区)政府', '12月底'],
      ],
    };
    const { doc } = run([{ kind: 'para', text: '重点任务分解表' }, table]);
    expect(doc.tasks.map((t) => [t.id, t.section.join('/'), t.leadUnits.map((u) => u.name).join('、'), t.coUnits.map((u) => u.name).join('、'), t.deadline])).toEqual([
      ['一.1', '稳增长', '市发改委', '市财政局、市统计局', '6月底'],
      ['一.2', '稳增长', '市发改委', '', '12月底'],
      ['一.3', '稳增长', '市商务局', '市工信局、鼓楼区政府、云龙区政府', '12月底'],
      ['二.4', '惠民生', '市民政局', '各县(市、区)政府', '12月底'],
    ]);
  });

  it('joins a table the page split, with or without the header printed again, and reads 序号 section rows', () => {
    const first: Block = {
      kind: 'table',
      rows: [
        ['序号', '重点任务', '牵头单位', '配合单位'],
        ['一', '稳增长', '', ''],
        ['1', '推进A。', '市发改委', '市财政局'],
      ],
    };
    const continued: Block = { kind: 'table', rows: [['2', '推进B。', '市商务局', '']] };
    const again: Block = {
      kind: 'table',
      rows: [
        ['序号', '重点任务', '牵头单位', '配合单位'],
        ['二', '惠民生', '', ''],
        ['3', '推进C。', '市民政局', '各县(市、区)政府'],
      ],
    };
    const { doc } = run([first, { kind: 'para', text: '— 2 —' }, continued, again]);
    expect(doc.tasks.map((t) => [t.id, t.section.join('/'), t.leadUnits.map((u) => u.name).join('、')])).toEqual([
      ['一.1', '稳增长', '市发改委'],
      ['一.2', '稳增长', '市商务局'],
      ['二.3', '惠民生', '市民政局'],
    ]);
  });

  it('reads a cell that prints one unit per line', () => {
    const table: Block = {
      kind: 'table',
      rows: [
        ['序号', '工作任务', '牵头单位', '配合单位'],
        ['1', '推进A。', '市发改委', '市财政局\n市统计局\n各县(市、区)政府'],
        ['2', '推进B。', '市商务局', '徐州经开区、高新\n区管委会'],
      ],
    };
    const { doc } = run([table]);
    expect(doc.tasks.map((t) => t.coUnits.map((u) => u.name))).toEqual([
      ['市财政局', '市统计局', '各县(市、区)政府'],
      ['徐州经开区管委会', '徐州高新区管委会'],
    ]);
  });

  it('reads labels inside a single 责任单位 cell', () => {
    const table: Block = {
      kind: 'table',
      rows: [
        ['序号', '工作任务', '责任单位'],
        ['1', '推进A。', '牵头：市发改委；配合：市财政局、统计局'],
      ],
    };
    const { doc } = run([table]);
    expect(doc.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['市发改委']);
    expect(doc.tasks[0]!.coUnits.map((u) => u.name)).toEqual(['市财政局', '市统计局']);
  });

  it('puts a lone 责任单位 column in lead and reads a leader column', () => {
    const table: Block = {
      kind: 'table',
      rows: [
        ['序号', '重点任务', '责任领导', '责任单位'],
        ['1', '推进A。', '张三、李四', '市发改委'],
      ],
    };
    const { doc } = run([table]);
    expect(doc.tasks[0]).toMatchObject({ id: '1', leaders: ['张三', '李四'], coUnits: [] });
    expect(doc.tasks[0]!.leadUnits.map((u) => u.name)).toEqual(['市发改委']);
  });
});

describe('running-text plans: items the corpus showed (paragraphs, leader headings, cut-off pages)', () => {
  const tasksOf = (text: string) => run(linesToBlocks(text)).doc.tasks;

  it('takes unnumbered paragraphs that each end in their own assignment as tasks under their heading', () => {
    const tasks = tasksOf(`一、在新常态下保持经济持续健康发展
(一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。
认真贯彻落实积极的财政政策和稳健的货币政策。(省发展改革委、省财政厅等负责)
发挥投资的关键作用,着力推进内涵效益型投资增长。(省发展改革委、省经济和信息化委等负责)
发挥出口的支撑作用,努力培育新的国际竞争优势。(省商务厅、省政府办公厅等负责)
(二)必须进一步拓展区域发展空间。
扎实推进“两区一圈一带”发展战略。发挥好青岛龙头作用,提高济南辐射`);
    expect(tasks.map((t) => [t.number, t.text.slice(0, 8), t.leadUnits.map((u) => u.name)])).toEqual([
      ['', '认真贯彻落实积极', ['省发展改革委', '省财政厅']],
      ['', '发挥投资的关键作', ['省发展改革委', '省经济和信息化委']],
      ['', '发挥出口的支撑作', ['省商务厅', '省政府办公厅']],
    ]);
  });

  it('keeps a heading sentence, its body and a bracket on its own line as one task', () => {
    const tasks = tasksOf(`二、加快推动农机装备产业高质量发展
（三）完善农机装备创新体系。
瞄准农业机械化需求，加快推进农机装备创新。
（工业和信息化部、发展改革委、科技部等负责。列第一位者为牵头单位，下同）
（四）推进农机装备全产业链协同发展。
支持农机装备产业链上下游企业加强协同。
（工业和信息化部、商务部等负责）`);
    expect(tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name), t.coUnits.map((u) => u.name)])).toEqual([
      ['三', ['工业和信息化部'], ['发展改革委', '科技部']],
      ['四', ['工业和信息化部'], ['商务部']],
    ]);
  });

  it('gives every task under a leader heading that leader, and the first listed unit the lead', () => {
    const tasks = tasksOf(`一、王纲市长主抓重点工作
1.坚定不移支持企业发展。
责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)
2.全面落实各级“五减”系列政策。
责任单位:发改局、经信局`);
    expect(tasks.map((t) => [t.leaders, t.leadUnits.map((u) => u.name), t.coUnits.map((u) => u.note ?? u.name)])).toEqual([
      [['王纲'], ['市经信局'], ['市财政局', '市税务局']],
      [['王纲'], ['发改局'], ['经信局']],
    ]);
  });

  it('drops a last item the stored page cut off before its assignment, with a warning', () => {
    const { doc, warnings } = run(
      linesToBlocks(`一、主要预期目标
1.地区生产总值增长10%左右。(牵头单位:市发改局;责任单位:市统计局)
2.外贸出口增长10%。(牵头单位:市商务局;责任单位:市统计局)
3.高新技术产业增加值占GDP比重达到12%。(牵头单位:市`),
    );
    expect(doc.tasks.map((t) => t.number)).toEqual(['1', '2']);
    expect(warnings.some((w) => w.code === 'cut-off-item')).toBe(true);
  });
});

describe('a report item: numbered heading, then a body that opens with its verdict', () => {
  it('the heading is the task and the body its progress (闵行 成绩单 shape)', () => {
    const { doc } = run(
      linesToBlocks(`2019年区政府实事项目完成情况
(1)增加1000张老年病床,完成10个养老机构的改造
超出目标任务。全年新增养老床位1467张。
(2)建设滨河绿道
全面完成目标任务。绿道全长42.4公里。`),
    );
    expect(doc.tasks.map((t) => [t.number, t.text, t.progress])).toEqual([
      ['1', '增加1000张老年病床,完成10个养老机构的改造', '超出目标任务。全年新增养老床位1467张。'],
      ['2', '建设滨河绿道', '全面完成目标任务。绿道全长42.4公里。'],
    ]);
  });
});

describe('unnumbered paragraphs that close with their deadline', () => {
  it('are the tasks of a plan rewritten for the press, under their short headings (天津)', async () => {
    const doc = await parseLines(
      [
        '日前,《天津市人民政府关于落实国务院<政府工作报告>重点工作的任务分工》公开征求意见。',
        '01 教育',
        '坚持城乡一体化的中小学编制标准,提升巩固学前教育普及普惠水平。(年内持续推进)',
        '保障符合条件的随迁子女统筹安排在公办学校就读。(年内持续推进)',
        '02 医疗',
        '健全职工医保门诊共济保障机制,逐步将门诊费用纳入统筹基金报销。(年底前完成)',
      ],
      'plan.txt',
    );
    expect(doc.tasks.map((t) => [t.section, t.text.slice(0, 10), t.deadline])).toEqual([
      [['教育'], '坚持城乡一体化的中小', '年内持续推进'],
      [['教育'], '保障符合条件的随迁子', '年内持续推进'],
      [['医疗'], '健全职工医保门诊共济', '年底前完成'],
    ]);
  });

  it('one bracketed remark is no task', async () => {
    const doc = await parseLines(['关于做好今年工作的通知', '各单位要抓好落实。(年内完成)', '特此通知。'], 'note.txt');
    expect(doc.tasks).toEqual([]);
  });
});

describe('a copy cut by the page store, and small-form numbering (荆门 2021, 泰州 2016, 监利 2022)', () => {
  const rows = async (lines: string[]) =>
    (await parseLines(lines, 'plan.txt')).tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name), t.coUnits.map((u) => u.name)]);

  it('closes a last bracket the cut left open; a rule after a comma (以下均需…) ends the unit list', async () => {
    expect(
      await rows([
        '荆门市国民经济和社会发展第十四个五年规划纲要主要目标任务分工方案',
        '二、主要指标',
        '1.地区生产总值(GDP)总量力争突破3000亿元,年均增长7%以上。(预期性指标,牵头单位:市发改委;责任单位:市政府有关部门,各县市区,以下均需各县市区落实,不再逐',
      ]),
    ).toEqual([['1', ['市发改委'], ['市政府有关部门', '各县市区']]]);
  });

  it('drops a unit cut after its first character; an item cut before its first whole unit stays dropped', async () => {
    const plan = ['分解方案', '6.外贸出口增长10%。(牵头单位:市商务局;责任单位:市统计局)'];
    expect(await rows([...plan, '7.企业研发投入增长15%。(牵头单位:市商务局;责任单位:市'])).toEqual([
      ['6', ['市商务局'], ['市统计局']],
      ['7', ['市商务局'], []],
    ]);
    // Nothing whole is left: the cut item is dropped (with a warning), as before.
    expect(await rows([...plan, '7.企业研发投入增长15%。(牵头单位:市'])).toEqual([['6', ['市商务局'], ['市统计局']]]);
  });

  it('reads 1﹒ (U+FE52, a small full stop) as 1.', async () => {
    expect(
      await rows(['分解方案', '1﹒勞動年齡人口平均受教育年限12.2年。(市教育局牽頭,市統計局按職責分工負責)', '2﹒完成省下達的農村貧困人口脫貧指標。(市委農工辦牽頭)']),
    ).toEqual([
      ['1', ['市教育局'], ['市統計局']],
      ['2', ['市委農工辦'], []],
    ]);
  });
});

describe('headings that name the lead of the tasks under them (沁县 2025, 山西 2008, corpus/mixed-x)', () => {
  const rows = async (lines: string[]) =>
    (await parseLines(lines, 'plan.txt')).tasks.map((t) => [t.number, t.text.slice(0, 8), t.leadUnits.map((u) => u.name), t.leaders]);

  it('start the task list after a cover notice’s own 一、二、 and give every task under them its lead', async () => {
    expect(
      await rows([
        '县示范区管委会,各乡、镇人民政府,县直各有关单位:',
        '现将《2025年县<政府工作报告>任务分解》印发给你们。',
        '一、责任到人,闭环管理。各责任单位需严格对照任务清单,逐项细化职责。',
        '二、节点管控,动态调度。县政府领导将定期召开专题会议听取落实情况。',
        '附件1',
        '2025年县政府工作报告任务清单',
        '一、县示范区管委会牵头工作(2项)',
        '1.投资3000万元建设南美白对虾工厂化循环水养殖基地。',
        '2.打造食用菌酵素生产基地。',
        '二、县发改局牵头工作(1项)',
        '1.推进重点项目前期工作。',
      ]),
    ).toEqual([
      ['1', '投资3000万元', ['县示范区管委会'], []],
      ['2', '打造食用菌酵素生', ['县示范区管委会'], []],
      ['1', '推进重点项目前期', ['县发改局'], []],
    ]);
  });

  it('give the lead to a task that is the body under its own unit heading, under a leader heading with a remark line', async () => {
    expect(
      await rows([
        '现将2008年省人民政府工作目标责任分解安排如下:',
        '一、孟学农省长负责的工作',
        '全面负责省人民政府工作任务的落实。',
        '(一)省监察厅牵头的工作',
        '加强行政监察工作,全面落实政府系统党风廉政建设责任制。',
        '(二)省编办牵头的工作',
        '1.深化行政管理体制改革,优化政府机构设置。',
        '协同单位:省财政厅。',
      ]),
    ).toEqual([
      ['一', '加强行政监察工作', ['省监察厅'], ['孟学农']],
      ['1', '深化行政管理体制', ['省编办'], ['孟学农']],
    ]);
  });
});

describe('one assignment printed after a group of sub-items (运城 2017, corpus/mixed-p)', () => {
  const rows = async (lines: string[]) => (await parseLines(lines, 'plan.txt')).tasks.map((t) => [t.number, t.leadUnits.map((u) => u.name)]);
  it('is the whole group’s when none of its sub-items has its own', async () => {
    expect(
      await rows([
        '“十三五”应急体系9个具体建设任务',
        '(一)“一案三制”建设',
        '1.完善应急预案体系',
        '(1)加强应急预案管理,规范应急预案编制。',
        '(2)加强应急预案演练,完善演练管理制度。',
        '(责任单位:市直各有关单位、各开发区管委会)',
        '2.健全应急管理体制',
        '(1)推进应急管理办事机构建设。(市应急办牵头)',
        '(2)加强基层应急队伍建设。(市民政局牵头)',
      ]),
    ).toEqual([
      ['1', ['市直各有关单位', '各开发区管委会']],
      ['2', ['市直各有关单位', '各开发区管委会']],
      ['1', ['市应急办']],
      ['2', ['市民政局']],
    ]);
  });
});
