/** (ext) created | pending → completed. Emits inquiry.completed. */
import type { RecordsContext } from './context.js';
import { transitionInquiry, type InquiryWithVerifications } from './inquiry-transitions.js';

export function completeInquiry({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<InquiryWithVerifications> {
  return transitionInquiry({ ctx, input: { id: input.id, action: 'complete' } });
}
