/**
 * Cascades and periodic work on user tokens: deleting a user deletes its
 * credentials (with their events), and `personal-access-token.expiring` is
 * emitted 7 days and 1 day before a token expires, once each.
 */
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import { isExpired } from './user-token-context.js';
import { emitUserTokenEvent, type TokenEventStore } from './user-token-events.js';
import type { UserTokenStore } from './user-tokens.js';
import type { JobKind } from '../jobs/index.js';

export const EXPIRING_NOTICE_JOB = 'credentials.expiring-notices' satisfies JobKind;

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

/** Emits the due `expiring` notices in batches, each batch in one transaction. */
export async function notifyExpiringTokens({
  ctx,
}: {
  ctx: { store: Transactional<UserTokenStore & TokenEventStore>; clock: Clock };
}): Promise<number> {
  const BATCH = 100;
  let total = 0;
  for (;;) {
    const now = ctx.clock.now();
    const n = await ctx.store.transaction(async (store) => {
      const due = await store.userTokens.claimExpiryNotices(now, BATCH);
      for (const { token } of due) await emitUserTokenEvent(store, token, 'personal-access-token.expiring', now);
      return due.length;
    });
    total += n;
    if (n < BATCH) return total;
  }
}
