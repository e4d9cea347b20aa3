import type { Reporter, TestModule } from 'vitest/node';

/** How many of the slowest tests the summary lists. */
const SLOWEST = 3;

/**
 * Ends every run with the plain line `N passed, N failed, N skipped`, which CI
 * reads as the run's verdict (vitest's own summary is not a format it knows).
 * Before it, the slowest tests with their own time limits, so a log shows how
 * close any test came to its limit on that machine at that load (issue 13:
 * a test must not fail because the machine is busy).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    const timed: { name: string; ms: number; limit: number }[] = [];
    for (const mod of testModules) {
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) failed++; // a file that failed to load
      for (const t of mod.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
        // options.timeout is the limit the test ran under: its own, or testTimeout from the config.
        if ((state === 'passed' || state === 'failed') && t.options.timeout) {
          timed.push({ name: `${mod.relativeModuleId} > ${t.fullName}`, ms: t.diagnostic()?.duration ?? 0, limit: t.options.timeout });
        }
      }
    }
    const slowest = timed.sort((a, b) => b.ms - a.ms).slice(0, SLOWEST);
    if (slowest.length) {
      process.stdout.write('\nslowest tests (time / own limit):\n');
      for (const s of slowest) {
        process.stdout.write(`  ${(s.ms / 1000).toFixed(1)} s / ${(s.limit / 1000).toFixed(0)} s (${Math.round((100 * s.ms) / s.limit)} %)  ${s.name}\n`);
      }
    }
    process.stdout.write(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
