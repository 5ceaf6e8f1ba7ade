/**
 * The hourly rollup of the API log (migration 0013) answers the overview's
 * 24h and 7d request counts with exactly the numbers the log's own rows give:
 * rows written by the writer's COPY, by its INSERT fallback for a retried
 * batch (no row counted twice), in the hour still filling, in several
 * environments and in none, and after retention deleted the oldest.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiLogEntry } from '../../src/api-logs/types.js';
import { STATS_WINDOWS, type StatsRange, type StatsRow } from '../../src/stats/index.js';
import { createDb } from '../../src/storage/database.js';
import { apiLogRepository } from '../../src/storage/repositories/api-logs.js';
import { statsRepository } from '../../src/storage/repositories/stats.js';
import { createTestDatabase } from '../harness.js';

type Db = ReturnType<typeof createDb>;
let db: Db;

const NOW = new Date('2026-03-10T14:37:12.345Z');
const HOUR = 3_600_000;
const STATUSES = [200, 200, 200, 201, 204, 304, 400, 401, 403, 404, 404, 422, 429, 500, 503];
const envA = randomUUID();
const envB = randomUUID();

/** A small deterministic generator, so a failure can be replayed. */
function prng(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

function entry(environmentId: string | null, createdAt: Date, status: number, verified: boolean): ApiLogEntry {
  return {
    id: randomUUID(),
    organizationId: null,
    environmentId,
    credentialId: verified ? randomUUID() : null,
    method: 'GET',
    path: '/api/v1/inquiries',
    status,
    latencyMs: 1.5,
    ipAddress: '203.0.113.7',
    userAgent: null,
    request: { headers: {}, getParams: {}, postParams: {} },
    responseHeaders: {},
    createdAt,
    redactedAt: null,
  };
}

/** The range getStats asks for `window` at NOW (epoch-aligned buckets, the last one still filling). */
function rangeOf(window: keyof typeof STATS_WINDOWS): StatsRange {
  const { bucketSeconds, buckets } = STATS_WINDOWS[window];
  const size = bucketSeconds * 1000;
  const end = new Date(Math.floor(NOW.getTime() / size) * size + size);
  return { start: new Date(end.getTime() - buckets * size), end, bucketSeconds, now: NOW };
}

/** Rows in a stable order, only their request and verification counts (the rest is not rolled up). */
const requestCounts = (rows: StatsRow[]) =>
  rows
    .filter((r) => r.requests)
    .map((r) => ({ bucket: r.bucket.toISOString(), requests: r.requests, verifications: r.verifications }))
    .sort((a, b) => a.bucket.localeCompare(b.bucket));

const total = (rows: StatsRow[]) => rows.reduce((n, r) => n + Object.values(r.requests ?? {}).reduce((m, v) => m + (v ?? 0), 0), 0);

beforeAll(async () => {
  db = createDb({ url: await createTestDatabase(), max: 4 });
  const logs = apiLogRepository(db);
  const random = prng(13);
  const entries: ApiLogEntry[] = [];
  // Nine days back (retention below cuts into the window's oldest day), to a few minutes ago.
  for (let i = 0; i < 4000; i++) {
    const env = random() < 0.1 ? null : random() < 0.75 ? envA : envB;
    const at = new Date(NOW.getTime() - Math.floor(random() * 9 * 24 * HOUR));
    entries.push(entry(env, at, STATUSES[Math.floor(random() * STATUSES.length)]!, random() < 0.8));
  }
  // The hour still filling, down to the last second.
  for (let i = 0; i < 50; i++) entries.push(entry(envA, new Date(NOW.getTime() - i * 1000), i % 7 === 0 ? 500 : 200, true));
  for (let i = 0; i < entries.length; i += 500) await logs.insertMany(entries.slice(i, i + 500));
  // A batch retried after it was in fact stored, with new rows in it: the COPY fails on the
  // duplicates and the INSERT fallback adds only the new rows.
  const fresh = [entry(envA, new Date(NOW.getTime() - 2 * HOUR), 201, true), entry(envB, new Date(NOW.getTime() - 30 * HOUR), 404, false)];
  await logs.insertMany([...entries.slice(0, 300), ...fresh]);
  // Retention takes the oldest rows, in two statements.
  const cutoff = new Date(NOW.getTime() - 6.5 * 24 * HOUR);
  await logs.deleteCreatedBefore(cutoff, 200);
  await logs.deleteCreatedBefore(cutoff, 100_000);
});

afterAll(async () => {
  await db?.destroy();
});

describe('API log hourly rollup', () => {
  it('holds, hour by hour, exactly the counts of the log rows', async () => {
    const rollup = await sql`
      SELECT environment_id, hour, status, verified, n::int AS n FROM api_log_hourly ORDER BY 1, 2, 3, 4
    `.execute(db);
    const raw = await sql`
      SELECT environment_id, date_bin('1 hour', created_at, TIMESTAMPTZ 'epoch') AS hour, status, credential_id IS NOT NULL AS verified, count(*)::int AS n
      FROM api_logs WHERE environment_id IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    `.execute(db);
    expect(rollup.rows.length).toBeGreaterThan(100);
    expect(rollup.rows).toEqual(raw.rows);
  });

  it.each(['24h', '7d'] as const)('answers the %s window with the numbers of the raw rows', async (window) => {
    const range = rangeOf(window);
    for (const env of [envA, envB]) {
      const fromRollup = await statsRepository(db).countByBucket(env, range);
      const fromLog = await statsRepository(db, { requests: 'log' }).countByBucket(env, range);
      expect(requestCounts(fromRollup)).toEqual(requestCounts(fromLog));
      expect(total(fromRollup)).toBeGreaterThan(0);
    }
    // The hour still filling counts its last rows too.
    const last = requestCounts(await statsRepository(db).countByBucket(envA, range)).at(-1)!;
    expect(new Date(last.bucket).getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(last.requests!['5xx']).toBeGreaterThanOrEqual(8);
  });

  it('is what the whole-hour windows read, and 5-minute buckets read the log', async () => {
    // Emptied inside a transaction that is rolled back: the 24h answer goes to zero, the 1h answer does not.
    const answers = await db
      .transaction()
      .execute(async (trx) => {
        await sql`DELETE FROM api_log_hourly`.execute(trx);
        const result = {
          day: total(await statsRepository(trx).countByBucket(envA, rangeOf('24h'))),
          hour: total(await statsRepository(trx).countByBucket(envA, rangeOf('1h'))),
        };
        throw Object.assign(new Error('rollback'), { result });
      })
      .catch((e: { result?: { day: number; hour: number } }) => e.result);
    expect(answers).toEqual({ day: 0, hour: expect.any(Number) });
    expect(answers!.hour).toBeGreaterThanOrEqual(50);
  });
});
