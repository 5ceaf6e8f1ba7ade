/** GET /inquiries: newest first, keyset pages; each item carries its verifications (one query per page). */
import type { Page, PageQuery } from '../core/store.js';
import type { RecordsReadContext } from './context.js';
import type { InquiryWithVerifications } from './inquiry-transitions.js';
import type { InquiryFilter } from './ports.js';
import type { Verification } from './types.js';
import { authorize } from '../core/actor.js';

export async function listInquiries({
  ctx,
  input,
}: {
  ctx: RecordsReadContext;
  input: { filter: InquiryFilter; page: PageQuery };
}): Promise<Page<InquiryWithVerifications>> {
  authorize(ctx.actor, 'inquiry.read');
  const page = await ctx.store.inquiries.list(ctx.actor.environmentId, input.filter, input.page);
  const all = await ctx.store.verifications.listByInquiries(page.items.map((i) => i.id));
  const byInquiry = new Map<string, Verification[]>();
  for (const v of all) byInquiry.set(v.inquiryId!, [...(byInquiry.get(v.inquiryId!) ?? []), v]);
  return { items: page.items.map((inquiry) => ({ inquiry, verifications: byInquiry.get(inquiry.id) ?? [] })), hasMore: page.hasMore };
}
