/**
 * Issue 15: archive write cost per document, as a first batch pays it. The five seed documents are
 * parsed once, then written 400 times under distinct paths into a fresh archive the way batch workers
 * write them (one replaceDocument each), from the start of the run (bulkLoad, where the tree has it) to
 * the end (query indexes built, archive settled). BENCH_BASE=<older checkout> times its db.ts on the
 * same documents in the same run, alternating; medians of 3.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TaskDocument } from '../../src/model/schema.js';

const root = resolve(import.meta.dirname, '../..');
const DOCS = 400;
const ROUNDS = 3;
const SEEDS = ['seed-000-suzhou-notice', 'seed-001-xuzhou-plan', 'seed-002-jieshou-plan', 'seed-003-suzhou-report', 'seed-004-progress-table'];

interface ArchiveLike {
  replaceDocument(path: string, out: string, doc: TaskDocument, jsonl: Buffer): number;
  bulkLoad?(documents: number): boolean;
  buildQueryIndexes?(): void;
  refreshAliasKeys(): number;
  linkDuplicates(): number;
  settle(): void;
  close(): void;
}

const load = async <T>(base: string, rel: string): Promise<T> => (await import(pathToFileURL(join(base, rel)).href)) as T;

async function writer(base: string): Promise<(dir: string, docs: { doc: TaskDocument; jsonl: Buffer }[]) => void> {
  const { Archive } = await load<{ Archive: { open(dir: string): ArchiveLike } }>(base, 'src/archive/db.ts');
  return (dir, docs) => {
    const archive = Archive.open(dir);
    archive.bulkLoad?.(DOCS);
    for (let i = 0; i < DOCS; i++) {
      const { doc, jsonl } = docs[i % docs.length]!;
      archive.replaceDocument(`/archive/${2016 + (i % 8)}/doc-${i}.txt`, `${2016 + (i % 8)}/doc-${i}.json`, doc, jsonl);
    }
    archive.refreshAliasKeys();
    archive.buildQueryIndexes?.();
    archive.linkDuplicates();
    archive.settle();
    archive.close();
  };
}

export async function run(): Promise<void> {
  const { parseFile } = await load<typeof import('../../src/pipeline.js')>(root, 'src/pipeline.ts');
  const { writeJsonl } = await load<typeof import('../../src/writers/jsonl.js')>(root, 'src/writers/jsonl.ts');
  const { packTaskLines } = await load<typeof import('../../src/archive/pack.js')>(root, 'src/archive/pack.ts');
  const docs = [];
  for (const seed of SEEDS) {
    const doc = await parseFile(join(root, 'fixtures', seed, 'source.txt'));
    docs.push({ doc, jsonl: packTaskLines(writeJsonl([doc])) });
  }
  const trees: [string, string][] = [['this tree', root]];
  if (process.env.BENCH_BASE) trees.push([`base ${process.env.BENCH_BASE}`, process.env.BENCH_BASE]);
  const writers = await Promise.all(trees.map(([, dir]) => writer(dir)));
  const times = trees.map(() => [] as number[]);
  const sizes = trees.map(() => 0);
  for (let r = 0; r < ROUNDS; r++) {
    const order = trees.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const dir = mkdtempSync(join(tmpdir(), 'taskgen-bench-archive-'));
      try {
        const t0 = performance.now();
        writers[i]!(dir, docs);
        times[i]!.push(performance.now() - t0);
        sizes[i] = statSync(join(dir, 'archive.db')).size;
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }
  trees.forEach(([name], i) => {
    const sorted = [...times[i]!].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    console.log(`archive writes, ${DOCS} documents (${name}): ${(median / DOCS).toFixed(2)} ms per document (median of ${ROUNDS}, incl. index build and settle); archive.db ${(sizes[i]! / 1024 / 1024).toFixed(1)} MiB`);
  });
}
