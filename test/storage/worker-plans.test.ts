/**
 * The worker's hot statements keep to their indexes however the tables grow.
 * PostgreSQL keeps one generic plan for a prepared statement after a few runs,
 * made from the statistics of that moment: recording webhook attempts, once
 * prepared, kept the hash join over a sequential scan of webhook_deliveries it
 * chose while the table was small, and cost 2 ms a call (growing with every
 * delivery) at 300 events/s until the next ANALYZE (bench/results/pipeline-*).
 * It is now planned at each call; inserting deliveries stays prepared, since
 * its generic plan touches no table but through an index.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { closeDb, createDb } from '../../src/storage/database.js';
import { INSERT_DELIVERIES, RECORD_ATTEMPTS } from '../../src/storage/repositories/webhooks.js';
import { createStore } from '../../src/storage/store.js';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createHook, type Hook } from '../webhooks/helpers.js';

let t: TestApp;
let org: TestOrg;
let hook: Hook;
let client: pg.Client;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true' } });
  org = await createOrg(t);
  hook = await createHook(t, org, { url: 'http://127.0.0.1:9/hook' });
  client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
});

afterAll(async () => {
  await client.end();
});

/** The parameters of RECORD_ATTEMPTS for one successful first attempt of `deliveryId`. */
function recordParams(deliveryId: string): unknown[] {
  const now = new Date();
  return [[deliveryId], [1], [randomUUID()], ['scheduled'], [now], [200], [1], ['ok'], [null], ['succeeded'], [true], [null], [true], [null], now, [null], [null], [null], [null], [null], [null]];
}

const plan = (rows: Array<{ 'QUERY PLAN': string }>) => rows.map((r) => r['QUERY PLAN']).join('\n');

describe('plans of the worker statements', () => {
  it('recording attempts is never kept prepared: each call is planned for the table as it is', async () => {
    const db = createDb({ url: t.databaseUrl, max: 1 });
    try {
      const store = createStore(db);
      const attempt = { id: randomUUID(), trigger: 'scheduled' as const, attemptedAt: new Date(), statusCode: 200, latencyMs: 1, responseExcerpt: 'ok', error: null };
      // More runs than PostgreSQL makes custom plans for before it may settle on a generic one.
      for (let i = 0; i < 8; i++) {
        const [recorded] = await store.webhookDeliveries.recordAttempts([{ deliveryId: randomUUID(), awaiting: null, attempt: { ...attempt, id: randomUUID() }, outcome: { status: 'succeeded' } }], new Date());
        expect(recorded).toBeNull();
      }
      const prepared = await sql<{ statement: string }>`SELECT statement FROM pg_prepared_statements`.execute(db);
      expect(prepared.rows.filter((r) => r.statement.includes('webhook_delivery_attempts'))).toEqual([]);
    } finally {
      await closeDb(db, 1_000);
    }
  });

  it('on a table that grew after it was analyzed, recording an attempt finds its delivery by primary key', async () => {
    await client.query('ANALYZE webhook_deliveries');
    const webhookId = decodeId('wbh', hook.id);
    await client.query(
      `WITH e AS (
         INSERT INTO events (id, organization_id, environment_id, name, payload)
         SELECT gen_random_uuid(), organization_id, id, 'inquiry.created', '{}' FROM environments, generate_series(1, 20000) WHERE id = $1
         RETURNING id, environment_id
       )
       INSERT INTO webhook_deliveries (id, webhook_id, environment_id, event_id, event_name, status)
       SELECT gen_random_uuid(), $2, environment_id, id, 'inquiry.created', 'pending' FROM e`,
      [org.sandboxUuid, webhookId],
    );
    expect((await client.query('SELECT count(*)::int AS n FROM webhook_deliveries')).rows[0].n).toBe(20_000);
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${RECORD_ATTEMPTS}`, recordParams(randomUUID()));
    expect(plan(rows)).toMatch(/Index Scan using webhook_deliveries_pkey on webhook_deliveries/);
    expect(plan(rows)).not.toMatch(/Seq Scan/);
  });

  it("inserting deliveries, prepared, has a generic plan that scans no table", async () => {
    await client.query(`PREPARE insert_deliveries AS ${INSERT_DELIVERIES}`);
    await client.query('SET plan_cache_mode = force_generic_plan');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE insert_deliveries(${Array(18).fill('NULL').join(', ')})`);
    expect(plan(rows)).toMatch(/Insert on webhook_deliveries/);
    expect(plan(rows)).not.toMatch(/Seq Scan/);
  });
});
