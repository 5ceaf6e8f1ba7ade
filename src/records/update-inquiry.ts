/**
 * PATCH /inquiries/:id: note, tags, redirect-uri any time; fields only while
 * created or pending (merged over the existing ones). A redacted inquiry is
 * not edited again.
 */
import { notFound, unprocessable } from '../core/errors.js';
import type { RecordsContext } from './context.js';
import { parseFields } from './fields.js';
import type { InquiryWithVerifications } from './inquiry-transitions.js';
import { authorize } from '../core/actor.js';

export interface UpdateInquiryInput {
  id: string;
  note?: string | null;
  fields?: Record<string, unknown> | null;
  tags?: string[];
  redirectUri?: string | null;
}

export async function updateInquiry({ ctx, input }: { ctx: RecordsContext; input: UpdateInquiryInput }): Promise<InquiryWithVerifications> {
  authorize(ctx.actor, 'inquiry.write');
  const now = ctx.clock.now();
  return ctx.store.transaction(async (store) => {
    const current = await store.inquiries.findForUpdate(ctx.actor.environmentId, input.id);
    if (!current) throw notFound();
    if (current.redactedAt) throw unprocessable('Inquiry is redacted', []);
    let fields = current.fields;
    if (input.fields && Object.keys(input.fields).length > 0) {
      if (current.status !== 'created' && current.status !== 'pending') {
        throw unprocessable(`Fields cannot change once an inquiry is ${current.status}`, ['fields']);
      }
      fields = { ...current.fields, ...parseFields(input.fields, current.fields) };
    }
    const inquiry = await store.inquiries.update(current.id, {
      fields,
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.tags !== undefined ? { tags: input.tags } : {}),
      ...(input.redirectUri !== undefined ? { redirectUri: input.redirectUri } : {}),
      updatedAt: now,
    });
    return { inquiry, verifications: await store.verifications.listByInquiry(inquiry.id) };
  });
}
