import type { TransactionRepository } from '../../records/ports.js';
import type { Fields, Transaction, TransactionStatus } from '../../records/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { NewRow, Row } from '../schema.js';
import { referencedRecords } from './referenced-records.js';

const transaction = (r: Row<'transactions'>): Transaction => ({
  id: r.id,
  environmentId: r.environment_id,
  referenceId: r.reference_id,
  transactionTypeId: r.transaction_type_id,
  status: r.status as TransactionStatus,
  fields: r.fields as Fields,
  tags: r.tags,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  redactedAt: r.redacted_at,
});

const row = (t: Transaction): NewRow<'transactions'> => ({
  id: t.id,
  environment_id: t.environmentId,
  reference_id: t.referenceId,
  transaction_type_id: t.transactionTypeId,
  status: t.status,
  fields: JSON.stringify(t.fields),
  tags: t.tags,
  created_at: t.createdAt,
  updated_at: t.updatedAt,
  redacted_at: t.redactedAt,
});

const COLUMNS: Record<string, string> = {
  referenceId: 'reference_id',
  transactionTypeId: 'transaction_type_id',
  status: 'status',
  fields: 'fields',
  tags: 'tags',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  redactedAt: 'redacted_at',
};
const JSON_KEYS = new Set(['fields']);

export function transactionRepository(db: Db | Tx): TransactionRepository {
  const base = referencedRecords(db, {
    table: 'transactions',
    fromRow: (r) => transaction(r as Row<'transactions'>),
    toRow: row,
    columns: COLUMNS,
    json: JSON_KEYS,
    label: 'transaction',
  });
  return {
    ...base,
    async list(environmentId, filter, page) {
      let q = db.selectFrom('transactions').selectAll().where('environment_id', '=', environmentId);
      if (filter.referenceIds?.length) q = q.where('reference_id', 'in', filter.referenceIds);
      if (filter.transactionTypeIds?.length) q = q.where('transaction_type_id', 'in', filter.transactionTypeIds);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(transaction), hasMore: p.hasMore };
    },
  };
}
