/**
 * Spreadsheets (.xlsx; .xls and WPS .et through LibreOffice): each sheet
 * becomes the blocks an HTML progress table gives — its title rows as
 * paragraphs, the rest as one table whose merged cells repeat their text — so
 * the extractors read a sheet exactly as they read the same table on a web page.
 */
import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Block } from '../model/blocks.js';
import { InputError } from '../errors.js';

export async function xlsxToBlocks(bytes: Buffer, file: string): Promise<Block[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new InputError(file, 'corrupt or unreadable Excel workbook (.xlsx)');
  }
  const blocks: Block[] = [];
  for (const sheet of book.worksheets) {
    if (sheet.state !== 'visible') continue; // hidden sheets hold lookups and old versions, not the table sent
    blocks.push(...sheetBlocks(sheetGrid(sheet)));
  }
  return blocks;
}

/** The sheet as rows of cell texts; a merged range gives its text to every cell it covers. Empty rows and columns go. */
export function sheetGrid(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cells.push(cellText(cell.isMerged ? cell.master : cell));
    }
    if (cells.some((t) => t !== '')) rows.push(cells);
  }
  const used = Array.from({ length: width }, (_, c) => rows.some((r) => r[c] !== ''));
  return rows.map((r) => r.filter((_, c) => used[c]));
}

/** What the cell shows: rich text joined, a formula's cached result, line breaks kept as \n. */
function cellText(cell: ExcelJS.Cell): string {
  let text: string;
  try {
    text = cell.text ?? '';
  } catch {
    text = String(cell.value ?? '');
  }
  return text.replace(/\r\n?/g, '\n').replace(/[ \t\u3000]+\n/g, '\n').trim();
}

/**
 * Rows above the table that hold one text (a title merged across, 填报单位)
 * are paragraphs, as they are above an HTML table; everything from the first
 * row of several distinct cells on is the table.
 */
export function sheetBlocks(grid: string[][]): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  while (start < grid.length && new Set(grid[start]!.filter((t) => t !== '')).size <= 1) {
    const text = grid[start]!.find((t) => t !== '') ?? '';
    for (const line of text.split('\n')) if (line.trim()) blocks.push({ kind: 'para', text: line.trim() });
    start++;
  }
  if (start < grid.length) blocks.push({ kind: 'table', rows: grid.slice(start) });
  return blocks;
}

/** LibreOffice's package for spreadsheets without a desktop; named in the error when soffice is missing. */
export const CALC_PACKAGE = 'libreoffice-calc-nogui';
const CONVERT_TIMEOUT_MS = 120_000;

/**
 * Old binary workbooks (.xls, WPS .et) are converted to .xlsx by LibreOffice
 * headless, with a private profile so a running LibreOffice (or another
 * conversion) does not lock it, and a timeout so a bad file cannot hang a batch.
 */
export async function legacyWorkbookToBlocks(bytes: Buffer, file: string, ext: string): Promise<Block[]> {
  const soffice = findSoffice();
  if (!soffice) throw new InputError(file, notInstalled());
  // Without Calc, soffice "converts" nothing and still exits 0; say which package is missing instead.
  if (soffice && !calcInstalled(soffice)) {
    throw new InputError(file, `old-format workbook (.xls/.et): LibreOffice is installed without Calc; install the Debian package ${CALC_PACKAGE} (or save it as .xlsx)`);
  }
  const dir = await mkdtemp(join(tmpdir(), 'taskgen-xls-'));
  try {
    const input = join(dir, `input${ext}`);
    await writeFile(input, bytes);
    await runSoffice(
      soffice,
      ['--headless', `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--convert-to', 'xlsx', '--outdir', dir, input],
      file,
    );
    let converted: Buffer;
    try {
      converted = await readFile(join(dir, 'input.xlsx'));
    } catch {
      throw new InputError(file, 'LibreOffice could not convert this workbook (corrupt, password-protected or not a spreadsheet)');
    }
    return await xlsxToBlocks(converted, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The soffice executable: $TASKGEN_SOFFICE, else the first on PATH; null when there is none. */
function findSoffice(): string | null {
  const given = process.env['TASKGEN_SOFFICE'];
  if (given) return existsSync(given) ? given : null;
  for (const dir of (process.env['PATH'] ?? '').split(delimiter)) {
    const candidate = join(dir, 'soffice');
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

/** Calc's filters live in libsclo.so beside the real soffice binary (/usr/bin/soffice is a link to it). */
function calcInstalled(soffice: string): boolean {
  try {
    return existsSync(join(dirname(realpathSync(soffice)), 'libsclo.so'));
  } catch {
    return false;
  }
}

function notInstalled(): string {
  return `old-format workbook (.xls/.et) needs LibreOffice to read it: install the Debian package ${CALC_PACKAGE} (or save it as .xlsx)`;
}

function runSoffice(bin: string, args: string[], file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL' }, (err) => {
      if (!err) return resolve();
      const e = err as NodeJS.ErrnoException & { killed?: boolean };
      if (e.code === 'ENOENT') {
        reject(new InputError(file, notInstalled()));
      } else if (e.killed) {
        reject(new InputError(file, `LibreOffice took longer than ${CONVERT_TIMEOUT_MS / 1000} s to convert this workbook`));
      } else {
        reject(new InputError(file, 'LibreOffice could not convert this workbook'));
      }
    });
  });
}
