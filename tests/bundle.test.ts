/**
 * The installed CLI runs a bundle (scripts/build.mjs: dist/taskgen.js, dist/worker.js and shared
 * chunks), not the sources the other tests run through tsx. These tests build it from the current
 * sources and hold that it finds what it ships beside itself (package.json, templates/, the batch
 * worker) and reads documents exactly as the sources do.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCli } from './support/cli.js';

const BIN = join(ROOT, 'bin/taskgen');
let scratch = '';

function runBin(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe', timeout: 300_000 });
  scratch = mkdtempSync(join(tmpdir(), 'taskgen-bundle-'));
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the bundled CLI', () => {
  test('prints the version from package.json', () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(runBin(['--version']).stdout.trim()).toBe(version);
  });

  test('parses a GBK page without a charset as the sources do', () => {
    const file = join(ROOT, 'fixtures/seed-001-html-gbk-nocharset/source.html');
    const bundled = runBin(['parse', file, '-q']);
    expect(bundled.status).toBe(0);
    expect(bundled.stdout).toBe(runCli(['parse', file, '-q']).stdout);
  });

  test('renders a notice with the shipped templates', () => {
    const r = runBin(['notice', join(ROOT, 'fixtures/seed-000-suzhou-notice/source.txt'), '-q', '-f', 'html']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('<html');
    expect(r.stdout).toContain('推进较慢');
  });

  test('runs a batch through its worker file', () => {
    const out = join(scratch, 'archive');
    const r = runBin(['batch', join(ROOT, 'fixtures/plan-inline-huaian'), join(ROOT, 'fixtures/notice-gbk-table-bozhou'), '--out', out, '-q']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toContain('archive.db');
    const docs = runBin(['documents', '--archive', out, '--format', 'json']);
    expect((JSON.parse(docs.stdout) as unknown[]).length).toBe(2);
  });
});
