/**
 * Delivery signatures (connect-api.md §6): Persona's `Persona-Signature`
 * (`t=<unix>,v1=<hex HMAC-SHA256 keyed with the whole whsec_ string over
 * "<t>.<body>">`, one set per secret, space-separated) and the Standard
 * Webhooks `webhook-signature` (`v1,<base64 HMAC-SHA256 keyed with the
 * base64-decoded part after whsec_ over "<id>.<t>.<body>">`, one per secret).
 *
 * @example
 * signWebhookPayload({ body, messageId: 'dlv_…', timestamp: 1700000000, secrets: ['whsec_…'] })
 * // → { 'Persona-Signature': 't=1700000000,v1=…', 'webhook-id': 'dlv_…', 'webhook-timestamp': '1700000000', 'webhook-signature': 'v1,…' }
 */
import { createHmac } from 'node:crypto';

const PREFIX = 'whsec_';

/** The Standard Webhooks key: the base64 text after `whsec_`, decoded. */
export function standardWebhooksKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
}

export function personaSignature(secrets: readonly string[], timestamp: number, body: string): string {
  return secrets
    .map((secret) => `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`)
    .join(' ');
}

export function standardWebhooksSignature(secrets: readonly string[], messageId: string, timestamp: number, body: string): string {
  return secrets
    .map((secret) => `v1,${createHmac('sha256', standardWebhooksKey(secret)).update(`${messageId}.${timestamp}.${body}`).digest('base64')}`)
    .join(' ');
}

export interface SignInput {
  body: string;
  /** The delivery id (`dlv_…`): the same on every attempt of one delivery. */
  messageId: string;
  /** Unix seconds. */
  timestamp: number;
  /** Every secret that signs now, current first. */
  secrets: readonly string[];
}

export function signWebhookPayload({ body, messageId, timestamp, secrets }: SignInput): Record<string, string> {
  return {
    'Persona-Signature': personaSignature(secrets, timestamp, body),
    'webhook-id': messageId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': standardWebhooksSignature(secrets, messageId, timestamp, body),
  };
}
