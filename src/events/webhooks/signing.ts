/**
 * Delivery signatures (connect-api.md §6, Standard Webhooks 1.0). A webhook's
 * live keys sign every attempt, each in its own scheme, told apart by its
 * prefix as the Standard Webhooks key formats intend:
 *
 * - `whsec_…` (HMAC, the default): Persona's `Persona-Signature`
 *   (`t=<unix>,v1=<hex HMAC-SHA256 keyed with the whole whsec_ string over
 *   "<t>.<body>">`) and the Standard Webhooks `v1,<base64 HMAC-SHA256 keyed
 *   with the base64-decoded part after whsec_ over "<id>.<t>.<body>">`.
 * - `whsk_…` (Ed25519, `signing-algorithm: ed25519`): the Standard Webhooks
 *   asymmetric `v1a,<base64 Ed25519 signature over "<id>.<t>.<body>">`, which
 *   the receiver checks with the public key (`whpk_…`) alone. Persona's scheme
 *   is HMAC only, so a delivery signed by no `whsec_` key has no
 *   `Persona-Signature` at all.
 *
 * One signature per key, space-separated, current key first (rotation overlap).
 *
 * @example
 * signWebhookPayload({ body, messageId: 'dlv_…', timestamp: 1700000000, secrets: ['whsec_…'] })
 * // → { 'Persona-Signature': 't=1700000000,v1=…', 'webhook-id': 'dlv_…', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,…' }
 */
import { createHmac, createPrivateKey, generateKeyPairSync, hash, sign, type KeyObject } from 'node:crypto';

const HMAC_PREFIX = 'whsec_';
/** Standard Webhooks' serializations of an Ed25519 key pair. */
export const ED25519_SECRET_PREFIX = 'whsk_';
export const ED25519_PUBLIC_PREFIX = 'whpk_';

/** The Standard Webhooks key: the base64 text after `whsec_`, decoded. */
export function standardWebhooksKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(HMAC_PREFIX) ? secret.slice(HMAC_PREFIX.length) : secret, 'base64');
}

const isHmac = (secret: string) => !secret.startsWith(ED25519_SECRET_PREFIX);

/**
 * A new Ed25519 key pair in Standard Webhooks' serializations: `whsk_` + base64 of the
 * 32-byte seed followed by the 32-byte public key (the libsodium / Go layout), and
 * `whpk_` + base64 of the raw 32-byte public key.
 */
export function generateEd25519SigningKey(): { secret: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url');
  return { secret: ED25519_SECRET_PREFIX + Buffer.concat([seed, raw]).toString('base64'), publicKey: ED25519_PUBLIC_PREFIX + raw.toString('base64') };
}

/** Parsed private keys, by a digest of their serialization: a busy webhook signs with the same key all day. */
const privateKeys = new Map<string, KeyObject>();

function ed25519PrivateKey(secret: string): KeyObject {
  const id = hash('sha256', secret, 'base64');
  let key = privateKeys.get(id);
  if (!key) {
    const bytes = Buffer.from(secret.slice(ED25519_SECRET_PREFIX.length), 'base64');
    const [d, x] = [bytes.subarray(0, 32), bytes.subarray(32, 64)];
    key = createPrivateKey({ format: 'jwk', key: { kty: 'OKP', crv: 'Ed25519', d: d.toString('base64url'), x: x.toString('base64url') } });
    if (privateKeys.size >= 1_000) privateKeys.clear();
    privateKeys.set(id, key);
  }
  return key;
}

export function personaSignature(secrets: readonly string[], timestamp: number, body: string): string {
  return secrets
    .filter(isHmac)
    .map((secret) => `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`)
    .join(' ');
}

export function standardWebhooksSignature(secrets: readonly string[], messageId: string, timestamp: number, body: string): string {
  const content = `${messageId}.${timestamp}.${body}`;
  return secrets
    .map((secret) =>
      isHmac(secret)
        ? `v1,${createHmac('sha256', standardWebhooksKey(secret)).update(content).digest('base64')}`
        : `v1a,${sign(null, Buffer.from(content), ed25519PrivateKey(secret)).toString('base64')}`,
    )
    .join(' ');
}

export interface SignInput {
  body: string;
  /** The delivery id (`dlv_…`): the same on every attempt of one delivery. */
  messageId: string;
  /** Unix seconds. */
  timestamp: number;
  /** Every key that signs now (`whsec_…` or `whsk_…`), current first. */
  secrets: readonly string[];
}

export function signWebhookPayload({ body, messageId, timestamp, secrets }: SignInput): Record<string, string> {
  const persona = personaSignature(secrets, timestamp, body);
  return {
    ...(persona ? { 'Persona-Signature': persona } : {}),
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardWebhooksSignature(secrets, messageId, timestamp, body),
  };
}
