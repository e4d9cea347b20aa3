/**
 * Batch progress on stderr. On a terminal: one line redrawn in place (bar,
 * files/s, ETA, failures). Elsewhere (CI logs, a file): a plain line every
 * `every` files, with no control characters a log viewer would show as junk.
 */
export interface ProgressCounts {
  done: number;
  total: number;
  failed: number;
}

export interface ProgressSink {
  update(c: ProgressCounts): void;
  finish(c: ProgressCounts): void;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

export function progressLine(c: ProgressCounts, elapsedSec: number, barWidth: number | null): string {
  const rate = elapsedSec > 0 ? c.done / elapsedSec : 0;
  const eta = rate > 0 ? (c.total - c.done) / rate : Infinity;
  const pct = c.total ? Math.floor((100 * c.done) / c.total) : 100;
  // Failures come before rate and ETA: on a narrow terminal the line is cut from the right.
  const parts = [`${c.done}/${c.total} files (${pct}%)`, `${c.failed} failed`, `${rate.toFixed(1)} files/s`, `ETA ${formatDuration(eta)}`];
  if (barWidth) {
    const filled = c.total ? Math.round((barWidth * c.done) / c.total) : barWidth;
    parts.unshift(`[${'#'.repeat(filled)}${'.'.repeat(barWidth - filled)}]`);
  }
  return parts.join('  ');
}

export function createProgress(
  stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
  opts: { quiet: boolean; every?: number; now?: () => number },
): ProgressSink {
  const now = opts.now ?? (() => performance.now());
  const start = now();
  const elapsed = () => (now() - start) / 1000;
  if (opts.quiet) return { update() {}, finish() {} };
  if (stream.isTTY) {
    let lastDraw = 0;
    const draw = (c: ProgressCounts) => {
      const width = stream.columns ?? 80;
      const line = progressLine(c, elapsed(), width >= 80 ? Math.min(30, width - 70) : null);
      stream.write(`\r${line.slice(0, width - 1)}\x1b[K`);
    };
    return {
      update(c) {
        // Redrawing on every file would cost more than parsing small files.
        if (now() - lastDraw < 100) return;
        lastDraw = now();
        draw(c);
      },
      finish(c) {
        draw(c);
        stream.write('\n');
      },
    };
  }
  const every = opts.every ?? 100;
  let lastPrinted = 0;
  return {
    update(c) {
      if (c.done - lastPrinted >= every) {
        lastPrinted = c.done;
        stream.write(progressLine(c, elapsed(), null) + '\n');
      }
    },
    finish(c) {
      if (c.done !== lastPrinted || c.done === 0) stream.write(progressLine(c, elapsed(), null) + '\n');
    },
  };
}
