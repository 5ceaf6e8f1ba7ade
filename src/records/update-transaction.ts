/** PATCH /transactions/:id: reference id (409 if taken), status, tags, fields merged. Redacted ones stay as they are (422). */
import { notFound, unprocessable } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import { parseFieldsInput } from './record-fields.js';
import type { Transaction, TransactionStatus } from './types.js';
import { authorize } from '../core/actor.js';

export interface UpdateTransactionInput {
  id: string;
  referenceId?: string;
  status?: TransactionStatus;
  fields?: Record<string, unknown> | null;
  tags?: string[];
}

export async function updateTransaction({ ctx, input }: { ctx: RecordsContext; input: UpdateTransactionInput }): Promise<Transaction> {
  authorize(ctx.actor, 'transaction.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.transactions.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.redactedAt) throw unprocessable('Transaction is redacted', []);
    return store.transactions.update(current.id, {
      fields: { ...current.fields, ...parseFieldsInput({ fields: input.fields ?? null }, current.fields) },
      ...(input.referenceId !== undefined ? { referenceId: input.referenceId } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.tags !== undefined ? { tags: input.tags } : {}),
      updatedAt: now,
    });
  });
}
