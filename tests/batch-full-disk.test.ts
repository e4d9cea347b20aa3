/**
 * A rerun on a disk that fills up (issue 14): the workers' outputs fit, the end-of-run exports do
 * not. That is the user's condition: one InputError naming --out (exit 2), no temp file left, the
 * earlier tasks.jsonl kept whole, --out free for the next run. The full disk is simulated by failing
 * the main thread's writes of temp files with ENOSPC (the workers run in their own threads and are
 * not touched); a real small tmpfs gave the same line (docs/hostile-inputs.md).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { OUT_LOCK_FILE } from '../src/batch/out-lock.js';
import { runBatch } from '../src/batch/run.js';
import { InputError } from '../src/errors.js';
import { ROOT } from './support/cli.js';

const disk = vi.hoisted(() => ({ full: false, tempFds: new Set<number>() }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const openSync = (path: fs.PathLike, ...rest: unknown[]) => {
    const fd = (real.openSync as (...a: unknown[]) => number)(path, ...rest);
    // The batch's output temp files; the lock's own temp file is not an output.
    if (/\.taskgen-tmp-\d+-(?!lock-)/.test(String(path))) disk.tempFds.add(fd);
    return fd;
  };
  const writeSync = (fd: number, ...rest: unknown[]) => {
    if (disk.full && disk.tempFds.has(fd)) {
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28, syscall: 'write' });
    }
    return (real.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  };
  const closeSync = (fd: number) => {
    disk.tempFds.delete(fd);
    real.closeSync(fd);
  };
  return { ...real, default: { ...real, openSync, writeSync, closeSync }, openSync, writeSync, closeSync };
});

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-full-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a full disk on rerun', () => {
  it('stops with one InputError naming --out; no temp left, tasks.jsonl kept, the next run completes', async () => {
    const input = join(tmp, 'in');
    const out = join(tmp, 'out');
    mkdirSync(input, { recursive: true });
    copyFileSync(resolve(ROOT, 'fixtures/plan-inline-chuzhou/source.txt'), join(input, 'a.txt'));
    await runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    const tasksBefore = readFileSync(join(out, 'tasks.jsonl'), 'utf8');

    copyFileSync(resolve(ROOT, 'fixtures/plan-inline-huaian/source.txt'), join(input, 'b.txt'));
    disk.full = true;
    let error: unknown;
    try {
      await runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    } catch (e) {
      error = e;
    } finally {
      disk.full = false;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).file).toBe(out);
    expect((error as InputError).reason).toBe("cannot write the batch's outputs: no space left on the device");
    expect(readFileSync(join(out, 'tasks.jsonl'), 'utf8')).toBe(tasksBefore);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readdirSync(out)).not.toContain(OUT_LOCK_FILE);

    const summary = await runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    expect(summary.exitCode).toBe(0);
    expect(readFileSync(join(out, 'tasks.jsonl'), 'utf8').length).toBeGreaterThan(tasksBefore.length);
  });
});
