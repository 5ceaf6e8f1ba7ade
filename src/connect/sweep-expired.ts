/**
 * Stores the expiry of created tokens past `expires-at` and emits both
 * `*-expired` events once: the conditional update makes a second sweep (or a
 * concurrent one in another process) find nothing to do.
 */
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import type { ConnectStore } from './ports.js';
import { emitShareTokenEvents } from './share-token-events.js';
import type { JobKind } from '../jobs/index.js';

export const SWEEP_JOB = 'share-token.expire-sweep' satisfies JobKind;

export async function sweepExpiredShareTokens({
  ctx,
}: {
  ctx: { store: Transactional<ConnectStore>; clock: Clock };
}): Promise<number> {
  let total = 0;
  for (;;) {
    const now = ctx.clock.now();
    const n = await ctx.store.transaction(async (store) => {
      const expired = await store.shareTokens.expireDue(now, 500);
      for (const token of expired) await emitShareTokenEvents(store, 'expired', token, token.expiresAt);
      return expired.length;
    });
    total += n;
    if (n < 500) return total;
  }
}
