/**
 * `units`, `history` and `diff` end to end: an archive built by `batch` from the
 * seed fixtures with the real parser, queried through the CLI. Expected values
 * were counted by hand in the seed sources (line numbers in the comments).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { runBatch } from '../src/batch/run.js';
import { FIXTURES } from './support/batch.js';

let tmp: string;
let archiveDir: string;
const input = () => join(tmp, 'in');

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  const saved = process.exitCode;
  try {
    const code = await main(['node', 'taskgen', ...args]);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = saved;
  }
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-archive-cli-'));
  const place = (src: string, rel: string) => {
    mkdirSync(join(input(), rel, '..'), { recursive: true });
    copyFileSync(join(FIXTURES, src), join(input(), rel));
  };
  place('seed-000-suzhou-notice/source.txt', '2021/suzhou-q1-notice.txt');
  place('seed-001-xuzhou-plan/source.txt', '2024/xuzhou-plan.txt');
  place('seed-002-jieshou-plan/source.txt', '2020/jieshou-plan.txt');
  archiveDir = join(tmp, 'archive');
  const summary = await runBatch({ inputs: [input()], out: archiveDir, quiet: true, jobs: 2 });
  expect(summary.files.failed).toBe(0);
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface UnitJson {
  place: string | null;
  unit: string;
  names: string[];
  year: number;
  behind: number;
  assigned: number;
  listed: number;
}

describe('taskgen units on the seed archive', () => {
  it('lists 市发展改革委 with its 27 assigned tasks and the 6 lagging items of its own list', async () => {
    const { code, stdout } = await cli('units', '--status', 'lagging', '--archive', archiveDir, '--format', 'json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as UnitJson[];
    const ndrc = rows.find((r) => r.names.includes('市发展改革委'))!;
    // 27 appendix unit lines read 市发展改革委 (28 lines start with it, line 15 is the list heading '市发展改革委8');
    // its list (lines 15-31) has 8 items: 4 推进较慢 + 2 低于序时进度 = 6 lagging, 2 stalled.
    expect(ndrc).toMatchObject({ year: 2021, assigned: 27, listed: 6 });
    expect(ndrc.behind).toBeGreaterThan(0);
    // The plans (2020, 2024) carry no statuses, so only 2021 rows appear.
    expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2021]));
  });

  it('counts all 8 list items as behind, and renders CSV and a table', async () => {
    const json = await cli('units', '--status', 'behind', '--archive', archiveDir, '--format', 'json');
    const ndrc = (JSON.parse(json.stdout) as UnitJson[]).find((r) => r.names.includes('市发展改革委'))!;
    expect(ndrc.listed).toBe(8);
    const csv = await cli('units', '--status', 'behind', '--archive', archiveDir, '--format', 'csv');
    expect(csv.stdout.startsWith('\uFEFF地区,单位,年度,期间,所查状态任务数,承担任务数,占比,通报点名项数,文件数\r\n')).toBe(true);
    expect(csv.stdout).toMatch(/\r\n宿州,市发展改革委,2021,一季度,\d+,\d+,\d+\.\d%,8,1\r\n/);
    const en = await cli('units', '--status', 'behind', '--archive', archiveDir, '--format', 'csv', '--keys', 'en');
    expect(en.stdout.startsWith('\uFEFFplace,unit,year,period,behind,assigned,share,listed,docs\r\n')).toBe(true);
    const table = await cli('units', '--status', 'behind', '--archive', archiveDir);
    expect(table.stdout.split('\n')[0]).toMatch(/^place\s+unit\s+year\s+period\s+behind\s+assigned\s+share\s+listed\s+docs$/);
    expect(ndrc.place).toBe('宿州');
  });

  it('rejects an unknown status and a missing archive with exit 2', async () => {
    expect((await cli('units', '--status', 'late', '--archive', archiveDir)).code).toBe(2);
    const missing = await cli('units', '--status', 'lagging', '--archive', join(tmp, 'nowhere'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no archive\.db here/);
  });
});

describe('taskgen history on the seed archive', () => {
  it('stops a batch whose --out cannot be written with one line and exit 2', async () => {
    const out = join(tmp, 'blocked');
    mkdirSync(out);
    writeFileSync(join(out, '2021'), 'a file where the 2021/ folder must go');
    const r = await cli('batch', input(), '--out', out, '--quiet', '--jobs', '1');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^taskgen: .*blocked: cannot write the outputs of .*: a file is in the way of a folder/)]);
  });

  it('follows 市发改委 across 界首 2020, 宿州 2021 and 徐州 2024', async () => {
    const { code, stdout } = await cli('history', '市发展和改革委员会', '--archive', archiveDir, '--format', 'json');
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { year: number; role: string; printedName: string }[];
    const assigned = rows.filter((r) => r.role !== 'listed');
    // 002: 16 occurrences of 市发展改革委, one of them in the appendix member list (line 1296) → 15 tasks.
    // 000: 27 (see above). 001: 28 source lines contain 发改委, one per task (市发改委 throughout).
    expect(assigned.filter((r) => r.year === 2020)).toHaveLength(15);
    expect(assigned.filter((r) => r.year === 2021)).toHaveLength(27);
    expect(assigned.filter((r) => r.year === 2024)).toHaveLength(28);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort());
  });

  it('writes the history CSV with Chinese headers and statuses and roles as words', async () => {
    const csv = (await cli('history', '市发改委', '--archive', archiveDir, '--status', 'lagging', '--format', 'csv')).stdout;
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('文件编号,地区,发文机关,年度,期间,类型,任务编号,角色,状态,工作任务,进展情况');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.includes(',推进较慢,'))).toBe(true);
    expect(rows.some((r) => r.includes(',牵头,'))).toBe(true);
    expect(csv).not.toMatch(/,lagging,|,lead,/);
  });
});

describe('query answers as workbooks (-o x.xlsx)', () => {
  async function sheets(file: string): Promise<ExcelJS.Worksheet[]> {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    return book.worksheets;
  }
  const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

  it('units: Chinese headers, frozen and filtered header row, widths, the same rows as JSON', async () => {
    const file = join(tmp, 'units.xlsx');
    const r = await cli('units', '--status', 'behind', '--archive', archiveDir, '-o', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const [sheet] = await sheets(file);
    expect(sheet!.name).toBe('单位');
    expect(values(sheet!.getRow(1))).toEqual(['地区', '单位', '年度', '期间', '所查状态任务数', '承担任务数', '占比', '通报点名项数', '文件数']);
    expect(sheet!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet!.autoFilter).toBeTruthy();
    expect(sheet!.getColumn(2).width).toBeGreaterThanOrEqual(20);
    const json = JSON.parse((await cli('units', '--status', 'behind', '--archive', archiveDir, '--format', 'json')).stdout) as UnitJson[];
    expect(sheet!.rowCount - 1).toBe(json.length);
    const ndrcRow = sheet!.getRows(2, sheet!.rowCount - 1)!.find((row) => String(row.getCell(2).value).split(' / ').includes('市发展改革委'))!;
    // The same figures as the JSON test above (27 assigned, 8 listed), as numbers; the share a fraction shown as %.
    const ndrc = json.find((u) => u.names.includes('市发展改革委'))!;
    expect(values(ndrcRow).slice(0, 3)).toEqual(['宿州', ndrc.names.join(' / '), 2021]);
    expect(values(ndrcRow).slice(4, 6)).toEqual([ndrc.behind, 27]);
    expect(ndrcRow.getCell(7).value).toBeCloseTo(ndrc.behind / 27, 6);
    expect(ndrcRow.getCell(7).numFmt).toBe('0.0%');
    expect(ndrcRow.getCell(8).value).toBe(8);
  });

  it('history: tasks with statuses and roles in words, and a sheet of years', async () => {
    const file = join(tmp, 'history.xlsx');
    const r = await cli('history', '市发改委', '--archive', archiveDir, '--format', 'xlsx', '-o', file);
    expect(r.code, r.stderr).toBe(0);
    const [tasks, years] = await sheets(file);
    expect(tasks!.name).toBe('任务');
    const header = values(tasks!.getRow(1));
    expect(header).toEqual(['文件编号', '地区', '发文机关', '年度', '期间', '类型', '任务编号', '角色', '状态', '工作任务', '进展情况']);
    const rows = tasks!.getRows(2, tasks!.rowCount - 1)!;
    const col = (name: string) => header.indexOf(name) + 1;
    // 15 (界首 2020) + 27 (宿州 2021) + 28 (徐州 2024) assigned tasks, as in the JSON test above.
    expect(rows.filter((row) => row.getCell(col('角色')).value !== '通报点名')).toHaveLength(70);
    const statuses = new Set(rows.map((row) => row.getCell(col('状态')).value).filter(Boolean));
    expect([...statuses].every((s) => ['已完成', '完成较好', '序时推进', '推进较慢', '无实质性进展', '完成难度较大', '未反映进展'].includes(String(s)))).toBe(true);
    expect(statuses.has('推进较慢')).toBe(true);
    expect(new Set(rows.map((row) => row.getCell(col('类型')).value))).toEqual(new Set(['分解方案', '通报']));
    expect(years!.name).toBe('年度汇总');
    expect(values(years!.getRow(1))).toEqual(['年度', '文件数', '任务数', '状态分布']);
    expect(years!.getRows(2, years!.rowCount - 1)!.map((row) => row.getCell(1).value)).toEqual([2020, 2021, 2024]);
  });

  it('refuses an output name of another kind and a directory, before reading the archive', async () => {
    const docx = await cli('units', '--status', 'behind', '--archive', archiveDir, '-o', join(tmp, 'units.docx'));
    expect(docx.code).toBe(2);
    expect(docx.stderr).toMatch(/cannot write docx/);
    const mismatch = await cli('history', '市发改委', '--archive', archiveDir, '--format', 'csv', '-o', join(tmp, 'h.xlsx'));
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toMatch(/the name says xlsx but --format is csv/);
    const dir = await cli('documents', '--archive', archiveDir, '-o', tmp);
    expect(dir.code).toBe(2);
    expect(dir.stderr).toMatch(/is a directory/);
  });

  it('writes into a FIFO named by -o and leaves it a FIFO (never renamed over, as /dev/null must not be)', async () => {
    const fifo = join(tmp, 'query.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    const chunks: Buffer[] = [];
    reader.stdout.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const r = await cli('units', '--status', 'behind', '--archive', archiveDir, '--format', 'xlsx', '-o', fifo);
    await done;
    expect(r.code, r.stderr).toBe(0);
    expect(statSync(fifo).isFIFO()).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.getRow(1).getCell(2).value).toBe('单位');
  });

  it('writes CSV to the -o file named .csv and the table to one named .txt, the same bytes as stdout', async () => {
    const file = join(tmp, 'documents.csv');
    expect((await cli('documents', '--archive', archiveDir, '-o', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe((await cli('documents', '--archive', archiveDir, '--format', 'csv')).stdout);
    const text = join(tmp, 'documents.txt');
    expect((await cli('documents', '--archive', archiveDir, '-o', text)).code).toBe(0);
    const table = (await cli('documents', '--archive', archiveDir)).stdout;
    expect(table).toMatch(/^id\s+place\s+issuer/);
    expect(readFileSync(text, 'utf8')).toBe(table);
  });
});

describe('taskgen diff', () => {
  it('pairs every task of a document with itself, from a file and from an archive id', async () => {
    const file = join(input(), '2021/suzhou-q1-notice.txt');
    const fromFiles = await cli('diff', file, file, '--format', 'json');
    expect(fromFiles.code).toBe(0);
    const d = JSON.parse(fromFiles.stdout) as { counts: Record<string, number>; a: { tasks: number } };
    // Seed 000's appendix numbers its tasks 1-128.
    expect(d.a.tasks).toBe(128);
    // Identical reports: tasks behind stay behind, all others are unchanged; nothing moves, appears or vanishes.
    expect(d.counts).toMatchObject({ added: 0, removed: 0, caught_up: 0, newly_behind: 0, changed: 0 });
    expect(d.counts.unchanged! + d.counts.still_behind!).toBe(128);

    const ids = await cli('history', '市发改委', '--archive', archiveDir, '--format', 'json');
    const noticeId = (JSON.parse(ids.stdout) as { docId: number; year: number }[]).find((r) => r.year === 2021)!.docId;
    const byId = await cli('diff', String(noticeId), file, '--archive', archiveDir, '--format', 'json');
    expect((JSON.parse(byId.stdout) as { counts: Record<string, number> }).counts).toEqual(d.counts);
    expect((await cli('diff', '9999', file, '--archive', archiveDir)).code).toBe(2);
  });

  it("shows each side's place and issuer, and with --place/--issuer refuses a document of another place or issuer", async () => {
    const notice = join(input(), '2021/suzhou-q1-notice.txt');
    const plan = join(input(), '2024/xuzhou-plan.txt');
    const ids = await cli('documents', '--archive', archiveDir, '--format', 'json');
    const docs = JSON.parse(ids.stdout) as { id: number; place: string; issuer: string; paths: string[] }[];
    const suzhou = docs.find((d) => d.paths[0]!.endsWith('suzhou-q1-notice.txt'))!;
    // Seed 000 line 2: 发布机构: 宿州市政府办公室.
    expect(suzhou).toMatchObject({ place: '宿州', issuer: '宿州市政府办公室' });

    const same = await cli('diff', String(suzhou.id), notice, '--place', '宿州市', '--archive', archiveDir, '--format', 'json');
    expect(same.code).toBe(0);
    const d = JSON.parse(same.stdout) as { a: { place: string; issuer: string }; b: { place: string; issuer: string } };
    expect(d.a).toMatchObject({ place: '宿州', issuer: '宿州市政府办公室' });
    expect(d.b).toMatchObject({ place: '宿州', issuer: '宿州市政府办公室' });
    const table = await cli('diff', String(suzhou.id), notice, '--issuer', '宿州', '--archive', archiveDir);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe(`A: ${suzhou.id} (宿州, 宿州市政府办公室; 128 tasks)  B: ${notice} (宿州, 宿州市政府办公室; 128 tasks)`);

    // Seed 001 is 徐州's plan: signed 徐州市人民政府 (its line 23).
    const other = await cli('diff', String(suzhou.id), plan, '--place', '宿州', '--archive', archiveDir);
    expect(other.code).toBe(2);
    expect(other.stdout).toBe('');
    expect(other.stderr.trim().split('\n')).toEqual([`taskgen: ${plan}: the document is of 徐州, not of --place 宿州`]);
    const byIssuer = await cli('diff', notice, plan, '--issuer', '宿州市政府办公室');
    expect(byIssuer.code).toBe(2);
    expect(byIssuer.stderr).toMatch(/xuzhou-plan\.txt: the document's issuer is .*, not one of --issuer 宿州市政府办公室/);
  });

  it('warns when the two documents are not reports of the same plan', async () => {
    const notice = join(input(), '2021/suzhou-q1-notice.txt');
    const plan = join(input(), '2024/xuzhou-plan.txt');
    const { code, stderr, stdout } = await cli('diff', notice, plan, '--format', 'json');
    expect(code).toBe(0);
    expect(stderr).toMatch(/probably not reports of the same plan/);
    expect((JSON.parse(stdout) as { matchedShare: number }).matchedShare).toBeLessThan(0.3);
  });
});
