/**
 * Archive queries: `units`, `history` and `documents` answer from the
 * archive.db that `taskgen batch` builds. Wiring only: the SQL is in
 * src/archive/queries.ts, the terminal table and CSV in src/archive/render.ts,
 * the workbook in src/writers/xlsx.ts. The three commands take one set of
 * filter and output options, built in one place (queryCommand).
 */
import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Archive, ARCHIVE_FILE, archiveError } from '../archive/db.js';
import {
  historyByYear,
  listDocuments,
  parseStatusList,
  unitHistory,
  unitsReport,
  type DocumentListRow,
  type DocumentQuery,
  type HistoryRow,
  type Role,
  type UnitRow,
  type YearSummary,
} from '../archive/queries.js';
import { OUTPUT_FORMATS, render, type Column } from '../archive/render.js';
import type { StatusCode } from '../model/schema.js';
import { SUMMARY_WORDS } from '../render/status.js';
import { KEY_LANGUAGES, KIND_WORDS, type KeyLanguage } from '../writers/records.js';
import type { RecordSheet } from '../writers/xlsx.js';
import { InputError, UsageError } from '../errors.js';
import { escapeControls } from '../util/controls.js';
import { checkOutputTarget, emit, formatOfFileName, resolveFormat } from './output.js';

export const QUERY_FORMATS = [...OUTPUT_FORMATS, 'xlsx'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

export function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v)) throw new UsageError(`--since must be a four-digit year, got '${v}'`);
  return Number(v);
}

export const archiveOption = () => new Option('--archive <dir>', 'folder holding archive.db (the --out of taskgen batch)').default('.');

function openArchive(dir: string): Archive {
  const file = join(resolve(dir), ARCHIVE_FILE);
  if (!existsSync(file)) throw new InputError(dir, `no ${ARCHIVE_FILE} here; build one with: taskgen batch <folder> --out ${dir}`);
  const archive = Archive.open(resolve(dir), { readonly: true });
  if (!archive.needsAliasRefresh()) return archive;
  // Grouping changed since the batch (--aliases, a newer taskgen): re-key once, then query.
  archive.close();
  try {
    const writable = Archive.open(resolve(dir));
    try {
      writable.refreshAliasKeys();
    } finally {
      writable.close();
    }
  } catch (e) {
    if (!(e instanceof InputError) && !isReadOnlyError(e)) throw e;
    // A read-only archive still answers, grouped as the batch grouped it.
    process.stderr.write(`taskgen: ${escapeControls(file)}: warning: unit grouping changed since the batch, but the archive cannot be updated here; units are grouped as the batch grouped them\n`);
  }
  return Archive.open(resolve(dir), { readonly: true });
}

function isReadOnlyError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException)?.code;
  return code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
}

/** Runs a query; a corrupt page found only now is reported like one found on opening. */
export function queryArchive<T>(dir: string, query: (archive: Archive) => T): T {
  const archive = openArchive(dir);
  try {
    return query(archive);
  } catch (e) {
    throw archiveError(e, join(resolve(dir), ARCHIVE_FILE));
  } finally {
    archive.close();
  }
}

export function registerQueryCommands(program: Command): void {
  registerUnits(program);
  registerHistory(program);
  registerDocuments(program);
}

/** The options every query command takes: document filters, format, output file, archive folder. */
interface QueryOptions {
  since?: number;
  issuer?: string[];
  place?: string[];
  format?: string;
  output?: string;
  archive: string;
  keys: KeyLanguage;
}

/**
 * A query command with the shared options. Commands add their own options
 * after these; the help lists them in that order.
 */
function queryCommand(program: Command, name: string, description: string): Command {
  return program
    .command(name)
    .description(description)
    .option('--since <year>', 'only documents of this year or later', parseYear)
    .addOption(new Option('--issuer <text...>', 'only documents whose issuer contains one of these'))
    .addOption(new Option('--place <place...>', 'only documents of these places (宿州, 池州…)'))
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o name, else table)').choices([...QUERY_FORMATS]))
    .option('-o, --output <file>', 'write to FILE instead of stdout; .csv, .json, .xlsx or .txt (table) picks the format when -f is not given')
    .addOption(
      new Option('--keys <language>', 'csv column headers and status words: zh (单位, 状态 … 推进较慢) or en (unit, status … lagging)').choices([...KEY_LANGUAGES]).default('zh'),
    )
    .addOption(archiveOption());
}

function documentFilter(opts: QueryOptions): DocumentQuery {
  return { since: opts.since, issuers: opts.issuer, places: opts.place };
}

/** The format asked for, checked before the archive is opened: a directory or binary on a terminal is refused. */
async function queryFormat(opts: QueryOptions): Promise<QueryFormat> {
  // The terminal table is plain text, so -o laggards.txt names it.
  const tableAsText = formatOfFileName(opts.output ?? '') === 'txt' && (opts.format ?? 'table') === 'table';
  const format = tableAsText ? 'table' : resolveFormat(opts.format, opts.output, QUERY_FORMATS, 'table');
  if (format === 'xlsx' && isStdout(opts.output) && process.stdout.isTTY) {
    throw new UsageError('xlsx output is binary: give -o FILE.xlsx (or redirect stdout)');
  }
  await checkOutputTarget(opts.output);
  return format;
}

function isStdout(output: string | undefined): boolean {
  return !output || output === '-';
}

/**
 * A query column: how the terminal table and CSV show it, and how a workbook
 * does — with the header in Chinese and, where the table prints a code or a
 * formatted figure, the word or the number itself.
 */
interface QueryColumn<R> extends Column<R> {
  zh: string;
  cell?: (row: R) => string | number | null;
  /** Excel number format, e.g. 0.0% for a share kept as a fraction. */
  numFmt?: string;
}

/** Widths in Excel character units for the query headers the task sheets do not share. */
const SHEET_WIDTHS: Record<string, number> = { 所查状态任务数: 10, 承担任务数: 10, 占比: 8, 通报点名项数: 10, 文件数: 8, 任务数: 8, 文件编号: 8 };

function toSheet<R>(name: string, rows: readonly R[], columns: readonly QueryColumn<R>[], widthOf: (header: string) => number): RecordSheet {
  return {
    name,
    columns: columns.map((c) => ({ header: c.zh, width: SHEET_WIDTHS[c.zh] ?? widthOf(c.zh), ...(c.numFmt ? { numFmt: c.numFmt } : {}) })),
    rows: rows.map((r) => columns.map((c) => (c.cell ?? c.value)(r))),
  };
}

interface Answer<R> {
  rows: R[];
  columns: QueryColumn<R>[];
  /** Workbook sheet name for the rows. */
  sheet: string;
  /** Printed above the terminal table only. */
  preface?: string;
  /** Further workbook sheets after the rows (history's years), given the sheet writer's column widths. */
  more?: (widthOf: (header: string) => number) => RecordSheet[];
}

/**
 * The columns as a Chinese CSV shows them, the way the workbook does: the Chinese header, and words
 * for codes (推进较慢, not lagging; 牵头, not lead). A share stays the printed percentage, as a
 * spreadsheet opening the CSV would otherwise show a bare fraction.
 */
function chineseColumns<R>(columns: readonly QueryColumn<R>[]): Column<R>[] {
  return columns.map((c) => ({ ...c, header: c.zh, value: c.cell && !c.numFmt ? (r: R) => c.cell!(r) : c.value }));
}

/** Writes a query's answer in the chosen format to -o or stdout. */
async function answer<R>(format: QueryFormat, output: string | undefined, keys: KeyLanguage, a: Answer<R>): Promise<void> {
  let out: string | Buffer;
  if (format === 'xlsx') {
    const { recordsXlsx, columnsFor } = await import('../writers/xlsx.js');
    const widthOf = (h: string) => columnsFor([h])[0]!.width;
    out = await recordsXlsx([toSheet(a.sheet, a.rows, a.columns, widthOf), ...(a.more?.(widthOf) ?? [])]);
  } else {
    const text = render(a.rows, format === 'csv' && keys === 'zh' ? chineseColumns(a.columns) : a.columns, format);
    out = format === 'table' && a.preface ? a.preface + text : text;
  }
  // Stdout is written without waiting for a drain callback, as every other query answer is.
  if (isStdout(output)) process.stdout.write(out);
  else await emit(out, output);
}

const statusWord = (code: StatusCode | null): string | null => (code ? SUMMARY_WORDS[code] : null);
const kindWord = (kind: string): string => KIND_WORDS[kind] ?? kind;
const ROLE_WORDS: Record<HistoryRow['role'], string> = { lead: '牵头', co: '配合', listed: '通报点名' };

const UNIT_COLUMNS: QueryColumn<UnitRow>[] = [
  { header: 'place', zh: '地区', value: (r) => r.place },
  { header: 'unit', zh: '单位', value: (r) => r.names.join(' / '), maxWidth: 40 },
  { header: 'year', zh: '年度', value: (r) => r.year },
  { header: 'period', zh: '期间', value: (r) => r.period },
  { header: 'behind', zh: '所查状态任务数', value: (r) => r.behind, align: 'right' },
  { header: 'assigned', zh: '承担任务数', value: (r) => r.assigned, align: 'right' },
  {
    header: 'share',
    zh: '占比',
    value: (r) => (r.assigned ? `${(100 * r.share).toFixed(1)}%` : null),
    cell: (r) => (r.assigned ? r.share : null),
    numFmt: '0.0%',
    align: 'right',
  },
  { header: 'listed', zh: '通报点名项数', value: (r) => r.listed, align: 'right' },
  { header: 'docs', zh: '文件数', value: (r) => r.documents, align: 'right' },
];

function registerUnits(program: Command): void {
  queryCommand(program, 'units', 'rank units by tasks in the given status, per year and period, across the archive')
    .requiredOption('--status <codes>', 'status code(s), comma-separated; behind = lagging,stalled,at_risk')
    .addOption(new Option('--role <role>', 'count tasks the unit leads, co-operates on, or either').choices(['lead', 'co', 'any']).default('any'))
    .addHelpText(
      'after',
      `
Units are grouped across spellings (市发改委 = 市发展改革委); each row shows the printed names.
behind = tasks in those statuses; assigned = all tasks of the unit in those documents;
listed = items a notice's own laggard list names the unit for (whether or not a table row matches).
An .xlsx has Chinese headers (地区, 单位, 年度, 期间, 所查状态任务数, 承担任务数, 占比, 通报点名项数,
文件数), the header row frozen and filtered; so has a .csv (statuses as words) unless --keys en;
the table and json keep the English keys.

Examples:
  $ taskgen units --status lagging --archive parsed/
  $ taskgen units --status behind --since 2022 --format csv > laggards.csv
  $ taskgen units --status behind --place 宿州 --archive parsed/ -o laggards.xlsx`,
    )
    .action(async (opts: QueryOptions & { status: string; role: Role }) => {
      const format = await queryFormat(opts);
      const statuses = parseStatusList(opts.status);
      const rows = queryArchive(opts.archive, (archive) => unitsReport(archive, { ...documentFilter(opts), statuses, role: opts.role }));
      await answer(format, opts.output, opts.keys, { rows, columns: UNIT_COLUMNS, sheet: '单位' });
    });
}

const HISTORY_COLUMNS: QueryColumn<HistoryRow>[] = [
  { header: 'doc', zh: '文件编号', value: (r) => r.docId, align: 'right' },
  { header: 'place', zh: '地区', value: (r) => r.place },
  { header: 'issuer', zh: '发文机关', value: (r) => r.issuer, maxWidth: 16 },
  { header: 'year', zh: '年度', value: (r) => r.year },
  { header: 'period', zh: '期间', value: (r) => r.period },
  { header: 'kind', zh: '类型', value: (r) => r.kind, cell: (r) => kindWord(r.kind) },
  { header: 'task', zh: '任务编号', value: (r) => r.taskId },
  { header: 'role', zh: '角色', value: (r) => r.role, cell: (r) => ROLE_WORDS[r.role] },
  { header: 'status', zh: '状态', value: (r) => r.status, cell: (r) => statusWord(r.status) },
  { header: 'text', zh: '工作任务', value: (r) => r.text, maxWidth: 50 },
  { header: 'progress', zh: '进展情况', value: (r) => r.progress, maxWidth: 40 },
];

/** The per-year lines above the history table, as a sheet: 年度 / 文件数 / 任务数 / 状态分布. */
function yearSheet(years: readonly YearSummary[], widthOf: (header: string) => number): RecordSheet {
  const columns: QueryColumn<YearSummary>[] = [
    { header: 'year', zh: '年度', value: (y) => y.year },
    { header: 'documents', zh: '文件数', value: (y) => y.documents },
    { header: 'tasks', zh: '任务数', value: (y) => y.tasks },
    { header: 'statuses', zh: '状态分布', value: (y) => statusCounts(y.statuses, statusWord).join('、') },
  ];
  return toSheet('年度汇总', years, columns, widthOf);
}

/**
 * 「推进较慢 3」… for each status present (tasks without one left out); `word`
 * names a code (the code itself on the terminal). `byCount`: most frequent first.
 */
function statusCounts(statuses: Partial<Record<string, number>>, word: (code: StatusCode) => string | null, byCount = true): string[] {
  const entries = Object.entries(statuses).filter(([code]) => code !== 'none');
  if (byCount) entries.sort(([, a], [, b]) => (b ?? 0) - (a ?? 0));
  return entries.map(([code, n]) => `${word(code as StatusCode) ?? code} ${n}`);
}

function describeYear(y: YearSummary): string {
  const statuses = statusCounts(y.statuses, (code) => code).join(', ');
  return `${y.year ?? 'no year'}: ${y.documents} document${y.documents === 1 ? '' : 's'}, ${y.tasks} task${y.tasks === 1 ? '' : 's'} (${statuses})`;
}

function registerHistory(program: Command): void {
  queryCommand(program, 'history', "one unit's tasks document by document, with status and progress")
    .argument('<unit>', 'unit name in any common spelling (市发改委, 市发展改革委…)')
    .option('--status <codes>', 'only tasks in these status(es), comma-separated; behind = lagging,stalled,at_risk')
    .addHelpText(
      'after',
      `
Every city has a 发改委: give --place (or --issuer) to see one city's. The table starts with one line
per year (documents, tasks, statuses). An .xlsx has the tasks on a sheet 任务 (文件编号, 地区, 发文机关,
年度, 期间, 类型, 任务编号, 角色, 状态, 工作任务, 进展情况; statuses as words) and the years on 年度汇总;
a .csv has the same headers and words unless --keys en.

Examples:
  $ taskgen history 市发展改革委 --place 宿州 --archive parsed/
  $ taskgen history 市发改委 --status behind --format csv > behind.csv
  $ taskgen history 市发改委 --archive parsed/ -o 市发改委.xlsx`,
    )
    .action(async (unit: string, opts: QueryOptions & { status?: string }) => {
      const format = await queryFormat(opts);
      const statuses = opts.status === undefined ? undefined : parseStatusList(opts.status);
      const rows = queryArchive(opts.archive, (archive) => unitHistory(archive, unit, { ...documentFilter(opts), statuses }));
      if (rows.length === 0 && format === 'table') {
        process.stderr.write(`taskgen: no task in the archive is assigned to ${escapeControls(unit)}\n`);
      }
      const years = historyByYear(rows);
      const preface = years.length ? years.map(describeYear).join('\n') + '\n\n' : '';
      await answer(format, opts.output, opts.keys, { rows, columns: HISTORY_COLUMNS, sheet: '任务', preface, more: (widthOf) => [yearSheet(years, widthOf)] });
    });
}

const DOCUMENT_COLUMNS: QueryColumn<DocumentListRow>[] = [
  { header: 'id', zh: '文件编号', value: (d) => d.id, align: 'right' },
  { header: 'place', zh: '地区', value: (d) => d.place },
  { header: 'issuer', zh: '发文机关', value: (d) => d.issuer, maxWidth: 18 },
  { header: 'kind', zh: '类型', value: (d) => d.kind, cell: (d) => kindWord(d.kind) },
  { header: 'year', zh: '年度', value: (d) => d.year },
  { header: 'period', zh: '期间', value: (d) => d.period },
  { header: 'date', zh: '日期', value: (d) => d.date },
  { header: 'title', zh: '标题', value: (d) => d.title, maxWidth: 36 },
  { header: 'tasks', zh: '任务数', value: (d) => d.tasks, align: 'right' },
  {
    header: 'statuses',
    zh: '状态分布',
    value: (d) => statusCounts(d.statuses, (code) => code, false).join(', ') || null,
    cell: (d) => statusCounts(d.statuses, statusWord, false).join('、') || null,
    maxWidth: 30,
  },
  { header: 'paths', zh: '路径', value: (d) => d.paths.join(' | '), cell: (d) => d.paths.join('\n'), maxWidth: 60 },
];

function registerDocuments(program: Command): void {
  queryCommand(program, 'documents', "list the archive's documents (ids for diff, places and issuers for the other queries)")
    .option('--kind <kind...>', 'only these kinds (plan, notice, progress, report)')
    .addHelpText(
      'after',
      `
One row per document: a file copied to two paths or published in two formats is one document, listed
with all its paths (the first is the one counted).

Examples:
  $ taskgen documents --archive parsed/
  $ taskgen documents --place 宿州 --kind notice --format csv > notices.csv
  $ taskgen documents --archive parsed/ --format csv --keys en > documents.csv   # id, place, kind …
  $ taskgen documents --archive parsed/ -o documents.xlsx`,
    )
    .action(async (opts: QueryOptions & { kind?: string[] }) => {
      const format = await queryFormat(opts);
      const rows = queryArchive(opts.archive, (archive) => listDocuments(archive, { ...documentFilter(opts), kinds: opts.kind }));
      await answer(format, opts.output, opts.keys, { rows, columns: DOCUMENT_COLUMNS, sheet: '文件' });
    });
}
