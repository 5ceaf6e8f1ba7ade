/** GET /accounts: newest first, keyset pages, optionally by reference id. */
import type { Page, PageQuery } from '../core/store.js';
import type { RecordsReadContext } from './context.js';
import type { Account } from './types.js';
import { authorize } from '../core/actor.js';

export function listAccounts({
  ctx,
  input,
}: {
  ctx: RecordsReadContext;
  input: { filter: { referenceIds?: string[] }; page: PageQuery };
}): Promise<Page<Account>> {
  authorize(ctx.actor, 'account.read');
  return ctx.store.accounts.list(ctx.actor.environmentId, input.filter, input.page);
}
