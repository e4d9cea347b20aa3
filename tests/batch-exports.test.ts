/**
 * The end of a batch: exports rewritten only when what they are made of changed (and restored when
 * the file on disk is not the one written), and the query indexes a large batch drops are back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runBatch } from '../src/batch/run.js';
import { readText, seedCopies, writeTree } from './support/batch.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-batch-exports-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const quiet = { quiet: true, jobs: 2 } as const;
const EXPORTS = ['tasks.jsonl', 'errors.jsonl', 'warnings.jsonl', 'skipped.jsonl'];
const mtimes = (out: string) => EXPORTS.map((f) => statSync(join(out, f)).mtimeMs);

function indexNames(out: string): string[] {
  const db = new Database(join(out, 'archive.db'), { readonly: true });
  try {
    return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  } finally {
    db.close();
  }
}

describe('batch exports', () => {
  it('leaves every export untouched when nothing changed, and rewrites tasks.jsonl when a document did or the file was lost or edited', async () => {
    const input = join(tmp, 'in');
    const files = seedCopies(input, 1);
    writeTree(input, { 'bad/empty.txt': '', 'notes/picture.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) });
    const out = join(tmp, 'out');
    await runBatch({ inputs: [input], out, ...quiet });
    const tasks = readText(out, 'tasks.jsonl');
    const before = mtimes(out);
    expect(readText(out, 'errors.jsonl')).toContain('empty.txt');
    expect(readText(out, 'skipped.jsonl')).toContain('picture.png');

    await new Promise((r) => setTimeout(r, 20)); // a rewrite must be able to show in the mtime
    const again = await runBatch({ inputs: [input], out, ...quiet });
    expect(again.files).toMatchObject({ parsed: 0, unchanged: 5 });
    expect(mtimes(out)).toEqual(before);

    // A document changes: tasks.jsonl is rebuilt, and equals what a fresh batch of the same inputs writes.
    const plan = join(input, files[1]!);
    const text = readFileSync(plan, 'utf8');
    expect(text).toContain('推进');
    writeFileSync(plan, text.replaceAll('推进', '推动'));
    await runBatch({ inputs: [input], out, ...quiet });
    const fresh = join(tmp, 'fresh');
    await runBatch({ inputs: [input], out: fresh, ...quiet });
    expect(readText(out, 'tasks.jsonl')).toBe(readText(fresh, 'tasks.jsonl'));
    expect(readText(out, 'warnings.jsonl')).toBe(readText(fresh, 'warnings.jsonl'));

    // The user deleted or cut the file: it is written again though the archive did not change.
    const rebuilt = readText(out, 'tasks.jsonl');
    unlinkSync(join(out, 'tasks.jsonl'));
    await runBatch({ inputs: [input], out, ...quiet });
    expect(readText(out, 'tasks.jsonl')).toBe(rebuilt);
    writeFileSync(join(out, 'tasks.jsonl'), rebuilt.slice(0, 100));
    await runBatch({ inputs: [input], out, ...quiet });
    expect(readText(out, 'tasks.jsonl')).toBe(rebuilt);
    expect(rebuilt).not.toBe(tasks);
  });

  it('ends a batch of many documents with the query indexes built, and puts back indexes a killed run left dropped', async () => {
    const input = join(tmp, 'in');
    seedCopies(input, 13); // 65 documents: enough for the batch to drop the indexes while it writes
    const out = join(tmp, 'out');
    await runBatch({ inputs: [input], out, ...quiet });
    const indexes = indexNames(out);
    expect(indexes).toEqual(expect.arrayContaining(['assignments_key', 'lagging_items_key', 'documents_place', 'documents_same_as']));

    // As a batch killed while writing leaves the archive.
    const db = new Database(join(out, 'archive.db'));
    db.exec('DROP INDEX assignments_key; DROP INDEX documents_place;');
    db.close();
    const rerun = await runBatch({ inputs: [input], out, ...quiet });
    expect(rerun.files).toMatchObject({ parsed: 0, unchanged: 65 });
    expect(indexNames(out)).toEqual(indexes);
  });
});
