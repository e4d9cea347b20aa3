/**
 * One archive writer at a time among a batch's workers, handed over the moment it is free.
 *
 * SQLite serialises the workers' transactions by itself, but its busy handler sleeps 1, 2, 5, 10 ms
 * between retries; with two workers each committing a document every ~10 ms those sleeps cost about
 * 1 ms per document (measured: 2.0 ms per transaction with one worker, 2.8–3.3 ms with two).
 * Atomics.wait wakes the next writer as soon as the holder is done. SQLite's own locking still
 * guards against other processes; this only orders the threads of one batch.
 *
 * The lock word holds the holder's threadId (0 = free), so the pool can free the lock of a worker
 * it had to terminate.
 */
const FREE = 0;
/** Upper bound on one wait, so a holder that vanished without a notify costs a retry, not a hang. */
const WAIT_SLICE_MS = 100;

export function createWriteLock(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

export class WriteLock {
  private readonly word: Int32Array;

  constructor(buffer: SharedArrayBuffer, private readonly owner: number) {
    if (owner === FREE) throw new Error('a write lock owner needs a non-zero id (a worker threadId)');
    this.word = new Int32Array(buffer);
  }

  run<T>(write: () => T): T {
    for (;;) {
      const holder = Atomics.compareExchange(this.word, 0, FREE, this.owner);
      if (holder === FREE) break;
      Atomics.wait(this.word, 0, holder, WAIT_SLICE_MS);
    }
    try {
      return write();
    } finally {
      Atomics.store(this.word, 0, FREE);
      Atomics.notify(this.word, 0, 1);
    }
  }

  /** Frees the lock if `owner` (a worker that died or was terminated) still holds it. */
  static releaseIfHeldBy(buffer: SharedArrayBuffer, owner: number): void {
    const word = new Int32Array(buffer);
    if (Atomics.compareExchange(word, 0, owner, FREE) === owner) Atomics.notify(word, 0, 1);
  }
}
