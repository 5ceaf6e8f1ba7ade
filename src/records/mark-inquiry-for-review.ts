/** Any status but approved, declined, needs_review → needs_review. Emits inquiry.marked-for-review. */
import type { RecordsContext } from './context.js';
import { transitionInquiry, type InquiryWithVerifications } from './inquiry-transitions.js';

export function markInquiryForReview({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<InquiryWithVerifications> {
  return transitionInquiry({ ctx, input: { id: input.id, action: 'mark-for-review' } });
}
