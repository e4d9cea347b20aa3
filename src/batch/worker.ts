/**
 * A batch parse worker: reads one file, decides by content whether it is a
 * document, parses it and hands back the document and its JSON text. It never
 * writes; the main thread owns every output so crash-safety lives in one place.
 * Any exception is a result for that file, never the end of the worker.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseBytes, describeFsError } from '../pipeline.js';
import { sniffFormat } from '../readers/index.js';
import { writeJson } from '../writers/json.js';
import { writeJsonl } from '../writers/jsonl.js';
import { packTaskLines } from '../archive/pack.js';
import { EXIT, isInputError } from '../errors.js';
import type { JobMessage, ResultMessage, WorkerSetup } from './protocol.js';
import { loadAliasFile } from '../extract/aliases.js';

/** Extensions taken even when sniffing fails, so a corrupt document is reported instead of silently skipped. */
const DOCUMENT_EXTENSIONS = new Set(['.html', '.htm', '.shtml', '.xhtml', '.txt', '.text', '.pdf', '.docx']);

/** Data and output formats that sniff as text but are never task documents (our own outputs among them). */
const NOT_DOCUMENT_EXTENSIONS = new Set(['.json', '.jsonl', '.csv', '.tsv', '.db', '.sqlite', '.log', '.js', '.ts', '.css']);

async function handle(job: JobMessage): Promise<ResultMessage> {
  const started = performance.now();
  let bytes: Buffer;
  try {
    bytes = await readFile(job.path);
  } catch (e) {
    return { type: 'failed', id: job.id, sha256: null, reason: describeFsError(e), exitCode: EXIT.INPUT, bytes: 0, ms: 0 };
  }
  const ext = extname(job.path).toLowerCase();
  if (NOT_DOCUMENT_EXTENSIONS.has(ext)) return { type: 'ignored', id: job.id, reason: `${ext} files are not documents`, bytes: bytes.length };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (job.knownSha256 === sha256) return { type: 'unchanged', id: job.id, sha256, bytes: bytes.length };
  if (sniffFormat(bytes, job.path) === null && !DOCUMENT_EXTENSIONS.has(ext)) {
    return { type: 'ignored', id: job.id, reason: 'not a document format taskgen reads', bytes: bytes.length };
  }
  try {
    const doc = await parseBytes(bytes, job.path);
    // Serialised here, off the main thread, which only writes.
    const json = writeJson([doc]);
    const jsonl = packTaskLines(writeJsonl([doc]));
    return { type: 'parsed', id: job.id, sha256, doc, json, jsonl, bytes: bytes.length, ms: performance.now() - started };
  } catch (e) {
    const ms = performance.now() - started;
    if (isInputError(e)) return { type: 'failed', id: job.id, sha256, reason: e.reason, exitCode: e.exitCode, bytes: bytes.length, ms };
    const reason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return { type: 'failed', id: job.id, sha256, reason, exitCode: EXIT.BUG, bytes: bytes.length, ms };
  }
}

const port = parentPort;
if (!port) throw new Error('batch worker must run in a worker thread');
// The main thread has already loaded these files once, so a bad file was reported there, not here.
for (const file of (workerData as WorkerSetup | null)?.aliasFiles ?? []) loadAliasFile(file);
// One file at a time, in arrival order, even though the pool sends the next job early: if this worker
// dies or hangs, the file it was on is the oldest one it holds, and that is the one the pool blames.
let chain: Promise<void> = Promise.resolve();
port.on('message', (job: JobMessage) => {
  chain = chain.then(async () => {
    port.postMessage(await handle(job));
    port.postMessage({ type: 'usage', maxRssKiB: process.resourceUsage().maxRSS });
  });
});
