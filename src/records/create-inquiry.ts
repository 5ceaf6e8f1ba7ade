/**
 * POST /inquiries: a `created` inquiry, linked to `accountId`, or (unless
 * `autoCreateAccount` is false) to the account with the auto-create reference
 * id, made if absent. Emits inquiry.created in the same transaction.
 */
import { newUuid } from '../core/ids.js';
import { notFound } from '../core/errors.js';
import type { RecordsContext, RecordsTxStore } from './context.js';
import { parseFields } from './fields.js';
import { emitInquiryEvent } from './inquiry-events.js';
import type { InquiryWithVerifications } from './inquiry-transitions.js';
import { newAccount } from './new-account.js';
import type { Account, Inquiry } from './types.js';
import { authorize } from '../core/actor.js';

export interface CreateInquiryInput {
  referenceId?: string | null;
  /** An account of the caller's environment (else 404 naming `account-id`). */
  accountId?: string | null;
  note?: string | null;
  fields?: Record<string, unknown> | null;
  tags?: string[] | null;
  redirectUri?: string | null;
  /** Default true. */
  autoCreateAccount?: boolean;
  /** Reference id of the auto-created account; defaults to `referenceId`. */
  autoCreateAccountReferenceId?: string | null;
}

async function accountFor(store: RecordsTxStore, environmentId: string, input: CreateInquiryInput, now: Date): Promise<Account | null> {
  if (input.accountId) {
    const account = await store.accounts.find(environmentId, input.accountId);
    if (!account) throw notFound('data.attributes.account-id is not found');
    return account;
  }
  if (input.autoCreateAccount === false) return null;
  const referenceId = input.autoCreateAccountReferenceId ?? input.referenceId ?? null;
  if (referenceId === null) {
    const account = newAccount(environmentId, now);
    await store.accounts.insert(account);
    return account;
  }
  // A concurrent creator may win the reference id between the two reads; then its account is ours too.
  return (
    (await store.accounts.findByReference(environmentId, referenceId)) ??
    (await store.accounts.insertIfAbsent(newAccount(environmentId, now, { referenceId }))) ??
    (await store.accounts.findByReference(environmentId, referenceId))
  );
}

export async function createInquiry({ ctx, input }: { ctx: RecordsContext; input: CreateInquiryInput }): Promise<InquiryWithVerifications> {
  authorize(ctx.actor, 'inquiry.write');
  const fields = parseFields(input.fields ?? {});
  const now = ctx.clock.now();
  const { actor } = ctx;
  return ctx.store.transaction(async (store) => {
    const account = await accountFor(store, actor.environmentId, input, now);
    const inquiry: Inquiry = {
      id: newUuid(now.getTime()),
      environmentId: actor.environmentId,
      accountId: account?.id ?? null,
      status: 'created',
      referenceId: input.referenceId ?? null,
      note: input.note ?? null,
      tags: input.tags ?? [],
      fields,
      creatorId: actor.credentialKind === 'api_key' ? actor.credentialId : null,
      reviewerComment: null,
      reviewerWorkflowRunId: null,
      redirectUri: input.redirectUri ?? null,
      createdAt: now,
      updatedAt: now,
      startedAt: null,
      expiresAt: null,
      completedAt: null,
      failedAt: null,
      markedForReviewAt: null,
      decisionedAt: null,
      expiredAt: null,
      redactedAt: null,
    };
    await store.inquiries.insert(inquiry);
    await emitInquiryEvent(store, actor, 'inquiry.created', inquiry, [], now);
    return { inquiry, verifications: [] };
  });
}
