/**
 * Paired timing for the bench modules (files starting with `_` are helpers, not benchmarks).
 *
 * On a shared 2-core machine absolute times swing with the load, so a figure means something only
 * as a ratio to a yardstick measured in the same minutes: each run of the subject is paired with a
 * run of its yardstick (`node -e 0`, `pdftotext`, a read+decode floor script), the order alternating
 * from pair to pair so neither side always runs on a warmer cache, and the medians are reported
 * with the median of the per-pair ratios. CPU time (user+sys of the child, from /usr/bin/time when
 * installed) is printed beside the wall time: it moves less with the load.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface Command {
  label: string;
  argv: string[];
}

export interface Timing {
  wallMs: number;
  cpuMs: number | null;
}

export interface PairedResult {
  subject: { wallMs: number; cpuMs: number | null };
  yardstick: { wallMs: number; cpuMs: number | null };
  /** Median of subject/yardstick over the pairs (wall). */
  wallRatio: number;
  cpuRatio: number | null;
  pairs: number;
}

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Run a command once; a failing run stops the bench (a figure for a broken run would be a lie). */
export function timeOnce(cmd: Command, scratch: string, okStatuses: number[] = [0]): Timing {
  const cpuFile = join(scratch, 'cpu.txt');
  rmSync(cpuFile, { force: true });
  const [file, args] = hasTime ? [TIME, ['-f', '%U %S', '-o', cpuFile, ...cmd.argv]] : [cmd.argv[0]!, cmd.argv.slice(1)];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error || !okStatuses.includes(r.status ?? -1)) {
    throw new Error(`${cmd.label} failed (exit ${r.status}): ${r.error?.message ?? r.stderr.slice(0, 500)}`);
  }
  let cpuMs: number | null = null;
  if (hasTime && existsSync(cpuFile)) {
    const [user, sys] = readFileSync(cpuFile, 'utf8').trim().split('\n').pop()!.split(/\s+/).map(Number);
    if (Number.isFinite(user) && Number.isFinite(sys)) cpuMs = (user! + sys!) * 1000;
  }
  return { wallMs, cpuMs };
}

/** `pairs` alternating runs of subject and yardstick after one unmeasured warm-up run of each. */
export function paired(subject: Command, yardstick: Command, scratch: string, pairs: number, yardstickOk: number[] = [0]): PairedResult {
  timeOnce(subject, scratch);
  timeOnce(yardstick, scratch, yardstickOk);
  const a: Timing[] = [];
  const b: Timing[] = [];
  for (let i = 0; i < pairs; i++) {
    if (i % 2 === 0) {
      a.push(timeOnce(subject, scratch));
      b.push(timeOnce(yardstick, scratch, yardstickOk));
    } else {
      b.push(timeOnce(yardstick, scratch, yardstickOk));
      a.push(timeOnce(subject, scratch));
    }
  }
  const cpu = (ts: Timing[]) => (ts.every((t) => t.cpuMs !== null) ? median(ts.map((t) => t.cpuMs!)) : null);
  const cpuRatios = a.every((t, i) => t.cpuMs !== null && b[i]!.cpuMs) ? a.map((t, i) => t.cpuMs! / b[i]!.cpuMs!) : null;
  return {
    subject: { wallMs: median(a.map((t) => t.wallMs)), cpuMs: cpu(a) },
    yardstick: { wallMs: median(b.map((t) => t.wallMs)), cpuMs: cpu(b) },
    wallRatio: median(a.map((t, i) => t.wallMs / b[i]!.wallMs)),
    cpuRatio: cpuRatios ? median(cpuRatios) : null,
    pairs,
  };
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** One line per figure: the subject, its yardstick, the ratio and the target beside it. */
export function report(what: string, yardstickName: string, r: PairedResult, target: number | null): string {
  const verdict = target === null ? '' : `  target ≤ ${target}× → ${r.wallRatio <= target ? 'PASS' : 'FAIL'}`;
  // /usr/bin/time counts CPU in 10 ms steps: a yardstick under one step has no meaningful CPU ratio.
  const cpu =
    r.subject.cpuMs === null || r.yardstick.cpuMs === null
      ? ''
      : r.cpuRatio !== null
        ? `; CPU ${ms(r.subject.cpuMs)} vs ${ms(r.yardstick.cpuMs)} = ${r.cpuRatio.toFixed(1)}×`
        : `; CPU ${ms(r.subject.cpuMs)} vs < 10 ms`;
  return `${what}: ${ms(r.subject.wallMs)} vs ${yardstickName} ${ms(r.yardstick.wallMs)} = ${r.wallRatio.toFixed(1)}× wall${cpu} (median of ${r.pairs} pairs)${verdict}`;
}
