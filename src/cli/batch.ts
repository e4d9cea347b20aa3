/**
 * Archive commands: `batch` builds the archive; `units` / `history` /
 * `documents` (queries.ts) and `diff` ask it questions. Wiring only; the work
 * is in src/batch and src/archive.
 */
import { Command, Option } from 'commander';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { runBatch, defaultJobs, type BatchSummary } from '../batch/run.js';
import { Archive, ARCHIVE_FILE, archiveError } from '../archive/db.js';
import { outsideFilter } from '../archive/queries.js';
import { diffDocuments, SAME_PLAN_MIN_SHARE, type Change, type DiffEntry, type DiffSide, type Whereabouts } from '../archive/diff.js';
import { OUTPUT_FORMATS, parseOutputFormat, render, type Column } from '../archive/render.js';
import { queryArchive, registerQueryCommands } from './queries.js';
import { pipeline } from './lazy.js';
import type { TaskDocument } from '../model/schema.js';
import { InputError, UsageError } from '../errors.js';
import { escapeControls } from '../util/controls.js';

export function registerArchiveCommands(program: Command): void {
  registerBatch(program);
  registerQueryCommands(program);
  registerDiff(program);
}

function parsePositiveInt(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`${name} must be a positive whole number, got '${v}'`);
    return Number(v);
  };
}

const formatOption = () =>
  new Option('--format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('table');

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
bytes and taskgen version are already in the archive is not parsed again; one still found with the size,
mtime, ctime and inode it was read with is not even read again (nor is one that failed for its content).
Files that are no document are named with the reason in skipped.jsonl. A failing file never stops the batch: it is listed in
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
    .addOption(new Option('--issuer <text...>', 'only documents whose issuer contains one of these'))
    .addOption(new Option('--place <place...>', 'only documents of these places (宿州, 池州…)'))
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
