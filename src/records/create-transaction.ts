/**
 * POST /transactions: a `created` transaction, or, when one of the environment
 * has the reference id already, that one unchanged (`created: false` → 200).
 */
import { newUuid } from '../core/ids.js';
import type { RecordsContext } from './context.js';
import { parseFieldsInput } from './record-fields.js';
import type { Transaction } from './types.js';
import { authorize } from '../core/actor.js';

export interface CreateTransactionInput {
  referenceId?: string | null;
  transactionTypeId?: string | null;
  fields?: Record<string, unknown> | null;
  tags?: string[] | null;
}

export async function createTransaction({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: CreateTransactionInput;
}): Promise<{ transaction: Transaction; created: boolean }> {
  authorize(ctx.actor, 'transaction.write');
  const env = ctx.actor.environmentId;
  const fields = parseFieldsInput({ fields: input.fields ?? null });
  const referenceId = input.referenceId ?? null;
  if (referenceId !== null) {
    const existing = await ctx.store.transactions.findByReference(env, referenceId);
    if (existing) return { transaction: existing, created: false };
  }
  const now = ctx.clock.now();
  const transaction: Transaction = {
    id: newUuid(now.getTime()),
    environmentId: env,
    referenceId,
    transactionTypeId: input.transactionTypeId ?? null,
    status: 'created',
    fields,
    tags: input.tags ?? [],
    createdAt: now,
    updatedAt: now,
    redactedAt: null,
  };
  if (referenceId === null) {
    await ctx.store.transactions.insert(transaction);
    return { transaction, created: true };
  }
  const inserted = await ctx.store.transactions.insertIfAbsent(transaction);
  if (inserted) return { transaction: inserted, created: true };
  // Lost a race for the reference id: the winner's transaction is the answer.
  const winner = await ctx.store.transactions.findByReference(env, referenceId);
  if (!winner) throw new Error('transaction reference conflict without a transaction');
  return { transaction: winner, created: false };
}
