/**
 * Lifecycle events of user credentials (`personal-access-token.*`,
 * `api-token.*`). A user's token belongs to no environment, so each event is
 * written once per environment of the organization, where Connect lists and
 * webhooks pick it up. Snapshots never hold a secret or a hash.
 */
import type { EventName, EventStore } from '../events/index.js';
import { emitEvents } from '../events/index.js';
import type { UserToken } from './user-tokens.js';

/** The organization's environments, for fan-out. */
export interface OrgEnvironments {
  identity: { environmentsOf(organizationId: string): Promise<Array<{ id: string }>> };
}

export type TokenEventStore = EventStore & OrgEnvironments;

export function userTokenSnapshot(t: UserToken): Record<string, unknown> {
  const base = { id: t.id, kind: t.kind, organizationId: t.organizationId, userId: t.userId, name: t.name, displayPrefix: t.displayPrefix };
  if (t.kind === 'user_api_token') {
    return { ...base, labels: t.labels, createdBy: t.createdBy, modifiedBy: t.modifiedBy, createdAt: t.createdAt, updatedAt: t.updatedAt };
  }
  return {
    ...base,
    scopes: t.scopes,
    expiresAt: t.expiresAt,
    revoked: t.revokedAt !== null,
    revokedAt: t.revokedAt,
    lastUsedAt: t.lastUsedAt,
    lastRotatedAt: t.lastRotatedAt,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

/** `context`: the event's why, for the events that say (expiry warnings, reuse after rotation). */
export async function emitUserTokenEvent(store: TokenEventStore, token: UserToken, name: EventName, now: Date, context?: Record<string, unknown>): Promise<void> {
  const environments = await store.identity.environmentsOf(token.organizationId);
  const object = userTokenSnapshot(token);
  const objectType = token.kind === 'user_api_token' ? 'api-token' : 'personal-access-token';
  await emitEvents(
    store,
    environments.map((env) => ({ organizationId: token.organizationId, environmentId: env.id, name, objectType, objectId: token.id, object, ...(context ? { context } : {}) })),
    now,
  );
}
