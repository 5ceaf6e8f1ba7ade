/**
 * Indexes for the overview's counts (GET /api/v1/stats): each count reads one
 * environment's rows in a time range, grouped into buckets by PostgreSQL.
 *
 * API logs: 0007 dropped (environment_id, created_at, id DESC) to make the
 * per-request insert cheaper; the stats need that range again, and this
 * index carries status and credential_id so the counts are an index-only
 * scan (no heap page per row: 1,000,000 rows of a week stay well under a
 * second). It is the one index added to every request's insert.
 * Share tokens and webhook attempts are written far less often.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS api_logs_env_created_stats_idx ON api_logs (environment_id, created_at)
      INCLUDE (status, credential_id) WHERE environment_id IS NOT NULL;
    CREATE INDEX IF NOT EXISTS share_tokens_source_created_idx ON share_tokens (source_environment_id, created_at);
    CREATE INDEX IF NOT EXISTS share_tokens_source_redeemed_idx ON share_tokens (source_environment_id, redeemed_at)
      WHERE redeemed_at IS NOT NULL;
    CREATE INDEX IF NOT EXISTS share_tokens_source_expiring_idx ON share_tokens (source_environment_id, expires_at)
      WHERE status IN ('created', 'expired');
    CREATE INDEX IF NOT EXISTS webhook_delivery_attempts_attempted_idx ON webhook_delivery_attempts (attempted_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS api_logs_env_created_stats_idx;
    DROP INDEX IF EXISTS share_tokens_source_created_idx;
    DROP INDEX IF EXISTS share_tokens_source_redeemed_idx;
    DROP INDEX IF EXISTS share_tokens_source_expiring_idx;
    DROP INDEX IF EXISTS webhook_delivery_attempts_attempted_idx;
  `.execute(db);
}
