import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI from source (through tsx) exactly as bin/taskgen runs the compiled copy. */
export function runCli(args: string[], opts: { cwd?: string; timeoutMs?: number; input?: string } = {}): CliResult {
  return spawnCli([], args, opts);
}

/**
 * The capabilities through which root reads and searches any file whatever its mode. Without them
 * a process running as root is bound by a file's mode bits like any other user.
 */
const READ_OVERRIDES = '-dac_override,-dac_read_search';

/** Whether file modes can bind the CLI here: always for an ordinary user, for root only through setpriv. */
export function canDropReadOverride(): boolean {
  if (process.getuid?.() !== 0) return true;
  return spawnSync('setpriv', [`--bounding-set=${READ_OVERRIDES}`, `--inh-caps=${READ_OVERRIDES}`, 'true']).status === 0;
}

/**
 * Runs the CLI so that a file's mode bits bind it even when the tests run as root (as CI does).
 * As root it stays uid 0 but without CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, so a mode-000 file
 * is refused to it just as it is to an ordinary user. It is deliberately not switched to another
 * user such as nobody: that user would also have to pass through every folder above the clone to
 * load taskgen, and a clone under a private folder (a mode-0700 `mktemp -d`) made the run fail
 * before taskgen read anything (issue 13). Root still owns the clone, so without the overrides it
 * reaches the clone wherever it lives.
 */
export function runCliWithoutReadOverride(args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): CliResult {
  if (process.getuid?.() !== 0) return runCli(args, opts);
  return spawnCli(['setpriv', `--bounding-set=${READ_OVERRIDES}`, `--inh-caps=${READ_OVERRIDES}`], args, opts);
}

function spawnCli(wrapper: string[], args: string[], opts: { cwd?: string; timeoutMs?: number; input?: string }): CliResult {
  const node = [process.execPath, '--import', 'tsx', resolve(ROOT, 'src/cli/run.ts'), ...args];
  const [cmd, ...rest] = [...wrapper, ...node];
  const r = spawnSync(cmd!, rest, {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
    input: opts.input,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every stderr line is a one-line `taskgen: …` message; a stack frame means an unhandled error leaked. */
export function expectCleanStderr(stderr: string): string[] {
  const lines = stderr.split('\n').filter((l) => l.trim());
  for (const l of lines) {
    if (/^\s+at\s/.test(l) || !l.startsWith('taskgen: ')) throw new Error(`unexpected stderr line: ${l}\n--- full stderr ---\n${stderr}`);
  }
  return lines;
}
