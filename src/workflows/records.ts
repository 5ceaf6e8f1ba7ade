/** Whether an environment can see a record, through the records domain's repositories. */
import type { RecordsStore } from '../records/index.js';
import type { RecordRef } from './types.js';

export async function recordVisible(store: RecordsStore, environmentId: string, ref: RecordRef): Promise<boolean> {
  switch (ref.kind) {
    case 'inquiry':
      return (await store.inquiries.find(environmentId, ref.id)) !== null;
    case 'account':
      return (await store.accounts.find(environmentId, ref.id)) !== null;
    case 'transaction':
      return (await store.transactions.find(environmentId, ref.id)) !== null;
    case 'verification':
      return (await store.verifications.find(environmentId, ref.id)) !== null;
  }
}
