/**
 * A batch's limits toward other runs and toward the files it meets (issue 14): one batch per --out
 * (a second one is refused in one line instead of deleting the first one's temp files), a worker that
 * runs out of memory costs only its file, large files are parsed one at a time, and links leaving an
 * input folder are named in skipped.jsonl.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../src/archive/db.js';
import { OUT_LOCK_FILE } from '../src/batch/out-lock.js';
import { describeWorkerDeath, nextJobIndex, ParsePool } from '../src/batch/pool.js';
import type { JobMessage, ResultMessage } from '../src/batch/protocol.js';
import { runBatch } from '../src/batch/run.js';
import { createWriteLock } from '../src/batch/write-lock.js';
import { InputError } from '../src/errors.js';
import { ROOT, expectCleanStderr, runCli } from './support/cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-limits-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const PLANS = ['plan-inline-chuzhou', 'plan-inline-huaian', 'plan-inline-jianye', 'plan-inline-maanshan', 'plan-inline-shuyang'];

function inputFolder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const p of PLANS) copyFileSync(resolve(ROOT, 'fixtures', p, 'source.txt'), join(dir, `${p}.txt`));
  return dir;
}

async function until(check: () => boolean, what: string, limitMs = 100_000): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('one batch per --out', () => {
  it('refuses a second CLI batch while the first runs, in one line, and the first finishes whole', async () => {
    const input = inputFolder('two-cli-in');
    const out = join(tmp, 'two-cli-out');
    const first = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), 'batch', input, '--out', out, '-q', '--jobs', '1'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
    const firstExit = new Promise<number | null>((done) => first.on('exit', (code) => done(code)));
    const lock = join(out, OUT_LOCK_FILE);
    await until(() => existsSync(lock), 'the first batch to take --out');
    // Held still, so the second batch surely meets it running, whatever the machine's load.
    first.kill('SIGSTOP');
    let second;
    try {
      second = runCli(['batch', input, '--out', out, '-q']);
    } finally {
      first.kill('SIGCONT');
    }
    expect(second.status).toBe(2);
    expect(expectCleanStderr(second.stderr)).toEqual([
      `taskgen: ${out}: another taskgen batch (pid ${first.pid}) is writing to this folder; wait for it to finish or choose another --out`,
    ]);
    expect(await firstExit).toBe(0);
    const left = readdirSync(out).sort();
    expect(left.filter((f) => f.endsWith('.json'))).toEqual(PLANS.map((p) => `${p}.json`));
    expect(left.filter((f) => f.startsWith('.'))).toEqual([]); // no lock, no temp file
    expect(runCli(['batch', input, '--out', out, '-q']).status).toBe(0);
  });

  it('refuses a second batch in the same process, and frees --out when the first is done', async () => {
    const input = inputFolder('two-in');
    const out = join(tmp, 'two-out');
    const first = runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    const second = await runBatch({ inputs: [input], out, jobs: 1, quiet: true }).catch((e: unknown) => e);
    expect(second).toBeInstanceOf(InputError);
    expect((second as InputError).reason).toBe(`another taskgen batch (pid ${process.pid}) is writing to this folder; wait for it to finish or choose another --out`);
    expect((await first).files.parsed).toBe(PLANS.length);
    expect(existsSync(join(out, OUT_LOCK_FILE))).toBe(false);
    expect((await runBatch({ inputs: [input], out, jobs: 1, quiet: true })).files.unchanged).toBe(PLANS.length);
  });

  it('takes over the lock of a batch that was killed, even when its pid now names another process', async () => {
    const input = inputFolder('stale-in');
    const out = join(tmp, 'stale-out');
    mkdirSync(out, { recursive: true });
    const gone = spawnSync('true').pid!; // a process that has exited
    writeFileSync(join(out, OUT_LOCK_FILE), `${gone} 12345\n`);
    expect((await runBatch({ inputs: [input], out, jobs: 1, quiet: true })).files.parsed).toBe(PLANS.length);
    expect(existsSync(join(out, OUT_LOCK_FILE))).toBe(false);
    if (existsSync('/proc/self/stat')) {
      // This very process, but not started at the recorded time: the pid was reused.
      writeFileSync(join(out, OUT_LOCK_FILE), `${process.pid} 1\n`);
      expect((await runBatch({ inputs: [input], out, jobs: 1, quiet: true })).files.unchanged).toBe(PLANS.length);
    }
  });

  it('refuses a lock planted as a link, without touching what it points to', async () => {
    const input = inputFolder('planted-lock-in');
    const out = join(tmp, 'planted-lock-out');
    mkdirSync(out, { recursive: true });
    const victim = join(tmp, 'lock-victim');
    symlinkSync(victim, join(out, OUT_LOCK_FILE));
    const e = await runBatch({ inputs: [input], out, jobs: 1, quiet: true }).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).reason).toMatch(/^is not a regular file/);
    expect(existsSync(victim)).toBe(false);
  });
});

describe('a worker that runs out of memory', () => {
  it('costs only its file, with one line and exit code 2; the next file is parsed', async () => {
    const dir = join(tmp, 'oom');
    const out = join(dir, 'out');
    mkdirSync(dir, { recursive: true });
    // 150 rows of 1,000 one-digit cells: 1.5 MB of HTML, far more than 64 MB as a DOM.
    const row = `<tr>${'<td>1</td>'.repeat(1000)}</tr>`;
    writeFileSync(join(dir, 'cells.html'), `<html><head><meta charset="utf-8"></head><body><table><tr><th>序号</th><th>工作任务</th><th>牵头单位</th></tr>${row.repeat(150)}</table></body></html>`);
    copyFileSync(resolve(ROOT, 'fixtures', PLANS[0]!, 'source.txt'), join(dir, 'plan.txt'));
    Archive.open(out).close();
    const results = new Map<string, ResultMessage>();
    const job = (id: number, name: string): JobMessage => ({ type: 'job', id, path: join(dir, name), outRel: `${name}.json`, knownSha256: null, root: dir });
    const pool = new ParsePool({ size: 1, heapMb: 64, setup: { out, writeLock: createWriteLock(), aliasFiles: [] }, onResult: (j, r) => results.set(j.path, r) });
    await pool.run([job(0, 'cells.html'), job(1, 'plan.txt')]);
    expect(results.get(join(dir, 'cells.html'))).toMatchObject({
      type: 'failed',
      exitCode: 2,
      reason: 'ran out of memory (a batch worker may use 64 MB): the document is too large or too complex to parse here',
    });
    expect(results.get(join(dir, 'plan.txt'))).toMatchObject({ type: 'parsed', kind: 'plan' });
  });

  it('is told apart from a crash, which stays a bug', () => {
    const oom = Object.assign(new Error('Worker terminated due to reaching memory limit: JS heap out of memory'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(describeWorkerDeath(oom, 512).exitCode).toBe(2);
    expect(describeWorkerDeath(new Error('boom\n    at x (y.js:1:1)'), 512)).toEqual({ reason: 'worker crashed: boom', exitCode: 1 });
  });
});

describe('large files one at a time', () => {
  const job = (id: number): JobMessage => ({ type: 'job', id, path: `/f${id}`, outRel: `f${id}.json`, knownSha256: null, root: '/' });
  const large = new Set([0, 1, 3]);
  const isLarge = (j: JobMessage) => large.has(j.id);

  it('hands out the queue in order while no large file is being parsed', () => {
    expect(nextJobIndex([job(0), job(1), job(2)], false, isLarge)).toBe(0);
    expect(nextJobIndex([], false, isLarge)).toBe(-1);
  });

  it('passes over large files while one is being parsed, and waits when only large ones are left', () => {
    expect(nextJobIndex([job(1), job(3), job(2), job(4)], true, isLarge)).toBe(2);
    expect(nextJobIndex([job(1), job(3)], true, isLarge)).toBe(-1);
  });
});

describe('links leaving an input folder, and FIFOs', () => {
  it('are named in skipped.jsonl with the reason, and what they point to is not read', async () => {
    const input = inputFolder('links-in');
    const outside = join(tmp, 'outside-secret.txt');
    writeFileSync(outside, '1.加快推进秘密工程。\n牵头单位：不该出现的单位\n');
    symlinkSync(outside, join(input, 'secret.txt'));
    expect(spawnSync('mkfifo', [join(input, 'pipe.txt')]).status).toBe(0);
    const out = join(tmp, 'links-out');
    const summary = await runBatch({ inputs: [input], out, jobs: 1, quiet: true });
    const skipped = readFileSync(join(out, 'skipped.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
    expect(skipped).toEqual([
      { file: join(input, 'pipe.txt'), reason: 'not a regular file (a FIFO, socket or device); not read' },
      { file: join(input, 'secret.txt'), reason: 'symlink leads out of the input folder; not followed' },
    ]);
    expect(summary.files.skipped).toBe(2);
    expect(readFileSync(join(out, 'tasks.jsonl'), 'utf8')).not.toContain('不该出现的单位');
  });
});
