/**
 * The overview's counts (src/stats), each grouped by `date_bin` in PostgreSQL
 * over an index range of one environment (migration 0012): the rows
 * themselves never leave the database. Requests in whole-hour buckets (24h,
 * 7d) come from the hourly rollup of migration 0013, 5-minute ones from the log.
 */
import { sql, type RawBuilder } from 'kysely';
import type { StatsRange, StatsRepository, StatsRow } from '../../stats/index.js';
import type { Db, Tx } from '../database.js';

/** Buckets aligned to the Unix epoch (UTC), like the use case's. */
const bin = (range: StatsRange, column: RawBuilder<unknown>) =>
  sql`date_bin(make_interval(secs => ${range.bucketSeconds}), ${column}, TIMESTAMPTZ 'epoch')`;

const HOUR_MS = 3_600_000;

/** Where the API log counts come from: the hourly rollup (migration 0013) when the buckets are whole hours, else the log. */
export type RequestCountSource = 'auto' | 'log';

/**
 * @param options.requests `'log'` counts API log rows even where the rollup
 *   could answer: the test that proves both give the same numbers uses it.
 */
export function statsRepository(db: Db | Tx, options: { requests?: RequestCountSource } = {}): StatsRepository {
  /** One count per bucket of the rows `from` names, bucketed by `column`. */
  async function counts(column: string, from: RawBuilder<unknown>, range: StatsRange): Promise<Map<number, number>> {
    const c = sql.ref(column);
    const { rows } = await sql<{ bucket: Date; n: number }>`
      SELECT ${bin(range, c)} AS bucket, count(*)::int AS n FROM ${from}
      AND ${c} >= ${range.start} AND ${c} < ${range.end}
      GROUP BY 1
    `.execute(db);
    return new Map(rows.map((r) => [r.bucket.getTime(), r.n]));
  }

  /** Requests per bucket, status and whether a credential was identified, from the API log itself. */
  function fromLog(environmentId: string, range: StatsRange) {
    // Grouped by status and whether a credential was verified (a few hundred groups at most), folded
    // into classes below: one count per row is cheaper than six FILTERed ones over a million rows.
    const query = sql<{ bucket: Date; status: number; verified: boolean; n: number }>`
      SELECT ${bin(range, sql.ref('created_at'))} AS bucket, status, credential_id IS NOT NULL AS verified, count(*)::int AS n
      FROM api_logs
      WHERE environment_id = ${environmentId} AND created_at >= ${range.start} AND created_at < ${range.end}
      GROUP BY 1, 2, 3
    `;
    // When the window holds most of the table (a week of a 14-day log), the planner costs a sequential
    // scan of the heap below the covering index's range scan, yet the index-only scan reads a fraction of
    // the pages and is about twice as fast (bench:stats). The setting lasts only for this transaction.
    return db.isTransaction
      ? query.execute(db)
      : db.transaction().execute(async (trx) => {
          await sql`SET LOCAL enable_seqscan = off`.execute(trx);
          return query.execute(trx);
        });
  }

  /**
   * The same counts from the hourly rollup (migration 0013), kept by triggers in the log's own
   * transactions, so it is exact up to the last row written: a week is 168 hours of a few
   * statuses each, not every request of the week.
   */
  function fromRollup(environmentId: string, range: StatsRange) {
    return sql<{ bucket: Date; status: number; verified: boolean; n: number }>`
      SELECT ${bin(range, sql.ref('hour'))} AS bucket, status, verified, sum(n)::int AS n
      FROM api_log_hourly
      WHERE environment_id = ${environmentId} AND hour >= ${range.start} AND hour < ${range.end}
      GROUP BY 1, 2, 3
    `.execute(db);
  }

  /** Whole hours from a whole hour: every bucket is a sum of rollup hours. */
  const rollupFits = (range: StatsRange) => range.bucketSeconds % 3600 === 0 && range.start.getTime() % HOUR_MS === 0 && range.end.getTime() % HOUR_MS === 0;

  return {
    async countByBucket(environmentId, range) {
      const requests = options.requests !== 'log' && rollupFits(range) ? fromRollup(environmentId, range) : fromLog(environmentId, range);
      const source = sql`share_tokens WHERE source_environment_id = ${environmentId}`;
      const [logs, created, redeemed, expired, attempts] = await Promise.all([
        requests,
        counts('created_at', source, range),
        counts('redeemed_at', source, range),
        // A token still `created` past its expiry is expired to every reader (lazy expiry), so both count.
        counts('expires_at', sql`${source} AND status IN ('created', 'expired') AND expires_at <= ${range.now}`, range),
        sql<{ bucket: Date; ok: number; failed: number }>`
          SELECT ${bin(range, sql.ref('a.attempted_at'))} AS bucket,
            count(*) FILTER (WHERE a.error IS NULL)::int AS ok,
            count(*) FILTER (WHERE a.error IS NOT NULL)::int AS failed
          FROM webhook_delivery_attempts a JOIN webhook_deliveries d ON d.id = a.delivery_id
          WHERE d.environment_id = ${environmentId} AND a.attempted_at >= ${range.start} AND a.attempted_at < ${range.end}
          GROUP BY 1
        `.execute(db),
      ]);

      const out = new Map<number, StatsRow>();
      const row = (bucket: Date): StatsRow => {
        let r = out.get(bucket.getTime());
        if (!r) out.set(bucket.getTime(), (r = { bucket }));
        return r;
      };
      for (const r of logs.rows) {
        const o = row(r.bucket);
        const requests = (o.requests ??= { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 });
        const verifications = (o.verifications ??= { succeeded: 0, failed: 0 });
        const statusClass = `${Math.floor(r.status / 100)}xx`;
        if (statusClass in requests) requests[statusClass as keyof typeof requests]! += r.n;
        if (r.status === 401 || r.status === 403) verifications.failed! += r.n;
        else if (r.verified) verifications.succeeded! += r.n;
      }
      for (const [name, counted] of [['created', created], ['redeemed', redeemed], ['expired', expired]] as const) {
        for (const [t, n] of counted) {
          const o = row(new Date(t));
          o.shareTokens = { ...o.shareTokens, [name]: n };
        }
      }
      for (const r of attempts.rows) row(r.bucket).webhookDeliveries = { succeeded: r.ok, failed: r.failed };
      return [...out.values()];
    },
  };
}
