/**
 * POST /api-keys/:id/rotate: a new secret for the same key (id, name,
 * permissions, expiry and settings unchanged). The old secret keeps working
 * for the grace period so deployments can switch over, then is refused like
 * a revoked one; with 0 it stops at once. One previous secret is kept, as for
 * personal access tokens (rotate-personal-access-token.ts): rotating again
 * during a grace ends the earlier one at once. `api-key.rotated` is emitted
 * in the same transaction, without either secret.
 */
import { authorize } from '../core/actor.js';
import { keyedHash } from '../core/crypto.js';
import { unprocessable } from '../core/errors.js';
import { CREDENTIAL_PREFIXES, displayPrefix, generateCredential } from '../core/secret-format.js';
import { emitEvents } from '../events/index.js';
import { effectiveExpiry, findOwnApiKey, type ApiKeyContext } from './api-key-context.js';
import { assertWithinCeiling } from './permissions.js';
import type { Credential } from './types.js';

/** One day: long enough for a deployment to pick the new secret up. */
export const DEFAULT_API_KEY_GRACE_SECONDS = 86_400;
/** Seven days: the longest an old secret may outlive its rotation. */
export const MAX_API_KEY_GRACE_SECONDS = 604_800;

export interface RotatedApiKey {
  credential: Credential;
  /** The new secret, shown this once. */
  token: string;
  /** Until when the replaced secret still works (the key's own expiry if that comes first); null: it stopped at once. */
  previousValidUntil: Date | null;
}

export async function rotateApiKey({ ctx, input }: { ctx: ApiKeyContext; input: { id: string; gracePeriodSeconds?: number } }): Promise<RotatedApiKey> {
  authorize(ctx.actor, 'api_key.write');
  const grace = input.gracePeriodSeconds ?? DEFAULT_API_KEY_GRACE_SECONDS;
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_API_KEY_GRACE_SECONDS) {
    throw unprocessable(`grace period must be an integer from 0 to ${MAX_API_KEY_GRACE_SECONDS} seconds`, ['gracePeriodSeconds']);
  }
  const now = ctx.clock.now();
  const current = await findOwnApiKey(ctx.store, ctx.actor, input.id);
  // The new secret carries the key's permissions: a caller may not obtain rights it does not hold itself.
  assertWithinCeiling(ctx.actor.permissions, current.permissions);
  const prefix = ctx.actor.environmentKind === 'sandbox' ? CREDENTIAL_PREFIXES.apiKeySandbox : CREDENTIAL_PREFIXES.apiKeyProduction;
  const token = generateCredential(prefix);
  const graceEnd = grace > 0 ? new Date(now.getTime() + grace * 1000) : null;
  const rotated = await ctx.store.transaction(async (store) => {
    // The repository re-checks in the same statement that the key is still in force (a concurrent expiry or revocation wins).
    const r = await store.credentials.rotate(current.id, { hash: keyedHash(ctx.secret, token), displayPrefix: displayPrefix(token, prefix), previousValidUntil: graceEnd, at: now });
    if (!r) throw unprocessable('API key is already expired');
    await emitEvents(
      store,
      [
        {
          organizationId: r.organizationId,
          environmentId: r.environmentId,
          name: 'api-key.rotated',
          objectType: 'api-key',
          objectId: r.id,
          object: r,
        },
      ],
      now,
    );
    return r;
  });
  // After the commit, here and (through the scale-out wrapper) in every process: the old secret's
  // cached entry, valid until the key's expiry, is dropped; its next lookup is cached only until the grace ends.
  ctx.verifier.invalidate(rotated.id);
  return { credential: rotated, token, previousValidUntil: previousUntil(rotated, graceEnd) };
}

/** The grace end, cut to the key's own end (the old secret never outlives its key). */
function previousUntil(key: Credential, graceEnd: Date | null): Date | null {
  const end = effectiveExpiry(key);
  if (graceEnd === null || end === null) return graceEnd;
  return end < graceEnd ? end : graceEnd;
}
