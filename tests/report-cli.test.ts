/**
 * `taskgen notice` / `taskgen plan` as a user runs them: real process, real
 * files, exit codes and one-line messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GOLD, readGold } from './support/gold-documents.js';

const ROOT = join(import.meta.dirname, '..');
const SEED_000 = join(ROOT, 'fixtures/seed-000-suzhou-notice/source.txt');
const SEED_001 = join(ROOT, 'fixtures/seed-001-xuzhou-plan/source.txt');
const SEED_004 = join(ROOT, 'fixtures/seed-004-progress-table/source.txt');
let tmp: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'taskgen-report-cli-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function taskgen(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/run.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('taskgen notice', () => {
  it('reproduces the seed notice lagging list unit by unit (txt)', () => {
    const r = taskgen('notice', SEED_000, '--format', 'txt', '--quiet');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('关于2021年《市政府工作报告》重点目标任务一季度完成情况的通报');
    const headings = [...r.stdout.matchAll(/^　　（[一二三四五六七八九十]+）(.+)（(\d+)项）$/gm)].map((m) => [m[1], Number(m[2])]);
    const gold = readGold(GOLD.notice000);
    expect(headings).toEqual(gold.lagging.map((g) => [g.unit, g.items.length]));
    expect(r.stdout).toContain('目标任务共302项，其中');
    expect(r.stdout).toContain('38项（占13%）');
  });

  it('writes Word to -o and honours --issuer/--date/--period', () => {
    const out = join(tmp, 'notice.docx');
    const r = taskgen('notice', SEED_004, '-f', 'docx', '-o', out, '--issuer', '市政府督查室', '--date', '2022-07-15', '--period', '上半年', '-q');
    expect(r.code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const txt = taskgen('notice', SEED_004, '-f', 'txt', '--issuer', '市政府督查室', '--date', '2022-07-15', '--period', '上半年', '-q');
    expect(txt.stdout).toContain('关于2022年上半年重点工作进展情况的通报');
    expect(txt.stdout).toMatch(/\n市政府督查室\n2022年7月15日\n/);
  });

  it('rejects bad option values with one line and exit 2, before reading the input', () => {
    for (const [args, message] of [
      [['--only', 'lagging,bogus'], 'taskgen: --only: unknown status bogus (use lagging, stalled, at_risk)\n'],
      [['--date', '2024-02-30'], 'taskgen: --date must be a calendar date written YYYY-MM-DD, not "2024-02-30"\n'],
      [['--year', '24'], 'taskgen: --year must be four digits, not "24"\n'],
      [['-f', 'docx', '--template', tmp, '-o', join(tmp, 'x.docx')], 'taskgen: --template applies to html, md and txt; docx is laid out by the Word writer (use --style FILE)\n'],
    ] as const) {
      const r = taskgen('notice', join(tmp, 'does-not-exist.txt'), ...args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message);
    }
  });

  it('reports a broken user template as file, line and column', () => {
    const dir = mkdtempSync(join(tmp, 'tpl-'));
    writeFileSync(join(dir, 'unit-group.hbs'), '{{ordinal}}{{unit}}\n{{#each items}}{{text}\n');
    const r = taskgen('notice', SEED_000, '-f', 'md', '--template', dir, '-q');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^taskgen: ${join(dir, 'unit-group.hbs')}: line 2, column \\d+: syntax error: .+\\n$`));
    expect(r.stdout).toBe('');
  });

  it('names a missing input file', () => {
    const missing = join(tmp, 'nope.html');
    const r = taskgen('notice', missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^taskgen: ${missing}: (file not found|no such file)\\n$`));
  });
});

describe('taskgen plan', () => {
  it('renders the same plan from the source and from `taskgen parse` JSON', () => {
    const json = join(tmp, 'plan.json');
    expect(taskgen('parse', SEED_001, '-o', json, '-q').code).toBe(0);
    const fromJson = taskgen('plan', json, '-f', 'txt');
    const fromSource = taskgen('plan', SEED_001, '-f', 'txt', '-q');
    expect(fromJson.code).toBe(0);
    expect(fromJson.stdout).toBe(fromSource.stdout);
    expect(fromJson.stdout.split('\n')[0]).toBe('2024年政府工作报告主要目标任务分解方案');
    expect(fromJson.stdout).toContain('\n150.宣传实施新修订的《行政复议法》');
  });

  it('writes a standalone A4 html page', () => {
    const html = join(tmp, 'plan.html');
    expect(taskgen('plan', SEED_001, '-f', 'html', '-o', html, '-q').code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).toContain('<h1 class="title">2024年政府工作报告主要目标任务分解方案</h1>');
    expect(page).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
  });
});
