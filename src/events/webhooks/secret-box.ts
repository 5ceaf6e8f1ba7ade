/**
 * Sealing of webhook secrets and custom headers: AES-256-GCM under a key
 * derived from the server secret. They must be usable to sign and to send,
 * so unlike credentials they cannot be kept as hashes.
 * Sealed text: `v1.<base64url iv>.<base64url tag>.<base64url ciphertext>`.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { deriveKey } from '../../core/crypto.js';

const VERSION = 'v1';
const AAD = Buffer.from('tessera:webhook-secret:v1');

/** The sealing key for webhook secrets, derived from the server secret. */
export function webhookSealingKey(serverSecret: Buffer): Buffer {
  return deriveKey(serverSecret, 'webhook-secrets');
}

export function seal(key: Buffer, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(AAD);
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Throws when the text was not sealed with `key` (or was altered). */
export function open(key: Buffer, sealed: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || ciphertext === undefined) throw new Error('unsupported sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(AAD);
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
}
