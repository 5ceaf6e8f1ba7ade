/** Creates a personal access token for the caller (pat-v3-api.md §5); the secret is returned once. */
import { randomUUID } from 'node:crypto';
import { badRequest } from '../core/errors.js';
import { keyedHash } from '../core/crypto.js';
import { CREDENTIAL_PREFIXES, displayPrefix, generateCredential } from '../core/secret-format.js';
import { callerId, requireScope } from './user-token-access.js';
import { futureExpiry, grantableScopes, tokenName, type UserTokenContext } from './user-token-context.js';
import { emitUserTokenEvent } from './user-token-events.js';
import type { UserToken } from './user-tokens.js';

export interface CreatePersonalAccessTokenInput {
  name: string;
  scopes: string[];
  expiresAt?: Date | null;
  /** Accepted only as false. */
  revoked?: boolean;
}

export async function createPersonalAccessToken({
  ctx,
  input,
}: {
  ctx: UserTokenContext;
  input: CreatePersonalAccessTokenInput;
}): Promise<{ token: UserToken; secret: string }> {
  const userId = callerId(ctx.actor);
  requireScope(ctx.actor, 'personalAccessToken:write');
  const name = tokenName(input.name, 255);
  if (input.revoked === true) throw badRequest('revoked must be false on create', { field: ['revoked'] });
  const scopes = grantableScopes(ctx.actor, input.scopes);
  const now = ctx.clock.now();
  const expiresAt = futureExpiry(input.expiresAt ?? null, now);
  const secret = generateCredential(CREDENTIAL_PREFIXES.personalAccessToken);
  const token: UserToken = {
    id: randomUUID(),
    kind: 'personal_access_token',
    organizationId: ctx.actor.organizationId,
    userId,
    name,
    scopes,
    labels: [],
    createdBy: userId,
    modifiedBy: null,
    displayPrefix: displayPrefix(secret, CREDENTIAL_PREFIXES.personalAccessToken),
    lastUsedAt: null,
    lastRotatedAt: null,
    expiresAt,
    revokedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.transaction(async (store) => {
    await store.userTokens.insert({ ...token, hash: keyedHash(ctx.secret, secret) });
    await emitUserTokenEvent(store, token, 'personal-access-token.created', now);
  });
  return { token, secret };
}
