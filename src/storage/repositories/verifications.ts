import type { VerificationRepository } from '../../records/ports.js';
import type { Verification, VerificationKind } from '../../records/types.js';
import type { Db, Tx } from '../database.js';
import type { Row } from '../schema.js';
import { patchColumns } from './columns.js';

const verification = (r: Row<'verifications'>): Verification => ({
  id: r.id,
  environmentId: r.environment_id,
  inquiryId: r.inquiry_id,
  kind: r.kind as VerificationKind,
  status: r.status,
  countryCode: r.country_code,
  tags: r.tags,
  checks: r.checks,
  createdAt: r.created_at,
  submittedAt: r.submitted_at,
  completedAt: r.completed_at,
  redactedAt: r.redacted_at,
});

const COLUMNS: Record<string, string> = {
  inquiryId: 'inquiry_id',
  kind: 'kind',
  status: 'status',
  countryCode: 'country_code',
  tags: 'tags',
  checks: 'checks',
  createdAt: 'created_at',
  submittedAt: 'submitted_at',
  completedAt: 'completed_at',
  redactedAt: 'redacted_at',
};
const JSON_KEYS = new Set(['checks']);

export function verificationRepository(db: Db | Tx): VerificationRepository {
  return {
    async insert(v) {
      await db
        .insertInto('verifications')
        .values({
          id: v.id,
          environment_id: v.environmentId,
          inquiry_id: v.inquiryId,
          kind: v.kind,
          status: v.status,
          country_code: v.countryCode,
          tags: v.tags,
          checks: JSON.stringify(v.checks),
          created_at: v.createdAt,
          submitted_at: v.submittedAt,
          completed_at: v.completedAt,
          redacted_at: v.redactedAt,
        })
        .execute();
    },
    async find(environmentId, id) {
      const r = await db.selectFrom('verifications').selectAll().where('id', '=', id).where('environment_id', '=', environmentId).executeTakeFirst();
      return r ? verification(r) : null;
    },
    async listByInquiry(inquiryId) {
      const rows = await db.selectFrom('verifications').selectAll().where('inquiry_id', '=', inquiryId).orderBy('id', 'asc').execute();
      return rows.map(verification);
    },
    async listByInquiries(inquiryIds) {
      if (inquiryIds.length === 0) return [];
      const rows = await db
        .selectFrom('verifications')
        .selectAll()
        .where('inquiry_id', 'in', inquiryIds)
        .orderBy('inquiry_id')
        .orderBy('id', 'asc')
        .execute();
      return rows.map(verification);
    },
    async update(id, patch) {
      const values = patchColumns(patch, COLUMNS, JSON_KEYS);
      const q = Object.keys(values).length
        ? db.updateTable('verifications').set(values).where('id', '=', id).returningAll()
        : db.selectFrom('verifications').selectAll().where('id', '=', id);
      const r = await q.executeTakeFirst();
      if (!r) throw new Error(`verification ${id} vanished during update`);
      return verification(r);
    },
  };
}
