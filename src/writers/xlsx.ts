/**
 * Excel output: the table an office keeps its tasks in. Chinese headers, the
 * header row frozen and filtered, fixed column widths, wrapped text, one row
 * per task, several units joined with 、. Written with exceljs (maintained,
 * reads what it writes, and LibreOffice and WPS open its files).
 */
import ExcelJS from 'exceljs';
import type { TaskDocument } from '../model/schema.js';
import type { NoticeView, PlanView } from '../render/view.js';
import { taskRecords, type KeyLanguage } from './records.js';
import { unitCell } from './format.js';
import { escapeControls, escapeControlsInCell } from '../util/controls.js';

/** A column: its header and its width in characters (a CJK character counts about 2). */
export interface SheetColumn {
  header: string;
  width: number;
  /** Excel number format for the column's cells, e.g. 0.0% for a share kept as a number. */
  numFmt?: string;
}

type Row = { section: string } | (string | number | null)[];

/** Widths in Excel character units for the columns taskgen writes, by header. */
const WIDTHS: Record<string, number> = {
  序号: 6,
  工作任务: 40,
  目标任务: 40,
  牵头单位: 20,
  责任单位: 24,
  牵头责任单位: 20,
  牵头领导: 12,
  完成时限: 14,
  进展情况: 60,
  完成情况: 60,
  状态: 14,
  所属部分: 24,
  判断依据: 30,
  文件: 24,
  单位: 24,
  地区: 8,
  发文机关: 20,
  年度: 8,
  期间: 10,
  类型: 10,
  角色: 8,
  任务编号: 10,
  标题: 40,
  日期: 12,
  状态分布: 30,
  路径: 40,
};

export function columnsFor(headers: readonly string[]): SheetColumn[] {
  return headers.map((header) => ({ header, width: WIDTHS[header] ?? Math.max(10, Math.min(40, header.length * 2 + 4)) }));
}

/**
 * One sheet: the header row frozen and filtered, every cell wrapped and top
 * aligned (long progress text stays readable without resizing), section rows
 * merged across the table in bold.
 */
export function addTableSheet(book: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: Row[]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(sheetName(book, name), { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = THIN_BORDER;
  });
  for (const r of rows) {
    if ('section' in r) {
      const row = sheet.addRow([escapeControlsInCell(r.section)]);
      sheet.mergeCells(row.number, 1, row.number, columns.length);
      row.font = { bold: true };
      row.getCell(1).alignment = { vertical: 'middle', wrapText: true };
      continue;
    }
    // Control characters from the documents made visible: raw, most of them are not even allowed in the sheet's XML.
    const row = sheet.addRow(r.map((v) => (v === null ? '' : typeof v === 'string' ? escapeControlsInCell(v) : v)));
    row.alignment = { vertical: 'top', wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = THIN_BORDER;
      const numFmt = columns[Number(cell.col) - 1]?.numFmt;
      if (numFmt) cell.numFmt = numFmt;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const THIN_BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel's limits: 31 characters, no []:*?/\, unique in the book. */
export function sheetName(book: ExcelJS.Workbook, wanted: string): string {
  const base = (escapeControls(wanted).replace(/[[\]:*?/\\]/g, ' ').trim() || 'Sheet').slice(0, 28);
  let name = base;
  for (let k = 2; book.getWorksheet(name); k++) name = `${base}(${k})`;
  return name;
}

async function toBuffer(book: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await book.xlsx.writeBuffer());
}

function newBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'taskgen';
  // A fixed date keeps the bytes of a rerun identical.
  book.created = book.modified = new Date(0);
  return book;
}

/** `taskgen parse --format xlsx`: one sheet per document, one row per task. */
export async function tasksXlsx(docs: TaskDocument[], keys: KeyLanguage = 'zh'): Promise<Buffer> {
  const book = newBook();
  for (const doc of docs) {
    const { headers, rows } = taskRecords(doc, keys);
    addTableSheet(book, sheetTitle(doc), columnsFor(headers), rows);
  }
  return toBuffer(book);
}

function sheetTitle(doc: TaskDocument): string {
  const file = doc.source.path.split(/[\\/]/).pop() ?? '';
  return (file.replace(/\.[^.]+$/, '') || doc.title || '任务').slice(0, 28);
}

/** The notice's appendix as a sheet: the same rows as the Word table, sections merged across. */
export async function noticeAppendixXlsx(view: NoticeView): Promise<Buffer> {
  const book = newBook();
  const headers = ['序号', '工作任务', '进展情况', '状态', '牵头单位'];
  const rows: Row[] = view.appendix.map((r) =>
    r.isSection ? { section: `${r.label}${r.text}` } : [Number(r.n), r.text, r.progressLines.join('\n'), r.status, unitCell(r.unitList)],
  );
  addTableSheet(book, '附件', columnsFor(headers), rows);
  return toBuffer(book);
}

/** The plan table: 序号 / 工作任务 / (牵头领导) / 牵头单位 / 责任单位 / 完成时限. */
export async function planXlsx(view: PlanView): Promise<Buffer> {
  const book = newBook();
  const rows: Row[] = view.rows.map((r) =>
    r.isSection ? { section: `${r.label}${r.text}` } : r.cells.map((c, i) => (i === 0 ? Number(c) : c)),
  );
  addTableSheet(book, '任务分解', columnsFor(view.tableHeaders), rows);
  return toBuffer(book);
}

/** One sheet of query results: its name, columns (header, width, number format) and rows. */
export interface RecordSheet {
  name: string;
  columns: SheetColumn[];
  rows: (string | number | null)[][];
}

/** `units` / `history` / `documents` query results: one sheet each, in order. */
export async function recordsXlsx(sheets: readonly RecordSheet[]): Promise<Buffer> {
  const book = newBook();
  for (const s of sheets) addTableSheet(book, s.name, s.columns, s.rows);
  return toBuffer(book);
}
