/**
 * The signing keys of a webhook that sign now. Opened (`whsec_…`, `whsk_…`)
 * only to sign a delivery; shown as the HMAC secrets (to their owner's eyes)
 * and the Ed25519 public keys, never as an Ed25519 private key.
 */
import { newUuid } from '../../core/ids.js';
import { generateWebhookSecret } from '../../core/secret-format.js';
import type { WebhookRepository } from './ports.js';
import { open, seal } from './secret-box.js';
import { ED25519_SECRET_PREFIX, generateEd25519SigningKey } from './signing.js';
import type { StoredWebhookSecret, WebhookPublicKey, WebhookSecret, WebhookSigningAlgorithm } from './types.js';

/** Every live key, opened, current first: what signs a delivery. */
export async function liveSecrets(webhooks: Pick<WebhookRepository, 'liveSecrets'>, sealingKey: Buffer, webhookId: string, now: Date): Promise<WebhookSecret[]> {
  const stored = await webhooks.liveSecrets(webhookId, now);
  return stored.map((s) => ({ value: open(sealingKey, s.sealed), expiresAt: s.expiresAt }));
}

/** The live Ed25519 public keys, current first: read without opening anything. */
export async function livePublicKeys(webhooks: Pick<WebhookRepository, 'liveSecrets'>, webhookId: string, now: Date): Promise<WebhookPublicKey[]> {
  const stored = await webhooks.liveSecrets(webhookId, now);
  return stored.flatMap((s) => (s.publicKey ? [{ value: s.publicKey, expiresAt: s.expiresAt }] : []));
}

/** What the webhook's owner may see: the HMAC secrets (opened) and the Ed25519 public keys. */
export async function shownKeys(
  webhooks: Pick<WebhookRepository, 'liveSecrets'>,
  sealingKey: Buffer,
  webhookId: string,
  now: Date,
): Promise<{ secrets: WebhookSecret[]; publicKeys: WebhookPublicKey[] }> {
  const stored = await webhooks.liveSecrets(webhookId, now);
  const secrets = stored.flatMap((s) => {
    if (s.publicKey) return [];
    const value = open(sealingKey, s.sealed);
    // A sealed private key without its public half would be a bug; it is never shown either way.
    return value.startsWith(ED25519_SECRET_PREFIX) ? [] : [{ value, expiresAt: s.expiresAt }];
  });
  return { secrets, publicKeys: stored.flatMap((s) => (s.publicKey ? [{ value: s.publicKey, expiresAt: s.expiresAt }] : [])) };
}

/** A new current signing key of `algorithm`, sealed, ready for `insertSecret`. */
export function newSigningKey(sealingKey: Buffer, webhookId: string, algorithm: WebhookSigningAlgorithm, now: Date): StoredWebhookSecret {
  const base = { id: newUuid(now.getTime()), webhookId, expiresAt: null, createdAt: now };
  if (algorithm === 'ed25519') {
    const { secret, publicKey } = generateEd25519SigningKey();
    return { ...base, sealed: seal(sealingKey, secret), publicKey };
  }
  return { ...base, sealed: seal(sealingKey, generateWebhookSecret()), publicKey: null };
}

/**
 * Makes a new current key of `algorithm`: the current one keeps signing for `overlapSeconds`,
 * any older one still in its overlap stops at once. Call inside the transaction holding the webhook's row.
 */
export async function rotateSigningKey(
  webhooks: Pick<WebhookRepository, 'liveSecrets' | 'retireSecrets' | 'insertSecret'>,
  sealingKey: Buffer,
  input: { webhookId: string; algorithm: WebhookSigningAlgorithm; overlapSeconds: number; now: Date },
): Promise<void> {
  const { webhookId, now } = input;
  const [current] = await webhooks.liveSecrets(webhookId, now);
  await webhooks.retireSecrets(webhookId, current?.id ?? null, new Date(now.getTime() + input.overlapSeconds * 1000));
  await webhooks.insertSecret(newSigningKey(sealingKey, webhookId, input.algorithm, now));
}
