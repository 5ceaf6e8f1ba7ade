import { defineConfig } from 'vitest/config';

// Tests that need a Redis server (REDIS_URL): shared rate limits, invalidation across
// processes, the fallback while Redis is down. `npm test` never includes them; CI runs
// `npm run test:redis` with REDIS_URL set.
export default defineConfig({
  test: {
    include: ['test/redis/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    globalSetup: ['test/global-setup.ts', 'test/redis/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
