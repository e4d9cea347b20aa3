import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Archive } from '../src/archive/db.js';
import { packTaskLines } from '../src/archive/pack.js';
import { parseStatusList, unitHistory, unitsReport } from '../src/archive/queries.js';
import { loadAliasFile, resetAliases } from '../src/extract/aliases.js';
import { displayWidth, renderCsv, renderTable, truncateToWidth } from '../src/archive/render.js';
import { writeJsonl } from '../src/writers/jsonl.js';
import { goldDocument, SEED_000, SEED_001, SEED_002 } from './support/gold-documents.js';

let dir: string;
let archive: Archive;

function store(name: string, path = `/archive/${name}.txt`) {
  const doc = goldDocument(name);
  return archive.replaceDocument(path, `${name}.json`, doc, packTaskLines(writeJsonl([doc])));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'taskgen-archive-'));
  archive = Archive.open(dir);
});
afterEach(() => {
  archive.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string) => (archive.db.prepare(sql).get() as { n: number }).n;

describe('storing documents', () => {
  it('stores every task and unit of seed 000 and replaces rather than duplicates on re-parse', () => {
    const id = store(SEED_000);
    // Seed 000's appendix has 128 numbered tasks (113 printed twice, merged), per its gold.
    expect(count('SELECT count(*) AS n FROM tasks')).toBe(128);
    // 38 lagging-list items: 8+5+3+3+3+3+2+2 numbered plus 9 single-item groups (source lines 13-110).
    expect(count('SELECT count(*) AS n FROM lagging_items')).toBe(38);
    const assignments = count('SELECT count(*) AS n FROM assignments');
    const again = store(SEED_000);
    expect(again).toBe(id);
    expect(count('SELECT count(*) AS n FROM documents')).toBe(1);
    expect(count('SELECT count(*) AS n FROM tasks')).toBe(128);
    expect(count('SELECT count(*) AS n FROM assignments')).toBe(assignments);
    expect(count('SELECT count(*) AS n FROM lagging_items')).toBe(38);
  });

  it('finds a document only for the same path, bytes and generator', () => {
    store(SEED_000, '/a/notice.txt');
    expect(archive.findCurrent('/a/notice.txt', SEED_000, 'taskgen@test')).toBeDefined();
    expect(archive.findCurrent('/a/notice.txt', 'other-sha', 'taskgen@test')).toBeUndefined();
    expect(archive.findCurrent('/a/notice.txt', SEED_000, 'taskgen@9.9.9')).toBeUndefined();
  });

  it('clears a file from the failures once it parses', () => {
    archive.recordFailure({ path: '/a/notice.txt', sha256: null, generator: 'g', reason: 'bad', exit_code: 2 });
    expect(archive.failures()).toHaveLength(1);
    store(SEED_000, '/a/notice.txt');
    expect(archive.failures()).toHaveLength(0);
  });
});

describe('taskgen units', () => {
  it('ranks 市发展改革委 first in seed 000 with 7 lagging of its 27 tasks', () => {
    store(SEED_000);
    const rows = unitsReport(archive, { statuses: ['lagging'] });
    const top = rows[0]!;
    // 27: the appendix prints 市发展改革委 on 27 unit lines (grep '^市发展改革委' = 28 incl. the list heading).
    // 7 lagging: tasks 1, 2, 7, 23, 36, 83, 86 (the gold's matches of the lagging list).
    // listed 6: its own list has 8 items, of which 3 (无实质性进展) and 4 (未开展实质性工作) are stalled, not lagging.
    expect(top).toMatchObject({ unit: '市发改委', names: ['市发展改革委'], year: 2021, behind: 7, assigned: 27, listed: 6 });
    expect(top.share).toBeCloseTo(7 / 27);
    const it2 = rows.find((r) => r.names.includes('市经济和信息化局'))!;
    // Tasks 2, 32, 86 lagging of 10; list items 1 (低于序时进度), 3 (推进较慢), 5 (进展较慢) = 3.
    expect(it2).toMatchObject({ behind: 3, assigned: 10, listed: 3 });
  });

  it('behind = lagging, stalled and at_risk', () => {
    store(SEED_000);
    expect(parseStatusList('behind').sort()).toEqual(['at_risk', 'lagging', 'stalled']);
    const row = unitsReport(archive, { statuses: parseStatusList('behind') }).find((r) => r.unit === '市发改委')!;
    // + stalled tasks 14, 19, 30; all 8 list items.
    expect(row).toMatchObject({ behind: 10, assigned: 27, listed: 8 });
  });

  it('groups 市交通局 with 市交通运输局 and 市卫健委 with 市卫生健康委, keeping the printed names', () => {
    store(SEED_000);
    const rows = unitsReport(archive, { statuses: ['lagging'] });
    const transport = rows.find((r) => r.names.includes('市交通局'))!;
    // gold note: 市交通局 on tasks 23, 38 and 市交通运输局 on 30, 74, 85, 127; only 23 is lagging.
    expect(transport.names.sort()).toEqual(['市交通局', '市交通运输局']);
    expect(transport).toMatchObject({ behind: 1, assigned: 6 });
    const health = unitsReport(archive, { statuses: ['at_risk'] }).find((r) => r.names.includes('市卫健委'))!;
    // The list prints 市卫健委 (疫苗接种率…难以完成); the appendix prints 市卫生健康委.
    expect(health.names).toContain('市卫生健康委');
    expect(health.listed).toBe(1);
  });

  it('filters by year and issuer and accepts status lists', () => {
    store(SEED_000); // 2021, 宿州市政府办公室
    store(SEED_001); // 2024, 徐州市人民政府 (no statuses)
    expect(unitsReport(archive, { statuses: ['lagging'], since: 2022 })).toEqual([]);
    expect(unitsReport(archive, { statuses: ['lagging'], issuers: ['徐州'] })).toEqual([]);
    expect(unitsReport(archive, { statuses: ['lagging'], issuers: ['宿州'] }).length).toBeGreaterThan(0);
    expect(parseStatusList('lagging,stalled')).toEqual(['lagging', 'stalled']);
    expect(() => parseStatusList('late')).toThrow(/unknown status 'late'/);
  });
});

describe('alias keys follow the current alias table', () => {
  it('re-keys stored units when a user alias file merges two bodies, and back when it is dropped', async () => {
    store(SEED_000);
    const aliasFile = join(dir, 'aliases.json');
    writeFileSync(aliasFile, JSON.stringify({ 市住房城乡建设局: ['市城乡建设指挥部办公室'] }));
    const behind = () => unitsReport(archive, { statuses: parseStatusList('behind') });
    expect(archive.needsAliasRefresh()).toBe(false);
    try {
      await loadAliasFile(aliasFile);
      expect(archive.needsAliasRefresh()).toBe(true);
      expect(archive.refreshAliasKeys()).toBeGreaterThan(0);
      const merged = behind().find((r) => r.names.includes('市城乡建设指挥部办公室'))!;
      expect(merged.names).toContain('市住房城乡建设局');
      // 指挥部's list: 3 items 低于序时进度 (source lines 40-46); 住建局's: 1 item 暂未开工 (stalled).
      expect(merged.listed).toBe(4);
    } finally {
      resetAliases();
    }
    archive.refreshAliasKeys();
    const apart = behind().find((r) => r.names.includes('市城乡建设指挥部办公室'))!;
    expect(apart.names).toEqual(['市城乡建设指挥部办公室']);
    expect(apart.listed).toBe(3);
  });

  it('trusts its record of the alias table the keys were made with, and drops the record when rows are keyed with another', async () => {
    store(SEED_000);
    archive.refreshAliasKeys();
    expect(archive.needsAliasRefresh()).toBe(false);
    const aliasFile = join(dir, 'aliases.json');
    writeFileSync(aliasFile, JSON.stringify({ 市住房城乡建设局: ['市城乡建设指挥部办公室'] }));
    try {
      await loadAliasFile(aliasFile);
      // Stored under the merged table (by a connection opened after the file was loaded, as a batch
      // worker is) while the record still names the built-in one.
      const worker = Archive.open(dir, { existing: true });
      const doc = goldDocument(SEED_000);
      worker.replaceDocument('/archive/again.txt', 'again.json', doc, packTaskLines(writeJsonl([doc])));
      worker.close();
    } finally {
      resetAliases();
    }
    expect(archive.needsAliasRefresh()).toBe(true);
    expect(archive.refreshAliasKeys()).toBeGreaterThan(0);
    expect(archive.needsAliasRefresh()).toBe(false);
    const rows = archive.db.prepare("SELECT DISTINCT alias_key FROM assignments WHERE name = '市城乡建设指挥部办公室'").all();
    expect(rows).toEqual([{ alias_key: '市城乡建设指挥部办公室' }]);
  });
});

describe('taskgen history', () => {
  it("follows 市发改委 through 界首 2020, 宿州 2021 and 徐州 2024 under its three spellings", () => {
    store(SEED_000);
    store(SEED_001);
    store(SEED_002);
    const rows = unitHistory(archive, '市发展和改革委员会');
    const assigned = rows.filter((r) => r.role !== 'listed');
    // 002: 15 tasks (16 occurrences of 市发展改革委, one in the appendix member list);
    // 000: 27; 001: 28 (28 source lines with 发改委, one per task).
    expect(assigned.filter((r) => r.year === 2020)).toHaveLength(15);
    expect(assigned.filter((r) => r.year === 2021)).toHaveLength(27);
    expect(assigned.filter((r) => r.year === 2024)).toHaveLength(28);
    expect(rows.map((r) => r.year)).toEqual([...rows.map((r) => r.year)].sort());
    expect(new Set(assigned.map((r) => r.printedName))).toEqual(new Set(['市发展改革委', '市发改委']));
    const first2021 = assigned.find((r) => r.year === 2021)!;
    expect(first2021).toMatchObject({ taskId: '一.(一).1', role: 'lead', status: 'lagging' });
    // The gold does not link list items to rows, so all 8 items of its list show as listed.
    expect(rows.filter((r) => r.role === 'listed')).toHaveLength(8);
  });
});

describe('rendering', () => {
  it('measures Chinese as two columns and aligns tables by display width', () => {
    expect(displayWidth('市发改委ab')).toBe(10);
    expect(truncateToWidth('市发展改革委员会', 7)).toBe('市发展…');
    const table = renderTable([{ u: '市发改委', n: 7 }, { u: 'ab', n: 12 }], [
      { header: 'unit', value: (r) => r.u },
      { header: 'n', value: (r) => r.n, align: 'right' },
    ]);
    const lines = table.trimEnd().split('\n');
    expect(lines.map((l) => displayWidth(l))).toEqual([12, 12, 12, 12]);
  });

  it('writes CSV with a BOM and quotes cells that need it', () => {
    const csv = renderCsv([{ t: 'a,"b"\nc' }], [{ header: 'text', value: (r) => r.t }]);
    expect(csv).toBe('\uFEFFtext\r\n"a,""b""\nc"\r\n');
  });
});
