/**
 * DELETE /inquiries/:id: nulls every field value and redacts the inquiry's
 * verifications, for good; emits inquiry.redacted. Redacting again changes
 * nothing and emits nothing.
 */
import { notFound } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import { redactFields } from './fields.js';
import { emitInquiryEvent } from './inquiry-events.js';
import type { InquiryWithVerifications } from './inquiry-transitions.js';
import { redactedVerification } from './redact-verification.js';
import { authorize } from '../core/actor.js';

export async function redactInquiry({ ctx, input }: { ctx: RecordsContext; input: { id: string } }): Promise<InquiryWithVerifications> {
  authorize(ctx.actor, 'inquiry.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.inquiries.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    const existing = await store.verifications.listByInquiry(current.id);
    if (current.redactedAt) return { inquiry: current, verifications: existing };
    const inquiry = await store.inquiries.update(current.id, { fields: redactFields(current.fields), redactedAt: now, updatedAt: now });
    const verifications = [];
    for (const v of existing) verifications.push(v.redactedAt ? v : await store.verifications.update(v.id, redactedVerification(v, now)));
    await emitInquiryEvent(store, ctx.actor, 'inquiry.redacted', inquiry, verifications, now);
    return { inquiry, verifications };
  });
}
