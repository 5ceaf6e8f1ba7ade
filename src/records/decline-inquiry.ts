/** completed | needs_review → declined; the comment becomes `reviewer-comment`. Emits inquiry.declined. */
import type { RecordsContext } from './context.js';
import { transitionInquiry, type InquiryWithVerifications } from './inquiry-transitions.js';

export function declineInquiry({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: { id: string; comment?: string; reviewerWorkflowRunId?: string };
}): Promise<InquiryWithVerifications> {
  return transitionInquiry({ ctx, input: { ...input, action: 'decline' } });
}
