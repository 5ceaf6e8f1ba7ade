/**
 * User API tokens (astra-api.md §3–§6): every role creates, renames and
 * deletes its own; owners and admins also list, read and delete others'
 * (admins not an owner's). A token never expires and has no scopes: it acts as
 * its owner with the owner's current role. The secret (`tut_…`) is returned
 * once, by create.
 */
import { randomUUID } from 'node:crypto';
import { AppError, badRequest, forbidden, notFound } from '../core/errors.js';
import { keyedHash } from '../core/crypto.js';
import type { ListQuery, ListResult } from '../core/list-query.js';
import { CREDENTIAL_PREFIXES, displayPrefix, generateCredential } from '../core/secret-format.js';
import { canRevokeTokenOf, canSeeTokensOf, callerId, requireScope } from './user-token-access.js';
import { findOwner, type TokenOwner, type UserTokenContext } from './user-token-context.js';
import { emitUserTokenEvent } from './user-token-events.js';
import type { Label, UserToken, UserTokenField, UserTokenPatch } from './user-tokens.js';

export const MAX_LABELS = 32;
/** C0 and C1 control characters. */
const hasControl = (s: string) => [...s].some((c) => {
  const n = c.codePointAt(0)!;
  return n < 0x20 || (n >= 0x7f && n <= 0x9f);
});

interface InvalidField {
  name: string;
  reason: string;
}

function invalid(fields: InvalidField[]): AppError {
  return badRequest(`${fields[0]!.name} ${fields[0]!.reason}`, { field: fields[0]!.name.split('.'), meta: { invalidFields: fields } });
}

/** Tessera's content rules beyond the schema (astra-api.md §3). */
function checkContent(name: string | undefined, labels: Label[] | undefined): void {
  const fields: InvalidField[] = [];
  if (name !== undefined) {
    if (name.trim() === '') fields.push({ name: 'name', reason: 'must not be only whitespace' });
    else if (hasControl(name)) fields.push({ name: 'name', reason: 'must not contain control characters' });
    else if (/[<>]/.test(name)) fields.push({ name: 'name', reason: 'must not contain < or >' });
  }
  if (labels !== undefined) {
    if (labels.length > MAX_LABELS) fields.push({ name: 'metadata.labels', reason: `must hold at most ${MAX_LABELS} labels` });
    const seen = new Set<string>();
    labels.forEach((l, i) => {
      if (l.name.length < 1 || l.name.length > 63) fields.push({ name: `metadata.labels[${i}].name`, reason: 'must be 1 to 63 characters' });
      else if (seen.has(l.name)) fields.push({ name: `metadata.labels[${i}].name`, reason: 'must be unique within the token' });
      seen.add(l.name);
      if (l.value.length > 255) fields.push({ name: `metadata.labels[${i}].value`, reason: 'must be at most 255 characters' });
    });
  }
  if (fields.length > 0) throw invalid(fields);
}

/** The user of the path, and whether the caller may act on that user's tokens at all. */
async function ownerFor(ctx: UserTokenContext, userId: string, scope: string): Promise<TokenOwner> {
  callerId(ctx.actor);
  const owner = await findOwner(ctx, userId);
  requireScope(ctx.actor, scope);
  return owner;
}

async function tokenOf(ctx: UserTokenContext, owner: TokenOwner, tokenId: string): Promise<UserToken> {
  const token = await ctx.store.userTokens.find(ctx.actor.organizationId, 'user_api_token', tokenId);
  if (!token || token.userId !== owner.id) throw notFound();
  return token;
}

export async function createUserApiToken({
  ctx,
  input,
}: {
  ctx: UserTokenContext;
  input: { userId: string; name: string; labels?: Label[] };
}): Promise<{ token: UserToken; secret: string }> {
  const owner = await ownerFor(ctx, input.userId, 'apiToken:write');
  if (owner.id !== ctx.actor.userId) throw forbidden('Tokens can be created only for yourself');
  const labels = input.labels ?? [];
  checkContent(input.name, labels);
  const now = ctx.clock.now();
  const secret = generateCredential(CREDENTIAL_PREFIXES.userApiToken);
  const token: UserToken = {
    id: randomUUID(),
    kind: 'user_api_token',
    organizationId: ctx.actor.organizationId,
    userId: owner.id,
    name: input.name,
    scopes: [],
    labels,
    createdBy: owner.id,
    modifiedBy: null,
    displayPrefix: displayPrefix(secret, CREDENTIAL_PREFIXES.userApiToken),
    lastUsedAt: null,
    lastRotatedAt: null,
    expiresAt: null,
    revokedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.transaction(async (store) => {
    await store.userTokens.insert({ ...token, hash: keyedHash(ctx.secret, secret) });
    await emitUserTokenEvent(store, token, 'api-token.created', now);
  });
  return { token, secret };
}

export async function listUserApiTokens({
  ctx,
  input,
}: {
  ctx: UserTokenContext;
  input: { userId: string; query: ListQuery<UserTokenField> };
}): Promise<ListResult<UserToken>> {
  const owner = await ownerFor(ctx, input.userId, 'apiToken:read');
  if (!canSeeTokensOf(ctx.actor, owner.id)) throw forbidden('You may not list this user\'s tokens');
  const conditions = [...input.query.conditions, { field: 'userId' as const, op: 'eq' as const, value: owner.id }];
  return ctx.store.userTokens.query(ctx.actor.organizationId, 'user_api_token', { ...input.query, conditions });
}

export async function getUserApiToken({ ctx, input }: { ctx: UserTokenContext; input: { userId: string; tokenId: string } }): Promise<UserToken> {
  const owner = await ownerFor(ctx, input.userId, 'apiToken:read');
  if (!canSeeTokensOf(ctx.actor, owner.id)) throw forbidden('You may not read this user\'s tokens');
  return tokenOf(ctx, owner, input.tokenId);
}

export interface UpdateUserApiTokenInput {
  userId: string;
  tokenId: string;
  name?: string;
  /** Replaces the labels when given. */
  labels?: Label[];
  /** The body's `id` and `userID`: must name this token and its user (else 409). */
  bodyId?: string;
  bodyUserId?: string;
  /** Checked against the current token before anything changes (If-Match). */
  precondition?: (current: UserToken) => boolean;
}

export async function updateUserApiToken({ ctx, input }: { ctx: UserTokenContext; input: UpdateUserApiTokenInput }): Promise<UserToken> {
  const owner = await ownerFor(ctx, input.userId, 'apiToken:write');
  if (!canSeeTokensOf(ctx.actor, owner.id)) throw forbidden('You may not change this user\'s tokens');
  const token = await tokenOf(ctx, owner, input.tokenId);
  if (owner.id !== ctx.actor.userId) throw forbidden('Only its own user may change this token');
  const conflicts: InvalidField[] = [];
  if (input.bodyId !== undefined && input.bodyId.toLowerCase() !== token.id) conflicts.push({ name: 'id', reason: 'does not match the token in the URI' });
  if (input.bodyUserId !== undefined && input.bodyUserId.toLowerCase() !== token.userId) {
    conflicts.push({ name: 'userID', reason: 'does not match the user in the URI' });
  }
  if (conflicts.length > 0) throw new AppError('CONFLICT', 'The body conflicts with the token', { meta: { invalidFields: conflicts } });
  checkContent(input.name, input.labels);
  if (input.precondition && !input.precondition(token)) throw new AppError('PRECONDITION_FAILED', 'If-Match does not match the current ETag');
  const now = ctx.clock.now();
  const patch: UserTokenPatch = { modifiedBy: ctx.actor.userId!, updatedAt: now };
  if (input.name !== undefined) patch.name = input.name;
  if (input.labels !== undefined) patch.labels = input.labels;
  const updated = await ctx.store.userTokens.update(token.id, patch);
  return updated ?? token;
}

export async function deleteUserApiToken({
  ctx,
  input,
}: {
  ctx: UserTokenContext;
  input: { userId: string; tokenId: string; precondition?: (current: UserToken) => boolean };
}): Promise<void> {
  const owner = await ownerFor(ctx, input.userId, 'apiToken:write');
  if (!canSeeTokensOf(ctx.actor, owner.id)) throw forbidden('You may not delete this user\'s tokens');
  const token = await tokenOf(ctx, owner, input.tokenId);
  if (!canRevokeTokenOf(ctx.actor, owner.id, owner.role)) throw forbidden('You may not delete this token');
  if (input.precondition && !input.precondition(token)) throw new AppError('PRECONDITION_FAILED', 'If-Match does not match the current ETag');
  const now = ctx.clock.now();
  await ctx.store.transaction(async (store) => {
    const deleted = await store.userTokens.softDelete(token.id, now);
    if (deleted) await emitUserTokenEvent(store, deleted, 'api-token.deleted', now);
  });
  ctx.verifier.invalidate(token.id);
}
