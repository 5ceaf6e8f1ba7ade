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
    reporters: ['default'],
  },
});
