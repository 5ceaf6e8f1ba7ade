/**
 * POST /accounts: a new account, or, when an account of the environment has
 * the reference id already, that account unchanged (`created: false` → 200).
 */
import type { RecordsContext } from './context.js';
import { newAccount } from './new-account.js';
import { parseFieldsInput, type FieldsInput } from './record-fields.js';
import type { Account } from './types.js';
import { authorize } from '../core/actor.js';

export interface CreateAccountInput extends FieldsInput {
  referenceId?: string | null;
  accountStatus?: string;
  tags?: string[] | null;
}

export async function createAccount({ ctx, input }: { ctx: RecordsContext; input: CreateAccountInput }): Promise<{ account: Account; created: boolean }> {
  authorize(ctx.actor, 'account.write');
  const env = ctx.actor.environmentId;
  const fields = parseFieldsInput(input);
  const referenceId = input.referenceId ?? null;
  if (referenceId !== null) {
    const existing = await ctx.store.accounts.findByReference(env, referenceId);
    if (existing) return { account: existing, created: false };
  }
  const now = ctx.clock.now();
  const account = newAccount(env, now, {
    referenceId,
    fields,
    tags: input.tags ?? [],
    ...(input.accountStatus !== undefined ? { accountStatus: input.accountStatus } : {}),
  });
  if (referenceId === null) {
    await ctx.store.accounts.insert(account);
    return { account, created: true };
  }
  const inserted = await ctx.store.accounts.insertIfAbsent(account);
  if (inserted) return { account: inserted, created: true };
  // Lost a race for the reference id: the winner's account is the answer.
  const winner = await ctx.store.accounts.findByReference(env, referenceId);
  if (!winner) throw new Error('account reference conflict without an account');
  return { account: winner, created: false };
}
