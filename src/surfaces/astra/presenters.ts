/**
 * Astra resources (astra-api.md §3, §5; seed 004): tokens and users, built
 * key by key, timestamps UTC with six fractional digits. A token's `token`
 * (the base64 secret) is added by create alone.
 */
import { createHash } from 'node:crypto';
import { NIL_UUID, type UserToken } from '../../credentials/index.js';
import type { User } from '../../identity/index.js';
import { TOKEN_TYPE, TOKEN_VERSION, USER_TYPE, USER_VERSION, type AstraToken, type AstraUser, type CreatedAstraToken } from './schemas.js';

export { TOKEN_MEDIA, TOKEN_TYPE, TOKEN_VERSION, USER_MEDIA, USER_TYPE, USER_VERSION } from './schemas.js';

/** `2025-03-04T10:15:30.120000Z`. */
export function astraTime(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function presentToken(t: UserToken): AstraToken {
  const modifiedBy = t.modifiedBy;
  return {
    type: TOKEN_TYPE,
    version: TOKEN_VERSION,
    id: t.id,
    name: t.name,
    userID: t.userId,
    metadata: {
      labels: t.labels.map((l) => ({ name: l.name, value: l.value })),
      creationTimestamp: astraTime(t.createdAt),
      modificationTimestamp: astraTime(modifiedBy !== null ? t.updatedAt : t.createdAt),
      createdBy: t.createdBy,
      ...(modifiedBy !== null ? { modifiedBy } : {}),
    },
  };
}

/** Create alone: the resource plus the secret as padded standard base64 of `tut_…`. */
export function presentCreatedToken(t: UserToken, secret: string): CreatedAstraToken {
  return { ...presentToken(t), token: Buffer.from(secret, 'utf8').toString('base64') };
}

export function presentUser(u: User): AstraUser {
  const modified = u.updatedAt.getTime() > u.createdAt.getTime();
  return {
    type: USER_TYPE,
    version: USER_VERSION,
    id: u.id,
    state: 'active',
    isEnabled: u.disabledAt ? 'false' : 'true',
    authID: u.email,
    authProvider: 'local',
    firstName: u.firstName,
    lastName: u.lastName,
    ...(u.company ? { companyName: u.company } : {}),
    email: u.email,
    sendWelcomeEmail: 'false',
    enableTimestamp: astraTime(u.enabledAt ?? u.createdAt),
    ...(u.lastSeenAt ? { lastActTimestamp: astraTime(u.lastSeenAt) } : {}),
    metadata: {
      labels: [],
      creationTimestamp: astraTime(u.createdAt),
      modificationTimestamp: astraTime(u.updatedAt),
      // Users are managed through the admin API: the nil UUID acted.
      createdBy: NIL_UUID,
      ...(modified ? { modifiedBy: NIL_UUID } : {}),
    },
  };
}

/**
 * The serialized body and its strong ETag (hex MD5 of exactly those bytes). A route that
 * answers with the resource sends this body (see routes/tokens.ts `sendTagged`).
 */
export function withEtag(resource: AstraToken | AstraUser): { body: string; etag: string } {
  const body = JSON.stringify(resource);
  return { body, etag: `"${createHash('md5').update(body).digest('hex')}"` };
}
