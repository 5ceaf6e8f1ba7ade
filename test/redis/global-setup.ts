/**
 * The Redis suite (`npm run test:redis`) needs a Redis server: REDIS_URL, validated
 * as Tessera validates it, is handed to the test files. Without it the run stops
 * at once with this message, so no Redis test is ever silently skipped.
 */
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../src/config/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default function setup(project: TestProject) {
  const { redisUrl } = loadConfig({ REDIS_URL: process.env.REDIS_URL });
  if (!redisUrl) throw new Error('npm run test:redis needs REDIS_URL (e.g. REDIS_URL=redis://127.0.0.1:6379)');
  project.provide('redisUrl', redisUrl);
}
