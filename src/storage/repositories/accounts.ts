import type { AccountRepository } from '../../records/ports.js';
import type { Account, Fields } from '../../records/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { NewRow, Row } from '../schema.js';
import { patchColumns, uniqueOrThrow } from './columns.js';

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
  const select = (environmentId: string, id: string) =>
    db.selectFrom('accounts').selectAll().where('id', '=', id).where('environment_id', '=', environmentId);
  return {
    async insert(a) {
      await uniqueOrThrow(() => db.insertInto('accounts').values(row(a)).execute());
    },
    async insertIfAbsent(a) {
      const r = await db
        .insertInto('accounts')
        .values(row(a))
        .onConflict((oc) => oc.columns(['environment_id', 'reference_id']).where('reference_id', 'is not', null).doNothing())
        .returningAll()
        .executeTakeFirst();
      return r ? account(r) : null;
    },
    async find(environmentId, id) {
      const r = await select(environmentId, id).executeTakeFirst();
      return r ? account(r) : null;
    },
    async findForUpdate(environmentId, id) {
      const r = await select(environmentId, id).forUpdate().executeTakeFirst();
      return r ? account(r) : null;
    },
    async findByReference(environmentId, referenceId) {
      const r = await db
        .selectFrom('accounts')
        .selectAll()
        .where('environment_id', '=', environmentId)
        .where('reference_id', '=', referenceId)
        .executeTakeFirst();
      return r ? account(r) : null;
    },
    async update(id, patch) {
      const values = patchColumns(patch, COLUMNS, JSON_KEYS);
      const q = Object.keys(values).length
        ? db.updateTable('accounts').set(values).where('id', '=', id).returningAll()
        : db.selectFrom('accounts').selectAll().where('id', '=', id);
      const r = await uniqueOrThrow(() => q.executeTakeFirst());
      if (!r) throw new Error(`account ${id} vanished during update`);
      return account(r);
    },
    async list(environmentId, filter, page) {
      let q = db.selectFrom('accounts').selectAll().where('environment_id', '=', environmentId);
      if (filter.referenceIds?.length) q = q.where('reference_id', 'in', filter.referenceIds);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(account), hasMore: p.hasMore };
    },
  };
}
