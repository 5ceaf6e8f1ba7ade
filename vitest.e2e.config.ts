import { defineConfig } from 'vitest/config';

// The dashboard in a real browser (Debian's chromium through playwright-core) against
// `tessera serve --demo` as a child process. The dashboard is built first, so the
// test never drives a stale bundle.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
