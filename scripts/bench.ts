/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each exports
 * `run()` and prints its own figures). Speed and memory targets are checked
 * here, never in unit tests, because timings on a shared 2-core machine are noisy.
 * `npm run bench -- parse` runs only modules whose name contains "parse".
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv[2];
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
  .filter((f) => !only || f.includes(only))
  .sort();
for (const file of modules) {
  console.log(`\n=== ${file.replace(/\.ts$/, '')} ===`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: () => Promise<void> };
  await mod.run();
}
