/** Deletes a personal access token: gone from lists and reads, its secret fails at once. */
import { forbidden } from '../core/errors.js';
import { canRevokeTokenOf, callerId, requireScope } from './user-token-access.js';
import { findOwnerOrNull, isExpired, type UserTokenContext } from './user-token-context.js';
import { emitUserTokenEvent } from './user-token-events.js';
import { findVisiblePersonalAccessToken } from './get-personal-access-token.js';

export async function deletePersonalAccessToken({ ctx, input }: { ctx: UserTokenContext; input: { id: string } }): Promise<void> {
  callerId(ctx.actor);
  requireScope(ctx.actor, 'personalAccessToken:write');
  const token = await findVisiblePersonalAccessToken(ctx, input.id);
  if (token.userId !== ctx.actor.userId) {
    const owner = await findOwnerOrNull(ctx, token.userId);
    if (!canRevokeTokenOf(ctx.actor, token.userId, owner?.role ?? null)) throw forbidden('You may not delete this token');
  }
  const now = ctx.clock.now();
  await ctx.store.transaction(async (store) => {
    const deleted = await store.userTokens.softDelete(token.id, now);
    // Deleting a live token revokes it, and subscribers hear so.
    if (deleted && !deleted.revokedAt && !isExpired(deleted, now)) {
      await emitUserTokenEvent(store, { ...deleted, revokedAt: now, updatedAt: now }, 'personal-access-token.revoked', now);
    }
  });
  ctx.verifier.invalidate(token.id);
}
