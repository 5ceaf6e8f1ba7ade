/** `webhook.*` events, in the webhook's environment; the snapshot carries no secret and no custom header. */
import { emitEvents } from '../emit.js';
import type { EventStore } from '../ports.js';
import { webhookSnapshot, type Webhook } from './types.js';

/**
 * Why a webhook was disabled, given as the event's `context.reason`:
 * `requested` (POST /disable), `failing` (no success while every attempt of a
 * delivery failed), `gone` (the receiver answered 410: Standard Webhooks asks
 * senders to stop at once).
 */
export type WebhookDisabledReason = 'requested' | 'failing' | 'gone';

export async function emitWebhookDisabled(store: EventStore, webhook: Webhook, reason: WebhookDisabledReason, now: Date): Promise<void> {
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
        context: { reason },
      },
    ],
    now,
  );
}
