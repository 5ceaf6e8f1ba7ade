/**
 * The overview's counts (src/stats), each grouped by `date_bin` in PostgreSQL
 * over an index range of one environment (migration 0012): the rows
 * themselves never leave the database.
 */
import { sql, type RawBuilder } from 'kysely';
import type { StatsRange, StatsRepository, StatsRow } from '../../stats/index.js';
import type { Db, Tx } from '../database.js';

/** Buckets aligned to the Unix epoch (UTC), like the use case's. */
const bin = (range: StatsRange, column: RawBuilder<unknown>) =>
  sql`date_bin(make_interval(secs => ${range.bucketSeconds}), ${column}, TIMESTAMPTZ 'epoch')`;

export function statsRepository(db: Db | Tx): StatsRepository {
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

  return {
    async countByBucket(environmentId, range) {
      const requests = sql<{ bucket: Date; s2: number; s3: number; s4: number; s5: number; ok: number; refused: number }>`
        SELECT ${bin(range, sql.ref('created_at'))} AS bucket,
          count(*) FILTER (WHERE status BETWEEN 200 AND 299)::int AS s2,
          count(*) FILTER (WHERE status BETWEEN 300 AND 399)::int AS s3,
          count(*) FILTER (WHERE status BETWEEN 400 AND 499)::int AS s4,
          count(*) FILTER (WHERE status BETWEEN 500 AND 599)::int AS s5,
          count(*) FILTER (WHERE credential_id IS NOT NULL AND status NOT IN (401, 403))::int AS ok,
          count(*) FILTER (WHERE status IN (401, 403))::int AS refused
        FROM api_logs
        WHERE environment_id = ${environmentId} AND created_at >= ${range.start} AND created_at < ${range.end}
        GROUP BY 1
      `.execute(db);
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
        o.requests = { '2xx': r.s2, '3xx': r.s3, '4xx': r.s4, '5xx': r.s5 };
        o.verifications = { succeeded: r.ok, failed: r.refused };
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
