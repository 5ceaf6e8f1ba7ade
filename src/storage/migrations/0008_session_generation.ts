/**
 * Sessions that end when they should (issue 11): a per-user session
 * generation, bumped in the same statement as a password change, role change,
 * disabling, enabling or deletion (a login JWT carries the generation it was
 * issued in and dies when it no longer matches; no reliance on the JWT's
 * second-resolution `iat`), and the sessions ended one by one (logout, OAuth
 * revocation), kept until they would have expired anyway.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE users ADD COLUMN session_generation integer NOT NULL DEFAULT 0;
    CREATE TABLE revoked_sessions (
      jti uuid PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      expires_at timestamptz NOT NULL
    );
    CREATE INDEX revoked_sessions_expires_idx ON revoked_sessions (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE IF EXISTS revoked_sessions;
    ALTER TABLE users DROP COLUMN IF EXISTS session_generation;
  `.execute(db);
}
