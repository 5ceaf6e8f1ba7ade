/** A fresh account value with the defaults of connect-api.md §4 (`User`, `active`). */
import { newUuid } from '../core/ids.js';
import type { Account, Fields } from './types.js';

export function newAccount(
  environmentId: string,
  now: Date,
  attrs: { referenceId?: string | null; accountStatus?: string; fields?: Fields; tags?: string[] } = {},
): Account {
  return {
    id: newUuid(now.getTime()),
    environmentId,
    referenceId: attrs.referenceId ?? null,
    accountTypeName: 'User',
    accountStatus: attrs.accountStatus ?? 'active',
    fields: attrs.fields ?? {},
    tags: attrs.tags ?? [],
    createdAt: now,
    updatedAt: now,
    redactedAt: null,
  };
}
