/**
 * Batch benchmark: a synthetic archive of prior years built from the seed and
 * rendition fixtures (text, GBK / gb2312 / UTF-8 HTML, PDF), 2,000 files of
 * which 10 are corrupt, converted by the built CLI with --jobs 1 and --jobs 2.
 *
 * Prints files/s, MB/s, peak RSS (the CLI's getrusage figure, which covers its
 * worker threads, cross-checked by sampling /proc), CPU time, the 1→2 speedup
 * with what limits it, and taskgen's PDF time against pdftotext's.
 * BENCH_BATCH_FILES=N shrinks the corpus for a quick run.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'fixtures');
const CLI = join(REPO, 'bin', 'taskgen');
const TOTAL = Number(process.env.BENCH_BATCH_FILES ?? 2000);
const PDF_COUNT = Math.max(1, Math.round(TOTAL / 100));
const CORRUPT_COUNT = 10;

interface Summary {
  files: { total: number; parsed: number; failed: number; skipped: number; duplicates: number };
  failures: { file: string }[];
  bytes: number;
  elapsedMs: number;
  filesPerSecond: number;
  peakRssMiB: number;
  cpuMs: number;
  planMs: number;
  exportMs: number;
  jobs: number;
}

/** Sources by format: every fixture `source.*` except the deliberately malformed ones. */
function fixtureSources(): { textual: string[]; pdf: string[] } {
  const textual: string[] = [];
  const pdf: string[] = [];
  for (const name of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, name);
    if (name === 'malformed' || !statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir)) {
      if (!file.startsWith('source.')) continue;
      const ext = extname(file);
      if (ext === '.pdf') pdf.push(join(dir, file));
      else if (ext === '.txt' || ext === '.html' || ext === '.htm') textual.push(join(dir, file));
    }
  }
  return { textual, pdf };
}

/** Corrupt inputs of several kinds, all with document extensions so none is silently passed over. */
function corruptFile(i: number): { name: string; data: Buffer } {
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 7919 + i * 31) % 256));
  const kinds = [
    { name: `empty-${i}.txt`, data: Buffer.alloc(0) },
    { name: `truncated-${i}.pdf`, data: Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog') },
    { name: `noise-${i}.html`, data: noise },
    { name: `not-word-${i}.docx`, data: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), noise.subarray(0, 300)]) },
    { name: `rtf-${i}.txt`, data: Buffer.from('{\\rtf1\\ansi 重点工作任务}') },
  ];
  return kinds[i % kinds.length]!;
}

function buildCorpus(root: string): { bytes: number; pdfs: string[] } {
  const { textual, pdf } = fixtureSources();
  if (textual.length === 0) throw new Error('no text/HTML fixtures found under fixtures/');
  let bytes = 0;
  const pdfs: string[] = [];
  const place = (i: number, src: string) => {
    // Year folders of month folders, like a real archive of prior years.
    const rel = join(String(2016 + (i % 8)), `m${String(1 + (i % 12)).padStart(2, '0')}`, `doc-${i}${extname(src)}`);
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    copyFileSync(src, join(root, rel));
    bytes += statSync(src).size;
    return join(root, rel);
  };
  const pdfCount = pdf.length ? PDF_COUNT : 0;
  const textualCount = TOTAL - pdfCount - CORRUPT_COUNT;
  for (let i = 0; i < textualCount; i++) place(i, textual[i % textual.length]!);
  for (let i = 0; i < pdfCount; i++) pdfs.push(place(textualCount + i, pdf[i % pdf.length]!));
  for (let i = 0; i < CORRUPT_COUNT; i++) {
    const { name, data } = corruptFile(i);
    mkdirSync(join(root, 'damaged'), { recursive: true });
    writeFileSync(join(root, 'damaged', name), data);
    bytes += data.length;
  }
  return { bytes, pdfs };
}

/** Peak VmRSS of a process, sampled from /proc every 50 ms (Linux only; 0 elsewhere). */
function sampleRss(pid: number): { stop: () => number } {
  let peak = 0;
  const read = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // process gone
    }
  };
  const timer = setInterval(read, 50);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.round(peak);
    },
  };
}

async function runCli(input: string, out: string, jobs: number, pinToOneCore = false): Promise<Summary & { sampledRssMiB: number; wallMs: number }> {
  // Flush what earlier steps wrote (the corpus, the previous run's outputs) first: on ext4 a pending
  // journal commit made each new file's open() take ~1 ms instead of ~0.08 ms, charging one run for another.
  spawnSync('sync');
  const started = performance.now();
  // Run as a user runs it: the executable, so the V8 flags on its #! line apply.
  const args = ['batch', input, '--out', out, '--jobs', String(jobs), '--json', '--quiet'];
  const child = spawn(pinToOneCore ? 'taskset' : CLI, pinToOneCore ? ['-c', '0', CLI, ...args] : args, {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const sampler = sampleRss(child.pid!);
  let stdout = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const sampledRssMiB = sampler.stop();
  if (code !== 0 && code !== 3) throw new Error(`taskgen batch exited with ${code}`);
  return { ...(JSON.parse(stdout) as Summary), sampledRssMiB, wallMs: performance.now() - started };
}

function timePdftotext(pdfs: string[], scratch: string): number | null {
  if (spawnSync('pdftotext', ['-v']).error) return null;
  const started = performance.now();
  pdfs.forEach((p, i) => spawnSync('pdftotext', ['-enc', 'UTF-8', p, join(scratch, `${i}.txt`)]));
  return performance.now() - started;
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

export async function run(): Promise<void> {
  // The CLI under test is the built one; build it so the figures match the source.
  const build = spawnSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-p', join(REPO, 'tsconfig.build.json')], {
    encoding: 'utf8',
  });
  if (!existsSync(join(REPO, 'dist/cli/run.js'))) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);

  const tmp = mkdtempSync(join(tmpdir(), 'taskgen-bench-batch-'));
  try {
    const input = join(tmp, 'archive');
    const { bytes, pdfs } = buildCorpus(input);
    const mb = bytes / 1024 / 1024;
    console.log(`corpus: ${TOTAL} files (${TOTAL - pdfs.length - CORRUPT_COUNT} text/HTML, ${pdfs.length} PDF, ${CORRUPT_COUNT} corrupt), ${fmt(mb)} MB`);
    console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => fmt(l, 2)).join(' ')} at start`);

    const results: Record<number, Awaited<ReturnType<typeof runCli>>> = {};
    for (const jobs of [1, 2]) {
      const r = await runCli(input, join(tmp, `out-${jobs}`), jobs);
      results[jobs] = r;
      const secs = r.elapsedMs / 1000;
      // errors.jsonl must name exactly the damaged files: no document with mere warnings, no good file.
      const errorFiles = readFileSync(join(tmp, `out-${jobs}`, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
      const exact = errorFiles.length === CORRUPT_COUNT && errorFiles.every((f) => f.includes(`${join('archive', 'damaged')}/`));
      console.log(`--jobs ${jobs}: errors.jsonl lists ${errorFiles.length} files, ${exact ? 'exactly the corrupt ones' : 'NOT exactly the corrupt ones'}; ${r.files.duplicates} copies counted once`);
      console.log(
        `--jobs ${jobs}: ${fmt(r.wallMs / 1000)} s wall, ${fmt(r.files.total / secs)} files/s, ${fmt(mb / secs, 2)} MB/s, ` +
          `peak RSS ${r.peakRssMiB} MiB (getrusage; /proc sample ${r.sampledRssMiB} MiB), CPU ${fmt(r.cpuMs / 1000)} s ` +
          `(${fmt(r.cpuMs / r.elapsedMs, 2)} cores busy), walk + plan ${fmt(r.planMs / 1000, 2)} s, export ${fmt(r.exportMs / 1000, 2)} s, ` +
          `failed ${r.files.failed}`,
      );
    }
    const one = results[1]!;
    const two = results[2]!;
    const speedup = one.elapsedMs / two.elapsedMs;
    console.log(`speedup 1→2 jobs: ${fmt(speedup, 2)}×  (target ≥ 2×)`);
    // What bounds the speedup: CPU actually available (two cores shared with GC and the kernel),
    // and the serial main-thread share (walk + plan before the workers, export after) that does not shrink with more workers.
    const serialShare = (one.planMs + one.exportMs) / one.elapsedMs;
    // --jobs 1 is not one core's worth: pdf.js runs on its own thread, and V8's compiler threads and the
    // main thread take what the idle core offers. The same run pinned to one core shows what 2 cores buy.
    if (!spawnSync('taskset', ['-c', '0', 'true']).error) {
      const pinned = await runCli(input, join(tmp, 'out-pinned'), 1, true);
      console.log(
        `  --jobs 1 pinned to one core (taskset -c 0): ${fmt(pinned.elapsedMs / 1000)} s, ${fmt(pinned.files.total / (pinned.elapsedMs / 1000))} files/s → ` +
          `--jobs 2 on two cores is ${fmt(pinned.elapsedMs / two.elapsedMs, 2)}× that`,
      );
    }
    const amdahl = 1 / (serialShare + (1 - serialShare) / 2);
    console.log(
      `  serial share (walk + plan + export) at --jobs 1: ${fmt(100 * serialShare)}% → Amdahl bound on 2 cores ${fmt(amdahl, 2)}×; ` +
        `cores busy ${fmt(one.cpuMs / one.elapsedMs, 2)} → ${fmt(two.cpuMs / two.elapsedMs, 2)} of ${cpus().length}`,
    );
    const textualPerFileMs = one.cpuMs / one.files.total;
    console.log(`  CPU per file at --jobs 1: ${fmt(textualPerFileMs)} ms (the 100 files/s target needs ≤ 10 ms per file per core)`);

    if (pdfs.length) {
      const pdfDir = join(tmp, 'pdf-only');
      pdfs.forEach((p, i) => {
        mkdirSync(pdfDir, { recursive: true });
        copyFileSync(p, join(pdfDir, `p${i}.pdf`));
      });
      const r = await runCli(pdfDir, join(tmp, 'out-pdf'), 1);
      const scratch = join(tmp, 'pdftotext');
      mkdirSync(scratch);
      const pdftotextMs = timePdftotext(pdfs, scratch);
      const perPdf = r.elapsedMs / pdfs.length;
      let line = `PDF: ${pdfs.length} files, taskgen ${fmt(perPdf)} ms per PDF (--jobs 1, incl. worker start), peak RSS ${r.peakRssMiB} MiB`;
      if (pdftotextMs !== null) {
        const perPoppler = pdftotextMs / pdfs.length;
        line += `; pdftotext ${fmt(perPoppler)} ms per PDF → taskgen/pdftotext ${fmt(perPdf / perPoppler, 1)}×`;
      } else line += '; pdftotext not installed, no comparison';
      console.log(line);
      // Text/HTML throughput with the PDFs' share taken out of the mixed --jobs 1 run.
      const textualSecs = (one.elapsedMs - perPdf * pdfs.length) / 1000;
      console.log(`text/HTML at --jobs 1 (mixed run minus PDF time): ${fmt((one.files.total - pdfs.length) / textualSecs)} files/s (target ≥ 100)`);
    }
    const peak = Math.max(one.peakRssMiB, two.peakRssMiB, one.sampledRssMiB, two.sampledRssMiB);
    console.log(`peak RSS over all runs: ${peak} MiB (target < 400)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
