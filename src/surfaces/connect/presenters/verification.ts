import { encodeId } from '../../../core/ids.js';
import type { Verification } from '../../../records/index.js';
import { iso, rel } from '../jsonapi.js';
import type { VerificationResource } from '../schemas/records.js';
import type { SnapshotPresenter } from './registry.js';
import type { Snapshotted } from './snapshot-types.js';

export type VerificationLike = Snapshotted<Verification>;

/** Unix seconds beside each ISO time, as the reference's `-ts` attributes. */
function ts(value: Date | string): number;
function ts(value: Date | string | null): number | null;
function ts(value: Date | string | null): number | null {
  return value === null ? null : Math.floor(new Date(value).getTime() / 1000);
}

/** `verification/<kind>` (connect-api.md §4): shared attributes only, relationship `inquiry`. */
export function presentVerification(v: VerificationLike): VerificationResource {
  return {
    type: `verification/${v.kind}`,
    id: encodeId('ver', v.id),
    attributes: {
      status: v.status,
      'created-at': iso(v.createdAt),
      'created-at-ts': ts(v.createdAt),
      'submitted-at': iso(v.submittedAt),
      'submitted-at-ts': ts(v.submittedAt),
      'completed-at': iso(v.completedAt),
      'completed-at-ts': ts(v.completedAt),
      'redacted-at': iso(v.redactedAt),
      'country-code': v.countryCode,
      tags: v.tags,
      checks: v.checks.map((c) => ({ name: c.name, status: c.status, reasons: c.reasons, requirement: c.requirement, metadata: c.metadata })),
    },
    relationships: {
      inquiry: rel(v.inquiryId ? { type: 'inquiry', id: encodeId('inq', v.inquiryId) } : null),
    },
  };
}

export const verificationSnapshot: SnapshotPresenter = (s) => presentVerification(s as unknown as VerificationLike);
