/**
 * Changes a personal access token (pat-v3-api.md §5): name, scopes and expiry
 * by its own user only; `revoked: true` (one-way) also by an owner, or an
 * admin for a non-owner's token. A revoked token takes only a new name; an
 * expired one a new name or revocation.
 */
import { AppError, badRequest, forbidden } from '../core/errors.js';
import { canRevokeTokenOf, callerId, requireScope } from './user-token-access.js';
import { findOwnerOrNull, futureExpiry, grantableScopes, isExpired, tokenName, type UserTokenContext } from './user-token-context.js';
import { emitUserTokenEvent } from './user-token-events.js';
import { findVisiblePersonalAccessToken } from './get-personal-access-token.js';
import type { UserToken, UserTokenPatch } from './user-tokens.js';

export interface UpdatePersonalAccessTokenInput {
  id: string;
  name?: string;
  scopes?: string[];
  expiresAt?: Date | null;
  revoked?: boolean;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export async function updatePersonalAccessToken({ ctx, input }: { ctx: UserTokenContext; input: UpdatePersonalAccessTokenInput }): Promise<UserToken> {
  const userId = callerId(ctx.actor);
  requireScope(ctx.actor, 'personalAccessToken:write');
  const token = await findVisiblePersonalAccessToken(ctx, input.id);
  const own = token.userId === userId;
  const edits = input.name !== undefined || input.scopes !== undefined || input.expiresAt !== undefined || input.revoked === false;
  if (!own && edits) throw forbidden('Only its own user may change this token');
  if (!own && input.revoked === true) {
    const owner = await findOwnerOrNull(ctx, token.userId);
    if (!canRevokeTokenOf(ctx.actor, token.userId, owner?.role ?? null)) throw forbidden('You may not revoke this token');
  }

  const now = ctx.clock.now();
  if (token.revokedAt) {
    if (input.revoked === false || input.scopes !== undefined || input.expiresAt !== undefined) {
      throw new AppError('TOKEN_REVOKED', 'The token is revoked; only its name can change');
    }
  } else if (isExpired(token, now)) {
    if (input.revoked === false || input.scopes !== undefined || input.expiresAt !== undefined) {
      throw new AppError('TOKEN_EXPIRED', 'The token has expired; it can only be renamed or revoked');
    }
  }

  const patch: UserTokenPatch = {};
  if (input.name !== undefined) {
    const name = tokenName(input.name, 255);
    if (name !== token.name) patch.name = name;
  }
  if (input.scopes !== undefined) {
    const scopes = grantableScopes(ctx.actor, input.scopes);
    if (!sameSet(scopes, token.scopes)) patch.scopes = scopes;
  }
  if (input.expiresAt !== undefined) {
    if (input.expiresAt !== null && Number.isNaN(input.expiresAt.getTime())) throw badRequest('expiresAt must be a date-time', { field: ['expiresAt'] });
    const expiresAt = futureExpiry(input.expiresAt, now);
    if ((expiresAt?.getTime() ?? null) !== (token.expiresAt?.getTime() ?? null)) patch.expiresAt = expiresAt;
  }
  const revoking = input.revoked === true && !token.revokedAt;
  if (revoking) patch.revokedAt = now;
  if (Object.keys(patch).length === 0) return token;
  patch.updatedAt = now;

  const updated = await ctx.store.transaction(async (store) => {
    const u = await store.userTokens.update(token.id, patch);
    if (u && revoking) await emitUserTokenEvent(store, u, 'personal-access-token.revoked', now);
    return u;
  });
  // Scopes, expiry and revocation apply to the very next request.
  ctx.verifier.invalidate(token.id);
  return updated ?? token;
}
