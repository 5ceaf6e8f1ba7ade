/**
 * Cascades on user tokens: deleting a user deletes its credentials (with their
 * events). Expiry warnings are the lifecycle domain's (src/lifecycle/).
 */
import { isExpired } from './user-token-context.js';
import { emitUserTokenEvent, type TokenEventStore } from './user-token-events.js';
import type { UserTokenStore } from './user-tokens.js';

/** Inside the caller's transaction: every credential of the user stops at once (the caller invalidates the cache). */
export async function deleteCredentialsOfUser(store: UserTokenStore & TokenEventStore, userId: string, now: Date): Promise<number> {
  const deleted = await store.userTokens.softDeleteOfUser(userId, now);
  for (const token of deleted) {
    if (token.kind === 'user_api_token') await emitUserTokenEvent(store, token, 'api-token.deleted', now);
    else if (!token.revokedAt && !isExpired(token, now)) {
      await emitUserTokenEvent(store, { ...token, revokedAt: now, updatedAt: now }, 'personal-access-token.revoked', now);
    }
  }
  return deleted.length;
}
