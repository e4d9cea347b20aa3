/**
 * Issue 15 target: linking a notice's lagging items to its appendix, 2,048 tasks × 608 items, in < 0.5 s.
 * The appendix and list are seed 000's (128 tasks, 38 items) repeated 16 times, with task ids made distinct.
 * BENCH_BASE=<a checkout of an older taskgen> times its linkLaggingItems on the same input in the same
 * run, alternating with this one, for a before/after pair.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LaggingGroup, Task } from '../../src/model/schema.js';

const root = resolve(import.meta.dirname, '../..');
const COPIES = 16;
const ROUNDS = 3;

type Linker = (groups: LaggingGroup[], tasks: Task[]) => unknown;

async function loadLinker(base: string): Promise<Linker> {
  const mod = (await import(pathToFileURL(join(base, 'src/extract/lagging.ts')).href)) as { linkLaggingItems: Linker };
  return mod.linkLaggingItems;
}

export async function run(): Promise<void> {
  const { extractNotice } = (await import(pathToFileURL(join(root, 'src/extract/notice.ts')).href)) as typeof import('../../src/extract/notice.js');
  const { readFile } = (await import(pathToFileURL(join(root, 'src/readers/index.ts')).href)) as typeof import('../../src/readers/index.js');
  const { collectingContext } = (await import(pathToFileURL(join(root, 'src/extract/types.ts')).href)) as typeof import('../../src/extract/types.js');
  const path = join(root, 'fixtures/seed-000-suzhou-notice/source.txt');
  const doc = extractNotice((await readFile(path)).blocks, collectingContext(path));
  const tasks: Task[] = [];
  const groups: LaggingGroup[] = [];
  for (let c = 0; c < COPIES; c++) {
    for (const t of doc.tasks) tasks.push({ ...t, id: `${c}-${t.id}` });
    groups.push(...doc.lagging);
  }
  const items = groups.reduce((n, g) => n + g.items.length, 0);
  const linkers: [string, Linker][] = [['this tree', await loadLinker(root)]];
  if (process.env.BENCH_BASE) linkers.push([`base ${process.env.BENCH_BASE}`, await loadLinker(process.env.BENCH_BASE)]);
  const times = new Map<string, number[]>(linkers.map(([name]) => [name, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (const [name, link] of r % 2 ? [...linkers].reverse() : linkers) {
      const t0 = performance.now();
      link(groups, tasks);
      times.get(name)!.push(performance.now() - t0);
    }
  }
  for (const [name, list] of times) {
    list.sort((a, b) => a - b);
    const median = list[Math.floor(list.length / 2)]!;
    console.log(`link ${tasks.length} tasks × ${items} items (${name}): median ${(median / 1000).toFixed(3)} s of ${ROUNDS}  (target < 0.5 s: ${median < 500 ? 'met' : 'NOT MET'})`);
  }
}
