/** Connection events go to both organizations, each in its environment of the pair. */
import type { EventName, EventStore } from '../events/index.js';
import { emitEvents } from '../events/index.js';
import type { Connection } from './types.js';

export async function emitConnectionEvent(store: EventStore, name: EventName, connection: Connection, now: Date): Promise<void> {
  await emitEvents(
    store,
    [
      { organizationId: connection.sourceOrganizationId, environmentId: connection.sourceEnvironmentId },
      { organizationId: connection.destinationOrganizationId, environmentId: connection.destinationEnvironmentId },
    ].map((party) => ({ ...party, name, objectType: 'connection' as const, objectId: connection.id, object: connection })),
    now,
  );
}
