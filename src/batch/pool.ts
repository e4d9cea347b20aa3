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
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EXIT } from '../errors.js';
import { WriteLock } from './write-lock.js';
import type { CloseMessage, JobMessage, ResultMessage, WorkerReport, WorkerSetup } from './protocol.js';

export const DEFAULT_FILE_TIMEOUT_MS = 120_000;
/**
 * A small young generation makes each worker collect short-lived parse garbage
 * early instead of growing its heap; with one worker per core the peaks add up.
 * The old-generation cap turns a runaway document into an error for that file
 * (the worker dies and is replaced) instead of swapping the machine.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 };
const JOBS_PER_WORKER = 2;
/** A worker asked to close that has not exited by then is terminated. */
const CLOSE_GRACE_MS = 10_000;

/**
 * The worker runs the same build as the caller: `dist/batch/worker.js` from the
 * installed CLI, `src/batch/worker.ts` under vitest/tsx. Node 20 cannot load
 * a .ts worker entry by itself and ignores `--import tsx` for the entry module
 * of a worker, so from source a tiny bootstrap registers tsx's hooks first.
 */
export function spawnParseWorker(setup: WorkerSetup): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
  if (!fromSource) return new Worker(entry, { resourceLimits: WORKER_LIMITS, workerData: setup });
  const bootstrap = `import(${JSON.stringify(tsxEsmApiUrl())})
    .then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, resourceLimits: WORKER_LIMITS, workerData: setup });
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
  onResult: (job: JobMessage, result: JobOutcome) => void;
}

export class ParsePool {
  private readonly queue: JobMessage[] = [];
  private readonly slots: Slot[] = [];
  private readonly timeoutMs: number;
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
    const slot: Slot = { worker: spawnParseWorker(this.opts.setup), inFlight: [], lastHeard: Date.now(), alive: true };
    this.slots.push(slot);
    slot.worker.on('message', (m: ResultMessage | WorkerReport) => this.onMessage(slot, m));
    slot.worker.on('error', (e) => this.onWorkerDeath(slot, `worker crashed: ${e.message}`));
    slot.worker.on('exit', (code) => {
      if (slot.alive) this.onWorkerDeath(slot, `worker exited with code ${code}`);
    });
    this.feed(slot);
  }

  private feed(slot: Slot): void {
    while (slot.alive && slot.inFlight.length < JOBS_PER_WORKER && this.queue.length) {
      const job = this.queue.shift()!;
      if (slot.inFlight.length === 0) slot.lastHeard = Date.now();
      slot.inFlight.push(job);
      slot.worker.postMessage(job);
    }
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

  private onWorkerDeath(slot: Slot, reason: string): void {
    if (!slot.alive) return;
    slot.alive = false;
    const threadId = slot.worker.threadId;
    void slot.worker.terminate().then(() => WriteLock.releaseIfHeldBy(this.opts.setup.writeLock, threadId));
    this.slots.splice(this.slots.indexOf(slot), 1);
    const [current, ...rest] = slot.inFlight;
    slot.inFlight = [];
    this.queue.unshift(...rest);
    if (current) {
      this.settle(current, { type: 'failed', id: current.id, reason, exitCode: EXIT.BUG, bytes: 0, ms: 0, recorded: false });
    }
    if (this.pending > 0 && this.resolveDone) this.addSlot();
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
