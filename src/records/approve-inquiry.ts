/** completed | needs_review → approved; the comment becomes `reviewer-comment`. Emits inquiry.approved. */
import type { RecordsContext } from './context.js';
import { transitionInquiry, type InquiryWithVerifications } from './inquiry-transitions.js';

export function approveInquiry({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: { id: string; comment?: string; reviewerWorkflowRunId?: string };
}): Promise<InquiryWithVerifications> {
  return transitionInquiry({ ctx, input: { ...input, action: 'approve' } });
}
