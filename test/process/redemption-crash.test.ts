/**
 * A worker killed (SIGKILL) in the middle of a redemption: its transaction
 * never commits, and once the job's lease runs out another worker process
 * redoes it — exactly one destination inquiry, the token redeemed.
 */
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connect, createTestApp, TEST_SECRET } from '../harness.js';
import { createShareToken, createSharing, makeInquiry } from '../fixtures/sharing.js';
import { processTestContext, waitFor } from './cli.js';

const procs = processTestContext();

describe('redemption survives a killed worker', () => {
  it('is done again by another process after the lease, exactly once', { timeout: 90_000 }, async () => {
    const t = await createTestApp();
    const s = await createSharing(t);
    const inq = await makeInquiry(t, s.source);
    const id = (await createShareToken(t, s, inq.id)).json().data.id;

    // Hold the destination environment's row: the worker's clone blocks on its foreign-key check,
    // i.e. mid-transaction, after it has claimed the job and locked the token.
    const blocker = new pg.Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('SELECT id FROM environments WHERE id = $1 FOR UPDATE', [s.destination.sandboxUuid]);

    expect((await connect(t, s.destination.apiKey, { method: 'POST', url: `/connect/share-tokens/${id}/redeem` })).statusCode).toBe(202);

    const env = {
      DATABASE_URL: t.databaseUrl,
      TESSERA_SECRET: TEST_SECRET,
      TESSERA_JOB_LEASE_MS: '1500',
      TESSERA_JOB_POLL_MS: '50',
    };
    const dataDir = await procs.dataDir();
    const first = procs.cli(['serve', '--role', 'worker', '--port', '0', '--data-dir', dataDir], env);
    // Watched from another connection: inside the blocker's transaction pg_stat_activity is a frozen snapshot.
    const watcher = new pg.Client({ connectionString: t.databaseUrl });
    await watcher.connect();
    await waitFor('the first worker to block inside the redemption', async () => {
      const r = await watcher.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query ILIKE 'insert into "inquiries"%'`,
      );
      return r.rows[0].n > 0 ? true : undefined;
    });
    await watcher.end();
    first.child.kill('SIGKILL');
    await first.exited;
    await blocker.query('COMMIT');
    await blocker.end();

    procs.cli(['serve', '--role', 'worker', '--port', '0', '--data-dir', await procs.dataDir()], env);
    const status = await waitFor(
      'the token to be redeemed by the second worker',
      async () => {
        const row = await t.deps.db.selectFrom('share_tokens').select('status').where('status', 'in', ['redeemed', 'failed']).executeTakeFirst();
        return row?.status;
      },
      30_000,
    );
    expect(status).toBe('redeemed');
    const copies = await t.deps.db.selectFrom('inquiries').select('id').where('environment_id', '=', s.destination.sandboxUuid).execute();
    expect(copies).toHaveLength(1);
    // The job row is marked done just after the redemption's own transaction commits.
    const job = await waitFor('the redemption job to be marked done', async () => {
      const row = await t.deps.db.selectFrom('jobs').select(['status', 'attempts']).where('kind', '=', 'share-token.redeem').executeTakeFirstOrThrow();
      return row.status === 'done' ? row : undefined;
    });
    expect(job.attempts).toBeGreaterThanOrEqual(2);
    const redeemedEvents = await t.deps.db.selectFrom('events').select('name').where('name', 'like', '%-redeemed').execute();
    expect(redeemedEvents.map((e) => e.name).sort()).toEqual(['connect/share-token.inbound-redeemed', 'connect/share-token.outbound-redeemed']);
  });
});
