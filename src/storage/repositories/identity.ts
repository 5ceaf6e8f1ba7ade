import { sql } from 'kysely';
import type { IdentityRepository, LoginThrottleRepository, UserListField } from '../../identity/ports.js';
import { EMPTY_ADDRESS, type Environment, type Organization, type User, type UserMetadataEntry } from '../../identity/types.js';
import type { Db, Tx } from '../database.js';
import { likePattern, runListQuery, type FieldColumns } from '../list-query.js';
import { paginate } from '../paging.js';
import type { Row, UserMetadataEntry as StoredMetadataEntry } from '../schema.js';

const org = (r: Row<'organizations'>): Organization => ({
  id: r.id,
  name: r.name,
  alias: r.alias,
  email: r.email,
  description: r.description,
  address: { ...EMPTY_ADDRESS, ...r.address },
  userLimit: r.user_limit,
  defaultApiVersion: r.default_api_version,
  rateLimitPerMinute: r.rate_limit_per_minute,
  leakedSecretAction: r.leaked_secret_action,
  expiryWarningLeads: r.expiry_warning_leads,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const env = (r: Row<'environments'>): Environment => ({
  id: r.id,
  organizationId: r.organization_id,
  kind: r.kind,
  createdAt: r.created_at,
});

const metadataFromRow = (m: StoredMetadataEntry): UserMetadataEntry => ({
  ...m,
  createdAt: new Date(m.createdAt),
  updatedAt: new Date(m.updatedAt),
});

const metadataToRow = (m: UserMetadataEntry): StoredMetadataEntry => ({
  ...m,
  createdAt: m.createdAt.toISOString(),
  updatedAt: m.updatedAt.toISOString(),
});

export const userFromRow = (r: Row<'users'>): User => ({
  id: r.id,
  organizationId: r.organization_id,
  email: r.email,
  name: r.name,
  firstName: r.first_name,
  lastName: r.last_name,
  company: r.company,
  tags: r.tags,
  metadata: r.metadata.map(metadataFromRow),
  role: r.role,
  passwordHash: r.password_hash,
  disabledAt: r.disabled_at,
  deletedAt: r.deleted_at,
  enabledAt: r.enabled_at,
  sessionGeneration: r.session_generation,
  lastLoginAt: r.last_login_at,
  lastSeenAt: r.last_seen_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const USER_COLUMNS: Record<string, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  name: 'name',
  company: 'company',
  tags: 'tags',
  metadata: 'metadata',
  role: 'role',
  passwordHash: 'password_hash',
  disabledAt: 'disabled_at',
  deletedAt: 'deleted_at',
  enabledAt: 'enabled_at',
  updatedAt: 'updated_at',
};

const USER_FIELDS: FieldColumns<UserListField> = {
  id: { expr: sql`id`, text: true },
  createdAt: { expr: sql`created_at` },
  updatedAt: { expr: sql`updated_at` },
  name: { expr: sql`name` },
  firstName: { expr: sql`first_name` },
  lastName: { expr: sql`last_name` },
  email: { expr: sql`email` },
  lastSeenAt: { expr: sql`last_seen_at` },
  enabled: { expr: sql`(disabled_at IS NULL)` },
  nameOrEmail: {
    expr: sql`name`,
    filter: (_op, value) => sql<boolean>`(name ILIKE ${likePattern(String(value))} ESCAPE '\\' OR email ILIKE ${likePattern(String(value))} ESCAPE '\\')`,
  },
};

export function identityRepository(db: Db | Tx): IdentityRepository {
  return {
    async insertOrganization(o) {
      await db
        .insertInto('organizations')
        .values({
          id: o.id,
          name: o.name,
          alias: o.alias,
          email: o.email,
          description: o.description,
          address: JSON.stringify(o.address),
          user_limit: o.userLimit,
          default_api_version: o.defaultApiVersion,
          rate_limit_per_minute: o.rateLimitPerMinute,
          leaked_secret_action: o.leakedSecretAction,
          expiry_warning_leads: o.expiryWarningLeads,
          created_at: o.createdAt,
          updated_at: o.updatedAt,
        })
        .execute();
    },
    async insertEnvironment(e) {
      await db
        .insertInto('environments')
        .values({ id: e.id, organization_id: e.organizationId, kind: e.kind, created_at: e.createdAt })
        .execute();
    },
    async insertUser(u) {
      await db
        .insertInto('users')
        .values({
          id: u.id,
          organization_id: u.organizationId,
          email: u.email,
          name: u.name,
          first_name: u.firstName,
          last_name: u.lastName,
          company: u.company,
          tags: u.tags,
          metadata: JSON.stringify(u.metadata.map(metadataToRow)),
          role: u.role,
          password_hash: u.passwordHash,
          disabled_at: u.disabledAt,
          deleted_at: u.deletedAt,
          enabled_at: u.enabledAt,
          last_login_at: u.lastLoginAt,
          last_seen_at: u.lastSeenAt,
          created_at: u.createdAt,
          updated_at: u.updatedAt,
        })
        .execute();
    },
    async findOrganization(id) {
      const r = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? org(r) : null;
    },
    async updateOrganization(id, patch) {
      const r = await db
        .updateTable('organizations')
        .set({
          ...(patch.leakedSecretAction !== undefined ? { leaked_secret_action: patch.leakedSecretAction } : {}),
          ...(patch.expiryWarningLeads !== undefined ? { expiry_warning_leads: patch.expiryWarningLeads } : {}),
          updated_at: patch.updatedAt,
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return r ? org(r) : null;
    },
    async findOrganizationByAlias(alias) {
      const r = await db.selectFrom('organizations').selectAll().where('alias', '=', alias.toLowerCase()).executeTakeFirst();
      return r ? org(r) : null;
    },
    async listOrganizations(page) {
      const p = await paginate(db.selectFrom('organizations').selectAll(), 'id', page);
      return { items: p.items.map(org), hasMore: p.hasMore };
    },
    async environmentsOf(organizationId) {
      const rows = await db.selectFrom('environments').selectAll().where('organization_id', '=', organizationId).orderBy('kind', 'desc').execute();
      return rows.map(env);
    },
    async findEnvironment(id) {
      const r = await db.selectFrom('environments').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? env(r) : null;
    },
    async findEnvironmentOf(organizationId, kind) {
      const r = await db
        .selectFrom('environments')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('kind', '=', kind)
        .executeTakeFirst();
      return r ? env(r) : null;
    },
    async findUser(id) {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? userFromRow(r) : null;
    },
    async findUserByEmail(email) {
      const r = await db
        .selectFrom('users')
        .selectAll()
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return r ? userFromRow(r) : null;
    },
    async listUsers(organizationId, page) {
      const p = await paginate(db.selectFrom('users').selectAll().where('organization_id', '=', organizationId), 'id', page);
      return { items: p.items.map(userFromRow), hasMore: p.hasMore };
    },
    async queryUsers(organizationId, query) {
      const base = db.selectFrom('users').selectAll().where('organization_id', '=', organizationId).where('deleted_at', 'is', null);
      return runListQuery(base, USER_FIELDS, query, userFromRow);
    },
    async updateUser(id, patch) {
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(patch)) {
        const col = USER_COLUMNS[k];
        if (!col || v === undefined) continue;
        values[col] = k === 'metadata' ? JSON.stringify((v as UserMetadataEntry[]).map(metadataToRow)) : v;
      }
      // In the same UPDATE as the change itself: no session issued before it can see the new state.
      if (patch.endSessions) values.session_generation = sql`session_generation + 1`;
      if (Object.keys(values).length === 0) return this.findUser(id);
      const r = await db.updateTable('users').set(values).where('id', '=', id).returningAll().executeTakeFirst();
      return r ? userFromRow(r) : null;
    },
    async recordLogin(id, at) {
      await db.updateTable('users').set({ last_login_at: at }).where('id', '=', id).execute();
    },
    async touchLastSeen(usage) {
      if (usage.length === 0) return;
      await sql`
        UPDATE users AS u SET last_seen_at = v.at
        FROM unnest(${usage.map((x) => x.id)}::uuid[], ${usage.map((x) => x.at.toISOString())}::timestamptz[]) AS v(id, at)
        WHERE u.id = v.id AND (u.last_seen_at IS NULL OR u.last_seen_at < v.at)
      `.execute(db);
    },
  };
}

export function loginThrottleRepository(db: Db | Tx): LoginThrottleRepository {
  return {
    async read(keys, since) {
      if (keys.length === 0) return [];
      const rows = await db.selectFrom('login_throttle').selectAll().where('key', 'in', keys).where('window_started_at', '>', since).execute();
      return rows.map((r) => ({ key: r.key, failures: r.failures, windowStartedAt: r.window_started_at }));
    },
    async recordFailure(keys, now, windowMs) {
      const windowStart = new Date(now.getTime() - windowMs);
      for (const key of keys) {
        await sql`
          INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES (${key}, 1, ${now})
          ON CONFLICT (key) DO UPDATE SET
            failures = CASE WHEN t.window_started_at <= ${windowStart} THEN 1 ELSE t.failures + 1 END,
            window_started_at = CASE WHEN t.window_started_at <= ${windowStart} THEN ${now} ELSE t.window_started_at END
        `.execute(db);
      }
    },
    async clear(key) {
      await db.deleteFrom('login_throttle').where('key', '=', key).execute();
    },
    async prune(before) {
      const r = await db.deleteFrom('login_throttle').where('window_started_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
