/** GET /inquiries/:id: the inquiry of the caller's environment with its verifications; else 404. */
import { notFound } from '../core/errors.js';
import type { RecordsReadContext } from './context.js';
import type { InquiryWithVerifications } from './inquiry-transitions.js';
import { authorize } from '../core/actor.js';

export async function getInquiry({ ctx, input }: { ctx: RecordsReadContext; input: { id: string } }): Promise<InquiryWithVerifications> {
  authorize(ctx.actor, 'inquiry.read');
  const inquiry = await ctx.store.inquiries.find(ctx.actor.environmentId, input.id);
  if (!inquiry) throw notFound();
  return { inquiry, verifications: await ctx.store.verifications.listByInquiry(inquiry.id) };
}
