/**
 * Batch benchmark (issue 15): a synthetic archive of prior years built from the fixtures (text, GBK /
 * gb2312 / UTF-8 HTML, one PDF in every 100 files spread through the folders, 10 corrupt files),
 * converted by the built CLI. Every figure is a median over alternating runs and, where the issue sets a
 * target, a ratio to a yardstick measured in the same round:
 * - the floor: scripts/bench/_batch-floor.mjs reads, hashes, sniffs and decodes the same corpus;
 * - `pdftotext` over the same PDFs, one process per file;
 * - for PDFs inside the mixed batch: the mixed run minus the same run without the PDFs, per PDF.
 * CPU (user+sys) and peak RSS come from /usr/bin/time -v (children included), bytes written from the
 * wrapping shell's /proc/<pid>/io after the CLI was reaped (the kernel adds a reaped child's counters).
 * All outputs go to temp folders, removed at the end.
 *
 * BENCH_BASE=<another checkout, built> runs its bin/taskgen in the same rounds, alternating with this
 * tree's, for before/after pairs. BENCH_BATCH_FILES=N shrinks the corpus; BENCH_ROUNDS=N sets the rounds (3).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(REPO, 'fixtures');
const FLOOR = join(import.meta.dirname, '_batch-floor.mjs');
const TOTAL = Number(process.env.BENCH_BATCH_FILES ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const PDF_EVERY = 100;
const CORRUPT_COUNT = 10;

interface Summary {
  files: { total: number; parsed: number; unchanged: number; failed: number; duplicates: number };
  elapsedMs: number;
  exportMs: number;
}

/** One timed process: wall, CPU and peak RSS from /usr/bin/time -v, bytes written from /proc/<pid>/io. */
interface Measure {
  wallMs: number;
  cpuMs: number;
  rssMiB: number;
  wcharMiB: number;
  diskMiB: number;
  summary?: Summary;
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

interface Corpus {
  dir: string;
  files: number;
  bytes: number;
  pdfs: string[];
}

/**
 * `total` files in year/month folders like a real archive; file i is a PDF when i % 100 == 50 (so they
 * are spread through the walk order), else a text/HTML fixture; `withPdfs: false` leaves the PDFs out.
 */
function buildCorpus(root: string, total: number, withPdfs: boolean): Corpus {
  const { textual, pdf } = fixtureSources();
  if (textual.length === 0) throw new Error('no text/HTML fixtures found under fixtures/');
  let bytes = 0;
  let files = 0;
  const pdfs: string[] = [];
  let t = 0;
  let p = 0;
  for (let i = 0; i < total - CORRUPT_COUNT; i++) {
    const isPdf = pdf.length > 0 && i % PDF_EVERY === PDF_EVERY / 2;
    if (isPdf && !withPdfs) continue;
    const src = isPdf ? pdf[p++ % pdf.length]! : textual[t++ % textual.length]!;
    const rel = join(String(2016 + (i % 8)), `m${String(1 + (i % 12)).padStart(2, '0')}`, `doc-${i}${extname(src)}`);
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    copyFileSync(src, join(root, rel));
    bytes += statSync(src).size;
    files++;
    if (isPdf) pdfs.push(join(root, rel));
  }
  for (let i = 0; i < CORRUPT_COUNT; i++) {
    const { name, data } = corruptFile(i);
    mkdirSync(join(root, 'damaged'), { recursive: true });
    writeFileSync(join(root, 'damaged', name), data);
    bytes += data.length;
    files++;
  }
  return { dir: root, files, bytes, pdfs };
}

/** Runs argv under /usr/bin/time -v inside a shell that reports its /proc io once the command is reaped. */
function timed(argv: string[], scratch: string): Measure & { stdout: string; code: number } {
  // Flush what earlier steps wrote first: a pending ext4 journal commit made each new file's open()
  // take ~1 ms instead of ~0.08 ms, charging one run for another.
  spawnSync('sync');
  const timeFile = join(scratch, 'time.txt');
  const ioFile = join(scratch, 'io.txt');
  const script = '"$@"; rc=$?; cat /proc/$$/io > "$IO_FILE"; exit $rc';
  const started = performance.now();
  const r = spawnSync('/usr/bin/time', ['-v', '-o', timeFile, 'sh', '-c', script, 'sh', ...argv], {
    encoding: 'utf8',
    env: { ...process.env, IO_FILE: ioFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  const time = readFileSync(timeFile, 'utf8');
  const io = readFileSync(ioFile, 'utf8');
  const num = (re: RegExp, text: string) => Number(re.exec(text)?.[1] ?? NaN);
  const cpuMs = (num(/User time \(seconds\): ([\d.]+)/, time) + num(/System time \(seconds\): ([\d.]+)/, time)) * 1000;
  const written = num(/^write_bytes: (\d+)/m, io) - num(/^cancelled_write_bytes: (\d+)/m, io);
  return {
    wallMs,
    cpuMs,
    rssMiB: num(/Maximum resident set size \(kbytes\): (\d+)/, time) / 1024,
    wcharMiB: num(/^wchar: (\d+)/m, io) / 1024 / 1024,
    diskMiB: written / 1024 / 1024,
    stdout: r.stdout,
    code: r.status ?? -1,
  };
}

function runBatch(cli: string, input: string, out: string, jobs: number, scratch: string): Measure {
  const r = timed([cli, 'batch', input, '--out', out, '--jobs', String(jobs), '--json', '--quiet'], scratch);
  if (r.code !== 0 && r.code !== 3) throw new Error(`${cli} batch exited with ${r.code}`);
  return { ...r, summary: JSON.parse(r.stdout) as Summary };
}

function runFloor(input: string, scratch: string): Measure {
  const r = timed([process.execPath, FLOOR, input], scratch);
  if (r.code !== 0) throw new Error('the floor script failed');
  return r;
}

function runPdftotext(pdfs: string[], scratch: string): Measure | null {
  if (spawnSync('pdftotext', ['-v']).error || pdfs.length === 0) return null;
  const list = join(scratch, 'pdfs.txt');
  writeFileSync(list, pdfs.join('\n') + '\n');
  const out = join(scratch, 'pdftotext');
  mkdirSync(out, { recursive: true });
  const loop = 'i=0; while IFS= read -r f; do i=$((i+1)); pdftotext -enc UTF-8 "$f" "$0/$i.txt" || exit 1; done < "$1"';
  return timed(['sh', '-c', loop, out, list], scratch);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** Figures of one CLI over the rounds: name → list of measures. */
type Samples = Map<string, Measure[]>;

function add(samples: Samples, key: string, m: Measure): void {
  const list = samples.get(key) ?? [];
  list.push(m);
  samples.set(key, list);
}

function med(samples: Samples, key: string, field: keyof Omit<Measure, 'summary'>): number {
  return median((samples.get(key) ?? []).map((m) => m[field]));
}

/** errors.jsonl must name exactly the damaged files: no document with mere warnings, no good file. */
function checkErrors(out: string): string {
  const lines = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').filter(Boolean);
  const files = lines.map((l) => (JSON.parse(l) as { file: string }).file);
  const exact = files.length === CORRUPT_COUNT && files.every((f) => f.includes(`${join('archive', 'damaged')}/`));
  return exact ? 'errors.jsonl names exactly the corrupt files' : `errors.jsonl lists ${files.length} files, NOT exactly the corrupt ones`;
}

export async function run(): Promise<void> {
  // The CLI under test is the built one; build it so the figures match the source. bin/taskgen runs the
  // esbuild bundle (scripts/build.mjs): tsc's per-module output beside it would leave the bundle stale.
  const build = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}${build.stderr}`);
  if (!existsSync('/usr/bin/time')) throw new Error('/usr/bin/time (GNU time) is needed for CPU and peak RSS');

  const clis: [string, string][] = [['this', join(REPO, 'bin', 'taskgen')]];
  if (process.env.BENCH_BASE) clis.push(['base', join(process.env.BENCH_BASE, 'bin', 'taskgen')]);

  const tmp = mkdtempSync(join(tmpdir(), 'taskgen-bench-batch-'));
  try {
    const mixed = buildCorpus(join(tmp, 'mixed', 'archive'), TOTAL, true);
    const textOnly = buildCorpus(join(tmp, 'text', 'archive'), TOTAL, false);
    const small = buildCorpus(join(tmp, 'small', 'archive'), Math.round(TOTAL / 10), true);
    const mb = mixed.bytes / 1024 / 1024;
    console.log(
      `corpus: ${mixed.files} files (${mixed.files - mixed.pdfs.length - CORRUPT_COUNT} text/HTML, ${mixed.pdfs.length} PDF spread through it, ` +
        `${CORRUPT_COUNT} corrupt), ${fmt(mb)} MB; the same without PDFs: ${textOnly.files} files; a tenth: ${small.files} files`,
    );
    console.log(`machine: ${cpus().length} CPUs, load average ${loadavg().map((l) => fmt(l, 2)).join(' ')} at start; ${ROUNDS} rounds, CLIs alternating: ${clis.map(([n, c]) => `${n} = ${c}`).join(', ')}`);

    const samples = new Map<string, Samples>(clis.map(([name]) => [name, new Map()]));
    const yard: Samples = new Map();
    const notes = new Set<string>();
    let runNo = 0;
    const firstOuts: string[] = [];
    const outDir = () => join(tmp, `out-${runNo++}`);
    for (let round = 0; round < ROUNDS; round++) {
      add(yard, 'floor', runFloor(mixed.dir, tmp));
      add(yard, 'floor-text', runFloor(textOnly.dir, tmp));
      const pdftotext = runPdftotext(mixed.pdfs, tmp);
      if (pdftotext) add(yard, 'pdftotext', pdftotext);
      const order = round % 2 ? [...clis].reverse() : clis;
      for (const [name, cli] of order) {
        const s = samples.get(name)!;
        const first = outDir();
        add(s, 'mixed-1', runBatch(cli, mixed.dir, first, 1, tmp));
        if (round === 0) notes.add(`${name}: ${checkErrors(first)}`);
        add(s, 'rerun-1', runBatch(cli, mixed.dir, first, 1, tmp));
        add(s, 'text-1', runBatch(cli, textOnly.dir, outDir(), 1, tmp));
        add(s, 'small-1', runBatch(cli, small.dir, outDir(), 1, tmp));
        add(s, 'mixed-2', runBatch(cli, mixed.dir, outDir(), 2, tmp));
        firstOuts.push(first);
      }
      if (round === 0 && firstOuts.length === 2) {
        // The same inputs must give the same tasks.jsonl whichever CLI converted them.
        const same = readFileSync(join(firstOuts[0]!, 'tasks.jsonl')).equals(readFileSync(join(firstOuts[1]!, 'tasks.jsonl')));
        notes.add(`tasks.jsonl of this and base over the mixed corpus: ${same ? 'identical' : 'DIFFERENT'}`);
      }
      firstOuts.length = 0;
      // Outputs of finished runs are not needed again; keep the disk small.
      for (const e of readdirSync(tmp)) if (e.startsWith('out-')) rmSync(join(tmp, e), { recursive: true, force: true });
    }

    const floorMs = median((yard.get('floor') ?? []).map((m) => m.wallMs));
    const floorTextMs = median((yard.get('floor-text') ?? []).map((m) => m.wallMs));
    const popplerMs = yard.has('pdftotext') ? median(yard.get('pdftotext')!.map((m) => m.wallMs)) / mixed.pdfs.length : null;
    const popplerCpu = yard.has('pdftotext') ? median(yard.get('pdftotext')!.map((m) => m.cpuMs)) / mixed.pdfs.length : null;
    const floorCpu = median((yard.get('floor') ?? []).map((m) => m.cpuMs));
    console.log(
      `yardsticks (medians): floor ${fmt(floorMs)} ms for the mixed corpus, ${fmt(floorTextMs)} ms without PDFs` +
        (popplerMs !== null ? `; pdftotext loop ${fmt(popplerMs)} ms per PDF (CPU ${fmt(popplerCpu!)} ms)` : '; pdftotext not installed') +
        `; floor CPU ${fmt(floorCpu)} ms`,
    );
    for (const note of notes) console.log(`  ${note}`);

    const rows: string[][] = [];
    for (const [name] of clis) {
      const s = samples.get(name)!;
      const mixedMs = med(s, 'mixed-1', 'wallMs');
      const textMs = med(s, 'text-1', 'wallMs');
      const textCpu = med(s, 'text-1', 'cpuMs');
      const pdfMs = mixed.pdfs.length ? (mixedMs - textMs) / mixed.pdfs.length : NaN;
      // The same by CPU time, which a machine shared with other work disturbs less than wall time.
      const mixedCpu = med(s, 'mixed-1', 'cpuMs');
      const pdfCpu = mixed.pdfs.length ? (mixedCpu - textCpu) / mixed.pdfs.length : NaN;
      const smallMs = med(s, 'small-1', 'wallMs');
      const written = med(s, 'mixed-1', 'wcharMiB');
      const disk = med(s, 'mixed-1', 'diskMiB');
      rows.push([
        name,
        `${fmt(mixedMs / 1000)} s = ${fmt(mixedMs / floorMs)}× floor; CPU ${fmt(mixedCpu / floorCpu)}×`,
        `${fmt(textCpu / textOnly.files, 2)} ms`,
        `${fmt(textMs / floorTextMs)}× floor`,
        popplerMs !== null
          ? `${fmt(pdfMs)} ms = ${fmt(pdfMs / popplerMs, 2)}×; CPU ${fmt(pdfCpu)} ms = ${fmt(pdfCpu / popplerCpu!, 2)}×`
          : `${fmt(pdfMs)} ms; CPU ${fmt(pdfCpu)} ms`,
        `${fmt(med(s, 'rerun-1', 'wallMs') / 1000, 2)} s`,
        `${fmt(written)} MiB (${fmt(written / mb, 1)}×), disk ${fmt(disk)} MiB`,
        `${fmt(med(s, 'mixed-1', 'rssMiB'))} / ${fmt(med(s, 'mixed-2', 'rssMiB'))} MiB`,
        `${fmt(med(s, 'mixed-2', 'wallMs') / 1000)} s`,
        `${fmt(mixedMs / smallMs, 2)}× for ${fmt(mixed.files / small.files, 1)}× files`,
      ]);
    }
    const head = [
      'CLI',
      '--jobs 1 mixed',
      'text CPU/file',
      'text --jobs 1',
      'PDF in mixed / pdftotext',
      'rerun',
      'written (per input MB)',
      'peak RSS j1 / j2',
      '--jobs 2 mixed',
      '10× input',
    ];
    console.log(`medians of ${ROUNDS}; targets: ≤ 10× floor at --jobs 1, PDFs ≤ 2× pdftotext, rerun < 1 s, RSS at --jobs 2 < 300 MiB, 10× input ≤ 11× time`);
    for (const [i, h] of head.entries()) console.log(`  ${h.padEnd(24)} ${rows.map((r) => r[i]!.padEnd(44)).join(' ')}`);
    if (clis.length > 1) {
      const [a, b] = [samples.get('this')!, samples.get('base')!];
      const ratio = (key: string, field: 'wallMs' | 'cpuMs' | 'wcharMiB') => med(a, key, field) / med(b, key, field);
      console.log(
        `this / base: --jobs 1 mixed wall ${fmt(ratio('mixed-1', 'wallMs'), 2)}, CPU ${fmt(ratio('mixed-1', 'cpuMs'), 2)}, text CPU ${fmt(ratio('text-1', 'cpuMs'), 2)}, ` +
          `bytes written ${fmt(ratio('mixed-1', 'wcharMiB'), 2)}, rerun ${fmt(ratio('rerun-1', 'wallMs'), 2)} (CPU ${fmt(ratio('rerun-1', 'cpuMs'), 2)}), --jobs 2 wall ${fmt(ratio('mixed-2', 'wallMs'), 2)}`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
