/** The source withdraws a token that has not been redeemed; both parties get `*-expired`. */
import { forbidden, notFound, unprocessable } from '../core/errors.js';
import type { ConnectContext } from './context.js';
import { emitShareTokenEvents } from './share-token-events.js';
import { effectiveToken, partyOf, type ShareToken } from './types.js';
import { authorize } from '../core/actor.js';

export async function expireShareToken({ ctx, input }: { ctx: ConnectContext; input: { id: string } }): Promise<ShareToken> {
  authorize(ctx.actor, 'share_token.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const stored = await store.shareTokens.findForUpdate(input.id);
    const party = stored && partyOf(stored, ctx.actor.environmentId);
    if (!stored || !party) throw notFound();
    if (party !== 'source') throw forbidden('Only the source organization can expire this share token');
    const token = effectiveToken(stored, now);
    if (token.status !== 'created') throw unprocessable(`Share token is ${token.status}, not created`);
    const expired = await store.shareTokens.markExpired(token.id, now);
    if (!expired) throw unprocessable('Share token is not created');
    await emitShareTokenEvents(store, 'expired', expired, now);
    return expired;
  });
}
