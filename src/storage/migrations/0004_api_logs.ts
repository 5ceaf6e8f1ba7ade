/**
 * API logs (connect-api.md §9): one row per request of every surface, keyed by
 * the request's `req_…` id. Written in batches off the request path and kept
 * 14 days. No foreign keys: a log outlives nothing it names and must never
 * slow an insert. Env indexes are partial, since requests with no
 * environment (401s, admin, health) are never listed through Connect.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE api_logs (
      id uuid PRIMARY KEY,
      organization_id uuid,
      environment_id uuid,
      credential_id uuid,
      method text NOT NULL,
      path text NOT NULL,
      status integer NOT NULL,
      latency_ms double precision NOT NULL,
      ip_address text NOT NULL,
      user_agent text,
      request jsonb NOT NULL,
      response_headers jsonb NOT NULL,
      created_at timestamptz NOT NULL,
      redacted_at timestamptz
    );
    CREATE INDEX api_logs_env_idx ON api_logs (environment_id, id DESC) WHERE environment_id IS NOT NULL;
    CREATE INDEX api_logs_env_status_idx ON api_logs (environment_id, status, id DESC) WHERE environment_id IS NOT NULL;
    -- Method and path filters scan the environment index: each extra index is paid on every request's insert.
    CREATE INDEX api_logs_env_created_idx ON api_logs (environment_id, created_at, id DESC) WHERE environment_id IS NOT NULL;
    -- Retention deletes the oldest rows of every environment (and of none).
    CREATE INDEX api_logs_created_idx ON api_logs (created_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE IF EXISTS api_logs;`.execute(db);
}
