/**
 * A batch worker: reads one file, decides by content whether it is a
 * document, parses it and writes everything that file produces: its JSON
 * (write-then-rename) and its archive rows (one SQLite transaction on the
 * worker's own connection). The main thread only schedules and counts; with
 * it as the single writer, its ~3 ms of inserts per document were a serial
 * share that held the 1→2 jobs speedup near 1.2×.
 * Any exception is a result for that file, never the end of the worker.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { MAX_INPUT_BYTES, readGatedWithStat } from '../util/input-gate.js';
import { extname } from 'node:path';
import { packTaskLines } from '../archive/pack.js';
import { Archive, type DocumentCounts } from '../archive/db.js';
import { ContentError, describeFsError, EXIT, isInputError } from '../errors.js';
import { GENERATOR } from '../version.js';
import type { TaskDocument } from '../model/schema.js';
import type { CloseMessage, JobMessage, ReadStamp, ResultMessage, WorkerSetup } from './protocol.js';
import { isSettled, stampOf, type FileStamp } from './stamps.js';
import { loadAliasFile } from '../extract/aliases.js';
import { recordFailedFile, writeFileAtomic } from './outputs.js';
import { WriteLock } from './write-lock.js';
import { resolveProvenance } from '../archive/place.js';
import { onHeartbeat } from '../util/heartbeat.js';
import { holdPdfWorker, releasePdfWorker } from '../readers/pdf-worker.js';

/**
 * The parsing half of taskgen (readers, extractors, writers), loaded at the first file that needs
 * parsing: a rerun over an unchanged archive only hashes files, and loading the pipeline cost each
 * worker more than hashing two thousand of them.
 */
type Parsing = {
  parseBytes: typeof import('../pipeline.js').parseBytes;
  sniffFormat: typeof import('../readers/index.js').sniffFormat;
  writeJsonByTask: typeof import('../writers/json.js').writeJsonByTask;
  documentLines: typeof import('../writers/jsonl.js').documentLines;
};
let parsing: Promise<Parsing> | null = null;
function loadParsing(): Promise<Parsing> {
  parsing ??= Promise.all([import('../pipeline.js'), import('../readers/index.js'), import('../writers/json.js'), import('../writers/jsonl.js')]).then(
    ([pipeline, readers, json, jsonl]) => ({
      parseBytes: pipeline.parseBytes,
      sniffFormat: readers.sniffFormat,
      writeJsonByTask: json.writeJsonByTask,
      documentLines: jsonl.documentLines,
    }),
  );
  return parsing;
}

/**
 * Extensions taken even when sniffing fails, so a corrupt document is reported instead of silently skipped.
 * Office formats are among them: the reader converts what it can and names what it cannot (the package
 * to install, the format it does not read yet), which is the user's next step.
 */
const DOCUMENT_EXTENSIONS = new Set([
  '.html', '.htm', '.shtml', '.xhtml', '.txt', '.text', '.pdf', '.docx', '.csv', '.tsv',
  '.doc', '.wps', '.rtf', '.odt', '.xls', '.et', '.xlsx', '.ods',
]);

/** Data and output formats that sniff as text but are never task documents (our own outputs among them). */
const NOT_DOCUMENT_EXTENSIONS = new Set(['.json', '.jsonl', '.db', '.sqlite', '.log', '.js', '.ts', '.css']);

function countsOf(doc: TaskDocument): DocumentCounts {
  const statuses: DocumentCounts['statuses'] = {};
  for (const t of doc.tasks) {
    const code = t.status?.code ?? 'none';
    statuses[code] = (statuses[code] ?? 0) + 1;
  }
  return { kind: doc.kind, warnings: doc.warnings.length, statuses };
}

/** A write failure is not the file's fault and would repeat for every file, so it is told apart from a parse failure. */
class WriteError extends Error {}

/** The batch's archive write lock, set once at start-up (below). */
let lock: WriteLock;

/** Runs an output step; `archive` steps also take the batch's write lock. */
function writing<T>(what: () => T, archive = false): T {
  try {
    return archive ? lock.run(what) : what();
  } catch (e) {
    throw new WriteError(isInputError(e) ? `${e.file}: ${e.reason}` : describeFsError(e));
  }
}

async function handle(archive: Archive, out: string, job: JobMessage): Promise<ResultMessage> {
  const started = performance.now();
  const readStartedMs = Date.now();
  let bytes: Buffer;
  let seen: FileStamp;
  try {
    // Gated like `taskgen parse`: a huge or special file is refused before it is read.
    const read = await readGatedWithStat(job.path, { maxBytes: MAX_INPUT_BYTES, what: 'document' });
    bytes = read.bytes;
    seen = stampOf(read.stat);
  } catch (e) {
    return fail(archive, out, job, null, isInputError(e) ? e.reason : describeFsError(e), EXIT.INPUT, 0, 0);
  }
  const ext = extname(job.path).toLowerCase();
  if (NOT_DOCUMENT_EXTENSIONS.has(ext)) return { type: 'ignored', id: job.id, reason: `${ext} files are data, not documents`, bytes: bytes.length };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (job.knownSha256 === sha256) {
    // The bytes went bad and came back: the failure recorded in between no longer holds.
    writing(() => archive.clearFailure(job.path), true);
    // The document is unchanged but --issuer/--place may not be.
    writing(() => archive.updateProvenance(job.path, (row) => resolveProvenance(row, given, job.path, job.root)), true);
    const counts = archive.documentCounts(job.path);
    // Read because its stamp was missing or differed (touched, copied back): the next run need not read it.
    const stamp = counts ? settledStamp(seen, readStartedMs, sha256, counts) : null;
    return { type: 'unchanged', id: job.id, bytes: bytes.length, counts, stamp };
  }
  const { parseBytes, sniffFormat, writeJsonByTask, documentLines } = await loadParsing();
  if (!DOCUMENT_EXTENSIONS.has(ext) && sniffFormat(bytes, job.path) === null) {
    return { type: 'ignored', id: job.id, reason: notDocumentReason(bytes, ext), bytes: bytes.length };
  }
  let doc: TaskDocument;
  try {
    doc = await parseBytes(bytes, job.path);
  } catch (e) {
    const ms = performance.now() - started;
    // A failure of the content itself is stamped: the same bytes would only fail the same way again.
    const stamp = e instanceof ContentError ? settledStamp(seen, readStartedMs, sha256, null) : null;
    if (isInputError(e)) return fail(archive, out, job, sha256, e.reason, e.exitCode, bytes.length, ms, stamp);
    const reason = `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return fail(archive, out, job, sha256, reason, EXIT.BUG, bytes.length, ms);
  }
  const provenance = resolveProvenance(doc, given, job.path, job.root);
  if (provenance.warning) doc.warnings.push({ code: 'place-from-folder', message: provenance.warning });
  // Output file first, row second: a kill between the two leaves no row, so the rerun parses again.
  // Each task serialised once, for its JSON file and its tasks.jsonl line alike.
  const taskJson = doc.tasks.map((t) => JSON.stringify(t));
  writing(() => writeFileAtomic(out, job.outRel, writeJsonByTask(doc, taskJson)));
  const taskLines = packTaskLines(documentLines(doc, taskJson));
  const counts = countsOf(doc);
  writing(() => archive.replaceDocument(job.path, job.outRel, doc, taskLines, provenance), true);
  const stamp = settledStamp(seen, readStartedMs, sha256, counts);
  return { type: 'parsed', id: job.id, bytes: bytes.length, ms: performance.now() - started, ...counts, stamp };
}

/** The stamp to keep for a file read at `readStartedMs`, or null while it changed too recently to vouch for. */
function settledStamp(seen: FileStamp, readStartedMs: number, sha256: string, counts: DocumentCounts | null): ReadStamp | null {
  return isSettled(seen, readStartedMs, setup.settleMs) ? { ...seen, sha256, counts } : null;
}

/** Why a file that is neither a known extension nor sniffs as a document was passed over, for skipped.jsonl. */
function notDocumentReason(bytes: Buffer, ext: string): string {
  if (bytes.length === 0) return 'empty file with no document extension';
  const head = bytes.subarray(0, 8);
  if (head[0] === 0x89 && head.subarray(1, 4).toString('latin1') === 'PNG') return 'image (PNG), not a document';
  if (head[0] === 0xff && head[1] === 0xd8) return 'image (JPEG), not a document';
  if (head.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return 'ZIP archive that is not a Word document';
  return `binary ${ext || 'file without extension'}, not a document format taskgen reads`;
}

function fail(
  archive: Archive,
  out: string,
  job: JobMessage,
  sha256: string | null,
  reason: string,
  exitCode: number,
  bytes: number,
  ms: number,
  stamp: ReadStamp | null = null,
): ResultMessage {
  writing(() => recordFailedFile(archive, out, { path: job.path, sha256, generator: GENERATOR, reason, exit_code: exitCode }), true);
  return { type: 'failed', id: job.id, reason, exitCode, bytes, ms, recorded: true, stamp };
}

const port = parentPort;
if (!port) throw new Error('batch worker must run in a worker thread');
// LibreOffice and OCR run for minutes on a long file: their beats keep the pool from taking it for hung.
onHeartbeat(() => port.postMessage({ type: 'usage', maxRssKiB: process.resourceUsage().maxRSS }));
const setup = workerData as WorkerSetup;
// The main thread has already loaded these files once, so a bad file was reported there, not here.
for (const file of setup.aliasFiles ?? []) await loadAliasFile(file);
// The main thread created the archive; this connection only adds rows.
const archive = Archive.open(setup.out, { existing: true });
lock = new WriteLock(setup.writeLock, threadId);
// PDFs come every few files in a mixed archive: one pdf.js worker serves them all, let go at the end.
holdPdfWorker();
const given = { issuer: setup.issuer, place: setup.place };
// One file at a time, in arrival order, even though the pool sends the next job early: if this worker
// dies or hangs, the file it was on is the oldest one it holds, and that is the one the pool blames.
let chain: Promise<void> = Promise.resolve();
const USAGE_EVERY_MS = 1000;
let usageSentAt = -Infinity;
port.on('message', (m: JobMessage | CloseMessage) => {
  chain = chain.then(async () => {
    if (m.type === 'close') {
      port.postMessage({ type: 'usage', maxRssKiB: process.resourceUsage().maxRSS });
      releasePdfWorker();
      archive.close();
      port.close();
      return;
    }
    let result: ResultMessage;
    try {
      result = await handle(archive, setup.out, m);
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      result = { type: 'write-error', id: m.id, reason: e.message };
    }
    port.postMessage(result);
    // The peak RSS is the whole process's (the main thread reads it too at the end): once a second is enough,
    // where a getrusage call and a message per file cost ~0.25 ms of each file's ~18.
    const now = performance.now();
    if (now - usageSentAt >= USAGE_EVERY_MS) {
      usageSentAt = now;
      port.postMessage({ type: 'usage', maxRssKiB: process.resourceUsage().maxRSS });
    }
  });
});
