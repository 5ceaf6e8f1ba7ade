/**
 * (ext) POST /verifications: records a finished verification on an inquiry of
 * the caller's environment. The inquiry must be created or pending (or expired:
 * a verification resumes it); the first one moves it to pending and sets
 * `started-at`.
 */
import { newUuid } from '../core/ids.js';
import { notFound, unprocessable } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import type { Verification, VerificationCheck, VerificationKind } from './types.js';
import { authorize } from '../core/actor.js';

export interface CreateVerificationInput {
  kind: VerificationKind;
  inquiryId: string;
  status: Verification['status'];
  checks?: VerificationCheck[];
  countryCode?: string | null;
  tags?: string[];
}

const INQUIRY = ['inquiryId'];

export async function createVerification({ ctx, input }: { ctx: RecordsContext; input: CreateVerificationInput }): Promise<Verification> {
  authorize(ctx.actor, 'verification.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    // Locked, so concurrent first verifications agree on started-at.
    const inquiry = await store.inquiries.findForUpdate(ctx.actor.environmentId, input.inquiryId);
    if (!inquiry) throw notFound('data.attributes.inquiry-id is not found');
    if (inquiry.redactedAt) throw unprocessable('Inquiry is redacted', INQUIRY);
    if (!['created', 'pending', 'expired'].includes(inquiry.status)) {
      throw unprocessable(`Inquiry must be created or pending to take verifications; it is ${inquiry.status}`, INQUIRY);
    }
    const verification: Verification = {
      id: newUuid(now.getTime()),
      environmentId: ctx.actor.environmentId,
      inquiryId: inquiry.id,
      kind: input.kind,
      status: input.status,
      countryCode: input.countryCode ?? null,
      tags: input.tags ?? [],
      checks: input.checks ?? [],
      createdAt: now,
      submittedAt: now,
      completedAt: now,
      redactedAt: null,
    };
    await store.verifications.insert(verification);
    await store.inquiries.update(inquiry.id, { status: 'pending', startedAt: inquiry.startedAt ?? now, updatedAt: now });
    return verification;
  });
}
