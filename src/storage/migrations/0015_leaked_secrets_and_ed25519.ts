/**
 * Issue 14: what an organization does with a leaked secret reported by a
 * secret scanner (`revoke` at once, or only `notify`), and Ed25519 webhook
 * signatures (Standard Webhooks `v1a`): a webhook's algorithm, and beside
 * each sealed signing key its public half (`whpk_…`), which is no secret and
 * is shown without opening the sealed column.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE organizations ADD COLUMN IF NOT EXISTS leaked_secret_action text NOT NULL DEFAULT 'revoke'
      CHECK (leaked_secret_action IN ('revoke', 'notify'));
    ALTER TABLE webhooks ADD COLUMN IF NOT EXISTS signing_algorithm text NOT NULL DEFAULT 'hmac-sha256'
      CHECK (signing_algorithm IN ('hmac-sha256', 'ed25519'));
    ALTER TABLE webhook_secrets ADD COLUMN IF NOT EXISTS public_key text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE organizations DROP COLUMN IF EXISTS leaked_secret_action;
    ALTER TABLE webhooks DROP COLUMN IF EXISTS signing_algorithm;
    ALTER TABLE webhook_secrets DROP COLUMN IF EXISTS public_key;
  `.execute(db);
}
