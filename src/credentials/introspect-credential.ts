/**
 * OAuth token introspection (RFC 7662) and revocation (RFC 7009) over every
 * credential kind. The client sees only its own organization's credentials
 * (the admin token sees all); anything else is simply inactive.
 */
import type { Actor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import { andThen, type MaybePromise } from '../core/maybe-async.js';
import type { Transactional } from '../core/store.js';
import { endSession } from './end-session.js';
import type { CredentialStore, SessionStore } from './ports.js';
import { emitUserTokenEvent } from './user-token-events.js';
import type { UserTokenRepos } from './user-token-context.js';
import type { VerifiedCredential, Verifier } from './verify.js';

/** The permission an API key needs to introspect and revoke (granted through the admin API). */
export const INTROSPECT_PERMISSION = 'oauth.introspect';

/** An OAuth client: an API key of an organization, or the platform admin (null). */
export type IntrospectionClient = Actor | null;

export interface Introspection {
  active: boolean;
  credential?: VerifiedCredential;
  /** Space-separated effective scopes (or an API key's permissions). */
  scope?: string;
}

function visible(client: IntrospectionClient, v: VerifiedCredential): boolean {
  return client === null || client.organizationId === v.actor.organizationId;
}

/** The answer at once when the verifier has the token in its cache (a warm introspection costs no promise), else a promise. */
export function introspectCredential({
  ctx,
  input,
}: {
  ctx: { client: IntrospectionClient; verifier: Pick<Verifier, 'inspect'> };
  input: { token: string };
}): MaybePromise<Introspection> {
  return andThen(ctx.verifier.inspect(input.token), (found) => answer(ctx.client, found));
}

function answer(client: IntrospectionClient, v: VerifiedCredential | null): Introspection {
  if (!v || !visible(client, v)) return { active: false };
  // A user credential's permissions are already its effective scopes (scopes ∩ role).
  return { active: true, credential: v, scope: scopeOf(v.actor.permissions) };
}

/** The sorted scope string of a cached Actor's permission set, computed once per set rather than per request. */
const scopes = new WeakMap<ReadonlySet<string>, string>();
function scopeOf(permissions: ReadonlySet<string>): string {
  let scope = scopes.get(permissions);
  if (scope === undefined) scopes.set(permissions, (scope = [...permissions].sort().join(' ')));
  return scope;
}

/**
 * Revokes what `token` stands for: a personal access token or API key is
 * revoked, a user API token deleted (Astra's revocation), a login session
 * ended (as by logout). Unknown, invalid or foreign tokens are ignored
 * (RFC 7009 §2.2).
 */
export async function revokeByToken({
  ctx,
  input,
}: {
  ctx: {
    client: IntrospectionClient;
    verifier: Pick<Verifier, 'inspect' | 'invalidate'>;
    store: Transactional<UserTokenRepos & CredentialStore> & UserTokenRepos & CredentialStore & SessionStore;
    clock: Clock;
  };
  input: { token: string };
}): Promise<void> {
  const v = await ctx.verifier.inspect(input.token);
  if (!v || !visible(ctx.client, v)) return;
  if (v.kind === 'session') {
    await endSession({ ctx, input: { actor: v.actor } });
    return;
  }
  const now = ctx.clock.now();
  if (v.kind === 'api_key') {
    const key = await ctx.store.credentials.find(v.id);
    if (key && !key.revokedAt) await ctx.store.credentials.update(v.id, { revokedAt: now, updatedAt: now });
  } else {
    await ctx.store.transaction(async (store) => {
      if (v.kind === 'user_api_token') {
        const deleted = await store.userTokens.softDelete(v.id, now);
        if (deleted) await emitUserTokenEvent(store, deleted, 'api-token.deleted', now);
        return;
      }
      const token = await store.userTokens.findAny(v.id);
      if (!token || token.revokedAt) return;
      const revoked = await store.userTokens.update(v.id, { revokedAt: now, updatedAt: now });
      if (revoked) await emitUserTokenEvent(store, revoked, 'personal-access-token.revoked', now);
    });
  }
  ctx.verifier.invalidate(v.id);
}
