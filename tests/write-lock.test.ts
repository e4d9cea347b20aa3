import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { createWriteLock, WriteLock } from '../src/batch/write-lock.js';
import { tsxEsmApiUrl } from '../src/batch/pool.js';

/** A worker that increments a shared counter `rounds` times by a deliberately non-atomic read-modify-write. */
function incrementer(lock: SharedArrayBuffer, counter: SharedArrayBuffer, rounds: number, locked: boolean): Promise<void> {
  const lockModule = new URL('../src/batch/write-lock.ts', import.meta.url).href;
  const body = `
    const { workerData, threadId } = require('node:worker_threads');
    import(${JSON.stringify(tsxEsmApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(lockModule)}); }).then(({ WriteLock }) => {
      const lock = new WriteLock(workerData.lock, threadId);
      const counter = new Int32Array(workerData.counter);
      const bump = () => { const v = counter[0]; for (let k = 0; k < 200; k++) Math.sqrt(k); counter[0] = v + 1; };
      for (let i = 0; i < workerData.rounds; i++) workerData.locked ? lock.run(bump) : bump();
    });`;
  const worker = new Worker(body, { eval: true, workerData: { lock, counter, rounds, locked } });
  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', () => resolve());
  });
}

describe('WriteLock: one archive writer at a time among batch workers', () => {
  it('loses no update when two threads read-modify-write under it', async () => {
    const lock = createWriteLock();
    const counter = new SharedArrayBuffer(4);
    await Promise.all([incrementer(lock, counter, 20_000, true), incrementer(lock, counter, 20_000, true)]);
    expect(new Int32Array(counter)[0]).toBe(40_000);
    expect(new Int32Array(lock)[0]).toBe(0);
  });

  it('releases on an exception and returns what the write returns', () => {
    const buffer = createWriteLock();
    const lock = new WriteLock(buffer, 7);
    expect(lock.run(() => 42)).toBe(42);
    expect(() => lock.run(() => { throw new Error('disk full'); })).toThrow('disk full');
    expect(new Int32Array(buffer)[0]).toBe(0);
  });

  it('frees a lock held by a worker that died, and only that one', () => {
    const buffer = createWriteLock();
    const word = new Int32Array(buffer);
    Atomics.store(word, 0, 5);
    WriteLock.releaseIfHeldBy(buffer, 6);
    expect(word[0]).toBe(5);
    WriteLock.releaseIfHeldBy(buffer, 5);
    expect(word[0]).toBe(0);
  });
});
