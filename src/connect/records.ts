/** Reading the shareable records a token points at, through the records domain's repositories. */
import type { RecordsStore, SharedRecord } from '../records/index.js';
import type { RecordType } from './types.js';

export type RecordKind = 'inquiry' | 'account' | 'transaction' | 'verification';

export async function loadRecord(
  store: RecordsStore,
  environmentId: string,
  kind: RecordKind,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<SharedRecord | null> {
  switch (kind) {
    case 'inquiry': {
      const record = await (opts.forUpdate ? store.inquiries.findForUpdate(environmentId, id) : store.inquiries.find(environmentId, id));
      return record && { type: 'inquiry', record };
    }
    case 'account': {
      const record = await (opts.forUpdate ? store.accounts.findForUpdate(environmentId, id) : store.accounts.find(environmentId, id));
      return record && { type: 'account', record };
    }
    case 'transaction': {
      const record = await (opts.forUpdate ? store.transactions.findForUpdate(environmentId, id) : store.transactions.find(environmentId, id));
      return record && { type: 'transaction', record };
    }
    case 'verification': {
      const record = await store.verifications.find(environmentId, id);
      return record && { type: 'verification', record };
    }
  }
}

/** The wire type of a record: `inquiry`, `account`, `transaction`, `verification/<kind>`. */
export function recordTypeOf(r: SharedRecord): RecordType {
  return r.type === 'verification' ? `verification/${r.record.kind}` : r.type;
}

export function kindOfRecordType(type: RecordType): RecordKind {
  return (type.startsWith('verification/') ? 'verification' : type) as RecordKind;
}

/** Shareable: inquiries completed or approved, verifications passed, any account or transaction; nothing redacted. */
export function isShareable(r: SharedRecord): boolean {
  if (r.record.redactedAt) return false;
  if (r.type === 'inquiry') return r.record.status === 'completed' || r.record.status === 'approved';
  if (r.type === 'verification') return r.record.status === 'passed';
  return true;
}
