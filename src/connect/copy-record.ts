/**
 * Copies a shared record into the destination environment: clone makes new
 * objects (an inquiry with its verifications, or a verification), hydrate
 * fills an existing object with the source's non-null fields, renamed by the
 * field mappings. Runs inside the redemption transaction.
 */
import { newUuid } from '../core/ids.js';
import { emitEvents, type NewEvent } from '../events/index.js';
import type { Fields, Inquiry, SharedRecord, Verification } from '../records/index.js';
import type { ConnectStore } from './ports.js';
import { recordTypeOf } from './records.js';
import type { FieldMapping } from './types.js';

export interface CopyTarget {
  environmentId: string;
  organizationId: string;
}

export type CopyResult = { ok: true; type: string; id: string } | { ok: false; reason: 'import_failed' };

/** Source fields with a value, renamed by the mappings (unmapped fields keep their names). */
export function mappedFields(source: Fields, mappings: FieldMapping[] | null): Fields {
  const rename = new Map((mappings ?? []).map((m) => [m.sourceFieldName, m.destinationFieldName]));
  const out: Fields = {};
  for (const [name, field] of Object.entries(source)) {
    if (field.value === null || field.value === undefined) continue;
    out[rename.get(name) ?? name] = { ...field };
  }
  return out;
}

function cloneVerification(v: Verification, environmentId: string, inquiryId: string | null, now: Date): Verification {
  return { ...v, id: newUuid(now.getTime()), environmentId, inquiryId, tags: [...v.tags], checks: structuredClone(v.checks) };
}

async function copyVerificationsOf(store: ConnectStore, sourceInquiryId: string, target: CopyTarget, inquiryId: string, now: Date): Promise<void> {
  const verifications = await store.verifications.listByInquiry(sourceInquiryId);
  for (const v of verifications) {
    if (v.redactedAt) continue;
    await store.verifications.insert(cloneVerification(v, target.environmentId, inquiryId, now));
  }
}

function inquiryEvent(name: 'inquiry.created' | 'inquiry.completed', inquiry: Inquiry, target: CopyTarget): NewEvent {
  return { organizationId: target.organizationId, environmentId: target.environmentId, name, objectType: 'inquiry', objectId: inquiry.id, object: inquiry };
}

export async function cloneRecord(store: ConnectStore, source: SharedRecord, target: CopyTarget, now: Date, creatorId: string | null): Promise<CopyResult> {
  if (source.type === 'verification') {
    const copy = cloneVerification(source.record, target.environmentId, null, now);
    await store.verifications.insert(copy);
    return { ok: true, type: recordTypeOf(source), id: copy.id };
  }
  if (source.type !== 'inquiry') return { ok: false, reason: 'import_failed' };
  const s = source.record;
  const inquiry: Inquiry = {
    id: newUuid(now.getTime()),
    environmentId: target.environmentId,
    accountId: null,
    status: 'completed',
    referenceId: null,
    note: null,
    tags: [],
    fields: mappedFields(s.fields, null),
    creatorId,
    reviewerComment: null,
    reviewerWorkflowRunId: null,
    redirectUri: null,
    createdAt: now,
    updatedAt: now,
    startedAt: now,
    expiresAt: null,
    completedAt: now,
    failedAt: null,
    markedForReviewAt: null,
    decisionedAt: null,
    expiredAt: null,
    redactedAt: null,
  };
  await store.inquiries.insert(inquiry);
  await copyVerificationsOf(store, s.id, target, inquiry.id, now);
  await emitEvents(store, [inquiryEvent('inquiry.created', inquiry, target), inquiryEvent('inquiry.completed', inquiry, target)], now);
  return { ok: true, type: 'inquiry', id: inquiry.id };
}

export async function hydrateRecord(
  store: ConnectStore,
  source: SharedRecord,
  target: CopyTarget,
  destinationId: string,
  mappings: FieldMapping[] | null,
  now: Date,
): Promise<CopyResult> {
  switch (source.type) {
    case 'inquiry': {
      const dest = await store.inquiries.findForUpdate(target.environmentId, destinationId);
      if (!dest || dest.redactedAt || !['created', 'pending'].includes(dest.status)) return { ok: false, reason: 'import_failed' };
      const updated = await store.inquiries.update(dest.id, {
        fields: { ...dest.fields, ...mappedFields(source.record.fields, mappings) },
        status: 'completed',
        startedAt: dest.startedAt ?? now,
        completedAt: now,
        updatedAt: now,
      });
      await copyVerificationsOf(store, source.record.id, target, dest.id, now);
      await emitEvents(store, [inquiryEvent('inquiry.completed', updated, target)], now);
      return { ok: true, type: 'inquiry', id: dest.id };
    }
    case 'account': {
      const dest = await store.accounts.findForUpdate(target.environmentId, destinationId);
      if (!dest || dest.redactedAt) return { ok: false, reason: 'import_failed' };
      await store.accounts.update(dest.id, { fields: { ...dest.fields, ...mappedFields(source.record.fields, mappings) }, updatedAt: now });
      return { ok: true, type: 'account', id: dest.id };
    }
    case 'transaction': {
      const dest = await store.transactions.findForUpdate(target.environmentId, destinationId);
      if (!dest || dest.redactedAt) return { ok: false, reason: 'import_failed' };
      await store.transactions.update(dest.id, { fields: { ...dest.fields, ...mappedFields(source.record.fields, mappings) }, updatedAt: now });
      return { ok: true, type: 'transaction', id: dest.id };
    }
    default:
      return { ok: false, reason: 'import_failed' };
  }
}
