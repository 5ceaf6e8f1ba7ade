/**
 * Issue 14: expiry warnings for every credential and reuse after rotation.
 * `expiry_warnings` holds one row per warning sent (what expires, its expiry,
 * the lead): its primary key is what makes each warning exactly-once across
 * processes. Organizations may set their own leads; a credential remembers
 * when its retired secret was last reported, to report at most once an hour.
 * The PAT-only notice columns of 0006 become rows of the new table.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE expiry_warnings (
      subject text NOT NULL CHECK (subject IN ('api-key', 'personal-access-token', 'api-token', 'share-token', 'webhook-secret')),
      subject_id uuid NOT NULL,
      expires_at timestamptz NOT NULL,
      lead_seconds integer NOT NULL CHECK (lead_seconds > 0),
      sent_at timestamptz NOT NULL,
      PRIMARY KEY (subject, subject_id, expires_at, lead_seconds)
    );
    -- Pruning of warnings whose expiry has passed.
    CREATE INDEX expiry_warnings_expires_idx ON expiry_warnings (expires_at);

    INSERT INTO expiry_warnings (subject, subject_id, expires_at, lead_seconds, sent_at)
      SELECT 'personal-access-token', id, expires_at, 604800, expiry_notice_7d_at FROM credentials
      WHERE expiry_notice_7d_at IS NOT NULL AND expires_at IS NOT NULL
      UNION ALL
      SELECT 'personal-access-token', id, expires_at, 86400, expiry_notice_1d_at FROM credentials
      WHERE expiry_notice_1d_at IS NOT NULL AND expires_at IS NOT NULL;
    DROP INDEX credentials_expiring_idx;
    ALTER TABLE credentials DROP COLUMN expiry_notice_7d_at, DROP COLUMN expiry_notice_1d_at,
      ADD COLUMN last_reuse_reported_at timestamptz;
    -- The sweep looks only at credentials that can still expire.
    CREATE INDEX credentials_expiring_idx ON credentials (expires_at)
      WHERE expires_at IS NOT NULL AND revoked_at IS NULL AND deleted_at IS NULL;
    -- Webhook signing secrets in their rotation overlap (the current one has none).
    CREATE INDEX webhook_secrets_expiring_idx ON webhook_secrets (expires_at) WHERE expires_at IS NOT NULL;

    -- Lead times in seconds, longest first; null: the server's (TESSERA_EXPIRY_WARNING_LEADS).
    ALTER TABLE organizations ADD COLUMN expiry_warning_leads integer[];
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE organizations DROP COLUMN expiry_warning_leads;
    DROP INDEX webhook_secrets_expiring_idx;
    DROP INDEX credentials_expiring_idx;
    ALTER TABLE credentials DROP COLUMN last_reuse_reported_at,
      ADD COLUMN expiry_notice_7d_at timestamptz, ADD COLUMN expiry_notice_1d_at timestamptz;
    UPDATE credentials c SET expiry_notice_7d_at = w.sent_at FROM expiry_warnings w
      WHERE w.subject = 'personal-access-token' AND w.subject_id = c.id AND w.expires_at = c.expires_at AND w.lead_seconds = 604800;
    UPDATE credentials c SET expiry_notice_1d_at = w.sent_at FROM expiry_warnings w
      WHERE w.subject = 'personal-access-token' AND w.subject_id = c.id AND w.expires_at = c.expires_at AND w.lead_seconds = 86400;
    CREATE INDEX credentials_expiring_idx ON credentials (expires_at)
      WHERE kind = 'personal_access_token' AND expires_at IS NOT NULL AND revoked_at IS NULL
        AND deleted_at IS NULL AND expiry_notice_1d_at IS NULL;
    DROP TABLE expiry_warnings;
  `.execute(db);
}
