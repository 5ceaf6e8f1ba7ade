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
    // Two files at a time, as in vitest.config.ts (Vitest's default on 2 cores is one).
    maxWorkers: 2,
    reporters: ['default'],
  },
});
