/**
 * Rotates a personal access token: a new secret, same id, name, scopes and
 * expiry. The old secret keeps working for the grace period (one previous
 * secret is kept; rotating again ends the earlier grace at once).
 */
import { AppError, forbidden } from '../core/errors.js';
import { keyedHash } from '../core/crypto.js';
import { CREDENTIAL_PREFIXES, displayPrefix, generateCredential } from '../core/secret-format.js';
import { callerId, requireScope } from './user-token-access.js';
import { isExpired, type UserTokenContext } from './user-token-context.js';
import { emitUserTokenEvent } from './user-token-events.js';
import { findVisiblePersonalAccessToken } from './get-personal-access-token.js';
import type { UserToken } from './user-tokens.js';

export const MAX_GRACE_PERIOD_SECONDS = 86_400;

export async function rotatePersonalAccessToken({
  ctx,
  input,
}: {
  ctx: UserTokenContext;
  input: { id: string; gracePeriodSeconds?: number };
}): Promise<{ token: UserToken; secret: string }> {
  const userId = callerId(ctx.actor);
  requireScope(ctx.actor, 'personalAccessToken:write');
  const token = await findVisiblePersonalAccessToken(ctx, input.id);
  // A rotation reveals a secret: only the token's own user may do it.
  if (token.userId !== userId) throw forbidden('Only its own user may rotate this token');
  const now = ctx.clock.now();
  if (token.revokedAt) throw new AppError('TOKEN_REVOKED', 'The token is revoked');
  if (isExpired(token, now)) throw new AppError('TOKEN_EXPIRED', 'The token has expired');
  if (ctx.actor.credentialKind === 'personal_access_token' && ctx.actor.credentialId !== token.id) {
    const beyond = token.scopes.find((s) => !ctx.actor.permissions.has(s));
    if (beyond) throw new AppError('INSUFFICIENT_SCOPE', `Rotating this token needs the ${beyond} scope`, { meta: { scope: beyond } });
  }
  const grace = input.gracePeriodSeconds ?? 0;
  const secret = generateCredential(CREDENTIAL_PREFIXES.personalAccessToken);
  const rotated = await ctx.store.transaction(async (store) => {
    const r = await store.userTokens.rotate(token.id, {
      hash: keyedHash(ctx.secret, secret),
      displayPrefix: displayPrefix(secret, CREDENTIAL_PREFIXES.personalAccessToken),
      previousValidUntil: grace > 0 ? new Date(now.getTime() + grace * 1000) : null,
      at: now,
    });
    if (r) await emitUserTokenEvent(store, r, 'personal-access-token.rotated', now);
    return r;
  });
  ctx.verifier.invalidate(token.id);
  return { token: rotated ?? { ...token, lastRotatedAt: now, updatedAt: now }, secret };
}
