/** Reads and lists personal access tokens the caller may see (own; everyone's for owners and admins). */
import { AppError, notFound } from '../core/errors.js';
import type { ListQuery, ListResult } from '../core/list-query.js';
import { canSeeTokensOf, callerId, isManager, requireScope } from './user-token-access.js';
import type { UserTokenContext } from './user-token-context.js';
import type { UserToken, UserTokenField } from './user-tokens.js';

/** Deepest offset a page may start at (pat-v3-api.md §5). */
export const MAX_LIST_OFFSET = 10_000;

/** A visible token, or 404 (another user's for a member, another organization's for anyone). */
export async function findVisiblePersonalAccessToken(ctx: Pick<UserTokenContext, 'actor' | 'store'>, id: string): Promise<UserToken> {
  const token = await ctx.store.userTokens.find(ctx.actor.organizationId, 'personal_access_token', id);
  if (!token || !canSeeTokensOf(ctx.actor, token.userId)) throw notFound();
  return token;
}

export async function getPersonalAccessToken({ ctx, input }: { ctx: Pick<UserTokenContext, 'actor' | 'store'>; input: { id: string } }): Promise<UserToken> {
  callerId(ctx.actor);
  requireScope(ctx.actor, 'personalAccessToken:read');
  return findVisiblePersonalAccessToken(ctx, input.id);
}

export async function listPersonalAccessTokens({
  ctx,
  input,
}: {
  ctx: Pick<UserTokenContext, 'actor' | 'store'>;
  input: { query: ListQuery<UserTokenField> };
}): Promise<ListResult<UserToken>> {
  const userId = callerId(ctx.actor);
  requireScope(ctx.actor, 'personalAccessToken:read');
  const { query } = input;
  if (query.offset > MAX_LIST_OFFSET) throw new AppError('INVALID_QUERY', `pages may start at most ${MAX_LIST_OFFSET} items deep`, { field: ['page'] });
  const conditions = isManager(ctx.actor.userRole) ? query.conditions : [...query.conditions, { field: 'userId' as const, op: 'eq' as const, value: userId }];
  return ctx.store.userTokens.query(ctx.actor.organizationId, 'personal_access_token', { ...query, conditions });
}
