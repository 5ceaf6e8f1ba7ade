import { encodeId } from '../../../core/ids.js';
import type { Account } from '../../../records/index.js';
import { iso } from '../jsonapi.js';
import type { AccountResource } from '../schemas/records.js';
import type { SnapshotPresenter } from './registry.js';
import type { Snapshotted } from './snapshot-types.js';

export type AccountLike = Snapshotted<Account>;

/** `account` (connect-api.md §4); no relationships. */
export function presentAccount(account: AccountLike): AccountResource {
  return {
    type: 'account',
    id: encodeId('act', account.id),
    attributes: {
      'reference-id': account.referenceId,
      'account-type-name': account.accountTypeName,
      'account-status': account.accountStatus,
      fields: account.fields,
      tags: account.tags,
      'created-at': iso(account.createdAt),
      'updated-at': iso(account.updatedAt),
      'redacted-at': iso(account.redactedAt),
    },
  };
}

export const accountSnapshot: SnapshotPresenter = (s) => presentAccount(s as unknown as AccountLike);
