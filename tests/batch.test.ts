import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runBatch, type BatchSummary } from '../src/batch/run.js';
import { collectInputs } from '../src/batch/walk.js';
import { confineToOut, planOutputNames, removeStaleTemps, writeFileAtomic } from '../src/batch/outputs.js';
import { globToRegExp } from '../src/batch/glob.js';
import { createProgress, progressLine } from '../src/batch/progress.js';
import { InputError, UsageError } from '../src/errors.js';
import { CORRUPT_FILES, FIXTURES, listOutputs, readText, seedCopies, SEED_SOURCES, writeTree } from './support/batch.js';

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-batch-'));
});
afterEach(() => {
  rmSync(tmp, { recursive: true, force: true });
});

const quiet = { quiet: true, jobs: 2 } as const;

type RowCounts = { documents: number; tasks: number; assignments: number; lagging_items: number; failures: number; distinctTasks: number };

function rowCounts(out: string): RowCounts {
  const db = new Database(join(out, 'archive.db'), { readonly: true });
  try {
    const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    const distinctTasks = (db.prepare('SELECT count(*) AS n FROM tasks t JOIN documents d ON d.id = t.doc_id WHERE d.same_as IS NULL').get() as { n: number }).n;
    return { documents: n('documents'), tasks: n('tasks'), assignments: n('assignments'), lagging_items: n('lagging_items'), failures: n('failures'), distinctTasks };
  } finally {
    db.close();
  }
}

function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rel of listOutputs(root)) {
    const p = join(root, rel);
    out[rel] = `${createHash('sha256').update(readFileSync(p)).digest('hex')} ${statSync(p).mtimeMs}`;
  }
  return out;
}

describe('output paths stay inside --out', () => {
  it('refuses names that climb out or are absolute', () => {
    const out = join(tmp, 'out');
    for (const rel of ['../x.json', '../../etc/passwd', 'a/../../x.json', '/etc/x.json', 'a/..', '.']) {
      expect(() => confineToOut(out, rel), rel).toThrow(InputError);
    }
    expect(confineToOut(out, 'a/b/x.json')).toBe(join(out, 'a/b/x.json'));
  });

  it('refuses to write through a symlink planted inside --out', () => {
    const out = join(tmp, 'out');
    const elsewhere = join(tmp, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, join(out, 'sub'));
    expect(() => writeFileAtomic(out, 'sub/x.json', '{}')).toThrow(/outside --out/);
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('mirrors the tree and keeps the extension only when two inputs share a stem', () => {
    const names = planOutputNames(['2021/a.html', '2021/a.pdf', '2021/b.txt', 'c']);
    expect(Object.fromEntries(names)).toEqual({
      '2021/a.html': '2021/a.html.json',
      '2021/a.pdf': '2021/a.pdf.json',
      '2021/b.txt': '2021/b.json',
      c: 'c.json',
    });
  });

  it('cleans temp files a killed run left behind, and nothing else', () => {
    writeTree(tmp, { 'a/.taskgen-tmp-123-abcd': 'partial', 'a/keep.json': '{}' });
    expect(removeStaleTemps(tmp)).toBe(1);
    expect(readdirSync(join(tmp, 'a'))).toEqual(['keep.json']);
  });
});

describe('walking the inputs', () => {
  it('survives a symlink cycle, does not follow links out of the tree, and counts a linked file once', () => {
    const root = join(tmp, 'in');
    writeTree(root, { 'a/doc.txt': 'x', 'b/other.txt': 'y' });
    writeTree(tmp, { 'secret/passwd.txt': 'no' });
    symlinkSync('..', join(root, 'a', 'loop'));
    symlinkSync(join(tmp, 'secret'), join(root, 'b', 'outside'));
    symlinkSync(join(root, 'a', 'doc.txt'), join(root, 'b', 'same-doc.txt'));
    const found = collectInputs([root]);
    expect(found.files.map((f) => f.rel)).toEqual(['a/doc.txt', 'b/other.txt']);
    expect(found.skipped.map((s) => s.reason)).toEqual(['symlink leads out of the input folder; not followed']);
  });

  it('expands quoted glob patterns and rejects inputs that do not exist', () => {
    const root = join(tmp, 'in');
    writeTree(root, { '2020/a.html': 'x', '2020/deep/b.html': 'y', '2021/c.txt': 'z' });
    const found = collectInputs([`${root}/**/*.html`]);
    expect(found.files.map((f) => f.rel)).toEqual(['2020/a.html', '2020/deep/b.html']);
    expect(globToRegExp('*.{htm,html}').test('a.htm')).toBe(true);
    expect(globToRegExp('*.{htm,html}').test('x/a.htm')).toBe(false);
    expect(() => collectInputs([join(root, 'missing')])).toThrow(/no such file or folder/);
    expect(() => collectInputs([`${root}/**/*.pdf`])).toThrow(/matches no file/);
  });
});

describe('progress', () => {
  it('prints plain lines without control characters when not on a terminal', () => {
    let written = '';
    const stream = { isTTY: false, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WritableStream;
    const p = createProgress(stream, { quiet: false, every: 2 });
    for (let done = 1; done <= 5; done++) p.update({ done, total: 5, failed: 1 });
    p.finish({ done: 5, total: 5, failed: 1 });
    const lines = written.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(written).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(lines[2]).toMatch(/^5\/5 files \(100%\)  1 failed  .* files\/s  ETA /);
  });

  it('redraws one line in place on a terminal and ends it once', () => {
    let written = '';
    let clock = 0;
    const stream = { isTTY: true, columns: 100, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WritableStream;
    const p = createProgress(stream, { quiet: false, now: () => clock });
    for (let done = 1; done <= 5; done++) {
      clock += 150;
      p.update({ done, total: 5, failed: 0 });
    }
    p.finish({ done: 5, total: 5, failed: 0 });
    expect(written.split('\n')).toEqual([expect.any(String), '']);
    expect(written.split('\r').filter(Boolean)).toHaveLength(6);
    expect(written).toContain('5/5 files (100%)');
  });

  it('is silent with --quiet', () => {
    let written = '';
    const stream = { isTTY: true, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WritableStream;
    const p = createProgress(stream, { quiet: true });
    p.update({ done: 1, total: 1, failed: 0 });
    p.finish({ done: 1, total: 1, failed: 0 });
    expect(written).toBe('');
  });

  it('shows a bar, rate and ETA', () => {
    expect(progressLine({ done: 50, total: 200, failed: 2 }, 10, 10)).toBe('[###.......]  50/200 files (25%)  2 failed  5.0 files/s  ETA 0:30');
  });
});

describe('taskgen batch on the seed fixtures', () => {
  it('converts every good file, lists exactly the ten corrupt ones, and ignores non-documents', async () => {
    const input = join(tmp, 'in');
    const good = seedCopies(input, 2);
    writeTree(input, { ...CORRUPT_FILES, 'misc/photo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) });
    const out = join(tmp, 'out');
    const before = snapshot(input);
    const summary = await runBatch({ inputs: [input], out, ...quiet });
    // Inputs are only read: same names, bytes and modification times afterwards.
    expect(snapshot(input)).toEqual(before);

    expect(summary.files).toMatchObject({ total: good.length + 11, parsed: good.length, failed: 10, skipped: 1, duplicates: good.length - 5 });
    expect(summary.documents).toBe(5);
    expect(summary.exitCode).toBe(3);
    // The one file passed over is named with its reason, in the file and in the summary.
    const skipped = readText(out, 'skipped.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { file: string; reason: string });
    expect(skipped).toEqual([{ file: join(input, 'misc/photo.png'), reason: expect.stringMatching(/image/) }]);
    expect(summary.skipped).toEqual(skipped);
    // errors.jsonl holds failures only; documents with warnings are in warnings.jsonl.
    const failed = readText(out, 'errors.jsonl')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { file: string; status: string; exitCode: number; reason: string });
    expect(failed.every((e) => e.status === 'failed')).toBe(true);
    const warned = readText(out, 'warnings.jsonl').trim().split('\n').map((l) => JSON.parse(l) as { file: string; warnings: unknown[] });
    expect(warned.length).toBe(summary.files.withWarnings);
    expect(warned.every((w) => w.warnings.length > 0)).toBe(true);
    expect(failed.map((e) => e.file).sort()).toEqual(Object.keys(CORRUPT_FILES).map((r) => join(input, r)).sort());
    for (const e of failed) {
      expect(e.reason.length).toBeGreaterThan(0);
      expect(e.exitCode === 1 || e.exitCode === 2).toBe(true);
    }
    // Nothing else is missing: one JSON per good input, mirrored, and nothing for the bad ones.
    const outputs = listOutputs(out);
    for (const rel of good) expect(outputs).toContain(rel.replace(/\.txt$/, '.json'));
    expect(outputs.filter((o) => o.startsWith('bad/'))).toEqual([]);

    // tasks.jsonl holds every task of every distinct document (two copies of a seed are one), each line carrying its document's fields.
    const lines = readText(out, 'tasks.jsonl').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(rowCounts(out).distinctTasks);
    expect(rowCounts(out).distinctTasks * 2).toBe(rowCounts(out).tasks);
    expect(lines[0]).toHaveProperty('kind');
    expect(lines[0]).toHaveProperty('document');
    expect(lines[0]).toHaveProperty('year');
    // Seed 000 is the notice: its copies count as notices.
    expect(summary.kinds.notice).toBeGreaterThanOrEqual(2);
    expect(Object.values(summary.kinds).reduce((a, b) => a + b, 0)).toBe(good.length);
  });

  it('skips unchanged files, re-parses a changed one, and re-parses all with --force, never duplicating rows', async () => {
    const input = join(tmp, 'in');
    const good = seedCopies(input, 1);
    const out = join(tmp, 'out');
    const first = await runBatch({ inputs: [input], out, ...quiet });
    expect(first.files.parsed).toBe(5);
    const counts = rowCounts(out);
    const tasksJsonl = readText(out, 'tasks.jsonl');

    const second = await runBatch({ inputs: [input], out, ...quiet });
    expect(second.files).toMatchObject({ parsed: 0, unchanged: 5 });
    expect(second.kinds).toEqual(first.kinds);
    expect(rowCounts(out)).toEqual(counts);
    expect(readText(out, 'tasks.jsonl')).toBe(tasksJsonl);

    appendFileSync(join(input, good[1]!), '\n');
    const third = await runBatch({ inputs: [input], out, ...quiet });
    expect(third.files).toMatchObject({ parsed: 1, unchanged: 4 });

    const forced = await runBatch({ inputs: [input], out, ...quiet, force: true });
    expect(forced.files).toMatchObject({ parsed: 5, unchanged: 0 });
    expect(rowCounts(out)).toEqual(counts);
    expect(readText(out, 'tasks.jsonl')).toBe(tasksJsonl);
  });

  it('drops the output and rows of a file that turned corrupt, and parses it again once repaired', async () => {
    const input = join(tmp, 'in');
    const [notice] = seedCopies(input, 1);
    const out = join(tmp, 'out');
    await runBatch({ inputs: [input], out, ...quiet });
    const original = readFileSync(join(input, notice!));
    const json = join(out, notice!.replace(/\.txt$/, '.json'));
    expect(existsSync(json)).toBe(true);

    writeFileSync(join(input, notice!), '');
    const broken = await runBatch({ inputs: [input], out, ...quiet });
    expect(broken.exitCode).toBe(3);
    expect(broken.failures.map((f) => f.reason)).toEqual(['empty file']);
    expect(existsSync(json)).toBe(false);
    expect(rowCounts(out)).toMatchObject({ documents: 4, failures: 1 });

    writeFileSync(join(input, notice!), original);
    const repaired = await runBatch({ inputs: [input], out, ...quiet });
    expect(repaired.exitCode).toBe(0);
    expect(repaired.files).toMatchObject({ parsed: 1, unchanged: 4 });
    expect(rowCounts(out)).toMatchObject({ documents: 5, failures: 0 });
    expect(readText(out, 'errors.jsonl')).not.toContain('"status":"failed"');
  });

  it('refuses --out inside an input folder unless --force, and then does not read its own outputs', async () => {
    const input = join(tmp, 'in');
    seedCopies(input, 1);
    const out = join(input, 'parsed');
    await expect(runBatch({ inputs: [input], out, ...quiet })).rejects.toThrow(UsageError);
    expect(existsSync(out)).toBe(false);
    const first = await runBatch({ inputs: [input], out, ...quiet, force: true });
    const again = await runBatch({ inputs: [input], out, ...quiet, force: true });
    expect(first.files.total).toBe(5);
    expect(again.files.total).toBe(5);
  });

  it('records a worker that stops answering as a failure of its file and carries on with the rest', async () => {
    const input = join(tmp, 'in');
    seedCopies(input, 1);
    // No worker can even start within 1 ms, so each file in turn costs its worker and is reported.
    const s = await runBatch({ inputs: [input], out: join(tmp, 'out'), ...quiet, timeoutMs: 1 });
    expect(s.files).toMatchObject({ total: 5, parsed: 0, failed: 5 });
    expect(new Set(s.failures.map((f) => f.reason))).toEqual(new Set(['timed out after 1 ms']));
    expect(s.exitCode).toBe(3);
  });

  it('stops with one error naming --out when an output cannot be written, and touches no input', async () => {
    const input = join(tmp, 'in');
    seedCopies(input, 1);
    const before = snapshot(input);
    const out = join(tmp, 'out');
    mkdirSync(out);
    // A file where the mirrored folder must go: mkdir fails even for root, as a full disk would.
    writeFileSync(join(out, '2019'), 'not a folder');
    const run = runBatch({ inputs: [input], out, ...quiet });
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(/cannot write the outputs of .*seed\d-0\.txt: a file is in the way of a folder/);
    expect(snapshot(input)).toEqual(before);
    expect(readFileSync(join(out, '2019'), 'utf8')).toBe('not a folder');
  });

  it('rejects bad arguments as usage errors', async () => {
    await expect(runBatch({ inputs: [tmp], out: join(tmp, 'o'), jobs: 0 })).rejects.toThrow(/--jobs/);
    await expect(runBatch({ inputs: [], out: join(tmp, 'o') })).rejects.toThrow(UsageError);
    await expect(runBatch({ inputs: [join(tmp, 'nope')], out: join(tmp, 'o') })).rejects.toThrow(/no such file/);
  });

  it('reports a summary with counts by kind and status that add up', async () => {
    const input = join(tmp, 'in');
    seedCopies(input, 1);
    const s: BatchSummary = await runBatch({ inputs: [input], out: join(tmp, 'out'), ...quiet });
    const tasks = Object.values(s.statuses).reduce((a, b) => a + b, 0);
    expect(tasks).toBe(rowCounts(join(tmp, 'out')).tasks);
    expect(s.elapsedMs).toBeGreaterThan(0);
    expect(s.files.parsed).toBe(SEED_SOURCES.length);
  });
});

describe('a rerun takes a file as archived only while its size, times and inode are as stamped', () => {
  // Files in these tests were written a moment ago: stamp them at once instead of after SETTLE_MS.
  const stamped = { ...quiet, settleMs: 0 } as const;
  // No worker can take a file within 1 ms (see above), so a run that passes with this read no file.
  const readsNothing = { ...stamped, timeoutMs: 1 } as const;

  it('reads no file again when nothing changed, and reports the same summary as a run that read them', async () => {
    const input = join(tmp, 'in');
    seedCopies(input, 1);
    const out = join(tmp, 'out');
    const first = await runBatch({ inputs: [input], out, ...stamped });
    const read = await runBatch({ inputs: [input], out, ...stamped });
    const trusted = await runBatch({ inputs: [input], out, ...readsNothing });
    expect(trusted.files).toEqual({ ...first.files, parsed: 0, unchanged: 5 });
    expect(trusted.files).toEqual(read.files);
    for (const key of ['kinds', 'statuses', 'bytes', 'documents'] as const) expect(trusted[key]).toEqual(first[key]);
  });

  it('parses again a file rewritten with the same size and its mtime put back', async () => {
    const input = join(tmp, 'in');
    const files = seedCopies(input, 1);
    const out = join(tmp, 'out');
    const plan = join(input, files[1]!);
    // A whole second, so that utimes can put back exactly the same mtime.
    const second = Math.floor(Date.now() / 1000) - 60;
    utimesSync(plan, second, second);
    await runBatch({ inputs: [input], out, ...stamped });
    const before = statSync(plan);
    // 推进 → 推动: the same number of UTF-8 bytes, so only ctime tells the change.
    writeFileSync(plan, readFileSync(plan, 'utf8').replaceAll('推进', '推动'));
    utimesSync(plan, second, second);
    expect(statSync(plan)).toMatchObject({ size: before.size, mtimeMs: before.mtimeMs });

    const rerun = await runBatch({ inputs: [input], out, ...stamped });
    expect(rerun.files).toMatchObject({ parsed: 1, unchanged: 4 });
    const fresh = join(tmp, 'fresh');
    await runBatch({ inputs: [input], out: fresh, ...stamped });
    expect(readText(out, 'tasks.jsonl')).toBe(readText(fresh, 'tasks.jsonl'));
  });

  it('reads again a file whose mtime alone changed, and trusts its new stamp once it was found unchanged', async () => {
    const input = join(tmp, 'in');
    const files = seedCopies(input, 1);
    const out = join(tmp, 'out');
    await runBatch({ inputs: [input], out, ...stamped });
    const touched = join(input, files[2]!);
    utimesSync(touched, new Date(), new Date(Date.now() - 3600_000));

    // Handed to a worker, which the 1 ms timeout then fails: the one file looked at again.
    const looked = await runBatch({ inputs: [input], out, ...readsNothing });
    expect(looked.failures.map((f) => f.file)).toEqual([touched]);
    expect(looked.files).toMatchObject({ unchanged: 4, failed: 1 });

    utimesSync(touched, new Date(), new Date(Date.now() - 7200_000));
    const reread = await runBatch({ inputs: [input], out, ...stamped });
    expect(reread.files).toMatchObject({ parsed: 1, unchanged: 4, failed: 0 });
    utimesSync(touched, new Date(), new Date(Date.now() - 9000_000));
    expect((await runBatch({ inputs: [input], out, ...stamped })).files).toMatchObject({ parsed: 0, unchanged: 5 });
    expect((await runBatch({ inputs: [input], out, ...readsNothing })).files).toMatchObject({ parsed: 0, unchanged: 5, failed: 0 });
  });

  it('does not read again a file that failed for its content, but tries again one that failed for another reason', async () => {
    const input = join(tmp, 'in');
    seedCopies(input, 1);
    const bad = ['bad/empty.txt', 'bad/rich.txt', 'bad/truncated.pdf', 'bad/not-word.docx'];
    writeTree(input, Object.fromEntries(bad.map((rel) => [rel, CORRUPT_FILES[rel]!])));
    const out = join(tmp, 'out');
    const first = await runBatch({ inputs: [input], out, ...stamped });
    expect(first.files).toMatchObject({ parsed: 5, failed: 4 });
    const errors = readText(out, 'errors.jsonl');

    const again = await runBatch({ inputs: [input], out, ...readsNothing });
    expect(again.failures).toEqual(first.failures);
    expect(again.files).toEqual({ ...first.files, parsed: 0, unchanged: 5 });
    expect(again.bytes).toBe(first.bytes);
    expect(readText(out, 'errors.jsonl')).toBe(errors);

    // Repaired: a new stamp, so read and parsed.
    writeFileSync(join(input, 'bad/empty.txt'), readFileSync(join(FIXTURES, SEED_SOURCES[0]!)));
    expect((await runBatch({ inputs: [input], out, ...stamped })).files).toMatchObject({ parsed: 1, unchanged: 5, failed: 3 });

    // A worker that timed out says nothing of the file: the next run reads every such file again.
    const other = join(tmp, 'other');
    const timedOut = await runBatch({ inputs: [input], out: other, ...readsNothing });
    expect(timedOut.files).toMatchObject({ parsed: 0, failed: 9 });
    expect((await runBatch({ inputs: [input], out: other, ...stamped })).files).toMatchObject({ parsed: 6, failed: 3 });
  });

  it('counts a deleted file no more, parses a new one, and reads nothing else', async () => {
    const input = join(tmp, 'in');
    const files = seedCopies(input, 1);
    const out = join(tmp, 'out');
    const first = await runBatch({ inputs: [input], out, ...stamped });
    unlinkSync(join(input, files[0]!));
    const gone = await runBatch({ inputs: [input], out, ...readsNothing });
    expect(gone.files).toMatchObject({ total: 4, parsed: 0, unchanged: 4, failed: 0 });

    copyFileSync(join(input, files[3]!), join(input, '2019', 'new.txt'));
    const added = await runBatch({ inputs: [input], out, ...stamped });
    expect(added.files).toMatchObject({ total: 5, parsed: 1, unchanged: 4, failed: 0 });
    expect(existsSync(join(out, '2019', 'new.json'))).toBe(true);
    expect(added.documents).toBe(first.documents);

    // Deleted and written again with the same bytes: a new inode and ctime, so read (and found unchanged).
    const same = readFileSync(join(input, files[4]!));
    unlinkSync(join(input, files[4]!));
    writeFileSync(join(input, files[4]!), same);
    const rewritten = await runBatch({ inputs: [input], out, ...readsNothing });
    expect(rewritten.failures.map((f) => f.file)).toEqual([join(input, files[4]!)]);
  });
});
