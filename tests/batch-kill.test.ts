import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { listOutputs, readText, seedCopies } from './support/batch.js';

const REPO = join(import.meta.dirname, '..');
/** The CLI from source, as a user would run it, in its own process so it can be killed. */
const cliArgs = (input: string, out: string, jobs: number) => ['--import', 'tsx', join(REPO, 'src/cli/run.ts'), 'batch', input, '--out', out, '--jobs', String(jobs), '--quiet'];

function countJson(dir: string): number {
  let n = 0;
  const visit = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d);
    } catch {
      return;
    }
    for (const name of names) {
      const p = join(d, name);
      try {
        if (statSync(p).isDirectory()) visit(p);
        else if (name.endsWith('.json')) n++;
      } catch {
        // renamed away between readdir and stat
      }
    }
  };
  visit(dir);
  return n;
}

/** Starts a batch and SIGKILLs it once `after` outputs exist; resolves with how many there were. */
async function killMidRun(input: string, out: string, after: number, jobs: number): Promise<number> {
  const child = spawn(process.execPath, cliArgs(input, out, jobs), { cwd: REPO, stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stillRunning = true;
  void exited.then(() => (stillRunning = false));
  while (stillRunning && countJson(out) < after) await new Promise((r) => setTimeout(r, 5));
  if (!stillRunning) throw new Error('the batch finished before it could be killed; give it more files');
  child.kill('SIGKILL');
  await exited;
  return countJson(out);
}

function dbFacts(out: string) {
  const db = new Database(join(out, 'archive.db'), { readonly: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return {
      documents: one('SELECT count(*) AS n FROM documents'),
      tasks: one('SELECT count(*) AS n FROM tasks'),
      // Copies of one seed are one document: tasks.jsonl and every query count its tasks once.
      distinctTasks: one('SELECT count(*) AS n FROM tasks t JOIN documents d ON d.id = t.doc_id WHERE d.same_as IS NULL'),
      copies: one('SELECT count(*) AS n FROM documents WHERE same_as IS NOT NULL'),
      assignments: one('SELECT count(*) AS n FROM assignments'),
      laggingItems: one('SELECT count(*) AS n FROM lagging_items'),
      tasksPerDocMismatch: one('SELECT count(*) AS n FROM documents d WHERE d.task_count <> (SELECT count(*) FROM tasks t WHERE t.doc_id = d.id)'),
    };
  } finally {
    db.close();
  }
}

describe('a batch killed with SIGKILL', () => {
  let tmp: string;
  let input: string;
  let files: string[];
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'taskgen-kill-'));
    input = join(tmp, 'in');
    files = seedCopies(input, 30);
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('finishes on rerun with every output complete and the same rows as an uninterrupted run', async () => {
    const killed = join(tmp, 'killed');
    // Two workers, each writing its own rows: the kill can land while one holds a transaction open.
    const firstKill = await killMidRun(input, killed, 10, 2);
    expect(firstKill).toBeLessThan(files.length);
    // Killed again later in the second attempt, after it skipped what the first one finished.
    const secondKill = await killMidRun(input, killed, firstKill + 20, 1);
    expect(secondKill).toBeLessThan(files.length);

    // Each run takes seconds; the 2-minute cap only turns a hang into a failure, since a
    // synchronous spawn would otherwise also hold off vitest's own time limit.
    const rerun = spawnSync(process.execPath, cliArgs(input, killed, 2), { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    expect(rerun.stderr).toBe('');
    expect(rerun.status).toBe(0);

    const clean = join(tmp, 'clean');
    const cleanRun = spawnSync(process.execPath, cliArgs(input, clean, 1), { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
    expect(cleanRun.status).toBe(0);

    const outputs = listOutputs(killed);
    expect(outputs).toEqual(listOutputs(clean));
    expect(outputs.filter((o) => o.includes('.taskgen-tmp-'))).toEqual([]);
    expect(outputs.filter((o) => o.endsWith('.json'))).toHaveLength(files.length);
    for (const rel of outputs) expect(readText(killed, rel), rel).toBe(readText(clean, rel));
    const facts = dbFacts(killed);
    expect(facts).toEqual(dbFacts(clean));
    expect(facts.documents).toBe(files.length);
    expect(facts.tasksPerDocMismatch).toBe(0);
    expect(facts.copies).toBe(files.length - 5);
    expect(readText(killed, 'tasks.jsonl').trim().split('\n')).toHaveLength(facts.distinctTasks);
  }, 300_000); // measured on the 2-core machine: 33 s at load average 10, 65–70 s beside two other npm test runs (load 9–15)
});
