/** DELETE /transactions/:id: nulls every field value and stores `redacted_at`, for good; again changes nothing. */
import { notFound } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import { redactFields } from './fields.js';
import type { Transaction } from './types.js';
import { authorize } from '../core/actor.js';

export async function redactTransaction({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<Transaction> {
  authorize(ctx.actor, 'transaction.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.transactions.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.redactedAt) return current;
    return store.transactions.update(current.id, { fields: redactFields(current.fields), redactedAt: now, updatedAt: now });
  });
}
