/** Keyed hashing: credentials are stored only as HMAC-SHA256(server secret, token). */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function keyedHash(secret: Buffer, value: string): Buffer {
  return createHmac('sha256', secret).update(value).digest();
}

export function safeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Derive a purpose-bound key from the server secret (JWT signing, etc.). */
export function deriveKey(secret: Buffer, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`tessera:${purpose}`).digest();
}
