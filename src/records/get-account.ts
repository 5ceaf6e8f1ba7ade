/** GET /accounts/:id: an account of the caller's environment; else 404. */
import { notFound } from '../core/errors.js';
import type { RecordsReadContext } from './context.js';
import type { Account } from './types.js';
import { authorize } from '../core/actor.js';

export async function getAccount({ ctx, input }: { ctx: RecordsReadContext; input: { id: string } }): Promise<Account> {
  authorize(ctx.actor, 'account.read');
  const account = await ctx.store.accounts.find(ctx.actor.environmentId, input.id);
  if (!account) throw notFound();
  return account;
}
