/**
 * A fixed set of batch workers fed from one queue. Each worker holds at most
 * two jobs so it never waits on the main thread between files. A worker that
 * dies (out of memory, a native crash) or stops answering (a hostile PDF) costs
 * the file it was on, which is reported as failed; the worker is replaced and
 * its other queued jobs go back to the queue. At the end each worker is asked
 * to close (its archive connection with it) rather than killed.
 */
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXIT } from '../errors.js';
import { WriteLock } from './write-lock.js';
import { packagePath } from '../util/package-root.js';
import type { CloseMessage, JobMessage, ResultMessage, WorkerReport, WorkerSetup } from './protocol.js';

export const DEFAULT_FILE_TIMEOUT_MS = 120_000;
/**
 * A small young generation makes each worker collect short-lived parse garbage
 * early instead of growing its heap; with one worker per core the peaks add up.
 * The old-generation cap turns a runaway document (a 10 MB table of a million
 * tiny cells needs over 1 GB as a DOM) into an error for that file: the worker
 * dies and is replaced, the batch goes on.
 */
export const WORKER_HEAP_MB = 512;
const YOUNG_GENERATION_MB = 16;
/**
 * Files at least this large are parsed one at a time across the pool. A parse needs memory roughly in
 * proportion to the file (a 10 MB HTML table: 450 MB to 1 GB), so two large files side by side could
 * each take a worker to its cap and the process past 1 GB; one large file beside small ones cannot.
 * Government pages and notices are well under 1 MB; PDFs of a few MB are read by pdf.js in its own thread.
 */
export const LARGE_FILE_BYTES = 2 * 1024 * 1024;
const JOBS_PER_WORKER = 2;
/** A worker asked to close that has not exited by then is terminated. */
const CLOSE_GRACE_MS = 10_000;

/**
 * The worker runs the same build as the caller: `dist/worker.js` (an entry of the bundle, see
 * scripts/build.mjs) from the installed CLI, `src/batch/worker.ts` under vitest/tsx. Node 20 cannot load
 * a .ts worker entry by itself and ignores `--import tsx` for the entry module
 * of a worker, so from source a tiny bootstrap registers tsx's hooks first.
 */
export function spawnParseWorker(setup: WorkerSetup, heapMb = WORKER_HEAP_MB): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = fromSource ? new URL('./worker.ts', import.meta.url) : pathToFileURL(packagePath('dist', 'worker.js'));
  const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: heapMb };
  if (!fromSource) return new Worker(entry, { resourceLimits, workerData: setup });
  const bootstrap = `import(${JSON.stringify(tsxEsmApiUrl())})
    .then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, resourceLimits, workerData: setup });
}

/**
 * URL of tsx's ESM register API. `require.resolve` would pick the CommonJS build
 * and import.meta.resolve is not available in every test runner, so read the
 * package's own export map.
 */
export function tsxEsmApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgFile = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as {
    exports: Record<string, { import?: { default?: string } } | string>;
  };
  const entry = pkg.exports['./esm/api'];
  const rel = typeof entry === 'object' ? entry.import?.default : undefined;
  if (!rel) throw new Error('tsx does not export ./esm/api; cannot run batch workers from source');
  return pathToFileURL(join(dirname(pkgFile), rel)).href;
}

/**
 * Why a worker died on the file it held. Out of memory is the file's doing (its size or shape), a
 * condition the user can act on; any other death is taskgen's.
 */
export function describeWorkerDeath(e: Error & { code?: string }, heapMb: number): { reason: string; exitCode: number } {
  if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { reason: `ran out of memory (a batch worker may use ${heapMb} MB): the document is too large or too complex to parse here`, exitCode: EXIT.INPUT };
  }
  return { reason: `worker crashed: ${e.message.split('\n')[0]}`, exitCode: EXIT.BUG };
}

/** Which queued job goes next: the first, or while a large file is being parsed the first small one; -1 for none. */
export function nextJobIndex(queue: readonly JobMessage[], largeInFlight: boolean, isLarge: (job: JobMessage) => boolean): number {
  if (!largeInFlight) return queue.length ? 0 : -1;
  return queue.findIndex((j) => !isLarge(j));
}

function describeMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

export type JobOutcome = ResultMessage;

interface Slot {
  worker: Worker;
  inFlight: JobMessage[];
  lastHeard: number;
  alive: boolean;
}

export interface PoolOptions {
  size: number;
  setup: WorkerSetup;
  timeoutMs?: number;
  /** Each worker's old-generation cap in MB; WORKER_HEAP_MB unless a test wants a worker to run out soon. */
  heapMb?: number;
  onResult: (job: JobMessage, result: JobOutcome) => void;
}

export class ParsePool {
  private readonly queue: JobMessage[] = [];
  private readonly slots: Slot[] = [];
  private readonly timeoutMs: number;
  /** Jobs handed to a worker whose file is large (LARGE_FILE_BYTES): at most one at a time. */
  private readonly largeInFlight = new Set<number>();
  private readonly largeFiles = new Map<number, boolean>();
  private pending = 0;
  private resolveDone: (() => void) | null = null;
  private rejectDone: ((e: unknown) => void) | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  /** Peak resident set reported by the workers (the process-wide figure), KiB. */
  maxRssKiB = 0;

  constructor(private readonly opts: PoolOptions) {
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
  }

  run(jobs: JobMessage[]): Promise<void> {
    this.queue.push(...jobs);
    this.pending = jobs.length;
    if (this.pending === 0) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      this.resolveDone = resolve;
      this.rejectDone = reject;
      for (let i = 0; i < Math.min(this.opts.size, jobs.length); i++) this.addSlot();
      this.watchdog = setInterval(() => this.checkHung(), Math.min(1000, this.timeoutMs));
      this.watchdog.unref();
    });
  }

  private addSlot(): void {
    const slot: Slot = { worker: spawnParseWorker(this.opts.setup, this.opts.heapMb), inFlight: [], lastHeard: Date.now(), alive: true };
    this.slots.push(slot);
    slot.worker.on('message', (m: ResultMessage | WorkerReport) => this.onMessage(slot, m));
    slot.worker.on('error', (e) => {
      const { reason, exitCode } = describeWorkerDeath(e, this.opts.heapMb ?? WORKER_HEAP_MB);
      this.onWorkerDeath(slot, reason, exitCode);
    });
    slot.worker.on('exit', (code) => {
      if (slot.alive) this.onWorkerDeath(slot, `worker exited with code ${code}`);
    });
    this.feed(slot);
  }

  private feed(slot: Slot): void {
    while (slot.alive && slot.inFlight.length < JOBS_PER_WORKER) {
      const job = this.takeNext();
      if (!job) return;
      if (slot.inFlight.length === 0) slot.lastHeard = Date.now();
      slot.inFlight.push(job);
      slot.worker.postMessage(job);
    }
  }

  /** The next job in queue order, passing over large files while one is being parsed. */
  private takeNext(): JobMessage | undefined {
    const at = nextJobIndex(this.queue, this.largeInFlight.size > 0, (j) => this.isLarge(j));
    if (at < 0) return undefined;
    const [job] = this.queue.splice(at, 1);
    if (this.isLarge(job!)) this.largeInFlight.add(job!.id);
    return job;
  }

  private isLarge(job: JobMessage): boolean {
    let large = this.largeFiles.get(job.id);
    if (large === undefined) {
      try {
        large = statSync(job.path).size >= LARGE_FILE_BYTES;
      } catch {
        large = false; // the worker names the problem
      }
      this.largeFiles.set(job.id, large);
    }
    return large;
  }

  /** A job left its worker (answered, or handed back after a death): a large file's turn may be free again. */
  private released(job: JobMessage): void {
    if (this.largeInFlight.delete(job.id)) for (const s of this.slots) this.feed(s);
  }

  private onMessage(slot: Slot, m: ResultMessage | WorkerReport): void {
    slot.lastHeard = Date.now();
    if (m.type === 'usage') {
      this.maxRssKiB = Math.max(this.maxRssKiB, m.maxRssKiB);
      return;
    }
    // A batch stopped by a write error still hears from jobs its workers were finishing.
    if (!this.resolveDone) return;
    const idx = slot.inFlight.findIndex((j) => j.id === m.id);
    if (idx < 0) return;
    const [job] = slot.inFlight.splice(idx, 1);
    this.settle(job!, m);
    this.feed(slot);
    this.released(job!);
  }

  private settle(job: JobMessage, result: JobOutcome): void {
    try {
      this.opts.onResult(job, result);
    } catch (e) {
      // A failure to write outputs is not the file's fault and would repeat for every file: stop the batch.
      this.finish(e);
      return;
    }
    this.pending--;
    if (this.pending === 0) this.finish(null);
  }

  private onWorkerDeath(slot: Slot, reason: string, exitCode: number = EXIT.BUG): void {
    if (!slot.alive) return;
    slot.alive = false;
    const threadId = slot.worker.threadId;
    void slot.worker.terminate().then(() => WriteLock.releaseIfHeldBy(this.opts.setup.writeLock, threadId));
    this.slots.splice(this.slots.indexOf(slot), 1);
    const [current, ...rest] = slot.inFlight;
    slot.inFlight = [];
    for (const job of rest) this.largeInFlight.delete(job.id);
    this.queue.unshift(...rest);
    if (current) {
      this.settle(current, { type: 'failed', id: current.id, reason, exitCode, bytes: 0, ms: 0, recorded: false, stamp: null });
      this.largeInFlight.delete(current.id);
    }
    if (this.pending > 0 && this.resolveDone) this.addSlot();
    for (const s of this.slots) this.feed(s);
  }

  private checkHung(): void {
    const now = Date.now();
    for (const slot of [...this.slots]) {
      if (slot.inFlight.length && now - slot.lastHeard > this.timeoutMs) {
        this.onWorkerDeath(slot, `timed out after ${describeMs(this.timeoutMs)}`);
      }
    }
  }

  private finish(error: unknown): void {
    if (this.watchdog) clearInterval(this.watchdog);
    this.watchdog = null;
    const resolve = this.resolveDone;
    const reject = this.rejectDone;
    this.resolveDone = this.rejectDone = null;
    const closing = this.slots.map((slot) => this.close(slot));
    this.slots.length = 0;
    void Promise.all(closing).then(() => (error ? reject?.(error) : resolve?.()));
  }

  /** Lets the worker finish what it holds and close its archive connection; terminates it if it does not. */
  private close(slot: Slot): Promise<void> {
    slot.alive = false;
    return new Promise<void>((done) => {
      const timer = setTimeout(() => void slot.worker.terminate(), CLOSE_GRACE_MS);
      slot.worker.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      slot.worker.postMessage({ type: 'close' } satisfies CloseMessage);
    });
  }
}
