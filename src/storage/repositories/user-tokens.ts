/**
 * Personal access tokens and user API tokens in the credentials table: scopes
 * in `permissions`, Astra labels and authorship in `metadata`, rotation in
 * `previous_hash` until its grace deadline.
 */
import { sql } from 'kysely';
import type { Label, UserToken, UserTokenField, UserTokenRepository } from '../../credentials/index.js';
import { NIL_UUID } from '../../credentials/index.js';
import type { Db, Tx } from '../database.js';
import { runListQuery, type FieldColumns } from '../list-query.js';
import type { Row } from '../schema.js';
import { rotationColumns } from './columns.js';

interface TokenMetadata {
  labels?: Label[];
  createdBy?: string;
  modifiedBy?: string;
}

export const userTokenFromRow = (r: Row<'credentials'>): UserToken => {
  const m = r.metadata as TokenMetadata;
  return {
    id: r.id,
    kind: r.kind as UserToken['kind'],
    organizationId: r.organization_id,
    userId: r.user_id!,
    name: r.name,
    scopes: r.kind === 'personal_access_token' ? r.permissions : [],
    labels: m.labels ?? [],
    createdBy: m.createdBy ?? r.creator_id ?? NIL_UUID,
    modifiedBy: m.modifiedBy ?? null,
    displayPrefix: r.display_prefix,
    lastUsedAt: r.last_used_at,
    lastRotatedAt: r.last_rotated_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
};

const FIELDS: FieldColumns<UserTokenField> = {
  id: { expr: sql`id`, text: true },
  userId: { expr: sql`user_id` },
  name: { expr: sql`name` },
  createdAt: { expr: sql`created_at` },
  updatedAt: { expr: sql`updated_at` },
  expiresAt: { expr: sql`expires_at` },
  lastUsedAt: { expr: sql`last_used_at` },
  revoked: { expr: sql`(revoked_at IS NOT NULL)` },
  createdBy: { expr: sql`(metadata->>'createdBy')` },
};

export function userTokenRepository(db: Db | Tx): UserTokenRepository {
  const live = () => db.selectFrom('credentials').selectAll().where('deleted_at', 'is', null).where('user_id', 'is not', null);
  return {
    async insert(t) {
      const metadata: TokenMetadata = { labels: t.labels, createdBy: t.createdBy, ...(t.modifiedBy ? { modifiedBy: t.modifiedBy } : {}) };
      await db
        .insertInto('credentials')
        .values({
          id: t.id,
          kind: t.kind,
          organization_id: t.organizationId,
          environment_id: null,
          user_id: t.userId,
          hash: t.hash,
          display_prefix: t.displayPrefix,
          name: t.name,
          permissions: t.scopes,
          metadata: JSON.stringify(metadata),
          creator_type: t.createdBy === NIL_UUID ? 'admin' : 'user',
          creator_id: t.createdBy === NIL_UUID ? null : t.createdBy,
          expires_at: t.expiresAt,
          revoked_at: t.revokedAt,
          last_rotated_at: t.lastRotatedAt,
          created_at: t.createdAt,
          updated_at: t.updatedAt,
        })
        .execute();
    },
    async find(organizationId, kind, id) {
      const r = await live().where('organization_id', '=', organizationId).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
      return r ? userTokenFromRow(r) : null;
    },
    async findAny(id) {
      const r = await live().where('id', '=', id).where('kind', 'in', ['personal_access_token', 'user_api_token']).executeTakeFirst();
      return r ? userTokenFromRow(r) : null;
    },
    async query(organizationId, kind, query) {
      const base = live().where('organization_id', '=', organizationId).where('kind', '=', kind);
      return runListQuery(base, FIELDS, query, userTokenFromRow);
    },
    async update(id, patch) {
      const values: Record<string, unknown> = {};
      if (patch.name !== undefined) values.name = patch.name;
      if (patch.scopes !== undefined) values.permissions = patch.scopes;
      if (patch.revokedAt !== undefined) values.revoked_at = patch.revokedAt;
      if (patch.updatedAt !== undefined) values.updated_at = patch.updatedAt;
      // A new expiry gets its own warnings: they are kept per expiry (expiry_warnings).
      if (patch.expiresAt !== undefined) values.expires_at = patch.expiresAt;
      const meta: TokenMetadata = {};
      if (patch.labels !== undefined) meta.labels = patch.labels;
      if (patch.modifiedBy !== undefined && patch.modifiedBy !== null) meta.modifiedBy = patch.modifiedBy;
      if (Object.keys(meta).length > 0) values.metadata = sql`metadata || ${JSON.stringify(meta)}::jsonb`;
      if (Object.keys(values).length === 0) {
        const r = await live().where('id', '=', id).executeTakeFirst();
        return r ? userTokenFromRow(r) : null;
      }
      const r = await db.updateTable('credentials').set(values).where('id', '=', id).where('deleted_at', 'is', null).returningAll().executeTakeFirst();
      return r ? userTokenFromRow(r) : null;
    },
    async rotate(id, rotation) {
      const r = await db
        .updateTable('credentials')
        .set(rotationColumns(rotation))
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return r ? userTokenFromRow(r) : null;
    },
    async softDelete(id, at) {
      const r = await db
        .updateTable('credentials')
        .set({ deleted_at: at, previous_hash: null, previous_hash_expires_at: null })
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
      return r ? userTokenFromRow(r) : null;
    },
    async softDeleteOfUser(userId, at) {
      const rows = await db
        .updateTable('credentials')
        .set({ deleted_at: at, previous_hash: null, previous_hash_expires_at: null })
        .where('user_id', '=', userId)
        .where('deleted_at', 'is', null)
        .returningAll()
        .execute();
      return rows.filter((r) => r.kind !== 'api_key').map(userTokenFromRow);
    },
  };
}
