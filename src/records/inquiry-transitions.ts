/**
 * The inquiry state machine of connect-api.md §4 in one table, and the one
 * function every transition verb runs: lock, check, change, emit, in one
 * transaction. An illegal transition is a 422 pointing at `status`.
 */
import { notFound, unprocessable } from '../core/errors.js';
import type { EventName } from '../events/index.js';
import type { RecordsContext } from './context.js';
import { emitInquiryEvent } from './inquiry-events.js';
import { INQUIRY_STATUSES, type Inquiry, type InquiryStatus, type Verification } from './types.js';
import { authorize } from '../core/actor.js';

export type InquiryAction = 'approve' | 'decline' | 'mark-for-review' | 'expire' | 'complete' | 'fail';

interface Rule {
  from: readonly InquiryStatus[];
  to: InquiryStatus;
  event: EventName;
  /** The status time this transition sets. */
  stamp: 'decisionedAt' | 'markedForReviewAt' | 'expiredAt' | 'completedAt' | 'failedAt';
}

const OPEN: readonly InquiryStatus[] = ['created', 'pending'];

export const INQUIRY_TRANSITIONS: Record<InquiryAction, Rule> = {
  approve: { from: ['completed', 'needs_review'], to: 'approved', event: 'inquiry.approved', stamp: 'decisionedAt' },
  decline: { from: ['completed', 'needs_review'], to: 'declined', event: 'inquiry.declined', stamp: 'decisionedAt' },
  'mark-for-review': {
    from: INQUIRY_STATUSES.filter((s) => s !== 'approved' && s !== 'declined' && s !== 'needs_review'),
    to: 'needs_review',
    event: 'inquiry.marked-for-review',
    stamp: 'markedForReviewAt',
  },
  expire: { from: OPEN, to: 'expired', event: 'inquiry.expired', stamp: 'expiredAt' },
  complete: { from: OPEN, to: 'completed', event: 'inquiry.completed', stamp: 'completedAt' },
  fail: { from: OPEN, to: 'failed', event: 'inquiry.failed', stamp: 'failedAt' },
};

export function canTransition(action: InquiryAction, from: InquiryStatus): boolean {
  return INQUIRY_TRANSITIONS[action].from.includes(from);
}

export interface InquiryWithVerifications {
  inquiry: Inquiry;
  verifications: Verification[];
}

export async function transitionInquiry({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: {
    id: string;
    action: InquiryAction;
    comment?: string | undefined;
    /** The workflow run deciding it (the `reviewer` relationship); API calls leave it unset. */
    reviewerWorkflowRunId?: string | undefined;
  };
}): Promise<InquiryWithVerifications> {
  authorize(ctx.actor, 'inquiry.write');
  const rule = INQUIRY_TRANSITIONS[input.action];
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.inquiries.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (!canTransition(input.action, current.status)) {
      throw unprocessable(`Cannot ${input.action.replaceAll('-', ' ')} an inquiry with status ${current.status}`, ['status']);
    }
    const inquiry = await store.inquiries.update(current.id, {
      status: rule.to,
      [rule.stamp]: now,
      updatedAt: now,
      ...(input.comment !== undefined ? { reviewerComment: input.comment } : {}),
      ...(input.reviewerWorkflowRunId !== undefined ? { reviewerWorkflowRunId: input.reviewerWorkflowRunId } : {}),
    });
    const verifications = await store.verifications.listByInquiry(inquiry.id);
    await emitInquiryEvent(store, ctx.actor, rule.event, inquiry, verifications, now);
    return { inquiry, verifications };
  });
}
