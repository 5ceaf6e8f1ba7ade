/**
 * POST /api-keys/:id/expire (connect-api.md §8): sets `expires-at` to now +
 * `expires-in-seconds`. With 0 the key is refused (401) from the very next
 * request and `api-key.expired` is emitted in the same transaction; a later
 * expiry is announced by a job scheduled for that moment (see
 * expiry-job.ts). Either way the verifier forgets the key at once.
 */
import { unprocessable } from '../core/errors.js';
import { findOwnApiKey, effectiveExpiry, type ApiKeyContext } from './api-key-context.js';
import { announceApiKeyExpiry, apiKeyExpiryJob } from './expiry-job.js';
import type { Credential } from './types.js';
import { authorize } from '../core/actor.js';

/** 30 days: the longest `meta.expires-in-seconds`. */
export const MAX_EXPIRES_IN_SECONDS = 2_592_000;

export async function expireApiKey({ ctx, input }: { ctx: ApiKeyContext; input: { id: string; expiresInSeconds: number } }): Promise<Credential> {
  authorize(ctx.actor, 'api_key.write');
  const now = ctx.clock.now();
  const expiresAt = new Date(now.getTime() + input.expiresInSeconds * 1000);
  const key = await ctx.store.transaction(async (store) => {
    const current = await findOwnApiKey(store, ctx.actor, input.id);
    const effective = effectiveExpiry(current);
    if (effective && effective.getTime() <= now.getTime()) throw unprocessable('API key is already expired');
    const updated = (await store.credentials.update(current.id, { expiresAt, updatedAt: now })) ?? current;
    if (input.expiresInSeconds === 0) {
      await announceApiKeyExpiry(store, updated, now);
    } else {
      await store.jobs.enqueue([apiKeyExpiryJob(current.id, expiresAt)], now);
    }
    return updated;
  });
  // After the commit: a verification racing the transaction cannot re-cache the old row for long.
  ctx.verifier.invalidate(key.id);
  return key;
}
