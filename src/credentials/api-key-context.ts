/** What the API key use cases of the Connect surface receive: the calling key, the store, the time, the verifier. */
import type { EnvironmentActor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import { notFound } from '../core/errors.js';
import type { Transactional } from '../core/store.js';
import type { EventStore } from '../events/index.js';
import type { CredentialStore } from './ports.js';
import type { Credential } from './types.js';
import type { Verifier } from './verify.js';

export type ApiKeyTxStore = CredentialStore & EventStore;

export interface ApiKeyContext {
  actor: EnvironmentActor;
  store: ApiKeyTxStore & Transactional<ApiKeyTxStore>;
  clock: Clock;
  /** Server secret: keys the stored hash of a new key. */
  secret: Buffer;
  verifier: Pick<Verifier, 'invalidate'>;
}

export interface ApiKeyReadContext {
  actor: EnvironmentActor;
  store: CredentialStore;
}

/** An API key of the caller's environment, else "not found" (another org's or environment's alike). */
export async function findOwnApiKey(store: CredentialStore, actor: EnvironmentActor, id: string): Promise<Credential> {
  const key = await store.credentials.find(id);
  if (!key || key.kind !== 'api_key' || key.environmentId !== actor.environmentId || key.deletedAt) throw notFound();
  return key;
}

/** When a key stops working: its `expires-at`, or its revocation if that came first. */
export function effectiveExpiry(key: Pick<Credential, 'expiresAt' | 'revokedAt'>): Date | null {
  const times = [key.expiresAt, key.revokedAt].filter((d): d is Date => d !== null);
  return times.length === 0 ? null : new Date(Math.min(...times.map((d) => d.getTime())));
}
