/**
 * User credentials as Connect shows them inside events and webhook payloads
 * (`personal-access-token.*`, `api-token.*`): ids are the UUIDs `/v3` and
 * Astra use; never a secret. Snapshots come from credentials' userTokenSnapshot.
 * They are only ever an event's `payload.data`, which is any resource.
 */
import { iso } from '../jsonapi.js';
import type { AnyResource } from '../schemas/documents.js';
import type { SnapshotPresenter } from './registry.js';

type Snapshot = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function presentPersonalAccessTokenSnapshot(s: Snapshot): AnyResource {
  return {
    type: 'personal-access-token',
    id: String(s.id ?? ''),
    attributes: {
      name: str(s.name),
      'user-id': str(s.userId),
      scopes: Array.isArray(s.scopes) ? s.scopes : [],
      revoked: s.revoked === true,
      'expires-at': iso(str(s.expiresAt)),
      'last-rotated-at': iso(str(s.lastRotatedAt)),
      'created-at': iso(str(s.createdAt)),
      'updated-at': iso(str(s.updatedAt)),
    },
  };
}

export function presentApiTokenSnapshot(s: Snapshot): AnyResource {
  return {
    type: 'api-token',
    id: String(s.id ?? ''),
    attributes: {
      name: str(s.name),
      'user-id': str(s.userId),
      labels: Array.isArray(s.labels) ? s.labels : [],
      'created-by': str(s.createdBy),
      'modified-by': str(s.modifiedBy),
      'created-at': iso(str(s.createdAt)),
      'updated-at': iso(str(s.updatedAt)),
    },
  };
}

export const personalAccessTokenSnapshot: SnapshotPresenter = presentPersonalAccessTokenSnapshot;
export const apiTokenSnapshot: SnapshotPresenter = presentApiTokenSnapshot;
