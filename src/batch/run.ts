/**
 * `taskgen batch`: convert a whole archive of prior years. The main thread
 * walks the inputs, decides what needs parsing and schedules it; each worker
 * writes what its file produces (JSON by atomic rename, archive rows in one
 * transaction); at the end the main thread regenerates tasks.jsonl and
 * errors.jsonl from the archive, so a run killed at any point and started
 * again ends exactly where a clean run would.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Archive, ownFields, provenanceChanged, type KnownFailure, type KnownFile, type NewStamp, type StoredStamp } from '../archive/db.js';
import { resolveProvenance, type Provenance } from '../archive/place.js';
import type { DocumentKind, StatusCode } from '../model/schema.js';
import { describeFsError, EXIT, InputError, UsageError } from '../errors.js';
import { GENERATOR } from '../version.js';
import { collectInputs, isInside, realpathLenient, type InputFile } from './walk.js';
import { currentStamp, sameStamp, type FileStamp } from './stamps.js';
import { confineToOut, planOutputNames, recordFailedFile, removeStaleTemps, writeExportIfChanged, writeSmallExportIfChanged } from './outputs.js';
import { ParsePool } from './pool.js';
import { createWriteLock } from './write-lock.js';
import { lockOut } from './out-lock.js';
import type { DocumentCounts, JobMessage, ResultMessage } from './protocol.js';
import { createProgress } from './progress.js';

export const TASKS_FILE = 'tasks.jsonl';
export const ERRORS_FILE = 'errors.jsonl';
export const WARNINGS_FILE = 'warnings.jsonl';
export const SKIPPED_FILE = 'skipped.jsonl';

export interface BatchOptions {
  inputs: string[];
  out: string;
  jobs?: number | undefined;
  force?: boolean | undefined;
  quiet?: boolean | undefined;
  cwd?: string | undefined;
  /** Where progress goes; stderr by default. */
  progressStream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  timeoutMs?: number | undefined;
  /** User alias files the workers load before parsing (the global --aliases option). */
  aliasFiles?: string[] | undefined;
  /** Issuer and place of documents that do not name their own (a folder of one office's tables). */
  issuer?: string | undefined;
  place?: string | undefined;
  /** How long after its last change a file is stamped; stamps.ts SETTLE_MS unless a test shortens it. */
  settleMs?: number | undefined;
}

export interface BatchFailure {
  file: string;
  reason: string;
  exitCode: number;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface BatchSummary {
  out: string;
  /**
   * `skipped`: files not parsed because they are no document (named in skipped.jsonl); `duplicates`: parsed
   * files that are another file's copy (same bytes, or the same notice in another format), counted once.
   */
  files: { total: number; parsed: number; unchanged: number; skipped: number; failed: number; withWarnings: number; duplicates: number };
  /** Distinct documents in the archive after this run (copies counted once). */
  documents: number;
  kinds: Record<DocumentKind, number>;
  statuses: Record<StatusCode | 'none', number>;
  failures: BatchFailure[];
  skipped: SkippedFile[];
  bytes: number;
  jobs: number;
  elapsedMs: number;
  /** Main-thread time spent walking the inputs and planning the jobs before the workers start (serial). */
  planMs: number;
  /** Time to regenerate tasks.jsonl and errors.jsonl at the end. */
  exportMs: number;
  filesPerSecond: number;
  peakRssMiB: number;
  /** CPU time of the whole process (main thread and workers), to tell a parse-bound run from a starved one. */
  cpuMs: number;
  exitCode: number;
}

export function defaultJobs(): number {
  return availableParallelism();
}

export async function runBatch(opts: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  const cwd = opts.cwd ?? process.cwd();
  const jobs = opts.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number, got ${jobs}`);
  if (opts.inputs.length === 0) throw new UsageError('batch needs at least one input folder, file or pattern');
  const out = resolve(cwd, opts.out);

  const collected = collectInputs(opts.inputs, { cwd, exclude: [out] });
  const outReal = realpathLenient(out);
  for (const tree of collected.trees) {
    if (isInside(outReal, tree) && !opts.force) {
      throw new UsageError(`--out ${opts.out} is inside the input folder ${tree}; choose another folder or pass --force`);
    }
  }

  // One batch per --out: a second one would delete the first one's temp files as a killed run's.
  const lock = lockOut(out);
  let archive: Archive;
  try {
    archive = Archive.open(out);
  } catch (e) {
    lock.release();
    throw e;
  }
  try {
    removeStaleTemps(out);
    const names = planOutputNames(collected.files.map((f) => f.rel));
    const summary = emptySummary(out, jobs);
    const failures: BatchFailure[] = [];
    const skipped: SkippedFile[] = collected.skipped.map((e) => ({ file: e.path, reason: e.reason }));
    const given = { issuer: opts.issuer, place: opts.place };
    const { jobList, asStamped, failedAsStamped } = planFiles(archive, out, collected.files, names, opts.force ?? false, failures);
    applyStamped(archive, asStamped, given, summary);
    applyFailedAsStamped(failedAsStamped, summary, failures);

    // Files not known from an earlier run are documents to write (or failures): many of them, and the
    // query-only indexes are built once at the end instead of row by row.
    archive.bulkLoad(jobList.filter((j) => j.knownSha256 === null).length);
    // A file about to be read loses its stamp first: killed before the new stamps go in at the end, the
    // next run reads it again rather than trust counts from before a re-parse (--force, other aliases).
    archive.forgetStamps(jobList.map((j) => j.path));
    const newStamps: NewStamp[] = [];
    summary.planMs = Math.round(performance.now() - started);
    const progress = createProgress(opts.progressStream ?? process.stderr, { quiet: opts.quiet ?? false });
    let done = asStamped.length + failedAsStamped.length;
    const total = jobList.length + asStamped.length + failedAsStamped.length;
    const onResult = (job: JobMessage, r: ResultMessage) => {
      applyResult(archive, out, job, r, summary, failures, skipped);
      if ('stamp' in r && r.stamp) newStamps.push({ path: job.path, sha256: r.stamp.sha256, stamp: r.stamp });
      done++;
      progress.update({ done, total, failed: failures.length });
    };
    const setup = {
      out,
      writeLock: createWriteLock(),
      aliasFiles: (opts.aliasFiles ?? []).map((f) => resolve(cwd, f)),
      issuer: opts.issuer,
      place: opts.place,
      settleMs: opts.settleMs,
    };
    const pool = new ParsePool({ size: jobs, onResult, timeoutMs: opts.timeoutMs, setup });
    await pool.run(jobList);
    progress.finish({ done, total, failed: failures.length });
    // Each file read is stamped after its worker committed its rows, so a stamp never vouches for rows not in.
    archive.recordStamps(newStamps);

    const exportStart = performance.now();
    // Skipped documents were keyed with the alias table of their own run; this one's may differ.
    archive.refreshAliasKeys();
    archive.buildQueryIndexes();
    summary.files.duplicates = archive.linkDuplicates();
    summary.documents = archive.countDocuments();
    exportTasks(archive, out);
    exportErrors(archive, out);
    exportWarnings(archive, out);
    summary.skipped = skipped.sort((a, b) => a.file.localeCompare(b.file));
    summary.files.skipped = skipped.length;
    exportSkipped(archive, out, summary.skipped);
    // Last: leave the archive checkpointed out of WAL mode, so a read-only copy of the folder answers queries.
    archive.settle();
    summary.exportMs = Math.round(performance.now() - exportStart);

    summary.files.total = collected.files.length;
    summary.files.failed = failures.length;
    summary.failures = failures.sort((a, b) => a.file.localeCompare(b.file));
    summary.elapsedMs = Math.round(performance.now() - started);
    summary.filesPerSecond = Math.round((collected.files.length / Math.max(summary.elapsedMs, 1)) * 1000 * 10) / 10;
    summary.peakRssMiB = Math.round(Math.max(pool.maxRssKiB, process.resourceUsage().maxRSS) / 1024);
    const usage = process.resourceUsage();
    summary.cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    summary.exitCode = failures.length ? EXIT.PARTIAL : EXIT.OK;
    return summary;
  } catch (e) {
    // A full disk or a folder gone read-only meets the end-of-run exports first: the user's condition, not a bug.
    throw outWriteError(out, e);
  } finally {
    archive.close();
    lock.release();
  }
}

function emptySummary(out: string, jobs: number): BatchSummary {
  return {
    // Key order is the order of `--json` output: the figures a reader checks first come last.
    out,
    jobs,
    exitCode: EXIT.OK,
    files: { total: 0, parsed: 0, unchanged: 0, skipped: 0, failed: 0, withWarnings: 0, duplicates: 0 },
    documents: 0,
    bytes: 0,
    filesPerSecond: 0,
    peakRssMiB: 0,
    cpuMs: 0,
    planMs: 0,
    exportMs: 0,
    kinds: { plan: 0, notice: 0, progress: 0, report: 0 },
    statuses: { done: 0, good: 0, on_schedule: 0, lagging: 0, stalled: 0, at_risk: 0, unknown: 0, none: 0 },
    failures: [],
    skipped: [],
    elapsedMs: 0,
  };
}

/** A file found exactly as an earlier run stamped it: its archived document stands without a read. */
interface StampedFile {
  file: InputFile;
  row: KnownFile;
  stamp: StoredStamp & { counts: DocumentCounts };
}

/** A file that failed for its content and is found exactly as it was then: it would only fail again. */
interface FailedAsStamped {
  file: InputFile;
  failure: KnownFailure;
}

/**
 * What each input needs: nothing when a stamp vouches for its document or its failure, else a job that
 * reads it (knowing the archived sha256 when the output is in place, so equal bytes are not parsed again).
 * Files whose output would leave --out fail here.
 */
function planFiles(archive: Archive, out: string, files: InputFile[], names: Map<string, string>, force: boolean, failures: BatchFailure[]) {
  const knownFiles = force ? new Map<string, KnownFile>() : archive.knownFiles();
  const knownFailures = force ? new Map<string, KnownFailure>() : archive.knownFailures();
  const jobList: JobMessage[] = [];
  const asStamped: StampedFile[] = [];
  const failedAsStamped: FailedAsStamped[] = [];
  files.forEach((f, id) => {
    const outRel = names.get(f.rel)!;
    try {
      confineToOut(out, outRel);
    } catch (e) {
      failures.push({ file: f.abs, reason: (e as Error).message, exitCode: EXIT.INPUT });
      return;
    }
    const row = knownFiles.get(f.abs);
    // Skip only when the earlier output is really there and would be written to the same place.
    const known = row && row.generator === GENERATOR && row.out === outRel && existsSync(resolve(out, outRel)) ? row : null;
    const failure = row ? undefined : knownFailures.get(f.abs);
    if (known?.stamp && !known.failed && stillAsStamped(known.stamp, f.abs)) asStamped.push({ file: f, row: known, stamp: known.stamp });
    else if (failure && stillAsStamped(failure.stamp, f.abs)) failedAsStamped.push({ file: f, failure });
    else jobList.push({ type: 'job', id, path: f.abs, outRel, knownSha256: known?.sha256 ?? null, root: f.root });
  });
  return { jobList, asStamped, failedAsStamped };
}

/** Whether the file on disk still has the stamp it was read with. */
function stillAsStamped(stamp: FileStamp, path: string): boolean {
  const now = currentStamp(path);
  return now !== null && sameStamp(now, stamp);
}

/** Counts stamped failures as a worker would have after reading the files and failing them again. */
function applyFailedAsStamped(files: FailedAsStamped[], summary: BatchSummary, failures: BatchFailure[]): void {
  for (const { file, failure } of files) {
    summary.bytes += failure.stamp.size;
    failures.push({ file: file.abs, reason: failure.reason, exitCode: failure.exitCode });
  }
}

/**
 * Counts stamped files as unchanged, as a worker would have after reading them, and re-derives their
 * place and issuer (--issuer/--place may differ from the run that parsed them), writing only the changes.
 */
function applyStamped(archive: Archive, files: StampedFile[], given: { issuer?: string | undefined; place?: string | undefined }, summary: BatchSummary): void {
  const moved: [string, Provenance][] = [];
  for (const { file, row, stamp } of files) {
    summary.files.unchanged++;
    summary.bytes += stamp.size;
    addCounts(summary, stamp.counts);
    const p = resolveProvenance(ownFields(row), given, file.abs, file.root);
    if (provenanceChanged(row, p)) moved.push([file.abs, p]);
  }
  if (moved.length) archive.db.transaction(() => moved.forEach(([path, p]) => archive.setProvenance(path, p))).immediate();
}

/** Counts a worker's answer into the summary; only a worker that died leaves the archive to the main thread. */
function applyResult(
  archive: Archive,
  out: string,
  job: JobMessage,
  r: ResultMessage,
  summary: BatchSummary,
  failures: BatchFailure[],
  skipped: SkippedFile[],
): void {
  if (r.type !== 'write-error') summary.bytes += r.bytes;
  switch (r.type) {
    case 'parsed':
      summary.files.parsed++;
      addCounts(summary, r);
      return;
    case 'unchanged':
      summary.files.unchanged++;
      if (r.counts) addCounts(summary, r.counts);
      return;
    case 'ignored':
      skipped.push({ file: job.path, reason: r.reason });
      return;
    case 'failed':
      if (!r.recorded) recordFailedFile(archive, out, { path: job.path, sha256: null, generator: GENERATOR, reason: r.reason, exit_code: r.exitCode });
      failures.push({ file: job.path, reason: r.reason, exitCode: r.exitCode });
      return;
    case 'write-error':
      // The --out folder is the problem (full disk, a file in the way), not the input: stop with one line.
      throw new InputError(out, `cannot write the outputs of ${job.path}: ${r.reason}`);
  }
}

function addCounts(summary: BatchSummary, c: DocumentCounts): void {
  summary.kinds[c.kind]++;
  if (c.warnings) summary.files.withWarnings++;
  for (const [code, n] of Object.entries(c.statuses)) summary.statuses[code as StatusCode | 'none'] += n ?? 0;
}

/**
 * All tasks of the archive, one per line with their document's fields, rebuilt whole so a rerun cannot
 * duplicate lines; written only when the documents it is made of changed since it was last written.
 */
export function exportTasks(archive: Archive, out: string): void {
  writeExportIfChanged(archive, out, TASKS_FILE, archive.taskLinesFingerprint(), (write) => {
    for (const lines of archive.iterateTaskLines()) write(lines);
  });
}

/** Files that failed, one JSON object per line: only failures, so the few real ones are not lost among warnings. */
export function exportErrors(archive: Archive, out: string): void {
  const lines = archive.failures().map((f) => JSON.stringify({ file: f.path, status: 'failed', reason: f.reason, exitCode: f.exit_code }) + '\n');
  writeSmallExportIfChanged(archive, out, ERRORS_FILE, lines.join(''));
}

/** Documents parsed with warnings, one line per document (the warnings also stay in each document's JSON). */
export function exportWarnings(archive: Archive, out: string): void {
  const lines: string[] = [];
  for (const { path, warnings } of archive.iterateWarnings()) lines.push(JSON.stringify({ file: path, warnings }) + '\n');
  writeSmallExportIfChanged(archive, out, WARNINGS_FILE, lines.join(''));
}

/** Files the batch did not parse and why; rebuilt every run (nothing of them is archived, so a rerun finds them again). */
export function exportSkipped(archive: Archive, out: string, skipped: SkippedFile[]): void {
  writeSmallExportIfChanged(archive, out, SKIPPED_FILE, skipped.map((s) => JSON.stringify(s) + '\n').join(''));
}

/** --out's condition (full, read-only, unwritable) as the one-line InputError (exit 2); any other error unchanged. */
const OUT_CONDITION = /^(?:ENOSPC|EDQUOT|EROFS|EACCES|EPERM|EIO|SQLITE_(?:FULL|IOERR|READONLY|CANTOPEN)\w*)$/;

function outWriteError(out: string, e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !OUT_CONDITION.test(code)) return e;
  return new InputError(out, `cannot write the batch's outputs: ${describeFsError(e)}`);
}
