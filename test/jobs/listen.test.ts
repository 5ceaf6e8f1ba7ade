/**
 * Workers hear about due jobs at once (LISTEN/NOTIFY) instead of at their next
 * poll: with a one-minute poll interval, jobs enqueued by this process or by
 * another connection still run within moments, and future jobs do not wake anyone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SWEEP_JOB } from '../../src/connect/index.js';
import { createDb } from '../../src/storage/database.js';
import { jobRepository } from '../../src/storage/repositories/jobs.js';
import { createTestApp, type TestApp } from '../harness.js';
import { waitFor } from '../process/cli.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_JOB_POLL_MS: '60000' } });
});

afterAll(async () => {
  await t.worker.stop();
});

const statusOf = async (dedupeKey: string) =>
  (await t.deps.db.selectFrom('jobs').select('status').where('dedupe_key', '=', dedupeKey).executeTakeFirst())?.status;

describe('the job worker', () => {
  it('runs jobs enqueued in another connection within moments, though it polls once a minute', async () => {
    t.worker.start();
    // Let the first poll (at start) pass, so that only a notification can wake the worker.
    await new Promise((r) => setTimeout(r, 500));
    const other = createDb({ url: t.databaseUrl, max: 1 });
    try {
      const started = Date.now();
      // A sweep job: its handler exists and has nothing to do.
      await jobRepository(other).enqueue([{ kind: SWEEP_JOB, payload: {}, dedupeKey: 'listen-test-1' }], new Date());
      await waitFor('the job to run', async () => ((await statusOf('listen-test-1')) === 'done' ? true : undefined), 5_000, 20);
      expect(Date.now() - started).toBeLessThan(5_000);

      // A job due later announces nothing; the worker does not claim it early.
      await jobRepository(other).enqueue(
        [{ kind: SWEEP_JOB, payload: {}, dedupeKey: 'listen-test-2', runAt: new Date(Date.now() + 3_600_000) }],
        new Date(),
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(await statusOf('listen-test-2')).toBe('queued');
    } finally {
      await other.destroy();
    }
  });
});
