import { sql } from 'kysely';
import type { InquiryRepository } from '../../records/ports.js';
import type { Fields, Inquiry, InquiryStatus } from '../../records/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { Row } from '../schema.js';
import { patchColumns } from './columns.js';

const inquiry = (r: Row<'inquiries'>): Inquiry => ({
  id: r.id,
  environmentId: r.environment_id,
  accountId: r.account_id,
  status: r.status as InquiryStatus,
  referenceId: r.reference_id,
  note: r.note,
  tags: r.tags,
  fields: r.fields as Fields,
  creatorId: r.creator_id,
  reviewerComment: r.reviewer_comment,
  reviewerWorkflowRunId: r.reviewer_workflow_run_id,
  redirectUri: r.redirect_uri,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  startedAt: r.started_at,
  expiresAt: r.expires_at,
  completedAt: r.completed_at,
  failedAt: r.failed_at,
  markedForReviewAt: r.marked_for_review_at,
  decisionedAt: r.decisioned_at,
  expiredAt: r.expired_at,
  redactedAt: r.redacted_at,
});

const COLUMNS: Record<string, string> = {
  accountId: 'account_id',
  status: 'status',
  referenceId: 'reference_id',
  note: 'note',
  tags: 'tags',
  fields: 'fields',
  creatorId: 'creator_id',
  reviewerComment: 'reviewer_comment',
  reviewerWorkflowRunId: 'reviewer_workflow_run_id',
  redirectUri: 'redirect_uri',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  startedAt: 'started_at',
  expiresAt: 'expires_at',
  completedAt: 'completed_at',
  failedAt: 'failed_at',
  markedForReviewAt: 'marked_for_review_at',
  decisionedAt: 'decisioned_at',
  expiredAt: 'expired_at',
  redactedAt: 'redacted_at',
};
const JSON_KEYS = new Set(['fields']);

/** The smallest UUIDv7 of a millisecond: ids are never older than their row's created-at. */
function firstUuidAt(ms: number): string {
  const hex = Math.max(0, ms).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-000000000000`;
}

export function inquiryRepository(db: Db | Tx): InquiryRepository {
  const select = (environmentId: string, id: string) =>
    db.selectFrom('inquiries').selectAll().where('id', '=', id).where('environment_id', '=', environmentId);
  return {
    async insert(i) {
      await db
        .insertInto('inquiries')
        .values({
          id: i.id,
          environment_id: i.environmentId,
          account_id: i.accountId,
          status: i.status,
          reference_id: i.referenceId,
          note: i.note,
          tags: i.tags,
          fields: JSON.stringify(i.fields),
          creator_id: i.creatorId,
          reviewer_comment: i.reviewerComment,
          reviewer_workflow_run_id: i.reviewerWorkflowRunId,
          redirect_uri: i.redirectUri,
          created_at: i.createdAt,
          updated_at: i.updatedAt,
          started_at: i.startedAt,
          expires_at: i.expiresAt,
          completed_at: i.completedAt,
          failed_at: i.failedAt,
          marked_for_review_at: i.markedForReviewAt,
          decisioned_at: i.decisionedAt,
          expired_at: i.expiredAt,
          redacted_at: i.redactedAt,
        })
        .execute();
    },
    async find(environmentId, id) {
      const r = await select(environmentId, id).executeTakeFirst();
      return r ? inquiry(r) : null;
    },
    async findForUpdate(environmentId, id) {
      const r = await select(environmentId, id).forUpdate().executeTakeFirst();
      return r ? inquiry(r) : null;
    },
    async update(id, patch) {
      const values = patchColumns(patch, COLUMNS, JSON_KEYS);
      const q = Object.keys(values).length
        ? db.updateTable('inquiries').set(values).where('id', '=', id).returningAll()
        : db.selectFrom('inquiries').selectAll().where('id', '=', id);
      const r = await q.executeTakeFirst();
      if (!r) throw new Error(`inquiry ${id} vanished during update`);
      return inquiry(r);
    },
    async list(environmentId, filter, page) {
      if (filter.matchNothing) return { items: [], hasMore: false };
      let q = db.selectFrom('inquiries').selectAll().where('environment_id', '=', environmentId);
      if (filter.ids) q = q.where('id', 'in', filter.ids.length ? filter.ids : [firstUuidAt(0)]);
      if (filter.accountIds) q = q.where('account_id', 'in', filter.accountIds.length ? filter.accountIds : [firstUuidAt(0)]);
      if (filter.referenceIds?.length) q = q.where('reference_id', 'in', filter.referenceIds);
      if (filter.statuses?.length) q = q.where('status', 'in', filter.statuses);
      // Notes can be long: the index holds md5(note), the exact comparison rechecks.
      if (filter.note !== undefined) {
        const note = filter.note;
        q = q.where(sql<string>`md5(note)`, '=', sql<string>`md5(${note})`).where('note', '=', note);
      }
      if (filter.createdAtStart) {
        // The id bound lets the (environment_id, id) index stop early; created_at decides.
        q = q.where('id', '>=', firstUuidAt(filter.createdAtStart.getTime())).where('created_at', '>=', filter.createdAtStart);
      }
      if (filter.createdAtEnd) q = q.where('created_at', '<=', filter.createdAtEnd);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(inquiry), hasMore: p.hasMore };
    },
  };
}
