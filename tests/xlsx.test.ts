/**
 * Excel both ways: what taskgen writes has Chinese headers, a frozen and
 * filtered header row, widths and wrapping; what it reads (merged cells,
 * several sheets, .xls through LibreOffice) parses like the same HTML table;
 * and a written sheet parses back to the same tasks, units and statuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseFile } from '../src/pipeline.js';
import { renderNotice, renderPlan } from '../src/render/index.js';
import { writeDocumentsIn } from '../src/writers/index.js';
import { readBytes } from '../src/readers/index.js';
import type { TaskDocument } from '../src/model/schema.js';
import { GOLD, goldDocument } from './support/gold-documents.js';
import { ROOT } from './support/cli.js';

const SEED_000 = join(ROOT, 'fixtures/seed-000-suzhou-notice/source.txt');
const SEED_004 = join(ROOT, 'fixtures/seed-004-progress-table/source.txt');
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-xlsx-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What must survive the round trip: text, lead and co unit names, status code, in order. */
function essence(doc: TaskDocument) {
  return doc.tasks.map((t) => ({
    text: t.text,
    lead: t.leadUnits.map((u) => u.name),
    co: t.coUnits.map((u) => u.name),
    status: t.status?.code ?? null,
  }));
}

async function reparse(bytes: Buffer, name: string): Promise<TaskDocument> {
  const file = join(tmp, name);
  writeFileSync(file, bytes);
  return parseFile(file);
}

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

describe('round trip through xlsx', () => {
  it('seed 004 (progress table): parse → xlsx → parse gives the same tasks, units and statuses', async () => {
    const doc = await parseFile(SEED_004);
    expect(doc.tasks.length).toBe(110);
    const back = await reparse((await writeDocumentsIn([doc], 'xlsx')) as Buffer, 'seed-004.xlsx');
    expect(back.source.format).toBe('xlsx');
    expect(essence(back)).toEqual(essence(doc));
  });

  it("seed 000's notice appendix → xlsx → parse gives the same tasks, units and statuses", async () => {
    const doc = await parseFile(SEED_000);
    const back = await reparse((await renderNotice(doc, 'xlsx')) as Buffer, 'seed-000-appendix.xlsx');
    expect(back.tasks.length).toBe(doc.tasks.length);
    expect(essence(back)).toEqual(essence(doc));
    // Section rows are merged across the sheet and come back as the tasks' headings.
    expect(back.tasks[0]!.section[0]).toBe(doc.tasks[0]!.section[0]);
  });

  it('a unit list a reader would share a prefix over is written one unit per line', async () => {
    const doc = await parseFile(SEED_000);
    const sheet = await sheetOf((await writeDocumentsIn([doc], 'xlsx')) as Buffer);
    const cells = sheet.getColumn(3).values.map((v) => String(v ?? ''));
    expect(cells).toContain('宿州经开区管委会\n鞋城管委会');
    expect(cells).toContain('市发展改革委、市经济和信息化局');
  });
});

describe('the sheet an office gets', () => {
  it('parse: Chinese headers, frozen header row, autofilter, widths, wrapped cells, one row per task', async () => {
    const doc = goldDocument(GOLD.progress004);
    const sheet = await sheetOf((await writeDocumentsIn([doc], 'xlsx')) as Buffer);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 9)).toEqual(['序号', '工作任务', '牵头单位', '责任单位', '牵头领导', '完成时限', '进展情况', '状态']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(2).width).toBe(40);
    expect(sheet.getColumn(7).width).toBe(60);
    expect(sheet.getRow(2).getCell(7).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(sheet.actualRowCount).toBe(doc.tasks.length + 1);
    expect(sheet.getRow(2).getCell(8).value).toBe('序时推进');
  });

  it('--keys en keeps the English keys and status codes', async () => {
    const doc = goldDocument(GOLD.progress004);
    const sheet = await sheetOf((await writeDocumentsIn([doc], 'xlsx', 'en')) as Buffer);
    expect((sheet.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['document', 'kind', 'title']);
    expect(sheet.getRow(2).getCell(15).value).toBe('on_schedule');
  });

  it('plan table: 序号 / 工作任务 / 牵头单位 / 责任单位 / 完成时限 with the deadlines', async () => {
    const doc = await parseFile(join(ROOT, 'fixtures/plan-table-hefei/source.html'));
    const sheet = await sheetOf((await renderPlan(doc, 'xlsx', { layout: 'table' })) as Buffer);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header[0]).toBe('序号');
    expect(header.slice(-3)).toEqual(['牵头单位', '责任单位', '完成时限']);
    const taskRows: ExcelJS.Row[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(1).value === 'number') taskRows.push(row);
    });
    expect(taskRows).toHaveLength(doc.tasks.length);
    const deadlines = taskRows.map((row) => row.getCell(header.length).value).filter(Boolean);
    expect(deadlines.length).toBe(doc.tasks.filter((t) => t.deadline).length);
  });
});

describe('query results (units / history) as a sheet', () => {
  it('recordsXlsx writes any header row and records with the same sheet layout', async () => {
    const { recordsXlsx } = await import('../src/writers/xlsx.js');
    const columns = [
      { header: '单位', width: 24 },
      { header: '滞后次数', width: 10 },
      { header: '占比', width: 8, numFmt: '0.0%' },
    ];
    const sheet = await sheetOf(await recordsXlsx([{ name: '单位', columns, rows: [['市发展改革委', 3, 0.25], ['市商务局', 1, null]] }]));
    expect(sheet.name).toBe('单位');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['单位', '滞后次数', '占比']);
    expect(sheet.getRow(2).getCell(2).value).toBe(3);
    expect(sheet.getRow(2).getCell(3).value).toBe(0.25);
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('0.0%');
    expect(sheet.getColumn(1).width).toBe(24);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
});

describe('reading workbooks', () => {
  it('merged cells repeat their text, title rows become paragraphs, every visible sheet is read', async () => {
    const book = new ExcelJS.Workbook();
    const a = book.addWorksheet('一季度');
    a.addRow(['2023年重点工作推进情况表']);
    a.mergeCells('A1:E1');
    a.addRow(['序号', '工作任务', '进展情况', '状态', '牵头单位']);
    a.addRow(['一、稳增长']);
    a.mergeCells('A3:E3');
    a.addRow([1, '新增规上工业企业100家。', '已新增60家。', '序时推进', '市经信局']);
    a.addRow([2, '建成5G基站2000个。', '暂未开工。', '无实质性进展', '市数据资源局']);
    a.mergeCells('E4:E5'); // one unit for both rows, as offices merge them
    const b = book.addWorksheet('二季度');
    b.addRow(['序号', '工作任务', '进展情况', '状态', '牵头单位']);
    b.addRow([3, '城镇新增就业5万人。', '完成3万人。', '推进较慢', '市人社局']);
    book.addWorksheet('隐藏', { state: 'hidden' }).addRow(['序号', '工作任务', '状态', '牵头单位']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const read = await readBytes(bytes, 'two-sheets.xlsx');
    expect(read.format).toBe('xlsx');
    expect(read.blocks[0]).toEqual({ kind: 'para', text: '2023年重点工作推进情况表' });
    const tables = read.blocks.filter((x) => x.kind === 'table');
    expect(tables).toHaveLength(2);
    expect(tables[0]!.rows[3]).toEqual(['2', '建成5G基站2000个。', '暂未开工。', '无实质性进展', '市经信局']);

    const doc = await reparse(bytes, 'two-sheets.xlsx');
    expect(doc.title).toBe('2023年重点工作推进情况表');
    expect(essence(doc)).toEqual([
      { text: '新增规上工业企业100家。', lead: ['市经信局'], co: [], status: 'on_schedule' },
      { text: '建成5G基站2000个。', lead: ['市经信局'], co: [], status: 'stalled' },
      { text: '城镇新增就业5万人。', lead: ['市人社局'], co: [], status: 'lagging' },
    ]);
  });

  it('a workbook that is not one is a one-line error', async () => {
    const fake = Buffer.from('PK\x03\x04\x14\x00\x00\x00xl/workbook.xml', 'latin1');
    await expect(readBytes(fake, 'broken.xlsx')).rejects.toMatchObject({ reason: 'corrupt or unreadable Excel workbook (.xlsx)' });
  });
});

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const calc = soffice && existsSync('/usr/lib/libreoffice/program/libsclo.so');
if (!calc && process.env.CI) throw new Error('CI must have LibreOffice Calc: .ci/run installs libreoffice-calc-nogui');

describe.skipIf(!calc)('LibreOffice Calc (soffice with Calc required)', () => {
  const convert = (file: string, to: string) =>
    spawnSync('soffice', [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--convert-to', to, '--outdir', tmp, file], {
      encoding: 'utf8',
      timeout: 180_000,
    });

  it('opens the written xlsx (converts it to csv) and a real .xls made from it parses the same', async () => {
    const doc = await parseFile(SEED_004);
    const xlsx = join(tmp, 'calc-004.xlsx');
    writeFileSync(xlsx, (await writeDocumentsIn([doc], 'xlsx')) as Buffer);
    // 44,34,76: comma-separated, double-quoted, UTF-8 (the default is the locale's charset).
    const csv = convert(xlsx, 'csv:Text - txt - csv (StarCalc):44,34,76');
    expect(csv.status, csv.stderr).toBe(0);
    expect(readFileSync(join(tmp, 'calc-004.csv'), 'utf8').split('\n')[0]).toMatch(/^序号,工作任务,牵头单位/);
    const xls = convert(xlsx, 'xls');
    expect(xls.status, xls.stderr).toBe(0);
    const fromXls = await parseFile(join(tmp, 'calc-004.xls'));
    expect(fromXls.source.format).toBe('xls');
    expect(essence(fromXls)).toEqual(essence(doc));
  });
});
