import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the checks that take a minute or more on a loaded 2-core machine (tests/slow/),
// kept out of `npm test` (vitest.config.ts) so that no everyday test runs near its limit. Limits here
// are several times the time measured under load (see each test), so load alone cannot fail them.
export default defineConfig({
  test: {
    include: ['tests/slow/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
