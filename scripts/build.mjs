/**
 * `npm run build`: type-checks the sources, then bundles them with esbuild into dist/:
 *   dist/taskgen.js  the CLI (bin/taskgen imports it)
 *   dist/worker.js   a batch worker thread (src/batch/pool.ts starts it)
 * plus the chunks both share, each loaded when a command first needs it (the pipeline, the PDF and
 * Office readers, the writers, the archive), as the source's dynamic imports ask.
 *
 * Why a bundle and not tsc's one file per module: Node resolves, reads and compiles every ES module
 * separately, and `taskgen parse` of one page loaded about 170 of them (taskgen's and those of
 * parse5, zod and commander), a third of the command's time before any parsing (issue 15). Packages
 * with native code, their own data files or lazy loading of their own (better-sqlite3, pdf-parse,
 * iconv-lite, opencc-js, exceljs, docx, mammoth, jszip, handlebars) stay outside and are imported
 * from node_modules as before.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outdir = join(root, 'dist');

export const EXTERNAL = ['better-sqlite3', 'docx', 'exceljs', 'handlebars', 'iconv-lite', 'jszip', 'mammoth', 'opencc-js', 'pdf-parse'];

/**
 * commander requires node:child_process when it loads, for subcommands that are separate executables,
 * which taskgen does not have; loading it (with net and dgram behind it) cost every command ~8 ms.
 * Inside commander it is replaced by a stand-in that requires the real module on first use.
 */
const lazyChildProcessInCommander = {
  name: 'lazy-child-process-in-commander',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * parse5's entity decoder builds its 47 KB table at load with `'…'.split("").map((c) => c.charCodeAt(0))`:
 * 47,000 one-character strings and an array of them before the Uint16Array, ~3 ms of every HTML parse's
 * start-up. The same code units, read straight into the array.
 */
const entityTableByCodeUnits = {
  name: 'entity-table-by-code-units',
  setup(b) {
    b.onLoad({ filter: /[\\/]entities[\\/]dist[\\/]esm[\\/]generated[\\/]decode-data-(?:html|xml)\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const call = /\s*\.split\(""\)\s*\.map\(\(c\) => c\.charCodeAt\(0\)\)/;
      if (!call.test(source) || !source.includes('new Uint16Array(')) {
        throw new Error(`${args.path}: the table is no longer built with split("").map(charCodeAt); update the entity-table plugin`);
      }
      const contents = source
        .replace('new Uint16Array(', '__taskgenCodeUnits(')
        .replace(call, '')
        .concat('\nfunction __taskgenCodeUnits(s) {\n  const a = new Uint16Array(s.length);\n  for (let i = 0; i < s.length; i++) a[i] = s.charCodeAt(i);\n  return a;\n}\n');
      return { contents, loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { taskgen: 'src/cli/run.ts', worker: 'src/batch/worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // CommonJS packages inside the bundle (commander) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __taskgenRequire } from 'node:module'; const require = __taskgenRequire(import.meta.url);" },
  sourcemap: true,
  plugins: [lazyChildProcessInCommander, entityTableByCodeUnits],
  logLevel: 'warning',
});
