/**
 * Webhooks: endpoints that receive an environment's events (connect-api.md §6).
 * Secrets and custom headers are held sealed (see secret-box.ts); the domain
 * opens them only to show them to their owner or to sign and send a delivery.
 */
export type WebhookStatus = 'enabled' | 'disabled' | 'archived';
export type WebhookInflection = 'kebab' | 'camel' | 'snake';
/** `hmac-sha256`: `whsec_` secrets (Persona v1 and Standard Webhooks v1); `ed25519`: Standard Webhooks v1a with a `whsk_`/`whpk_` key pair. */
export const WEBHOOK_SIGNING_ALGORITHMS = ['hmac-sha256', 'ed25519'] as const;
export type WebhookSigningAlgorithm = (typeof WEBHOOK_SIGNING_ALGORITHMS)[number];

export interface Webhook {
  id: string;
  organizationId: string;
  environmentId: string;
  status: WebhookStatus;
  url: string;
  name: string | null;
  description: string | null;
  apiVersion: string;
  keyInflection: WebhookInflection;
  attributesBlocklist: string[];
  fileAccessTokenExpiresIn: number;
  /** Event names, or `["*"]` for every event. */
  enabledEvents: string[];
  /** A delivered payload must contain this object (`{"data": {...}}`); null: every payload. */
  payloadFilter: Record<string, unknown> | null;
  includedAllowlist: Record<string, unknown> | null;
  relationshipAllowlist: Record<string, unknown>;
  /** How new signing keys are made; keys of the other kind still in their overlap keep signing in their own scheme. */
  signingAlgorithm: WebhookSigningAlgorithm;
  /** Sealed JSON of the custom headers, or null when there are none. Never shown. */
  customHttpHeadersSealed: string | null;
  lastSucceededAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A signing key as stored: sealed (`whsec_…`, or an Ed25519 `whsk_…`), with the
 * moment it stops signing (null: current) and, for Ed25519, its public half.
 */
export interface StoredWebhookSecret {
  id: string;
  webhookId: string;
  sealed: string;
  /** `whpk_…` for an Ed25519 key; null for an HMAC secret. Not secret: shown to every reader. */
  publicKey: string | null;
  expiresAt: Date | null;
  createdAt: Date;
}

/** A signing secret as shown to the webhook's owner (create, retrieve, rotate-secret). */
export interface WebhookSecret {
  value: string;
  expiresAt: Date | null;
}

/** The public key of a live Ed25519 signing key, as shown to any reader of the webhook. */
export interface WebhookPublicKey {
  value: string;
  expiresAt: Date | null;
}

/** A webhook with its live HMAC secrets and Ed25519 public keys, newest (the current one) first. */
export interface WebhookWithSecrets {
  webhook: Webhook;
  secrets: WebhookSecret[];
  publicKeys: WebhookPublicKey[];
}

export type DeliveryStatus = 'pending' | 'succeeded' | 'failed';

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  environmentId: string;
  eventId: string;
  eventName: string;
  status: DeliveryStatus;
  attemptsMade: number;
  /** The scheduled attempt still to come (1-based position in the retry schedule), or null. */
  nextAttempt: number | null;
  nextAttemptAt: Date | null;
  firstAttemptedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type AttemptTrigger = 'scheduled' | 'manual';

export interface DeliveryAttempt {
  id: string;
  deliveryId: string;
  /** 1-based, in the order attempts were made (scheduled and manual alike). */
  number: number;
  trigger: AttemptTrigger;
  attemptedAt: Date;
  statusCode: number | null;
  latencyMs: number;
  /** The first 1 KiB of the response body. */
  responseExcerpt: string | null;
  error: string | null;
}

export interface DeliveryWithAttempts {
  delivery: WebhookDelivery;
  attempts: DeliveryAttempt[];
}

/** The snapshot carried by `webhook.*` events: never a secret, never the custom headers. */
export type WebhookSnapshot = Omit<Webhook, 'customHttpHeadersSealed' | 'lastSucceededAt'>;

export function webhookSnapshot(webhook: Webhook): WebhookSnapshot {
  const { customHttpHeadersSealed: _sealed, lastSucceededAt: _lastSucceededAt, ...rest } = webhook;
  return rest;
}
