/** GET /transactions/:id: a transaction of the caller's environment; else 404. */
import { notFound } from '../core/errors.js';
import type { RecordsReadContext } from './context.js';
import type { Transaction } from './types.js';
import { authorize } from '../core/actor.js';

export async function getTransaction({ ctx, input }: { ctx: RecordsReadContext; input: { id: string } }): Promise<Transaction> {
  authorize(ctx.actor, 'transaction.read');
  const transaction = await ctx.store.transactions.find(ctx.actor.environmentId, input.id);
  if (!transaction) throw notFound();
  return transaction;
}
