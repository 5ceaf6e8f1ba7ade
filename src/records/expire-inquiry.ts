/** created | pending → expired (a later verification resumes it). Emits inquiry.expired. */
import type { RecordsContext } from './context.js';
import { transitionInquiry, type InquiryWithVerifications } from './inquiry-transitions.js';

export function expireInquiry({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<InquiryWithVerifications> {
  return transitionInquiry({ ctx, input: { id: input.id, action: 'expire' } });
}
