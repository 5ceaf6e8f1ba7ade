/**
 * The job worker on a thread of its own (src/job-thread.ts, the worker of a
 * `--role all` process once built): it runs the queue's jobs with its own pool
 * and event loop — drained on request, and woken by the queue's NOTIFY once
 * started — and reports its webhook attempts to the main thread's metrics.
 * A thread that dies hands the jobs to a worker on the main thread. The thread
 * runs the TypeScript entry through tsx here, as the built server runs its
 * JavaScript. The test app's own worker is never started (role api).
 */
import fs from 'node:fs';
import os from 'node:os';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createThreadedWorker } from '../../src/jobs/threaded-worker.js';
import { createOrg, createTestApp, TEST_SECRET, type TestApp, type TestOrg } from '../harness.js';
import { waitFor } from '../process/cli.js';
import { createHook, newInquiry } from '../webhooks/helpers.js';
import { Receiver } from '../webhooks/receiver.js';

const THREAD = new URL('../fixtures/ts-worker.mjs', import.meta.url);

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true', TESSERA_JOB_POLL_MS: '5000', TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createOrg(t);
  receiver = await Receiver.start();
});

afterAll(async () => {
  await t.worker.stop();
});

function threaded(entry: string) {
  const attempts = { succeeded: 0, failed: 0 };
  const exits: unknown[] = [];
  const errors: unknown[] = [];
  const worker = createThreadedWorker({
    entry: THREAD,
    workerData: { entry: new URL(entry, import.meta.url).href, url: t.databaseUrl, connectTimeoutMs: 2_000, queryTimeoutMs: 10_000, config: t.config, secret: Buffer.from(TEST_SECRET), localServer: true },
    fallback: () => t.worker,
    onAttempts: (succeeded, failed) => {
      attempts.succeeded += succeeded;
      attempts.failed += failed;
    },
    onError: (e) => errors.push(e),
    onThreadExit: (e) => exits.push(e),
  });
  return { worker, attempts, exits, errors };
}

const arrivals = (path: string) => receiver.received.filter((r) => r.path === path);

describe('the job thread', () => {
  it('drains the queue on request, runs jobs as they are announced once started, and reports its webhook attempts', async () => {
    const hook = await createHook(t, org, { url: receiver.url + '/thread' });
    receiver.secrets.push(hook.secret);
    const { worker, attempts, exits, errors } = threaded('../../src/job-thread.ts');
    try {
      // Drained: the event's dispatch, then its delivery, both on the thread.
      await newInquiry(t, org);
      expect(await worker.drain()).toBeGreaterThanOrEqual(2);
      expect(arrivals('/hooks/thread')).toHaveLength(1);
      expect(arrivals('/hooks/thread')[0]!.problems).toEqual([]);
      expect(worker.id).toMatch(/^worker-/);
      expect(worker.id).not.toBe(t.worker.id);

      // Its connections are named, and their server processes (on this machine) yield the CPU to the requests'.
      const { rows: backends } = await sql<{ pid: number }>`
        SELECT pid FROM pg_stat_activity WHERE application_name = 'tessera-jobs' AND datname = current_database()`.execute(t.deps.db);
      expect(backends.length).toBeGreaterThan(0);
      // The system lets a process lower the priority of its own user's processes, and root of any.
      const mine = backends.filter((b) => process.getuid?.() === 0 || fs.statSync(`/proc/${b.pid}`).uid === process.getuid?.());
      expect(mine.map((b) => os.getPriority(b.pid))).toEqual(mine.map(() => 10));

      // Started: the next event is delivered without a drain, long before the 5 s poll.
      worker.start();
      await newInquiry(t, org);
      await waitFor('the second delivery', () => (arrivals('/hooks/thread').length === 2 ? true : undefined), 4_000, 20);
    } finally {
      await worker.stop();
    }
    // Counted on the thread, reported to this one (at the latest when the thread stops).
    expect(attempts).toEqual({ succeeded: 2, failed: 0 });
    expect(exits).toEqual([]);
    expect(errors).toEqual([]);
    // Stopped: it holds no job, and none is left to run.
    expect(await t.deps.db.selectFrom('jobs').select('id').where('locked_by', '=', worker.id).execute()).toEqual([]);
    expect(await t.deps.db.selectFrom('jobs').select('kind').where('status', '=', 'queued').where('kind', 'in', ['event.dispatch', 'webhook.deliver']).execute()).toEqual([]);
  });

  it('a thread that fails to start hands the jobs to the worker on the main thread', async () => {
    const hook = await createHook(t, org, { url: receiver.url + '/fallback' });
    receiver.secrets.push(hook.secret);
    const { worker, exits } = threaded('./no-such-entry.ts');
    await newInquiry(t, org);
    try {
      expect(await worker.drain()).toBeGreaterThanOrEqual(2);
      // Reported once, with the thread's own error.
      expect(exits).toHaveLength(1);
      expect(String(exits[0])).toContain('no-such-entry');
      expect(worker.id).toBe(t.worker.id);
      expect(arrivals('/hooks/fallback')).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  });
});
