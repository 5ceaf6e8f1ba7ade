/**
 * Astra resources (astra-api.md §3, §5; seed 004): tokens and users, built
 * key by key, timestamps UTC with six fractional digits. A token's `token`
 * (the base64 secret) is added by create alone.
 */
import { createHash } from 'node:crypto';
import { NIL_UUID, type UserToken } from '../../credentials/index.js';
import type { User } from '../../identity/index.js';

export const TOKEN_TYPE = 'application/astra-token';
export const TOKEN_VERSION = '1.0';
export const USER_TYPE = 'application/astra-user';
export const USER_VERSION = '1.2';
export const TOKEN_MEDIA = 'application/astra-token+json';
export const USER_MEDIA = 'application/astra-user+json';

/** `2025-03-04T10:15:30.120000Z`. */
export function astraTime(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function presentToken(t: UserToken) {
  const modified = t.modifiedBy !== null;
  return {
    type: TOKEN_TYPE,
    version: TOKEN_VERSION,
    id: t.id,
    name: t.name,
    userID: t.userId,
    metadata: {
      labels: t.labels.map((l) => ({ name: l.name, value: l.value })),
      creationTimestamp: astraTime(t.createdAt),
      modificationTimestamp: astraTime(modified ? t.updatedAt : t.createdAt),
      createdBy: t.createdBy,
      ...(modified ? { modifiedBy: t.modifiedBy } : {}),
    },
  };
}

export type AstraToken = ReturnType<typeof presentToken>;

export function presentUser(u: User) {
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
      labels: [] as Array<{ name: string; value: string }>,
      creationTimestamp: astraTime(u.createdAt),
      modificationTimestamp: astraTime(u.updatedAt),
      // Users are managed through the admin API: the nil UUID acted.
      createdBy: NIL_UUID,
      ...(modified ? { modifiedBy: NIL_UUID } : {}),
    },
  };
}

/** The serialized body and its strong ETag (hex MD5 of exactly those bytes). */
export function withEtag(resource: unknown): { body: string; etag: string } {
  const body = JSON.stringify(resource);
  return { body, etag: `"${createHash('md5').update(body).digest('hex')}"` };
}
