import { describe, expect, test } from 'vitest';
import { writeDocuments } from '../src/writers/index.js';
import { csvCell } from '../src/writers/csv.js';
import { writeJson, writeJsonByTask } from '../src/writers/json.js';
import { TaskDocument } from '../src/model/schema.js';

const doc: TaskDocument = TaskDocument.parse({
  schemaVersion: 1,
  generator: 'taskgen@test',
  kind: 'plan',
  title: '测试方案',
  issuer: null,
  date: null,
  docNumber: null,
  year: 2024,
  period: null,
  source: { path: 'a.txt', sha256: 'x', format: 'text', encoding: 'utf-8' },
  summary: { stated: {} },
  tasks: [
    {
      id: '一.1',
      number: '1',
      path: ['一', '1'],
      section: ['主要目标'],
      text: '地区生产总值增长6%以上,"质量"提升|不降',
      leadUnits: [
        { name: '市发改委', raw: '市发改委', note: null },
        { name: '市统计局', raw: '统计局(监测)', note: '监测' },
      ],
      coUnits: [{ name: '各县(市、区)政府', raw: '各县(市、区)政府', note: null }],
      leaders: ['张三', '李四'],
      deadline: '2024年12月底',
      progress: null,
      status: null,
    },
  ],
  lagging: [],
  groups: {},
  warnings: [],
});

describe('writers', () => {
  test('csv: BOM, CRLF, quoting, units joined with 、 and notes in parentheses', () => {
    const csv = writeDocuments([doc], 'csv', 'en');
    expect(csv.startsWith('\uFEFFdocument,kind,')).toBe(true);
    const row = csv.split('\r\n')[1]!;
    expect(row).toContain('"地区生产总值增长6%以上,""质量""提升|不降"');
    expect(row).toContain('市发改委、市统计局(监测)');
    expect(row).toContain('张三、李四');
  });

  test('json by task: the same value as writeJson, a field per line and each task on one line', async () => {
    const { parseFile } = await import('../src/pipeline.js');
    const seed = await parseFile('fixtures/seed-000-suzhou-notice/source.txt');
    for (const d of [doc, seed]) {
      const text = writeJsonByTask(d);
      expect(JSON.parse(text)).toEqual(JSON.parse(writeJson([d])));
      const lines = text.split('\n');
      // {, one line per field, one per task / lagging group / warning and the two brackets of each such list, }, ''.
      const lists = (['tasks', 'lagging', 'warnings'] as const).filter((k) => d[k].length > 0);
      const items = lists.reduce((n, k) => n + d[k].length, 0);
      expect(lines).toHaveLength(2 + Object.keys(d).length + items + lists.length + 1);
      expect(lines).toContain(`    ${JSON.stringify(d.tasks[0])},`.replace(/,$/, d.tasks.length > 1 ? ',' : ''));
    }
    expect(seed.tasks.length).toBe(128);
    expect(writeJsonByTask(seed).length).toBeLessThan(0.7 * writeJson([seed]).length);
  });

  test('csv cells that would run as spreadsheet formulas are defused', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
  });

  test('md: pipes escaped, optional columns only when used', () => {
    const md = writeDocuments([doc], 'md');
    expect(md).toContain('| 编号 | 任务 | 牵头单位 | 责任单位 | 牵头领导 | 完成时限 |');
    expect(md).toContain('提升\\|不降');
    expect(md).not.toContain('状态');
  });

  test('jsonl: one line per task with document fields; json: one value', () => {
    const line = JSON.parse(writeDocuments([doc], 'jsonl').trim());
    expect(line).toMatchObject({ document: 'a.txt', kind: 'plan', id: '一.1', year: 2024 });
    expect(Array.isArray(JSON.parse(writeDocuments([doc, doc], 'json')))).toBe(true);
    expect(JSON.parse(writeDocuments([doc], 'json')).title).toBe('测试方案');
  });
});
