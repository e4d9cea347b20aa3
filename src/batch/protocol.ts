/** Messages between the batch scheduler (main thread) and its workers. */
import type { DocumentKind, StatusCode } from '../model/schema.js';

export interface JobMessage {
  type: 'job';
  id: number;
  path: string;
  /** Where this input's JSON goes, relative to --out (already confined by the scheduler). */
  outRel: string;
  /** sha256 the archive holds for this path from this taskgen version; equal bytes are not parsed again. */
  knownSha256: string | null;
  /** The input folder the file was found under: its folder names may say the place. */
  root: string;
}

/** What the summary needs of a document, whether parsed now or by an earlier run. */
export type { DocumentCounts } from '../archive/db.js';
import type { DocumentCounts, StoredStamp } from '../archive/db.js';

/**
 * A worker answers each job only after the file's outputs are in place (JSON renamed in, archive
 * transaction committed), so the scheduler never holds a document nor writes on its behalf.
 */
/** How the file looked when read and what it gave (batch/stamps.ts), once settled; the main thread records it. */
export interface ReadStamp extends StoredStamp {
  sha256: string;
}

export type ResultMessage =
  | ({ type: 'parsed'; id: number; bytes: number; ms: number; stamp: ReadStamp | null } & DocumentCounts)
  | { type: 'unchanged'; id: number; bytes: number; counts: DocumentCounts | null; stamp: ReadStamp | null }
  /** Not a document taskgen reads (an image, our own JSON…): left alone, not an error, but named in skipped.jsonl. */
  | { type: 'ignored'; id: number; reason: string; bytes: number }
  /** `recorded`: the worker has put the failure in the archive; a worker that died could not. */
  | { type: 'failed'; id: number; reason: string; exitCode: number; bytes: number; ms: number; recorded: boolean; stamp: ReadStamp | null }
  /** The outputs could not be written (disk full, permissions): not the file's fault, so the batch stops. */
  | { type: 'write-error'; id: number; reason: string };

export type WorkerReport = { type: 'usage'; /** Peak resident set of the whole process in KiB (threads share it). */ maxRssKiB: number };

/** Sent once the queue is empty: the worker closes its archive connection and exits. */
export interface CloseMessage {
  type: 'close';
}

/** Configuration each worker applies before its first file, so it parses as `taskgen parse` would. */
export interface WorkerSetup {
  /** The --out folder: JSON outputs and archive.db. */
  out: string;
  /** The batch's archive write lock (write-lock.ts), shared by all its workers. */
  writeLock: SharedArrayBuffer;
  /** User alias files (global --aliases), which extractors consult when matching units. */
  aliasFiles?: string[];
  /** batch --issuer / --place: said of every document that does not say it itself. */
  issuer?: string | undefined;
  place?: string | undefined;
  /** How long after its last change a file is stamped (stamps.ts SETTLE_MS; tests shorten it). */
  settleMs?: number | undefined;
}
