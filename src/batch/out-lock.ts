/**
 * One batch at a time per --out folder. Two batches on the same folder would each take the other's
 * temp files for a killed run's leftovers, write the same JSON twice and race on tasks.jsonl; the
 * second one is refused with one line instead, naming the process that holds the folder.
 *
 * The lock is a file in --out holding the holder's pid and, where /proc tells it, the process start
 * time (a pid reused by an unrelated process after a crash must not keep the folder locked). It is
 * created whole, by hard-linking a finished temp file to the lock name: an `open(O_EXCL)` followed by
 * a write would let a second batch read an empty lock between the two and take it for a stale one.
 * A lock left by a killed batch (its process gone) is removed and taken over.
 */
import { closeSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describeFsError, InputError } from '../errors.js';

export const OUT_LOCK_FILE = '.taskgen-batch.lock';

interface Holder {
  pid: number;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat field 22), when known. */
  started: string | null;
}

export interface OutLock {
  /** Removes the lock if it is still this process's. */
  release(): void;
}

/** Takes --out for this batch, creating the folder if needed; an InputError (exit 2) when another batch holds it. */
export function lockOut(out: string): OutLock {
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new InputError(out, `cannot create the --out folder: ${describeFsError(e)}`);
  }
  const lockPath = join(out, OUT_LOCK_FILE);
  const mine = `${process.pid} ${processStart(process.pid) ?? '-'}\n`;
  // Three tries: a stale lock removed once may be re-taken by a third batch in the same instant.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(out, lockPath, mine)) return { release: () => releaseIfMine(lockPath, mine) };
    const seen = readHolder(lockPath);
    if (seen === 'gone') continue;
    if (isRunning(seen.holder)) {
      throw new InputError(out, `another taskgen batch (pid ${seen.holder.pid}) is writing to this folder; wait for it to finish or choose another --out`);
    }
    // Left by a batch that was killed. Re-read right before removing, so a lock just re-taken is kept.
    const again = readHolder(lockPath);
    if (again !== 'gone' && again.text === seen.text) unlinkQuietly(lockPath);
  }
  throw new InputError(out, 'could not take the batch lock (other batches keep starting on this folder); try again');
}

/** Links a complete temp file to the lock name; false if a lock is already there. */
function tryCreate(out: string, lockPath: string, content: string): boolean {
  // The temp name carries the pid the way outputs.ts names temps, so a killed run's one is cleaned up.
  const tmp = join(out, `.taskgen-tmp-${process.pid}-lock-${randomBytes(4).toString('hex')}`);
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    linkSync(tmp, lockPath);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new InputError(out, `cannot write the batch lock: ${describeFsError(e)}`);
  } finally {
    unlinkQuietly(tmp);
  }
}

/** The lock's holder, or 'gone' if the lock vanished meanwhile. Never follows a link planted as the lock. */
function readHolder(lockPath: string): { holder: Holder; text: string } | 'gone' {
  let text: string;
  try {
    const st = lstatSync(lockPath);
    if (!st.isFile()) throw new InputError(lockPath, 'is not a regular file (a link or device where the batch lock goes); remove it');
    // A real lock is a few bytes; anything larger is not ours, and reading it is not needed to judge it.
    text = st.size <= 64 ? readFileSync(lockPath, 'utf8') : '';
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
    if (e instanceof InputError) throw e;
    throw new InputError(lockPath, `cannot read the batch lock: ${describeFsError(e)}`);
  }
  const m = /^(\d+) (\d+|-)\n$/.exec(text);
  // Unreadable content: no live process can be named, so it is treated as a killed batch's lock.
  const holder = m ? { pid: Number(m[1]), started: m[2] === '-' ? null : m[2]! } : { pid: 0, started: null };
  return { holder, text };
}

function isRunning(holder: Holder): boolean {
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (holder.started === null) return true;
  const now = processStart(holder.pid);
  return now === null || now === holder.started;
}

/** Field 22 of /proc/<pid>/stat (start time since boot); null where /proc is not there. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return /^\d+$/.test(fields[19] ?? '') ? fields[19]! : null;
  } catch {
    return null;
  }
}

function releaseIfMine(lockPath: string, mine: string): void {
  const seen = readHolderQuietly(lockPath);
  if (seen === mine) unlinkQuietly(lockPath);
}

function readHolderQuietly(lockPath: string): string | null {
  try {
    return lstatSync(lockPath).isFile() ? readFileSync(lockPath, 'utf8') : null;
  } catch {
    return null;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
