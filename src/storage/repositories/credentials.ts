import { sql } from 'kysely';
import type { CredentialRepository } from '../../credentials/ports.js';
import type { Credential, CredentialForVerification } from '../../credentials/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { Row } from '../schema.js';
import { rotationColumns } from './columns.js';

export const credentialFromRow = (r: Row<'credentials'>): Credential => ({
  id: r.id,
  kind: r.kind,
  organizationId: r.organization_id,
  environmentId: r.environment_id,
  userId: r.user_id,
  displayPrefix: r.display_prefix,
  name: r.name,
  note: r.note,
  permissions: r.permissions,
  apiVersion: r.api_version,
  keyInflection: r.key_inflection,
  attributesBlocklist: r.attributes_blocklist,
  ipAllowlist: r.ip_allowlist,
  fileAccessTokenExpiresIn: r.file_access_token_expires_in,
  metadata: r.metadata,
  creatorType: r.creator_type,
  creatorId: r.creator_id,
  lastUsedAt: r.last_used_at,
  expiresAt: r.expires_at,
  revokedAt: r.revoked_at,
  deletedAt: r.deleted_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const COLUMN: Record<string, string> = {
  organizationId: 'organization_id',
  environmentId: 'environment_id',
  userId: 'user_id',
  displayPrefix: 'display_prefix',
  name: 'name',
  note: 'note',
  permissions: 'permissions',
  apiVersion: 'api_version',
  keyInflection: 'key_inflection',
  attributesBlocklist: 'attributes_blocklist',
  ipAllowlist: 'ip_allowlist',
  fileAccessTokenExpiresIn: 'file_access_token_expires_in',
  metadata: 'metadata',
  creatorType: 'creator_type',
  creatorId: 'creator_id',
  lastUsedAt: 'last_used_at',
  expiresAt: 'expires_at',
  revokedAt: 'revoked_at',
  deletedAt: 'deleted_at',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
};

export function credentialRepository(db: Db | Tx): CredentialRepository {
  return {
    async insert(c) {
      await db
        .insertInto('credentials')
        .values({
          id: c.id,
          kind: c.kind,
          organization_id: c.organizationId,
          environment_id: c.environmentId,
          user_id: c.userId,
          hash: c.hash,
          display_prefix: c.displayPrefix,
          name: c.name,
          note: c.note,
          permissions: c.permissions,
          api_version: c.apiVersion,
          key_inflection: c.keyInflection,
          attributes_blocklist: c.attributesBlocklist,
          ip_allowlist: c.ipAllowlist,
          file_access_token_expires_in: c.fileAccessTokenExpiresIn,
          metadata: JSON.stringify(c.metadata),
          creator_type: c.creatorType,
          creator_id: c.creatorId,
          expires_at: c.expiresAt,
          created_at: c.createdAt,
          updated_at: c.updatedAt,
        })
        .execute();
    },
    async findByHash(hash) {
      const r = await db
        .selectFrom('credentials as c')
        .innerJoin('organizations as o', 'o.id', 'c.organization_id')
        .leftJoin('environments as e', 'e.id', 'c.environment_id')
        .leftJoin('users as u', 'u.id', 'c.user_id')
        .selectAll('c')
        .select([
          'e.kind as environment_kind',
          'o.rate_limit_per_minute as organization_rate_limit',
          'u.role as user_role',
          'u.disabled_at as user_disabled_at',
          'u.deleted_at as user_deleted_at',
          'u.email as user_email',
        ])
        // The current secret, or one a rotation replaced (the verifier checks its grace deadline).
        .where((eb) => eb.or([eb('c.hash', '=', hash), eb('c.previous_hash', '=', hash)]))
        .executeTakeFirst();
      if (!r) return null;
      const v: CredentialForVerification = {
        ...credentialFromRow(r),
        environmentKind: r.environment_kind,
        organizationRateLimit: r.organization_rate_limit,
        userRole: r.user_role,
        userDisabledAt: r.user_disabled_at,
        userDeletedAt: r.user_deleted_at,
        userEmail: r.user_email,
        matchedPrevious: !r.hash.equals(hash),
        previousHashExpiresAt: r.previous_hash_expires_at,
      };
      return v;
    },
    async find(id) {
      const r = await db.selectFrom('credentials').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? credentialFromRow(r) : null;
    },
    async listApiKeys(environmentId, filter, page) {
      let q = db
        .selectFrom('credentials')
        .selectAll()
        .where('environment_id', '=', environmentId)
        .where('kind', '=', 'api_key')
        .where('deleted_at', 'is', null);
      if (filter.names?.length) q = q.where('name', 'in', filter.names);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(credentialFromRow), hasMore: p.hasMore };
    },
    async update(id, patch) {
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(patch)) {
        const col = COLUMN[k];
        if (col && v !== undefined) values[col] = k === 'metadata' ? JSON.stringify(v) : v;
      }
      if (Object.keys(values).length === 0) return this.find(id);
      const r = await db.updateTable('credentials').set(values).where('id', '=', id).returningAll().executeTakeFirst();
      return r ? credentialFromRow(r) : null;
    },
    async markExpiryAnnounced(id, expiresAt) {
      const at = expiresAt.toISOString();
      const r = await sql<{ id: string }>`
        UPDATE credentials SET metadata = metadata || jsonb_build_object('expiry-announced-at', ${at}::text)
        WHERE id = ${id} AND expires_at = ${expiresAt} AND (metadata->>'expiry-announced-at') IS DISTINCT FROM ${at}
        RETURNING id
      `.execute(db);
      return r.rows.length > 0;
    },
    async rotate(id, rotation) {
      const at = rotation.at;
      // One statement: the check that the key is in force and the swap cannot be split by a revocation or expiry.
      const r = await db
        .updateTable('credentials')
        .set(rotationColumns(rotation))
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', at)]))
        .returningAll()
        .executeTakeFirst();
      return r ? credentialFromRow(r) : null;
    },
    async markReuseReported(id, at, intervalMs) {
      // One statement: the throttle check and the mark cannot be split by another process's report.
      const r = await db
        .updateTable('credentials')
        .set({ last_reuse_reported_at: at })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('last_reuse_reported_at', 'is', null), eb('last_reuse_reported_at', '<=', new Date(at.getTime() - intervalMs))]))
        .returningAll()
        .executeTakeFirst();
      return r ? { credential: credentialFromRow(r), lastRotatedAt: r.last_rotated_at } : null;
    },
    async touchLastUsed(usage) {
      if (usage.length === 0) return;
      await sql`
        UPDATE credentials AS c SET last_used_at = v.at
        FROM unnest(${usage.map((u) => u.id)}::uuid[], ${usage.map((u) => u.at.toISOString())}::timestamptz[]) AS v(id, at)
        WHERE c.id = v.id AND (c.last_used_at IS NULL OR c.last_used_at < v.at)
      `.execute(db);
    },
  };
}
