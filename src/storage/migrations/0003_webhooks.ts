/**
 * Webhooks (connect-api.md §6): endpoints, their signing secrets (sealed with
 * AES-256-GCM under a key derived from the server secret; they must be usable
 * to sign, so they cannot be hashed), deliveries (one per webhook and event)
 * and every delivery attempt.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE webhooks (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      environment_id uuid NOT NULL REFERENCES environments(id),
      status text NOT NULL CHECK (status IN ('enabled', 'disabled', 'archived')),
      url text NOT NULL,
      name text,
      description text,
      api_version text NOT NULL,
      key_inflection text NOT NULL CHECK (key_inflection IN ('kebab', 'camel', 'snake')),
      attributes_blocklist text[] NOT NULL DEFAULT '{}',
      file_access_token_expires_in integer NOT NULL DEFAULT 21600,
      enabled_events text[] NOT NULL,
      payload_filter jsonb,
      included_allowlist jsonb,
      relationship_allowlist jsonb NOT NULL,
      -- Custom headers often carry credentials (Authorization): sealed like the secrets.
      custom_http_headers_sealed text,
      last_succeeded_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX webhooks_env_idx ON webhooks (environment_id, id DESC);
    -- The fan-out reads the enabled webhooks of an event's environment for every event.
    CREATE INDEX webhooks_env_enabled_idx ON webhooks (environment_id) WHERE status = 'enabled';

    CREATE TABLE webhook_secrets (
      id uuid PRIMARY KEY,
      webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
      sealed text NOT NULL,
      expires_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX webhook_secrets_webhook_idx ON webhook_secrets (webhook_id, id DESC);

    CREATE TABLE webhook_deliveries (
      id uuid PRIMARY KEY,
      webhook_id uuid NOT NULL REFERENCES webhooks(id) ON DELETE CASCADE,
      environment_id uuid NOT NULL REFERENCES environments(id),
      event_id uuid NOT NULL REFERENCES events(id),
      event_name text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed')),
      attempts_made integer NOT NULL DEFAULT 0,
      -- The scheduled attempt (1-based position in the retry schedule) still to come, if any.
      next_attempt integer,
      next_attempt_at timestamptz,
      first_attempted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    -- One delivery per webhook and event, whatever the fan-out's retries; also serves filter[event-id].
    CREATE UNIQUE INDEX webhook_deliveries_webhook_event_key ON webhook_deliveries (webhook_id, event_id);
    CREATE INDEX webhook_deliveries_webhook_idx ON webhook_deliveries (webhook_id, id DESC);
    CREATE INDEX webhook_deliveries_env_idx ON webhook_deliveries (environment_id, id DESC);

    CREATE TABLE webhook_delivery_attempts (
      id uuid PRIMARY KEY,
      delivery_id uuid NOT NULL REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
      number integer NOT NULL,
      trigger text NOT NULL CHECK (trigger IN ('scheduled', 'manual')),
      attempted_at timestamptz NOT NULL,
      status_code integer,
      latency_ms integer NOT NULL,
      response_excerpt text,
      error text,
      UNIQUE (delivery_id, number)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE webhook_delivery_attempts, webhook_deliveries, webhook_secrets, webhooks;`.execute(db);
}
