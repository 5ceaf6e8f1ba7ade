import type { AccountRepository } from '../../records/ports.js';
import type { Account, Fields } from '../../records/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { NewRow, Row } from '../schema.js';
import { referencedRecords } from './referenced-records.js';

const account = (r: Row<'accounts'>): Account => ({
  id: r.id,
  environmentId: r.environment_id,
  referenceId: r.reference_id,
  accountTypeName: r.account_type_name,
  accountStatus: r.account_status,
  fields: r.fields as Fields,
  tags: r.tags,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  redactedAt: r.redacted_at,
});

const row = (a: Account): NewRow<'accounts'> => ({
  id: a.id,
  environment_id: a.environmentId,
  reference_id: a.referenceId,
  account_type_name: a.accountTypeName,
  account_status: a.accountStatus,
  fields: JSON.stringify(a.fields),
  tags: a.tags,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
  redacted_at: a.redactedAt,
});

const COLUMNS: Record<string, string> = {
  referenceId: 'reference_id',
  accountTypeName: 'account_type_name',
  accountStatus: 'account_status',
  fields: 'fields',
  tags: 'tags',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  redactedAt: 'redacted_at',
};
const JSON_KEYS = new Set(['fields']);

export function accountRepository(db: Db | Tx): AccountRepository {
  const base = referencedRecords(db, {
    table: 'accounts',
    fromRow: (r) => account(r as Row<'accounts'>),
    toRow: row,
    columns: COLUMNS,
    json: JSON_KEYS,
    label: 'account',
  });
  return {
    ...base,
    async list(environmentId, filter, page) {
      let q = db.selectFrom('accounts').selectAll().where('environment_id', '=', environmentId);
      if (filter.referenceIds?.length) q = q.where('reference_id', 'in', filter.referenceIds);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(account), hasMore: p.hasMore };
    },
  };
}
