/**
 * Reader timings: each rendition fixture, a ~300 KB CMap PDF (several hundred
 * pages of seed text), a 50 MB text file and the 100 000-deep HTML page.
 * Prints figures only; targets are judged by a human reading them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readBytes } from '../../src/readers/index.js';
import { textToLines } from '../../src/readers/text.js';
import { buildCmapPdf } from '../fixtures/cmap-pdf.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

async function time(label: string, bytes: Buffer, file: string): Promise<void> {
  const heapBefore = process.memoryUsage().rss;
  const start = performance.now();
  const result = await readBytes(bytes, file);
  const ms = performance.now() - start;
  const chars = result.blocks.reduce((n, b) => n + (b.kind === 'para' ? b.text.length : b.rows.flat().join('').length), 0);
  const pages = new Set(result.blocks.map((b) => b.page).filter((p) => p !== undefined)).size;
  const rss = (process.memoryUsage().rss - heapBefore) / 1024 / 1024;
  console.log(
    `${label.padEnd(44)} ${(bytes.length / 1024).toFixed(0).padStart(7)} KB  ${ms.toFixed(0).padStart(6)} ms  ${String(result.blocks.length).padStart(7)} blocks  ${String(chars).padStart(9)} chars${pages ? `  ${pages} pages` : ''}  rss +${rss.toFixed(0)} MB`,
  );
}

function seedText(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => /^seed-00\d-[a-z]+-[a-z]+$/.test(d) && !/html|pdf/.test(d))
    .flatMap((d) => textToLines(readFileSync(path.join(FIXTURES, d, 'source.txt'), 'utf8')));
}

export async function run(): Promise<void> {
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
