/**
 * Ends one login session at once (logout, OAuth revocation): its id is kept
 * as revoked until the session would have expired anyway, and every cache
 * forgets it (this process at once, the others through the shared
 * invalidation). The user's other sessions live on.
 */
import type { Actor } from '../core/actor.js';
import { badRequest } from '../core/errors.js';
import type { SessionStore } from './ports.js';
import type { Verifier } from './verify.js';

export async function endSession({
  ctx,
  input,
}: {
  ctx: { store: SessionStore; verifier: Pick<Verifier, 'invalidate'> };
  input: { actor: Actor };
}): Promise<void> {
  const { session, userId } = input.actor;
  if (!session || !userId) throw badRequest('Only a login session can be ended this way; tokens are revoked instead');
  await ctx.store.sessions.revoke({ jti: session.id, userId, expiresAt: session.expiresAt });
  ctx.verifier.invalidate(session.id);
}
