/** Builds input trees for the batch tests: copies of the seed fixtures plus hand-made corrupt files. */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { FIXTURES_DIR } from './fixtures.js';

export const FIXTURES = FIXTURES_DIR;

/** The five scraped seeds, as text: the inputs every part of taskgen is specified against. */
export const SEED_SOURCES = [
  'seed-000-suzhou-notice/source.txt',
  'seed-001-xuzhou-plan/source.txt',
  'seed-002-jieshou-plan/source.txt',
  'seed-003-suzhou-report/source.txt',
  'seed-004-progress-table/source.txt',
];

/**
 * Ten files that are no readable document, each failing for a different reason. Every one has a
 * document extension, so none may be silently passed over as "not a document".
 */
export const CORRUPT_FILES: Record<string, Buffer> = {
  'bad/empty.txt': Buffer.alloc(0),
  'bad/blank.txt': Buffer.from(' \n\u3000\n\t\n'),
  'bad/truncated.pdf': Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R'), Buffer.alloc(64, 0x20)]),
  'bad/noise.pdf': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
  'bad/noise.html': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 104729 + 7) % 256)),
  'bad/zeros.htm': Buffer.alloc(2048, 0),
  'bad/not-word.docx': Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('junk entry name.txt'), Buffer.alloc(200, 1)]),
  'bad/rich.txt': Buffer.from('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 SimSun;}} 关于印发重点工作任务分解方案的通知}'),
  'bad/picture.html': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 3)]),
  'bad/office97.txt': Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512, 0)]),
};

export function writeTree(root: string, files: Record<string, Buffer | string>): void {
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), data);
  }
}

/** `copies` copies of each seed text, spread over year folders like a real archive. */
export function seedCopies(root: string, copies: number): string[] {
  const rels: string[] = [];
  for (let i = 0; i < copies; i++) {
    SEED_SOURCES.forEach((src, s) => {
      const rel = `${2019 + (i % 4)}/batch-${Math.floor(i / 4)}/seed${s}-${i}.txt`;
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      copyFileSync(join(FIXTURES, src), join(root, rel));
      rels.push(rel);
    });
  }
  return rels;
}

/** Every file under `root` (relative, '/'-separated) except the SQLite files, whose bytes depend on timing. */
export function listOutputs(root: string): string[] {
  const out: string[] = [];
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) visit(p);
      else if (!name.startsWith('archive.db')) out.push(relative(root, p).split(sep).join('/'));
    }
  };
  visit(root);
  return out.sort();
}

export function readText(root: string, rel: string): string {
  return readFileSync(join(root, rel), 'utf8');
}
