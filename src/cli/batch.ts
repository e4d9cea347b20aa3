/**
 * Archive commands: `batch` builds the archive, `units` / `history` / `diff`
 * ask it questions. Wiring only; the work is in src/batch and src/archive.
 */
import { Command, Option } from 'commander';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { runBatch, defaultJobs, type BatchSummary } from '../batch/run.js';
import { Archive, ARCHIVE_FILE, archiveError } from '../archive/db.js';
import {
  historyByYear,
  listDocuments,
  outsideFilter,
  parseStatusList,
  unitHistory,
  unitsReport,
  type DocumentListRow,
  type HistoryRow,
  type Role,
  type UnitRow,
  type YearSummary,
} from '../archive/queries.js';
import { diffDocuments, SAME_PLAN_MIN_SHARE, type Change, type DiffEntry, type DiffSide, type Whereabouts } from '../archive/diff.js';
import { OUTPUT_FORMATS, parseOutputFormat, render, type Column } from '../archive/render.js';
import { pipeline } from './lazy.js';
import type { TaskDocument } from '../model/schema.js';
import { InputError, UsageError } from '../errors.js';
import { escapeControls } from '../util/controls.js';

export function registerArchiveCommands(program: Command): void {
  registerBatch(program);
  registerUnits(program);
  registerHistory(program);
  registerDiff(program);
  registerDocuments(program);
}

function parsePositiveInt(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${name} must be a positive whole number, got '${v}'`);
    return Number(v);
  };
}

function parseYear(v: string): number {
  if (!/^\d{4}$/.test(v)) throw new UsageError(`--since must be a four-digit year, got '${v}'`);
  return Number(v);
}

const formatOption = () =>
  new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table');
const archiveOption = () => new Option('--archive <dir>', 'folder holding archive.db (the --out of taskgen batch)').default('.');
const issuerOption = () => new Option('--issuer <text...>', 'only documents whose issuer contains one of these');
const placeOption = () => new Option('--place <place...>', 'only documents of these places (宿州, 池州…)');

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
function queryArchive<T>(dir: string, query: (archive: Archive) => T): T {
  const archive = openArchive(dir);
  try {
    return query(archive);
  } catch (e) {
    throw archiveError(e, join(resolve(dir), ARCHIVE_FILE));
  } finally {
    archive.close();
  }
}

function registerBatch(program: Command): void {
  program
    .command('batch')
    .description('convert a whole archive of documents: one JSON per file, tasks.jsonl, errors.jsonl and archive.db')
    .argument('<inputs...>', 'folders (walked recursively), files or quoted glob patterns')
    .requiredOption('--out <dir>', 'output folder (mirrors the input tree)')
    .option('-j, --jobs <n>', `parallel parse workers (default: CPU count, ${defaultJobs()} here)`, parsePositiveInt('--jobs'))
    .option('--force', 're-parse files already in the archive; allow --out inside an input folder')
    .option('-q, --quiet', 'no progress or summary on stderr')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--issuer <name>', 'issuer of documents that do not name their own (a folder of one office\'s progress tables)')
    .option('--place <place>', 'place (宿州, 池州…) of documents that do not name their own')
    .addHelpText(
      'after',
      `
Files are recognised by content (HTML, text, CSV/TSV, PDF, Word), not only by extension. A file whose
bytes and taskgen version are already in the archive is not parsed again. Files that are no document
are named with the reason in skipped.jsonl. A failing file never stops the batch: it is listed in
errors.jsonl with its reason, and the exit code is 3; warnings go to warnings.jsonl. An --out folder
that cannot be written (disk full, read-only, a file where a folder must go) stops the batch with exit
code 2.

The same bytes at two paths, or the same document in two formats (same kind, issuer, date, title and
tasks), are one document: every query counts it once, and \`taskgen documents\` lists all its paths.
Each document's place comes from its issuer or title, else --place, else a folder name that names a
place (with a warning).

Examples:
  $ taskgen batch archive/ --out parsed/
  $ taskgen batch 'archive/**/*.html' --out parsed/ --jobs 4 --json > summary.json`,
    )
    .action(async (inputs: string[], opts: { out: string; jobs?: number; force?: boolean; quiet?: boolean; json?: boolean; issuer?: string; place?: string }, cmd: Command) => {
      const aliases = cmd.optsWithGlobals().aliases as string | undefined;
      const summary = await runBatch({
        inputs,
        out: opts.out,
        aliasFiles: aliases ? [aliases] : [],
        jobs: opts.jobs,
        force: Boolean(opts.force),
        quiet: Boolean(opts.quiet),
        issuer: opts.issuer,
        place: opts.place,
      });
      if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      else if (!opts.quiet) process.stderr.write(describeSummary(summary));
      process.exitCode = summary.exitCode;
    });
}

export function describeSummary(s: BatchSummary): string {
  const nonZero = (rec: Record<string, number>) =>
    Object.entries(rec)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  const lines = [
    `taskgen batch: ${s.files.total} files → ${escapeControls(s.out)}`,
    `  parsed ${s.files.parsed}, unchanged ${s.files.unchanged}, skipped ${s.files.skipped}, failed ${s.files.failed}, with warnings ${s.files.withWarnings} (warnings.jsonl)`,
    `  ${s.documents} distinct documents; ${s.files.duplicates} files are copies of another (same bytes or another format), counted once`,
    `  documents by kind: ${nonZero(s.kinds)}`,
    `  tasks by status: ${nonZero(s.statuses)}`,
  ];
  for (const f of s.failures.slice(0, 20)) lines.push(`  failed: ${escapeControls(f.file)}: ${escapeControls(f.reason)}`);
  if (s.failures.length > 20) lines.push(`  … ${s.failures.length - 20} more in errors.jsonl`);
  for (const f of s.skipped.slice(0, 5)) lines.push(`  skipped: ${escapeControls(f.file)}: ${escapeControls(f.reason)}`);
  if (s.skipped.length > 5) lines.push(`  … ${s.skipped.length - 5} more in skipped.jsonl`);
  lines.push(`  ${(s.elapsedMs / 1000).toFixed(1)} s, ${s.filesPerSecond} files/s, ${s.jobs} jobs`);
  return lines.join('\n') + '\n';
}

const UNIT_COLUMNS: Column<UnitRow>[] = [
  { header: 'place', value: (r) => r.place },
  { header: 'unit', value: (r) => r.names.join(' / '), maxWidth: 40 },
  { header: 'year', value: (r) => r.year },
  { header: 'period', value: (r) => r.period },
  { header: 'behind', value: (r) => r.behind, align: 'right' },
  { header: 'assigned', value: (r) => r.assigned, align: 'right' },
  { header: 'share', value: (r) => (r.assigned ? `${(100 * r.share).toFixed(1)}%` : null), align: 'right' },
  { header: 'listed', value: (r) => r.listed, align: 'right' },
  { header: 'docs', value: (r) => r.documents, align: 'right' },
];

function registerUnits(program: Command): void {
  program
    .command('units')
    .description('rank units by tasks in the given status, per year and period, across the archive')
    .requiredOption('--status <codes>', 'status code(s), comma-separated; behind = lagging,stalled,at_risk')
    .option('--since <year>', 'only documents of this year or later', parseYear)
    .addOption(issuerOption())
    .addOption(placeOption())
    .addOption(new Option('--role <role>', 'count tasks the unit leads, co-operates on, or either').choices(['lead', 'co', 'any']).default('any'))
    .addOption(formatOption())
    .addOption(archiveOption())
    .addHelpText(
      'after',
      `
Units are grouped across spellings (市发改委 = 市发展改革委); each row shows the printed names.
behind = tasks in those statuses; assigned = all tasks of the unit in those documents;
listed = items a notice's own laggard list names the unit for (whether or not a table row matches).

Examples:
  $ taskgen units --status lagging --archive parsed/
  $ taskgen units --status behind --since 2022 --format csv > laggards.csv
  $ taskgen units --status behind --place 宿州 --archive parsed/`,
    )
    .action((opts: { status: string; since?: number; issuer?: string[]; place?: string[]; role: Role; format: string; archive: string }) => {
      const format = parseOutputFormat(opts.format);
      const statuses = parseStatusList(opts.status);
      const rows = queryArchive(opts.archive, (archive) =>
        unitsReport(archive, { statuses, since: opts.since, issuers: opts.issuer, places: opts.place, role: opts.role }),
      );
      process.stdout.write(render(rows, UNIT_COLUMNS, format));
    });
}

const HISTORY_COLUMNS: Column<HistoryRow>[] = [
  { header: 'doc', value: (r) => r.docId, align: 'right' },
  { header: 'place', value: (r) => r.place },
  { header: 'issuer', value: (r) => r.issuer, maxWidth: 16 },
  { header: 'year', value: (r) => r.year },
  { header: 'period', value: (r) => r.period },
  { header: 'kind', value: (r) => r.kind },
  { header: 'task', value: (r) => r.taskId },
  { header: 'role', value: (r) => r.role },
  { header: 'status', value: (r) => r.status },
  { header: 'text', value: (r) => r.text, maxWidth: 50 },
  { header: 'progress', value: (r) => r.progress, maxWidth: 40 },
];

function registerHistory(program: Command): void {
  program
    .command('history')
    .description("one unit's tasks document by document, with status and progress")
    .argument('<unit>', 'unit name in any common spelling (市发改委, 市发展改革委…)')
    .option('--since <year>', 'only documents of this year or later', parseYear)
    .option('--status <codes>', 'only tasks in these status(es), comma-separated; behind = lagging,stalled,at_risk')
    .addOption(issuerOption())
    .addOption(placeOption())
    .addOption(formatOption())
    .addOption(archiveOption())
    .addHelpText(
      'after',
      `
Every city has a 发改委: give --place (or --issuer) to see one city's. The table starts with one line
per year (documents, tasks, statuses).

Examples:
  $ taskgen history 市发展改革委 --place 宿州 --archive parsed/
  $ taskgen history 市发改委 --status behind --format csv > behind.csv`,
    )
    .action((unit: string, opts: { since?: number; status?: string; issuer?: string[]; place?: string[]; format: string; archive: string }) => {
      const format = parseOutputFormat(opts.format);
      const statuses = opts.status === undefined ? undefined : parseStatusList(opts.status);
      const rows = queryArchive(opts.archive, (archive) =>
        unitHistory(archive, unit, { since: opts.since, issuers: opts.issuer, places: opts.place, statuses }),
      );
      if (rows.length === 0 && format === 'table') {
        process.stderr.write(`taskgen: no task in the archive is assigned to ${escapeControls(unit)}\n`);
      }
      const years = historyByYear(rows);
      if (format === 'table') {
        for (const y of years) process.stdout.write(describeYear(y) + '\n');
        if (years.length) process.stdout.write('\n');
      }
      process.stdout.write(render(rows, HISTORY_COLUMNS, format));
    });
}

function describeYear(y: YearSummary): string {
  const statuses = Object.entries(y.statuses)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  return `${y.year ?? 'no year'}: ${y.documents} document${y.documents === 1 ? '' : 's'}, ${y.tasks} task${y.tasks === 1 ? '' : 's'} (${statuses})`;
}

const DOCUMENT_COLUMNS: Column<DocumentListRow>[] = [
  { header: 'id', value: (d) => d.id, align: 'right' },
  { header: 'place', value: (d) => d.place },
  { header: 'issuer', value: (d) => d.issuer, maxWidth: 18 },
  { header: 'kind', value: (d) => d.kind },
  { header: 'year', value: (d) => d.year },
  { header: 'period', value: (d) => d.period },
  { header: 'date', value: (d) => d.date },
  { header: 'title', value: (d) => d.title, maxWidth: 36 },
  { header: 'tasks', value: (d) => d.tasks, align: 'right' },
  {
    header: 'statuses',
    value: (d) =>
      Object.entries(d.statuses)
        .filter(([code]) => code !== 'none')
        .map(([code, n]) => `${code} ${n}`)
        .join(', ') || null,
    maxWidth: 30,
  },
  { header: 'paths', value: (d) => d.paths.join(' | '), maxWidth: 60 },
];

function registerDocuments(program: Command): void {
  program
    .command('documents')
    .description("list the archive's documents (ids for diff, places and issuers for the other queries)")
    .option('--since <year>', 'only documents of this year or later', parseYear)
    .option('--kind <kind...>', 'only these kinds (plan, notice, progress, report)')
    .addOption(issuerOption())
    .addOption(placeOption())
    .addOption(formatOption())
    .addOption(archiveOption())
    .addHelpText(
      'after',
      `
One row per document: a file copied to two paths or published in two formats is one document, listed
with all its paths (the first is the one counted).

Examples:
  $ taskgen documents --archive parsed/
  $ taskgen documents --place 宿州 --kind notice --format csv > notices.csv`,
    )
    .action((opts: { since?: number; kind?: string[]; issuer?: string[]; place?: string[]; format: string; archive: string }) => {
      const format = parseOutputFormat(opts.format);
      const rows = queryArchive(opts.archive, (archive) =>
        listDocuments(archive, { since: opts.since, kinds: opts.kind, issuers: opts.issuer, places: opts.place }),
      );
      process.stdout.write(render(rows, DOCUMENT_COLUMNS, format));
    });
}

const CHANGE_ORDER: Change[] = ['newly_behind', 'still_behind', 'caught_up', 'changed', 'added', 'removed', 'unchanged'];

const DIFF_COLUMNS: Column<DiffEntry>[] = [
  { header: 'change', value: (e) => e.change },
  { header: 'A', value: (e) => e.idA },
  { header: 'B', value: (e) => e.idB },
  { header: 'status', value: (e) => `${e.statusA ?? '-'} → ${e.statusB ?? '-'}` },
  { header: 'sim', value: (e) => (e.similarity === null ? null : e.similarity.toFixed(2)), align: 'right' },
  { header: 'lead', value: (e) => e.lead.join('、'), maxWidth: 24 },
  { header: 'text', value: (e) => e.text, maxWidth: 50 },
];

function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('compare two reports of the same plan: who caught up, who fell behind, what was added or dropped')
    .argument('<a>', 'earlier document: a file to parse, a taskgen JSON, or an archive document id')
    .argument('<b>', 'later document, same forms')
    .option('--all', 'also list unchanged tasks in the table')
    .addOption(issuerOption())
    .addOption(placeOption())
    .addOption(formatOption())
    .addOption(new Option('--archive <dir>', 'archive to resolve document ids in').default('.'))
    .addHelpText(
      'after',
      `
Tasks are paired by text similarity (character bigrams), the number only breaking ties, so
renumbered tasks still pair up. Behind = lagging, stalled or at_risk. Each side shows its place and
issuer (the archive's for an id, else what the document names); with --place or --issuer both
documents must be of that place or issuer, so an id of another city's report is refused.

Examples:
  $ taskgen diff notice-q1.html notice-q3.html
  $ taskgen diff 12 31 --archive parsed/ --format json
  $ taskgen diff 12 31 --place 宿州 --archive parsed/`,
    )
    .action(async (a: string, b: string, opts: { all?: boolean; issuer?: string[]; place?: string[]; format: string; archive: string }) => {
      const format = parseOutputFormat(opts.format);
      const sideA = await loadDocument(a, opts.archive);
      const sideB = await loadDocument(b, opts.archive);
      const diff = diffDocuments(sideA.doc, sideB.doc, { a, b }, { a: sideA.where, b: sideB.where });
      for (const [ref, side] of [[a, diff.a], [b, diff.b]] as const) {
        const outside = outsideFilter(side, { issuers: opts.issuer, places: opts.place });
        if (outside) throw new InputError(ref, outside);
      }
      if (diff.matchedShare < SAME_PLAN_MIN_SHARE) {
        process.stderr.write(
          `taskgen: warning: only ${Math.round(diff.matchedShare * 100)}% of tasks pair up; ${escapeControls(a)} and ${escapeControls(b)} are probably not reports of the same plan\n`,
        );
      }
      const entries = [...diff.entries]
        .filter((e) => format !== 'table' || opts.all || e.change !== 'unchanged')
        .sort((x, y) => CHANGE_ORDER.indexOf(x.change) - CHANGE_ORDER.indexOf(y.change));
      if (format === 'table') {
        const counts = CHANGE_ORDER.map((c) => `${c} ${diff.counts[c]}`).join(', ');
        process.stdout.write(`A: ${describeSide(diff.a)}  B: ${describeSide(diff.b)}\n${counts}\n\n`);
      }
      process.stdout.write(render(entries, DIFF_COLUMNS, format, () => diff));
    });
}

/** `12 (宿州, 宿州市人民政府办公室; 128 tasks)` */
function describeSide(s: DiffSide): string {
  const where = [s.place, s.issuer].filter((x) => x !== null).join(', ');
  return escapeControls(`${s.label} (${where ? `${where}; ` : ''}${s.tasks} tasks)`);
}

/**
 * A path that exists is a document (or taskgen JSON); digits that are not a file name an archive document,
 * which comes with the place and issuer the archive recorded for it.
 */
async function loadDocument(ref: string, archiveDir: string): Promise<{ doc: TaskDocument; where?: Whereabouts }> {
  if (existsSync(ref) && statSync(ref).isFile()) {
    const { loadParsedJson, parseFile } = await pipeline();
    return { doc: await (extname(ref).toLowerCase() === '.json' ? loadParsedJson(ref) : parseFile(ref)) };
  }
  if (/^\d+$/.test(ref)) {
    const row = queryArchive(archiveDir, (archive) => archive.document(Number(ref)));
    if (row === undefined) throw new InputError(ref, `no document with id ${ref} in ${join(archiveDir, ARCHIVE_FILE)}`);
    // The archive indexes the per-document JSON files beside it; the document itself lives there.
    const doc = await (await pipeline()).loadParsedJson(archivedJsonPath(archiveDir, row.out, ref));
    return { doc, where: { place: row.place, issuer: row.issuer } };
  }
  throw new InputError(ref, 'no such file, and not an archive document id');
}

/**
 * Where an archive row says its JSON is: a relative path that stays inside the archive folder, also by
 * real path. The row is data from a file anyone may have edited, so `../../etc/passwd` or a planted
 * symlink out of the folder is refused rather than read.
 */
function archivedJsonPath(archiveDir: string, out: string, ref: string): string {
  const root = resolve(archiveDir);
  const target = resolve(root, out);
  const bad = () => new InputError(ref, `the archive names ${JSON.stringify(out)} as its JSON, which is not a file inside ${archiveDir}`);
  if (isAbsolute(out) || !isWithin(root, target) || extname(target).toLowerCase() !== '.json') throw bad();
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return target; // missing: loadParsedJson names it
  }
  if (!isWithin(realpathSync(root), real)) throw bad();
  return real;
}

function isWithin(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel);
}
