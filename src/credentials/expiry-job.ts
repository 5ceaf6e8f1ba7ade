/**
 * `api-key.expired` is emitted exactly once per expiry: at once for an
 * immediate expiry, else by a job that runs when `expires-at` arrives. A
 * conditional marker on the key makes a re-run (lease lost) or a superseded
 * schedule (the key was re-expired to another time) a no-op.
 */
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import { emitEvents } from '../events/index.js';
import { newJob, type JobKind, type NewJob, type TypedJobHandler } from '../jobs/index.js';
import type { ApiKeyTxStore } from './api-key-context.js';
import type { Credential } from './types.js';

export const API_KEY_EXPIRY_JOB = 'api-key.expiry' satisfies JobKind;

/** The job that announces `key`'s expiry when `expiresAt` arrives (once per key and time). */
export function apiKeyExpiryJob(credentialId: string, expiresAt: Date): NewJob {
  return newJob(API_KEY_EXPIRY_JOB, { credentialId, expiresAt: expiresAt.toISOString() }, { runAt: expiresAt, dedupeKey: `${API_KEY_EXPIRY_JOB}:${credentialId}:${expiresAt.getTime()}` });
}

/** Emits `api-key.expired` for `key`'s current `expires-at` unless that expiry was announced already. */
export async function announceApiKeyExpiry(store: ApiKeyTxStore, key: Credential, now: Date): Promise<boolean> {
  if (!key.expiresAt || !key.environmentId) return false;
  if (!(await store.credentials.markExpiryAnnounced(key.id, key.expiresAt))) return false;
  await emitEvents(
    store,
    [
      {
        organizationId: key.organizationId,
        environmentId: key.environmentId,
        name: 'api-key.expired',
        objectType: 'api-key',
        objectId: key.id,
        object: key,
      },
    ],
    now,
  );
  return true;
}

export function apiKeyExpiryJobHandler(ctx: { store: Transactional<ApiKeyTxStore>; clock: Clock }): TypedJobHandler<typeof API_KEY_EXPIRY_JOB> {
  return async ({ job }) => {
    const { credentialId: id, expiresAt: scheduled } = job.payload;
    await ctx.store.transaction(async (store) => {
      const key = await store.credentials.find(id);
      // Re-expired to another time (that schedule announces it), revoked or gone: nothing to say.
      if (!key || key.kind !== 'api_key' || key.expiresAt?.toISOString() !== scheduled || key.revokedAt || key.deletedAt) return;
      await announceApiKeyExpiry(store, key, ctx.clock.now());
    });
  };
}
