/**
 * Where each input's JSON goes under --out, and the rule that nothing is ever
 * written outside --out: an input tree mirrored naively can carry names such
 * as `../x`, and a symlink planted inside --out could redirect a write.
 */
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import { InputError } from '../errors.js';
import type { Archive, FailureRow } from '../archive/db.js';
import { isInside } from './walk.js';

/** `a/b/report.html` → `a/b/report.json`; when two inputs in one folder share a stem, both keep their extension. */
export function planOutputNames(rels: string[]): Map<string, string> {
  const stemOf = (rel: string) => {
    const dir = posix.dirname(rel);
    const name = posix.basename(rel);
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    return dir === '.' ? stem : `${dir}/${stem}`;
  };
  const byStem = new Map<string, string[]>();
  for (const rel of rels) {
    const list = byStem.get(stemOf(rel)) ?? [];
    list.push(rel);
    byStem.set(stemOf(rel), list);
  }
  const out = new Map<string, string>();
  for (const [stem, members] of byStem) {
    for (const rel of members) out.set(rel, members.length === 1 ? `${stem}.json` : `${rel}.json`);
  }
  return out;
}

/** Absolute path of `rel` under `outDir`, or an InputError if it would land anywhere else. */
export function confineToOut(outDir: string, rel: string): string {
  const root = resolve(outDir);
  const target = resolve(root, rel);
  if (target === root || !isInside(target, root) || rel.split(/[\\/]/).includes('..')) {
    throw new InputError(rel, 'output path would leave the --out folder; refused');
  }
  return target;
}

const TEMP_MARK = '.taskgen-tmp-';

/** Folders already created and checked in this process: thousands of outputs share a few dozen folders. */
const checkedDirs = new Set<string>();

function ensureOutputDir(outDir: string, dir: string, rel: string): void {
  const key = `${outDir}\u0000${dir}`;
  if (checkedDirs.has(key)) return;
  mkdirSync(dir, { recursive: true });
  // A link planted inside --out must not carry the write elsewhere.
  if (!isInside(realpathSync(dir), realpathSync(outDir))) {
    throw new InputError(rel, 'output folder resolves outside --out (symlink); refused');
  }
  checkedDirs.add(key);
}

/**
 * Write-then-rename in the target's own folder, so a reader (or a rerun after
 * kill -9) sees either the old file or the complete new one, never a prefix.
 */
export function writeFileAtomic(outDir: string, rel: string, data: string | Buffer): string {
  return writeStreamAtomic(outDir, rel, (write) => write(data));
}

/**
 * Whether the process that named a temp file (`.taskgen-tmp-<pid>-…`) is still running: a second batch
 * started on the same --out must not delete the first one's files in flight. A reused pid only leaves a
 * stale temp for a later run to remove.
 */
function ownerIsRunning(name: string): boolean {
  const pid = Number(/^\.taskgen-tmp-(\d+)-/.exec(name)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temp files a killed run left behind; returns how many. */
export function removeStaleTemps(outDir: string): number {
  let removed = 0;
  const visit = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (e.isFile() && e.name.startsWith(TEMP_MARK) && !ownerIsRunning(e.name)) {
        unlinkSync(p);
        removed++;
      }
    }
  };
  visit(outDir);
  return removed;
}

/**
 * The same, fed chunk by chunk, for outputs too large to build in memory (tasks.jsonl of a big archive).
 * No fsync: the guarantee is against a killed process (the page cache survives it), and an fsync per
 * file would cost more than parsing the file. A power cut can still lose the last outputs; a rerun redoes them.
 */
export function writeStreamAtomic(outDir: string, rel: string, produce: (write: (chunk: string | Buffer) => void) => void): string {
  const target = confineToOut(outDir, rel);
  const dir = dirname(target);
  ensureOutputDir(outDir, dir, rel);
  const tmp = join(dir, `${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    const fd = openSync(tmp, 'w');
    try {
      produce((chunk) => {
        writeSync(fd, typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
      });
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
  renameSync(tmp, target);
  return target;
}

/**
 * Records a file that failed, dropping what its earlier bytes produced. The JSON goes first, the row
 * second: a kill in between leaves a row whose file is gone, which the rerun (failing again) removes;
 * never an orphan JSON.
 */
export function recordFailedFile(archive: Archive, outDir: string, failure: FailureRow): void {
  const stale = archive.findByPath(failure.path);
  if (stale) {
    const target = confineToOut(outDir, stale.out);
    // The path text is inside --out; a folder on the way may still be a link planted since the last run.
    if (resolvesInside(dirname(target), outDir)) rmSync(target, { force: true });
  }
  archive.recordFailure(failure);
}

/** Whether `dir` (if it exists) really is inside `outDir`, links resolved. A missing folder holds nothing to remove. */
function resolvesInside(dir: string, outDir: string): boolean {
  try {
    const real = realpathSync(dir);
    const root = realpathSync(outDir);
    return real === root || isInside(real, root);
  } catch {
    return false;
  }
}

function fileState(path: string): { size: number; mtimeMs: number } | null {
  try {
    const st = lstatSync(path);
    return st.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : null;
  } catch {
    return null;
  }
}

/**
 * Writes an export (atomically, as writeStreamAtomic) unless the file on disk is the one the archive
 * recorded writing from the same `fingerprint`, with the size and mtime it had then (so a file the user
 * deleted or edited is written again); returns whether it wrote. The record follows the file: a kill in
 * between leaves the old record, and the next run writes the file again rather than trusting it.
 */
export function writeExportIfChanged(
  archive: Archive,
  outDir: string,
  rel: string,
  fingerprint: string,
  produce: (write: (chunk: string | Buffer) => void) => void,
): boolean {
  const target = confineToOut(outDir, rel);
  const was = archive.exportStamp(rel);
  const now = fileState(target);
  if (was && now && was.fingerprint === fingerprint && was.size === now.size && was.mtimeMs === now.mtimeMs) return false;
  writeStreamAtomic(outDir, rel, produce);
  const written = fileState(target);
  if (written) archive.recordExport(rel, { fingerprint, ...written });
  return true;
}

/** The same for an export small enough to build in memory: its fingerprint is its content's hash. */
export function writeSmallExportIfChanged(archive: Archive, outDir: string, rel: string, content: string): boolean {
  const fingerprint = createHash('sha256').update(content).digest('hex');
  return writeExportIfChanged(archive, outDir, rel, fingerprint, (write) => write(content));
}
