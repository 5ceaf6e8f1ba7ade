/** Foundation schema: tenancy, credentials, shared records, Connect, events, jobs, idempotency. */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE organizations (
      id uuid PRIMARY KEY,
      name text NOT NULL,
      default_api_version text NOT NULL DEFAULT '2025-12-08',
      rate_limit_per_minute integer,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE environments (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      kind text NOT NULL CHECK (kind IN ('sandbox', 'production')),
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (organization_id, kind)
    );

    CREATE TABLE users (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      email text NOT NULL,
      name text NOT NULL DEFAULT '',
      role text NOT NULL CHECK (role IN ('owner', 'admin', 'member', 'viewer')),
      password_hash text,
      disabled_at timestamptz,
      deleted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX users_email_key ON users (lower(email)) WHERE deleted_at IS NULL;
    CREATE INDEX users_org_idx ON users (organization_id, id DESC);

    -- Every credential kind in one table, found by its keyed hash.
    CREATE TABLE credentials (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('api_key', 'personal_access_token', 'user_api_token')),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      environment_id uuid REFERENCES environments(id),
      user_id uuid REFERENCES users(id),
      hash bytea NOT NULL,
      display_prefix text NOT NULL,
      name text NOT NULL,
      note text,
      permissions text[] NOT NULL DEFAULT '{}',
      api_version text,
      key_inflection text,
      attributes_blocklist text[] NOT NULL DEFAULT '{}',
      ip_allowlist text[] NOT NULL DEFAULT '{*}',
      file_access_token_expires_in integer NOT NULL DEFAULT 21600,
      metadata jsonb NOT NULL DEFAULT '{}',
      creator_type text,
      creator_id uuid,
      last_used_at timestamptz,
      expires_at timestamptz,
      revoked_at timestamptz,
      deleted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE UNIQUE INDEX credentials_hash_key ON credentials (hash);
    CREATE INDEX credentials_env_idx ON credentials (environment_id, id DESC) WHERE kind = 'api_key';
    CREATE INDEX credentials_user_idx ON credentials (user_id, id DESC) WHERE user_id IS NOT NULL;

    CREATE TABLE accounts (
      id uuid PRIMARY KEY,
      environment_id uuid NOT NULL REFERENCES environments(id),
      reference_id text,
      account_type_name text NOT NULL DEFAULT 'User',
      account_status text NOT NULL DEFAULT 'active',
      fields jsonb NOT NULL DEFAULT '{}',
      tags text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      redacted_at timestamptz
    );
    CREATE INDEX accounts_env_idx ON accounts (environment_id, id DESC);
    CREATE UNIQUE INDEX accounts_reference_key ON accounts (environment_id, reference_id) WHERE reference_id IS NOT NULL;

    CREATE TABLE inquiries (
      id uuid PRIMARY KEY,
      environment_id uuid NOT NULL REFERENCES environments(id),
      account_id uuid REFERENCES accounts(id),
      status text NOT NULL,
      reference_id text,
      note text,
      tags text[] NOT NULL DEFAULT '{}',
      fields jsonb NOT NULL DEFAULT '{}',
      creator_id uuid,
      reviewer_comment text,
      reviewer_workflow_run_id uuid,
      redirect_uri text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      started_at timestamptz,
      expires_at timestamptz,
      completed_at timestamptz,
      failed_at timestamptz,
      marked_for_review_at timestamptz,
      decisioned_at timestamptz,
      expired_at timestamptz,
      redacted_at timestamptz
    );
    CREATE INDEX inquiries_env_idx ON inquiries (environment_id, id DESC);
    CREATE INDEX inquiries_env_status_idx ON inquiries (environment_id, status, id DESC);
    CREATE INDEX inquiries_env_reference_idx ON inquiries (environment_id, reference_id, id DESC);
    CREATE INDEX inquiries_account_idx ON inquiries (account_id, id DESC);

    CREATE TABLE verifications (
      id uuid PRIMARY KEY,
      environment_id uuid NOT NULL REFERENCES environments(id),
      inquiry_id uuid REFERENCES inquiries(id),
      kind text NOT NULL,
      status text NOT NULL CHECK (status IN ('passed', 'failed')),
      country_code text,
      tags text[] NOT NULL DEFAULT '{}',
      checks jsonb NOT NULL DEFAULT '[]',
      created_at timestamptz NOT NULL DEFAULT now(),
      submitted_at timestamptz,
      completed_at timestamptz,
      redacted_at timestamptz
    );
    CREATE INDEX verifications_inquiry_idx ON verifications (inquiry_id, id);
    CREATE INDEX verifications_env_idx ON verifications (environment_id, id DESC);

    CREATE TABLE transactions (
      id uuid PRIMARY KEY,
      environment_id uuid NOT NULL REFERENCES environments(id),
      reference_id text,
      transaction_type_id text,
      status text NOT NULL DEFAULT 'created',
      fields jsonb NOT NULL DEFAULT '{}',
      tags text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      redacted_at timestamptz
    );
    CREATE INDEX transactions_env_idx ON transactions (environment_id, id DESC);
    CREATE UNIQUE INDEX transactions_reference_key ON transactions (environment_id, reference_id) WHERE reference_id IS NOT NULL;

    -- One-directional pairing; both environments are of the same kind.
    CREATE TABLE connections (
      id uuid PRIMARY KEY,
      source_organization_id uuid NOT NULL REFERENCES organizations(id),
      destination_organization_id uuid NOT NULL REFERENCES organizations(id),
      source_environment_id uuid NOT NULL REFERENCES environments(id),
      destination_environment_id uuid NOT NULL REFERENCES environments(id),
      status text NOT NULL CHECK (status IN ('pending', 'active', 'inactive')),
      creator_type text,
      creator_id uuid,
      peek_source_data boolean NOT NULL DEFAULT false,
      peek_visible_fields text[] NOT NULL DEFAULT '{}',
      peek_updated_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX connections_source_idx ON connections (source_environment_id, id DESC);
    CREATE INDEX connections_destination_idx ON connections (destination_environment_id, id DESC);
    -- One live connection per pair is the API's rule (409), checked under an advisory lock,
    -- not a unique index: the platform may add a dedicated automation connection.
    CREATE INDEX connections_live_pair_idx ON connections (source_environment_id, destination_environment_id)
      WHERE status <> 'inactive';

    CREATE TABLE share_tokens (
      id uuid PRIMARY KEY,
      connection_id uuid NOT NULL REFERENCES connections(id),
      source_organization_id uuid NOT NULL REFERENCES organizations(id),
      destination_organization_id uuid NOT NULL REFERENCES organizations(id),
      source_environment_id uuid NOT NULL REFERENCES environments(id),
      destination_environment_id uuid NOT NULL REFERENCES environments(id),
      status text NOT NULL CHECK (status IN ('created', 'pending', 'redeemed', 'expired', 'failed')),
      source_type text NOT NULL,
      source_id uuid NOT NULL,
      destination_type text,
      destination_id uuid,
      redeem_mode text CHECK (redeem_mode IN ('clone', 'hydrate')),
      field_mappings jsonb,
      failure_reason text,
      creator_type text NOT NULL,
      creator_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      pending_at timestamptz,
      redeemed_at timestamptz,
      expires_at timestamptz NOT NULL,
      failed_at timestamptz
    );
    CREATE INDEX share_tokens_source_idx ON share_tokens (source_environment_id, id DESC);
    CREATE INDEX share_tokens_destination_idx ON share_tokens (destination_environment_id, id DESC);
    CREATE INDEX share_tokens_connection_idx ON share_tokens (connection_id, id DESC);
    CREATE INDEX share_tokens_expiry_idx ON share_tokens (expires_at) WHERE status = 'created';

    -- Transactional outbox: written in the same transaction as the change it describes.
    CREATE TABLE events (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      environment_id uuid REFERENCES environments(id),
      name text NOT NULL,
      object_id uuid,
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX events_env_idx ON events (environment_id, id DESC);
    CREATE INDEX events_env_name_idx ON events (environment_id, name, id DESC);
    CREATE INDEX events_env_object_idx ON events (environment_id, object_id, id DESC);

    -- Durable jobs: claimed with FOR UPDATE SKIP LOCKED and a lease.
    CREATE TABLE jobs (
      id uuid PRIMARY KEY,
      kind text NOT NULL,
      payload jsonb NOT NULL DEFAULT '{}',
      dedupe_key text,
      status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'dead')),
      run_at timestamptz NOT NULL DEFAULT now(),
      attempts integer NOT NULL DEFAULT 0,
      max_attempts integer NOT NULL DEFAULT 5,
      locked_until timestamptz,
      locked_by text,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    );
    CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status = 'queued';
    CREATE UNIQUE INDEX jobs_dedupe_key ON jobs (dedupe_key) WHERE dedupe_key IS NOT NULL;

    CREATE TABLE idempotency_keys (
      scope text NOT NULL,
      key text NOT NULL,
      fingerprint text NOT NULL,
      status text NOT NULL CHECK (status IN ('in_flight', 'done')),
      response_status integer,
      response_headers jsonb,
      response_body text,
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      PRIMARY KEY (scope, key)
    );
    CREATE INDEX idempotency_keys_expiry_idx ON idempotency_keys (expires_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE idempotency_keys, jobs, events, share_tokens, connections, transactions,
      verifications, inquiries, accounts, credentials, users, environments, organizations;
  `.execute(db);
}
