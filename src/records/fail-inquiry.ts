/** (ext) created | pending → failed. Emits inquiry.failed. */
import type { RecordsContext } from './context.js';
import { transitionInquiry, type InquiryWithVerifications } from './inquiry-transitions.js';

export function failInquiry({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<InquiryWithVerifications> {
  return transitionInquiry({ ctx, input: { id: input.id, action: 'fail' } });
}
