/**
 * Identity and user credentials (issue 5): organization aliases and profile,
 * user names and activity, personal access tokens and user API tokens in the
 * one credentials table (rotation keeps the previous hash until a grace
 * deadline), expiry notices, and the login throttle shared by every process.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE organizations
      ADD COLUMN alias text,
      ADD COLUMN email text,
      ADD COLUMN description text,
      ADD COLUMN address jsonb NOT NULL DEFAULT '{}',
      ADD COLUMN user_limit integer NOT NULL DEFAULT 0;
    -- Existing organizations get a unique alias from their name and id.
    UPDATE organizations SET alias =
      coalesce(nullif(trim(both '-' from left(regexp_replace(lower(name), '[^a-z0-9]+', '-', 'g'), 40)), ''), 'org')
      || '-' || left(replace(id::text, '-', ''), 8)
      WHERE alias IS NULL;
    ALTER TABLE organizations ALTER COLUMN alias SET NOT NULL,
      ADD CONSTRAINT organizations_alias_lowercase CHECK (alias = lower(alias));
    CREATE UNIQUE INDEX organizations_alias_key ON organizations (alias);

    ALTER TABLE users
      ADD COLUMN first_name text NOT NULL DEFAULT '',
      ADD COLUMN last_name text NOT NULL DEFAULT '',
      ADD COLUMN company text,
      ADD COLUMN tags text[] NOT NULL DEFAULT '{}',
      ADD COLUMN metadata jsonb NOT NULL DEFAULT '[]',
      ADD COLUMN last_login_at timestamptz,
      ADD COLUMN last_seen_at timestamptz,
      ADD COLUMN enabled_at timestamptz;
    UPDATE users SET first_name = split_part(name, ' ', 1),
      last_name = CASE WHEN position(' ' IN name) > 0 THEN substr(name, position(' ' IN name) + 1) ELSE '' END;
    CREATE INDEX users_org_created_idx ON users (organization_id, created_at, id) WHERE deleted_at IS NULL;

    ALTER TABLE credentials
      ADD COLUMN previous_hash bytea,
      ADD COLUMN previous_hash_expires_at timestamptz,
      ADD COLUMN last_rotated_at timestamptz,
      ADD COLUMN expiry_notice_7d_at timestamptz,
      ADD COLUMN expiry_notice_1d_at timestamptz;
    -- A rotated secret stays valid until its grace deadline; found by this index.
    CREATE INDEX credentials_previous_hash_idx ON credentials (previous_hash) WHERE previous_hash IS NOT NULL;

    -- Personal access token lists: an organization's (owner, admin) or a user's, per sort key.
    CREATE INDEX credentials_pat_org_created_idx ON credentials (organization_id, created_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_org_updated_idx ON credentials (organization_id, updated_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_org_name_idx ON credentials (organization_id, name, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_org_expires_idx ON credentials (organization_id, expires_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_org_used_idx ON credentials (organization_id, last_used_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_user_created_idx ON credentials (organization_id, user_id, created_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_user_updated_idx ON credentials (organization_id, user_id, updated_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_user_name_idx ON credentials (organization_id, user_id, name, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_user_expires_idx ON credentials (organization_id, user_id, expires_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_pat_user_used_idx ON credentials (organization_id, user_id, last_used_at, id)
      WHERE kind = 'personal_access_token' AND deleted_at IS NULL;
    -- User API token lists (Astra): a user's, by creation, name or id.
    CREATE INDEX credentials_uat_created_idx ON credentials (organization_id, user_id, created_at, id)
      WHERE kind = 'user_api_token' AND deleted_at IS NULL;
    CREATE INDEX credentials_uat_name_idx ON credentials (organization_id, user_id, name, id)
      WHERE kind = 'user_api_token' AND deleted_at IS NULL;
    -- The expiry notice job looks only at live, expiring tokens not yet told about their last day.
    CREATE INDEX credentials_expiring_idx ON credentials (expires_at)
      WHERE kind = 'personal_access_token' AND expires_at IS NOT NULL AND revoked_at IS NULL
        AND deleted_at IS NULL AND expiry_notice_1d_at IS NULL;

    -- Failed logins per alias + email and per client IP, in a fixed window that starts at the first failure.
    CREATE TABLE login_throttle (
      key text PRIMARY KEY,
      failures integer NOT NULL,
      window_started_at timestamptz NOT NULL
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE login_throttle;
    DROP INDEX credentials_previous_hash_idx, credentials_pat_org_created_idx, credentials_pat_org_updated_idx,
      credentials_pat_org_name_idx, credentials_pat_org_expires_idx, credentials_pat_org_used_idx,
      credentials_pat_user_created_idx, credentials_pat_user_updated_idx, credentials_pat_user_name_idx,
      credentials_pat_user_expires_idx, credentials_pat_user_used_idx, credentials_uat_created_idx,
      credentials_uat_name_idx, credentials_expiring_idx;
    ALTER TABLE credentials DROP COLUMN previous_hash, DROP COLUMN previous_hash_expires_at,
      DROP COLUMN last_rotated_at, DROP COLUMN expiry_notice_7d_at, DROP COLUMN expiry_notice_1d_at;
    DROP INDEX users_org_created_idx;
    ALTER TABLE users DROP COLUMN first_name, DROP COLUMN last_name, DROP COLUMN company, DROP COLUMN tags,
      DROP COLUMN metadata, DROP COLUMN last_login_at, DROP COLUMN last_seen_at, DROP COLUMN enabled_at;
    DROP INDEX organizations_alias_key;
    ALTER TABLE organizations DROP CONSTRAINT organizations_alias_lowercase, DROP COLUMN alias, DROP COLUMN email,
      DROP COLUMN description, DROP COLUMN address, DROP COLUMN user_limit;
  `.execute(db);
}
