/**
 * Login sessions: HS256 JWTs signed with a key derived from the server secret,
 * carrying `sub` (user), `org`, `iat`, `exp`, `jti`, `gen` (the user's session
 * generation at login) and no role, so role changes and disabling apply at
 * once (the verifier reads the user), and a session dies when the user's
 * generation moves on (password, role, disabling, enabling, deletion) or when
 * its `jti` is revoked (logout).
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { deriveKey } from '../core/crypto.js';

export const DEFAULT_SESSION_TTL_SECONDS = 3600;

/** The signing key of sessions; the credential verifier checks them with the same key. */
export function sessionKey(secret: Buffer): Uint8Array {
  return new Uint8Array(deriveKey(secret, 'session-jwt'));
}

export async function signSession(input: {
  key: Uint8Array;
  userId: string;
  organizationId: string;
  /** The user's session generation when the session starts. */
  generation: number;
  now: Date;
  ttlSeconds: number;
}): Promise<{ jwt: string; id: string; expiresAt: Date }> {
  const iat = Math.floor(input.now.getTime() / 1000);
  const exp = iat + input.ttlSeconds;
  const id = randomUUID();
  const jwt = await new SignJWT({ org: input.organizationId, gen: input.generation })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(input.userId)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .setJti(id)
    .sign(input.key);
  return { jwt, id, expiresAt: new Date(exp * 1000) };
}
