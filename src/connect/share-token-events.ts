/** Share token events: `outbound-*` in the source environment, `inbound-*` in the destination's. */
import { emitEvents, type EventName, type EventStore } from '../events/index.js';
import type { ShareToken } from './types.js';

export type ShareTokenEvent = 'created' | 'redeemed' | 'failed' | 'expired';

export async function emitShareTokenEvents(store: EventStore, what: ShareTokenEvent, token: ShareToken, now: Date): Promise<void> {
  await emitEvents(
    store,
    [
      {
        organizationId: token.sourceOrganizationId,
        environmentId: token.sourceEnvironmentId,
        name: `connect/share-token.outbound-${what}` as EventName,
        objectType: 'share-token',
        objectId: token.id,
        object: token,
      },
      {
        organizationId: token.destinationOrganizationId,
        environmentId: token.destinationEnvironmentId,
        name: `connect/share-token.inbound-${what}` as EventName,
        objectType: 'share-token',
        objectId: token.id,
        object: token,
      },
    ],
    now,
  );
}
