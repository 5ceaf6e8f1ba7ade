import { encodeId } from '../../../core/ids.js';
import type { Transaction } from '../../../records/index.js';
import { iso } from '../jsonapi.js';
import type { TransactionResource } from '../schemas/records.js';
import type { SnapshotPresenter } from './registry.js';
import type { Snapshotted } from './snapshot-types.js';

export type TransactionLike = Snapshotted<Transaction>;

/** `transaction` (connect-api.md §4): the reference schema has no `redacted-at`, so it is stored, not sent. */
export function presentTransaction(transaction: TransactionLike): TransactionResource {
  return {
    type: 'transaction',
    id: encodeId('txn', transaction.id),
    attributes: {
      status: transaction.status,
      'reference-id': transaction.referenceId,
      fields: transaction.fields,
      tags: transaction.tags,
      'created-at': iso(transaction.createdAt),
      'updated-at': iso(transaction.updatedAt),
    },
  };
}

export const transactionSnapshot: SnapshotPresenter = (s) => presentTransaction(s as unknown as TransactionLike);
