/** PATCH /accounts/:id: reference id (409 if taken), status, tags, fields merged. Redacted accounts stay as they are (422). */
import { notFound, unprocessable } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import { parseFieldsInput, type FieldsInput } from './record-fields.js';
import type { Account } from './types.js';
import { authorize } from '../core/actor.js';

export interface UpdateAccountInput extends FieldsInput {
  id: string;
  referenceId?: string;
  accountStatus?: string;
  tags?: string[] | null;
}

export async function updateAccount({ ctx, input }: { ctx: RecordsContext; input: UpdateAccountInput }): Promise<Account> {
  authorize(ctx.actor, 'account.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.accounts.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.redactedAt) throw unprocessable('Account is redacted', []);
    return store.accounts.update(current.id, {
      fields: { ...current.fields, ...parseFieldsInput(input, current.fields) },
      ...(input.referenceId !== undefined ? { referenceId: input.referenceId } : {}),
      ...(input.accountStatus !== undefined ? { accountStatus: input.accountStatus } : {}),
      ...(input.tags !== undefined ? { tags: input.tags ?? [] } : {}),
      updatedAt: now,
    });
  });
}
