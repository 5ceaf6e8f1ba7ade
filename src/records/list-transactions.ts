/** GET /transactions: newest first, keyset pages, by reference id or transaction type id. */
import type { Page, PageQuery } from '../core/store.js';
import type { RecordsReadContext } from './context.js';
import type { Transaction } from './types.js';
import { authorize } from '../core/actor.js';

export function listTransactions({
  ctx,
  input,
}: {
  ctx: RecordsReadContext;
  input: { filter: { referenceIds?: string[]; transactionTypeIds?: string[] }; page: PageQuery };
}): Promise<Page<Transaction>> {
  authorize(ctx.actor, 'transaction.read');
  return ctx.store.transactions.list(ctx.actor.environmentId, input.filter, input.page);
}
