import { encodeId } from '../../../core/ids.js';
import type { EventRecord } from '../../../events/index.js';
import { iso } from '../jsonapi.js';
import type { EventResource } from '../schemas/events.js';
import { presentSnapshot } from './registry.js';

export function presentEvent(event: EventRecord): EventResource {
  const viewer = { organizationId: event.organizationId, environmentId: event.environmentId ?? '' };
  return {
    type: 'event',
    id: encodeId('evt', event.id),
    attributes: {
      name: event.name,
      payload: { data: presentSnapshot(event.payload.objectType, event.payload.object, viewer) },
      'created-at': iso(event.createdAt),
      context: event.payload.context ?? {},
    },
  };
}
