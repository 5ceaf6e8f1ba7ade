import type { IdentityRepository } from '../../identity/ports.js';
import type { Environment, Organization, User } from '../../identity/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { Row } from '../schema.js';

const org = (r: Row<'organizations'>): Organization => ({
  id: r.id,
  name: r.name,
  defaultApiVersion: r.default_api_version,
  rateLimitPerMinute: r.rate_limit_per_minute,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const env = (r: Row<'environments'>): Environment => ({
  id: r.id,
  organizationId: r.organization_id,
  kind: r.kind,
  createdAt: r.created_at,
});

const user = (r: Row<'users'>): User => ({
  id: r.id,
  organizationId: r.organization_id,
  email: r.email,
  name: r.name,
  role: r.role,
  passwordHash: r.password_hash,
  disabledAt: r.disabled_at,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function identityRepository(db: Db | Tx): IdentityRepository {
  return {
    async insertOrganization(o) {
      await db
        .insertInto('organizations')
        .values({
          id: o.id,
          name: o.name,
          default_api_version: o.defaultApiVersion,
          rate_limit_per_minute: o.rateLimitPerMinute,
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
          role: u.role,
          password_hash: u.passwordHash,
          disabled_at: u.disabledAt,
          deleted_at: u.deletedAt,
          created_at: u.createdAt,
          updated_at: u.updatedAt,
        })
        .execute();
    },
    async findOrganization(id) {
      const r = await db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
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
      return r ? user(r) : null;
    },
    async findUserByEmail(email) {
      const r = await db
        .selectFrom('users')
        .selectAll()
        .where((eb) => eb(eb.fn('lower', ['email']), '=', email.toLowerCase()))
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return r ? user(r) : null;
    },
    async listUsers(organizationId, page) {
      const p = await paginate(db.selectFrom('users').selectAll().where('organization_id', '=', organizationId), 'id', page);
      return { items: p.items.map(user), hasMore: p.hasMore };
    },
  };
}
