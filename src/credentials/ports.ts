import type { Page, PageQuery } from '../core/store.js';
import type { Credential, CredentialForVerification, SessionUser } from './types.js';

export interface NewCredential extends Omit<Credential, 'lastUsedAt' | 'revokedAt' | 'deletedAt'> {
  hash: Buffer;
}

export interface CredentialRepository {
  insert(credential: NewCredential): Promise<void>;
  /** The one read of the verification path: unique index on the keyed hash. */
  findByHash(hash: Buffer): Promise<CredentialForVerification | null>;
  find(id: string): Promise<Credential | null>;
  /** API keys of an environment, newest first; deleted ones never. `names`: any of. */
  listApiKeys(environmentId: string, filter: { names?: string[] }, page: PageQuery): Promise<Page<Credential>>;
  update(id: string, patch: Partial<Omit<Credential, 'id' | 'kind'>>): Promise<Credential | null>;
  /**
   * Records that the expiry at `expiresAt` was announced; false when it already
   * was or the key no longer expires then (exactly-once `api-key.expired`).
   */
  markExpiryAnnounced(id: string, expiresAt: Date): Promise<boolean>;
  /**
   * A new secret for a key still in force at `at` (not revoked, deleted or
   * expired): the current one stays valid until `previousValidUntil` (null:
   * not at all). One previous secret is kept, so rotating again ends the
   * earlier grace at once. Null when no such key is in force.
   */
  rotate(id: string, change: { hash: Buffer; displayPrefix: string; previousValidUntil: Date | null; at: Date }): Promise<Credential | null>;
  /**
   * Notes at `at` that a retired secret of the credential was presented, unless that was noted
   * less than `intervalMs` before (in any process): the credential and when it was last rotated,
   * or null when it was noted within the interval.
   */
  markReuseReported(id: string, at: Date, intervalMs: number): Promise<{ credential: Credential; lastRotatedAt: Date | null } | null>;
  /** Write-behind of usage: one statement for many credentials. */
  touchLastUsed(usage: Array<{ id: string; at: Date }>): Promise<void>;
}

export interface CredentialStore {
  credentials: CredentialRepository;
}

/** Login sessions as verification reads them, and the sessions ended one by one. */
export interface SessionRepository {
  /** The user a session names, and whether session `jti` was revoked, in one read; null for no such user. */
  findSessionUser(userId: string, jti: string): Promise<SessionUser | null>;
  /** Ends session `jti` until it would have expired anyway (repeating it is harmless). */
  revoke(session: { jti: string; userId: string; expiresAt: Date }): Promise<void>;
  /** Forgets revocations of sessions that expired before `before`. */
  prune(before: Date): Promise<number>;
}

export interface SessionStore {
  sessions: SessionRepository;
}
