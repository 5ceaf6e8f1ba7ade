import { encodeId } from '../../../core/ids.js';
import type { Inquiry, Verification } from '../../../records/index.js';
import { iso, rel } from '../jsonapi.js';
import type { InquiryResource } from '../schemas/records.js';
import type { SnapshotPresenter } from './registry.js';
import type { Snapshotted } from './snapshot-types.js';

export type InquiryLike = Snapshotted<Inquiry>;
export type VerificationRef = Pick<Verification, 'id' | 'kind'>;

/**
 * `inquiry` (connect-api.md §4). Pass the inquiry's verifications (ids and
 * kinds suffice) to fill the `verifications` relationship; without them it
 * reads `[]`.
 */
export function presentInquiry(inquiry: InquiryLike, verifications: readonly VerificationRef[] = []): InquiryResource {
  return {
    type: 'inquiry',
    id: encodeId('inq', inquiry.id),
    attributes: {
      status: inquiry.status,
      'reference-id': inquiry.referenceId,
      note: inquiry.note,
      behaviors: null,
      tags: inquiry.tags,
      // The reference types `creator` as a string; an inquiry no API key made (a redemption clone) gets ''.
      creator: inquiry.creatorId ? encodeId('api', inquiry.creatorId) : '',
      'reviewer-comment': inquiry.reviewerComment,
      'created-at': iso(inquiry.createdAt),
      'updated-at': iso(inquiry.updatedAt),
      'started-at': iso(inquiry.startedAt),
      'expires-at': iso(inquiry.expiresAt),
      'completed-at': iso(inquiry.completedAt),
      'failed-at': iso(inquiry.failedAt),
      'marked-for-review-at': iso(inquiry.markedForReviewAt),
      'decisioned-at': iso(inquiry.decisionedAt),
      'expired-at': iso(inquiry.expiredAt),
      'redacted-at': iso(inquiry.redactedAt),
      'previous-step-name': null,
      'next-step-name': null,
      fields: inquiry.fields,
    },
    relationships: {
      account: rel(inquiry.accountId ? { type: 'account', id: encodeId('act', inquiry.accountId) } : null),
      verifications: rel(verifications.map((v) => ({ type: `verification/${v.kind}`, id: encodeId('ver', v.id) }))),
      reviewer: rel(inquiry.reviewerWorkflowRunId ? { type: 'workflow-run', id: encodeId('wfr', inquiry.reviewerWorkflowRunId) } : null),
    },
  };
}

// Inquiry event snapshots carry `verifications` (records' InquirySnapshot).
export const inquirySnapshot: SnapshotPresenter = (s) => presentInquiry(s as unknown as InquiryLike, (s.verifications as VerificationRef[] | undefined) ?? []);
