/**
 * An archive counts documents, not files: each seed stored twice, and the seed-000 notice also as an
 * HTML page and its PDF print, must give the same figures as one copy of each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch } from '../src/batch/run.js';
import { Archive } from '../src/archive/db.js';
import { BEHIND, listDocuments, unitHistory, unitsReport, type HistoryRow } from '../src/archive/queries.js';
import { STATUS_CODES } from '../src/model/codes.js';
import { findDuplicates, sameTasks } from '../src/archive/identity.js';
import { placeFromFolders, placeNamedIn, resolveProvenance } from '../src/archive/place.js';
import { FIXTURES, SEED_SOURCES } from './support/batch.js';
import { runCli } from './support/cli.js';

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-identity-'));
});
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
});

/** Seed 004 (a progress table) names no place; its folder does. The others name theirs. */
const FOLDER = ['宿州', '徐州', '界首', '宿州', '宿州'];

function copySeeds(root: string, copy: string): void {
  SEED_SOURCES.forEach((src, i) => {
    const dir = join(root, FOLDER[i]!, copy);
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(FIXTURES, src), join(dir, `seed${i}.txt`));
  });
}

/** The seed-000 notice as a web page (one paragraph per line) and as that page printed to PDF. */
function noticeAsHtmlAndPdf(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  const text = readFileSync(join(FIXTURES, SEED_SOURCES[0]!), 'utf8');
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const html = join(dir, 'notice.html');
  writeFileSync(html, `<!doctype html><html><head><meta charset="utf-8"></head><body>\n${text.split('\n').map((l) => `<p>${esc(l)}</p>`).join('\n')}\n</body></html>\n`);
  const r = spawnSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${join(dir, 'notice.pdf')}`, html], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return r.status === 0 && existsSync(join(dir, 'notice.pdf'));
}

const everyStatus = [...STATUS_CODES];
const historyFigures = (rows: HistoryRow[]) => rows.map(({ docId: _d, path: _p, ...r }) => r);

describe('documents identified by content', () => {
  let single: string;
  let doubled: string;
  let printed = false;

  beforeAll(async () => {
    copySeeds(join(tmp, 'single'), 'a');
    copySeeds(join(tmp, 'doubled'), 'a');
    copySeeds(join(tmp, 'doubled'), 'b');
    printed = noticeAsHtmlAndPdf(join(tmp, 'doubled', '宿州', 'web'));
    single = join(tmp, 'out-single');
    doubled = join(tmp, 'out-doubled');
    await runBatch({ inputs: [join(tmp, 'single')], out: single, quiet: true, jobs: 2 });
    await runBatch({ inputs: [join(tmp, 'doubled')], out: doubled, quiet: true, jobs: 2 });
  }, 300_000);

  it('prints the notice to PDF for the test (chromium is installed by .ci/run)', () => {
    expect(printed).toBe(true);
  });

  it('gives every units figure of the single-copy archive, for every status', () => {
    const a = Archive.open(single, { readonly: true });
    const b = Archive.open(doubled, { readonly: true });
    try {
      for (const statuses of [everyStatus, [...BEHIND], ['done' as const]]) {
        const one = unitsReport(a, { statuses });
        expect(one.length).toBeGreaterThan(0);
        expect(unitsReport(b, { statuses })).toEqual(one);
      }
    } finally {
      a.close();
      b.close();
    }
  });

  it('gives every history row of the single-copy archive', () => {
    const a = Archive.open(single, { readonly: true });
    const b = Archive.open(doubled, { readonly: true });
    try {
      for (const unit of ['市发展改革委', '市住建局', '市财政局', '市教体局']) {
        const one = historyFigures(unitHistory(a, unit));
        expect(historyFigures(unitHistory(b, unit))).toEqual(one);
      }
      expect(unitHistory(a, '市发展改革委').length).toBeGreaterThan(0);
    } finally {
      a.close();
      b.close();
    }
  });

  it('lists each document once, with every path it was found at', () => {
    const b = Archive.open(doubled, { readonly: true });
    try {
      const docs = listDocuments(b);
      expect(docs).toHaveLength(5);
      const notice = docs.find((d) => d.kind === 'notice')!;
      // Two text copies, the page and its print: one document, counted from a text-faithful copy.
      expect(notice.paths).toHaveLength(4);
      expect(notice.formats.sort()).toEqual(['html', 'pdf', 'text']);
      // The appendix of the seed-000 notice has 128 rows (../shared/gold/000_….gold.json).
      expect(notice.tasks).toBe(128);
      for (const d of docs.filter((x) => x.kind !== 'notice')) expect(d.paths).toHaveLength(2);
    } finally {
      b.close();
    }
  });

  it('writes each task once to tasks.jsonl', () => {
    const lines = (dir: string) => readFileSync(join(dir, 'tasks.jsonl'), 'utf8').trim().split('\n').length;
    expect(lines(doubled)).toBe(lines(single));
  });

  it('gives every units and history row its place, and filters by it', () => {
    const b = Archive.open(doubled, { readonly: true });
    try {
      const units = unitsReport(b, { statuses: everyStatus });
      expect(units.every((r) => r.place !== null)).toBe(true);
      const history = unitHistory(b, '市发展改革委');
      expect(history.every((r) => r.place !== null)).toBe(true);
      expect(new Set(history.map((r) => r.place)).size).toBeGreaterThan(1);
      const suzhou = unitHistory(b, '市发展改革委', { places: ['宿州'] });
      expect(suzhou.length).toBeGreaterThan(0);
      expect(suzhou.every((r) => r.place === '宿州')).toBe(true);
      expect(unitHistory(b, '市发展改革委', { places: ['宿州市'] })).toEqual(suzhou);
      expect(unitsReport(b, { statuses: everyStatus, places: ['徐州'] }).every((r) => r.place === '徐州')).toBe(true);
    } finally {
      b.close();
    }
  });

  it('says in a warning when the place came from the folder name', () => {
    const warnings = readFileSync(join(doubled, 'warnings.jsonl'), 'utf8');
    expect(warnings).toMatch(/place-from-folder/);
    const seed4 = JSON.parse(readFileSync(join(doubled, '宿州/a/seed4.json'), 'utf8'));
    expect(seed4.warnings.some((w: { code: string }) => w.code === 'place-from-folder')).toBe(true);
  });

  it('taskgen documents and history --place from the command line', () => {
    const docs = runCli(['documents', '--archive', doubled, '--format', 'json']);
    expect(docs.status).toBe(0);
    expect(JSON.parse(docs.stdout)).toHaveLength(5);
    const csv = runCli(['documents', '--archive', doubled, '--place', '徐州', '--format', 'csv']);
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(2);
    const history = runCli(['history', '市发展改革委', '--place', '宿州', '--status', 'behind', '--archive', doubled]);
    expect(history.status).toBe(0);
    const lines = history.stdout.split('\n');
    expect(lines[0]).toMatch(/^2021: 1 document, \d+ tasks? \(/);
    expect(history.stdout).not.toMatch(/徐州|界首/);
  });
});

describe('identity rules', () => {
  const doc = (id: number, over: Partial<Parameters<typeof findDuplicates>[0][number]> = {}) => ({
    id,
    path: `/a/${id}`,
    sha256: `sha${id}`,
    format: 'text',
    kind: 'progress',
    issuer: null,
    date: null,
    title: '上半年重点工作进展情况统计表',
    taskCount: 3,
    ...over,
  });

  it('never merges two cities’ tables that share only a title', () => {
    const tasks: Record<number, string[]> = { 1: ['修建道路一条', '新建学校两所', '改造老旧小区'], 2: ['招商引资十亿元', '新增就业五千人', '植树造林'] };
    expect(findDuplicates([doc(1), doc(2)], (id) => tasks[id]!).size).toBe(0);
  });

  it('merges the same table in two formats when its tasks agree, counting the HTML', () => {
    const same = ['修建道路一条', '新建学校两所', '改造老旧小区'];
    const copies = findDuplicates([doc(1, { format: 'pdf' }), doc(2, { format: 'html' })], () => same);
    expect([...copies]).toEqual([[1, 2]]);
  });

  it('compares task texts without their punctuation and line breaks', () => {
    expect(sameTasks(['修建道路，\n一条。'], ['修建道路一条'])).toBe(true);
    expect(sameTasks(['修建道路一条'], ['新建学校两所'])).toBe(false);
  });

  it('finds the place an issuer or folder names', () => {
    expect(placeNamedIn('宿州市政府办公室')).toBe('宿州');
    expect(placeNamedIn('中共界首市委办公室')).toBe('界首');
    expect(placeNamedIn('市政府办公室')).toBeNull();
    expect(placeFromFolders('/data/池州市/2021/a.txt', '/data')).toBe('池州');
    expect(placeFromFolders('/data/2021年/一季度/a.txt', '/data')).toBeNull();
    const p = resolveProvenance({ issuer: null, title: null }, { place: '亳州' }, '/data/池州/a.txt', '/data');
    expect(p).toMatchObject({ place: '亳州', placeSource: 'option', warning: null });
  });
});
