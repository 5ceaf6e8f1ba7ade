/**
 * Cheaper API log rows: every request writes one, so each secondary index is
 * paid on every request. Two of the four go. The list (connect-api.md §9)
 * always filters by environment and pages newest first by id, which
 * `api_logs_env_idx` serves; status, method and path filters are checked on
 * the rows it walks, and a created-at window can start from
 * `api_logs_created_idx` (the retention index), so neither needs its own.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS api_logs_env_status_idx;
    DROP INDEX IF EXISTS api_logs_env_created_idx;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX IF NOT EXISTS api_logs_env_status_idx ON api_logs (environment_id, status, id DESC) WHERE environment_id IS NOT NULL;
    CREATE INDEX IF NOT EXISTS api_logs_env_created_idx ON api_logs (environment_id, created_at, id DESC) WHERE environment_id IS NOT NULL;
  `.execute(db);
}
