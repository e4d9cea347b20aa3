/**
 * File stamps: what a source file looked like on disk (size, modification and change times, inode)
 * when a batch last read it, kept in the archive beside the sha256 and summary counts that read gave.
 * A rerun that finds a file with exactly the stamp it was read with takes the archived result
 * without reading or hashing the file again; any other stamp means the file is read as before.
 *
 * ctime is the safeguard: the kernel sets it on every write and nobody can set it back, so a file
 * rewritten with the same size and its mtime restored (`touch -d`, `cp -p`) still shows a new stamp.
 */
import type { Stats } from 'node:fs';
import { statSync } from 'node:fs';

export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/**
 * How long after its last change a file's stamp may be trusted. A write landing in the same clock tick
 * as the one before our read leaves the times unchanged (file times are coarse: a few ms on ext4, 1–2 s
 * on some network and FAT file systems), so a file changed this recently is stamped on a later read.
 */
export const SETTLE_MS = 2000;

export function stampOf(st: Pick<Stats, 'size' | 'mtimeMs' | 'ctimeMs' | 'ino'>): FileStamp {
  return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino };
}

/** The stamp of a path now (links followed, as a read would), or null if it cannot be had. */
export function currentStamp(path: string): FileStamp | null {
  try {
    const st = statSync(path);
    return st.isFile() ? stampOf(st) : null;
  } catch {
    return null;
  }
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;
}

/** Whether a stamp taken when a read started at `readStartedMs` is old enough to vouch for the bytes read. */
export function isSettled(stamp: FileStamp, readStartedMs: number, settleMs: number = SETTLE_MS): boolean {
  return Math.max(stamp.mtimeMs, stamp.ctimeMs) + settleMs <= readStartedMs;
}
