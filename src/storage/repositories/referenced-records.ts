/**
 * What the account and transaction repositories share: records of one
 * environment with an optional unique `reference-id`. Each repository adds
 * its own row mapping and list filters.
 */
import type { Db, Tx } from '../database.js';
import type { Row } from '../schema.js';
import { patchColumns, uniqueOrThrow } from './columns.js';

type Table = 'accounts' | 'transactions';

export interface ReferencedSpec<T> {
  table: Table;
  fromRow: (r: Row<Table>) => T;
  toRow: (record: T) => object;
  /** camelCase field → column, for updates. */
  columns: Record<string, string>;
  json: ReadonlySet<string>;
  /** For the error when a row vanishes mid-update. */
  label: string;
}

export function referencedRecords<T>(db: Db | Tx, spec: ReferencedSpec<T>) {
  // One of two known tables: Kysely cannot type a union of tables, so the builder is widened here.
  const table = spec.table as 'accounts';
  const select = (environmentId: string, id: string) =>
    db.selectFrom(table).selectAll().where('id', '=', id).where('environment_id', '=', environmentId);
  const toRow = (record: T) => spec.toRow(record) as never;
  return {
    async insert(record: T) {
      await uniqueOrThrow(() => db.insertInto(table).values(toRow(record)).execute());
    },
    async insertIfAbsent(record: T) {
      const r = await db
        .insertInto(table)
        .values(toRow(record))
        .onConflict((oc) => oc.columns(['environment_id', 'reference_id']).where('reference_id', 'is not', null).doNothing())
        .returningAll()
        .executeTakeFirst();
      return r ? spec.fromRow(r) : null;
    },
    async find(environmentId: string, id: string) {
      const r = await select(environmentId, id).executeTakeFirst();
      return r ? spec.fromRow(r) : null;
    },
    async findForUpdate(environmentId: string, id: string) {
      const r = await select(environmentId, id).forUpdate().executeTakeFirst();
      return r ? spec.fromRow(r) : null;
    },
    async findByReference(environmentId: string, referenceId: string) {
      const r = await db
        .selectFrom(table)
        .selectAll()
        .where('environment_id', '=', environmentId)
        .where('reference_id', '=', referenceId)
        .executeTakeFirst();
      return r ? spec.fromRow(r) : null;
    },
    async update(id: string, patch: object) {
      const values = patchColumns(patch, spec.columns, spec.json);
      const q = Object.keys(values).length
        ? db.updateTable(table).set(values).where('id', '=', id).returningAll()
        : db.selectFrom(table).selectAll().where('id', '=', id);
      const r = await uniqueOrThrow(() => q.executeTakeFirst());
      if (!r) throw new Error(`${spec.label} ${id} vanished during update`);
      return spec.fromRow(r);
    },
  };
}
