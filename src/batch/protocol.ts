/** Messages between the batch scheduler (main thread) and its parse workers. */
import type { Buffer } from 'node:buffer';
import type { TaskDocument } from '../model/schema.js';

export interface JobMessage {
  type: 'job';
  id: number;
  path: string;
  /** sha256 the archive holds for this path from this taskgen version; equal bytes are not parsed again. */
  knownSha256: string | null;
}

export type ResultMessage =
  | { type: 'parsed'; id: number; sha256: string; doc: TaskDocument; json: string; jsonl: Buffer; bytes: number; ms: number }
  | { type: 'unchanged'; id: number; sha256: string; bytes: number }
  /** Not a document taskgen reads (an image, a spreadsheet…): left alone, not an error. */
  | { type: 'ignored'; id: number; reason: string; bytes: number }
  | { type: 'failed'; id: number; sha256: string | null; reason: string; exitCode: number; bytes: number; ms: number };

export interface WorkerReport {
  type: 'usage';
  /** Peak resident set of the whole process in KiB (threads share it), from getrusage. */
  maxRssKiB: number;
}

/** Configuration each worker applies before its first file, so it parses as `taskgen parse` would. */
export interface WorkerSetup {
  /** User alias files (global --aliases), which extractors consult when matching units. */
  aliasFiles?: string[];
}
