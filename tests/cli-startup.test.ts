/**
 * The CLI registers the archive commands (SQLite, the batch runner) only when the command line may
 * need them (src/cli/main.ts): these tests hold that `--help`, typos and every command still behave
 * as if all commands were always registered.
 */
import { describe, expect, test } from 'vitest';
import { requestedCommand } from '../src/cli/main.js';
import { runCli } from './support/cli.js';

describe('requestedCommand', () => {
  test.each([
    [['parse', 'a.html'], 'parse'],
    [['--verbose', 'batch', 'in', '--out', 'x'], 'batch'],
    [['--aliases', 'units.json', 'units', '--archive', 'x'], 'units'],
    [['--aliases=units.json', 'parse', 'a.html'], 'parse'],
    [['--help'], undefined],
    [[], undefined],
  ])('%j → %s', (args, expected) => {
    expect(requestedCommand(['node', 'taskgen', ...args])).toBe(expected);
  });
});

describe('commands registered on demand', () => {
  test('--help lists every command', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const command of ['parse', 'schema', 'batch', 'units', 'history', 'documents', 'diff', 'notice', 'plan', 'draft']) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  test('help <archive command> and an archive command\'s own --help work', () => {
    expect(runCli(['help', 'units']).stdout).toContain('--archive');
    expect(runCli(['history', '--help']).stdout).toContain('--archive');
  });

  test('a mistyped command is refused with a suggestion, as before', () => {
    const r = runCli(['unit']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('units');
  });

  test('--version prints the version alone', () => {
    const r = runCli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
