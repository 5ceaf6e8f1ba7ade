/** `webhook.*` events, in the webhook's environment; the snapshot carries no secret and no custom header. */
import { emitEvents } from '../emit.js';
import type { EventStore } from '../ports.js';
import { webhookSnapshot, type Webhook } from './types.js';

export async function emitWebhookDisabled(store: EventStore, webhook: Webhook, now: Date): Promise<void> {
  await emitEvents(
    store,
    [
      {
        organizationId: webhook.organizationId,
        environmentId: webhook.environmentId,
        name: 'webhook.disabled',
        objectType: 'webhook',
        objectId: webhook.id,
        object: webhookSnapshot(webhook),
      },
    ],
    now,
  );
}
