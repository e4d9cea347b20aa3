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
  const r = spawnSync(process.execPath, ['--import', 'tsx', resolve(ROOT, 'src/cli/run.ts'), ...args], {
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
