import type { TransactionRepository } from '../../records/ports.js';
import type { Fields, Transaction, TransactionStatus } from '../../records/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { NewRow, Row } from '../schema.js';
import { patchColumns, uniqueOrThrow } from './columns.js';

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
  const select = (environmentId: string, id: string) =>
    db.selectFrom('transactions').selectAll().where('id', '=', id).where('environment_id', '=', environmentId);
  return {
    async insert(t) {
      await uniqueOrThrow(() => db.insertInto('transactions').values(row(t)).execute());
    },
    async insertIfAbsent(t) {
      const r = await db
        .insertInto('transactions')
        .values(row(t))
        .onConflict((oc) => oc.columns(['environment_id', 'reference_id']).where('reference_id', 'is not', null).doNothing())
        .returningAll()
        .executeTakeFirst();
      return r ? transaction(r) : null;
    },
    async find(environmentId, id) {
      const r = await select(environmentId, id).executeTakeFirst();
      return r ? transaction(r) : null;
    },
    async findForUpdate(environmentId, id) {
      const r = await select(environmentId, id).forUpdate().executeTakeFirst();
      return r ? transaction(r) : null;
    },
    async findByReference(environmentId, referenceId) {
      const r = await db
        .selectFrom('transactions')
        .selectAll()
        .where('environment_id', '=', environmentId)
        .where('reference_id', '=', referenceId)
        .executeTakeFirst();
      return r ? transaction(r) : null;
    },
    async update(id, patch) {
      const values = patchColumns(patch, COLUMNS, JSON_KEYS);
      const q = Object.keys(values).length
        ? db.updateTable('transactions').set(values).where('id', '=', id).returningAll()
        : db.selectFrom('transactions').selectAll().where('id', '=', id);
      const r = await uniqueOrThrow(() => q.executeTakeFirst());
      if (!r) throw new Error(`transaction ${id} vanished during update`);
      return transaction(r);
    },
    async list(environmentId, filter, page) {
      let q = db.selectFrom('transactions').selectAll().where('environment_id', '=', environmentId);
      if (filter.referenceIds?.length) q = q.where('reference_id', 'in', filter.referenceIds);
      if (filter.transactionTypeIds?.length) q = q.where('transaction_type_id', 'in', filter.transactionTypeIds);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(transaction), hasMore: p.hasMore };
    },
  };
}
