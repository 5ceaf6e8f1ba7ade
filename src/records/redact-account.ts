/** DELETE /accounts/:id: nulls every field value and sets `redacted-at`, for good; again changes nothing. */
import { notFound } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import { redactFields } from './fields.js';
import type { Account } from './types.js';
import { authorize } from '../core/actor.js';

export async function redactAccount({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<Account> {
  authorize(ctx.actor, 'account.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.accounts.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.redactedAt) return current;
    return store.accounts.update(current.id, { fields: redactFields(current.fields), redactedAt: now, updatedAt: now });
  });
}
