import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The reference lives beside the repository (shared/reference/README.md), never inside it.
// Without it each conformance file runs one passing test that says so, and no database is started.
// The same file test/conformance/reference.ts loads.
const referenceFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../shared/reference/persona-openapi/persona-api-2025-12-08.subset.json',
);
const present = fs.existsSync(referenceFile);
if (!present) console.warn(`shared/reference not found: conformance skipped (looked for ${referenceFile})`);

export default defineConfig({
  test: {
    include: ['test/conformance/**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**'],
    globalSetup: present ? ['test/global-setup.ts'] : [],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on 2 cores runs one file at a time; two at once keep both cores busy (npm test
    // on the reference machine: 6.5 min one at a time, 4.4 min two at a time, 4.3 min three at a time,
    // which adds contention for the timing-sensitive process tests and gains nothing).
    maxWorkers: 2,
    reporters: ['default'],
  },
});
