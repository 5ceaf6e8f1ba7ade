import { encodeId } from '../../../core/ids.js';
import type { EventRecord } from '../../../events/index.js';
import { iso } from '../jsonapi.js';
import type { EventResource } from '../schemas/events.js';
import type { AnyResource } from '../schemas/documents.js';
import { presentSnapshotWith } from './registry.js';
import { SNAPSHOT_PRESENTERS } from './snapshots.js';

/** The event's object as the organization sees it on Connect (snapshots written before versions are version 1). */
export function presentSnapshot(event: EventRecord) {
  const viewer = { organizationId: event.organizationId, environmentId: event.environmentId ?? '' };
  return presentSnapshotWith(SNAPSHOT_PRESENTERS, event.payload.objectType, event.payload.object, viewer, event.payload.version ?? 1);
}

export function presentEvent(event: EventRecord): EventResource {
  return {
    type: 'event',
    id: encodeId('evt', event.id),
    attributes: {
      name: event.name,
      // Each presenter returns the Static<> of its resource's schema; AnyResource is what they share on the wire.
      payload: { data: presentSnapshot(event) as AnyResource },
      'created-at': iso(event.createdAt),
      context: event.payload.context ?? {},
    },
  };
}
