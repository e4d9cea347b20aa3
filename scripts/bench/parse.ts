/**
 * Issue target: `taskgen parse` on a 50 KB HTML page finishes in under 0.5 s wall
 * time *including Node start-up*, so this times the real CLI as a user runs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/taskgen');

/** A 50 KB GBK page without a charset: the common worst case (detection + decoding + extraction). */
function makePage(): string {
  const seed = readFileSync(join(root, 'fixtures/seed-001-xuzhou-plan/source.txt'), 'utf8');
  const lines = seed.split('\n').filter((l) => l.trim());
  const html: string[] = ['<html><head><title>分解方案</title></head><body><div class="content">'];
  let size = 0;
  // The seed is ~36 KB in GBK; repeat its lines until the page is the 50 KB the target speaks of.
  for (let i = 0; size < 50 * 1024; i = (i + 1) % lines.length) {
    const p = `<p>${lines[i]!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>\n`;
    size += Buffer.byteLength(iconv.encode(p, 'gb18030'));
    html.push(p);
  }
  html.push('</div></body></html>');
  const dir = mkdtempSync(join(tmpdir(), 'taskgen-bench-'));
  const file = join(dir, 'plan-50k.html');
  writeFileSync(file, iconv.encode(html.join(''), 'gb18030'));
  return file;
}

export async function run(): Promise<void> {
  if (!existsSync(join(root, 'dist/cli/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  const page = makePage();
  const kb = (statSync(page).size / 1024).toFixed(1);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'parse', page, '-q', '-o', '/dev/null'], { encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`parse failed: ${r.stderr}`);
    times.push(ms);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(`parse ${kb} KB GBK HTML via CLI (incl. Node start-up): median ${median.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms  (target < 500 ms: ${median < 500 ? 'met' : 'NOT MET'})`);
}
