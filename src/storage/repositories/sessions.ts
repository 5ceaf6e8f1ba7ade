import { sql } from 'kysely';
import type { SessionRepository } from '../../credentials/ports.js';
import type { Db, Tx } from '../database.js';

export function sessionRepository(db: Db | Tx): SessionRepository {
  return {
    async findSessionUser(userId, jti) {
      const r = await db
        .selectFrom('users')
        .select(['id', 'organization_id', 'role', 'email', 'disabled_at', 'deleted_at', 'session_generation'])
        .select(sql<boolean>`EXISTS (SELECT 1 FROM revoked_sessions WHERE jti = ${jti}::uuid)`.as('revoked'))
        .where('id', '=', userId)
        .executeTakeFirst();
      if (!r) return null;
      return {
        id: r.id,
        organizationId: r.organization_id,
        role: r.role,
        email: r.email,
        disabledAt: r.disabled_at,
        deletedAt: r.deleted_at,
        sessionGeneration: r.session_generation,
        sessionRevoked: r.revoked,
      };
    },
    async revoke({ jti, userId, expiresAt }) {
      await db.insertInto('revoked_sessions').values({ jti, user_id: userId, expires_at: expiresAt }).onConflict((oc) => oc.column('jti').doNothing()).execute();
    },
    async prune(before) {
      const r = await db.deleteFrom('revoked_sessions').where('expires_at', '<', before).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
