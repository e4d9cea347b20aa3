/**
 * Reader timings, in process: each rendition fixture, a ~300 KB CMap PDF (several hundred
 * pages of seed text), a 50 MB text file and the 100 000-deep HTML page. Each is printed
 * beside its yardstick, timed just before it: for text and HTML the floor of reading any
 * document (sha256 + decoding the bytes with Node's own decoders), for PDFs `pdftotext` on
 * the same bytes (a whole process, so its ratio is a bound for the reader, not a pair).
 * No targets here: the whole-process targets are in parse.ts.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readBytes } from '../../src/readers/index.js';
import { textToLines } from '../../src/readers/text.js';
import { buildCmapPdf } from '../fixtures/cmap-pdf.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

const scratch = mkdtempSync(path.join(tmpdir(), 'taskgen-bench-read-'));
const hasPdftotext = !spawnSync('pdftotext', ['-v']).error;

/** Milliseconds of the yardstick for these bytes, and its name; null when there is none to run. */
function yardstick(bytes: Buffer, file: string): { name: string; ms: number } | null {
  if (file.endsWith('.pdf')) {
    if (!hasPdftotext) return null;
    const pdf = path.join(scratch, 'in.pdf');
    writeFileSync(pdf, bytes);
    const start = performance.now();
    spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, path.join(scratch, 'out.txt')]);
    return { name: 'pdftotext', ms: performance.now() - start };
  }
  const start = performance.now();
  createHash('sha256').update(bytes).digest('hex');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    new TextDecoder('gb18030').decode(bytes);
  }
  return { name: 'read floor', ms: performance.now() - start };
}

async function time(label: string, bytes: Buffer, file: string): Promise<void> {
  const floor = yardstick(bytes, file);
  const heapBefore = process.memoryUsage().rss;
  const start = performance.now();
  const result = await readBytes(bytes, file);
  const ms = performance.now() - start;
  const chars = result.blocks.reduce((n, b) => n + (b.kind === 'para' ? b.text.length : b.rows.flat().join('').length), 0);
  const pages = new Set(result.blocks.map((b) => b.page).filter((p) => p !== undefined)).size;
  const rss = (process.memoryUsage().rss - heapBefore) / 1024 / 1024;
  console.log(
    `${label.padEnd(44)} ${(bytes.length / 1024).toFixed(0).padStart(7)} KB  ${ms.toFixed(0).padStart(6)} ms  ${String(result.blocks.length).padStart(7)} blocks  ${String(chars).padStart(9)} chars${pages ? `  ${pages} pages` : ''}  rss +${rss.toFixed(0)} MB` +
      (floor ? `  (${floor.name} ${floor.ms.toFixed(1)} ms → ${(ms / Math.max(floor.ms, 0.1)).toFixed(0)}×)` : ''),
  );
}

function seedText(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => /^seed-00\d-[a-z]+-[a-z]+$/.test(d) && !/html|pdf/.test(d))
    .flatMap((d) => textToLines(readFileSync(path.join(FIXTURES, d, 'source.txt'), 'utf8')));
}

export async function run(): Promise<void> {
  try {
    await timeAll();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function timeAll(): Promise<void> {
  for (const dir of readdirSync(FIXTURES).filter((d) => /-(html|pdf)-/.test(d)).sort()) {
    const file = readdirSync(path.join(FIXTURES, dir)).find((f) => f.startsWith('source.'))!;
    await time(dir, readFileSync(path.join(FIXTURES, dir, file)), file);
  }
  const lines = seedText();
  let paragraphs = lines;
  let pdf = buildCmapPdf(paragraphs, { header: '某某市人民政府文件' });
  while (pdf.length < 300 * 1024) {
    paragraphs = paragraphs.concat(lines);
    pdf = buildCmapPdf(paragraphs, { header: '某某市人民政府文件' });
  }
  await time('cmap PDF, all seeds repeated (~300 KB)', pdf, 'big.pdf');
  const line = '牵头单位:市发改委、统计局(监测);责任单位:各县(市、区)政府,徐州经开区、高新区、港务区管委会\n';
  await time('50 MB text', Buffer.from(line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)))), 'big.txt');
  await time('deep.html (100 000 nested divs)', readFileSync(path.join(FIXTURES, 'malformed', 'deep.html')), 'deep.html');
}
