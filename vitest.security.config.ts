import { defineConfig } from 'vitest/config';

// `npm run test:security`: the security sweeps (test/security, also part of `npm test`)
// and the long adversarial suite (test/adversarial: the fuzzer), on the same test databases.
export default defineConfig({
  test: {
    include: ['test/security/**/*.test.ts', 'test/adversarial/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two files at a time, as in vitest.config.ts (Vitest's default on 2 cores is one).
    maxWorkers: 2,
    reporters: ['default'],
  },
});
