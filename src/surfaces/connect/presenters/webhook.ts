import { encodeId } from '../../../core/ids.js';
import type { DeliveryWithAttempts, WebhookPublicKey, WebhookSecret, WebhookSnapshot } from '../../../events/index.js';
import { iso, rel } from '../jsonapi.js';
import type { WebhookDeliveryResource, WebhookResource } from '../schemas/webhooks.js';
import type { SnapshotPresenter } from './registry.js';
import type { Snapshotted } from './snapshot-types.js';

export type WebhookLike = Snapshotted<WebhookSnapshot>;
type Attributes = WebhookResource['attributes'];

/**
 * `webhook` (connect-api.md §6). `secret` and `secrets` only when given (create,
 * rotate-secret, and retrieve by a caller holding `webhook.write`), else
 * omitted (the reference marks neither required); custom headers never.
 * (ext) `signing-algorithm`, `public-key` and `public-keys` only on a webhook
 * that uses Ed25519 (or still has an Ed25519 key in its overlap): an HMAC
 * webhook is exactly Persona's resource. The keys when given (every
 * single-webhook answer). Snapshots written before signing algorithms
 * existed are HMAC webhooks.
 */
export function presentWebhook(webhook: WebhookLike, secrets?: WebhookSecret[], publicKeys?: WebhookPublicKey[]): WebhookResource {
  return {
    type: 'webhook',
    id: encodeId('wbh', webhook.id),
    attributes: {
      status: webhook.status,
      url: webhook.url,
      name: webhook.name,
      description: webhook.description,
      ...(secrets
        ? {
            // The current secret: none while an Ed25519 key is current (an HMAC secret may still be in its overlap).
            secret: secrets[0] && secrets[0].expiresAt === null ? secrets[0].value : null,
            secrets: secrets.map((s) => ({ value: s.value, 'expires-at': iso(s.expiresAt) })),
          }
        : {}),
      ...(webhook.signingAlgorithm === 'ed25519' || (publicKeys && publicKeys.length > 0) ? { 'signing-algorithm': webhook.signingAlgorithm } : {}),
      ...(publicKeys && (webhook.signingAlgorithm === 'ed25519' || publicKeys.length > 0)
        ? {
            'public-key': publicKeys[0] && publicKeys[0].expiresAt === null ? publicKeys[0].value : null,
            'public-keys': publicKeys.map((k) => ({ value: k.value, 'expires-at': iso(k.expiresAt) })),
          }
        : {}),
      'api-version': webhook.apiVersion,
      'api-key-inflection': webhook.keyInflection,
      'api-attributes-blocklist': webhook.attributesBlocklist,
      'file-access-token-expires-in': webhook.fileAccessTokenExpiresIn,
      'enabled-events': webhook.enabledEvents,
      'payload-filter': webhook.payloadFilter,
      // The domain stores these as the request schema admitted them (schemas/webhooks.ts).
      'included-allowlist': webhook.includedAllowlist as Attributes['included-allowlist'],
      'relationship-allowlist': webhook.relationshipAllowlist as Attributes['relationship-allowlist'],
      'created-at': iso(webhook.createdAt),
    },
  };
}

/** (ext) `webhook-delivery`: one event to one webhook, with every attempt made. */
export function presentWebhookDelivery({ delivery, attempts }: DeliveryWithAttempts): WebhookDeliveryResource {
  return {
    type: 'webhook-delivery',
    id: encodeId('dlv', delivery.id),
    attributes: {
      status: delivery.status,
      'event-name': delivery.eventName,
      'attempts-made': delivery.attemptsMade,
      'next-attempt-at': iso(delivery.nextAttemptAt),
      'created-at': iso(delivery.createdAt),
      attempts: attempts.map((a) => ({
        'attempted-at': iso(a.attemptedAt),
        'status-code': a.statusCode,
        'latency-ms': a.latencyMs,
        'response-excerpt': a.responseExcerpt,
        error: a.error,
      })),
    },
    relationships: {
      webhook: rel({ type: 'webhook', id: encodeId('wbh', delivery.webhookId) }),
      event: rel({ type: 'event', id: encodeId('evt', delivery.eventId) }),
    },
  };
}

export const webhookSnapshot: SnapshotPresenter = (s) => presentWebhook({ signingAlgorithm: 'hmac-sha256', ...s } as unknown as WebhookLike);
