/** What the user-token use cases run with, and the rules they share (names, scopes, expiry). */
import type { Actor, UserRole } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import { AppError, badRequest, isAppError, notFound } from '../core/errors.js';
import type { Transactional } from '../core/store.js';
import type { EventStore } from '../events/index.js';
import { normalizeScopes } from './scopes.js';
import type { OrgEnvironments } from './user-token-events.js';
import type { UserToken, UserTokenStore } from './user-tokens.js';
import type { Verifier } from './verify.js';

/** The owners of user tokens, as these use cases need them. */
export interface TokenOwner {
  id: string;
  organizationId: string;
  role: UserRole;
  deletedAt: Date | null;
}

export interface OwnerLookup {
  identity: OrgEnvironments['identity'] & { findUser(id: string): Promise<TokenOwner | null> };
}

export type UserTokenRepos = UserTokenStore & EventStore & OwnerLookup;

export interface UserTokenContext {
  actor: Actor;
  store: Transactional<UserTokenRepos> & UserTokenRepos;
  clock: Clock;
  secret: Buffer;
  verifier: Pick<Verifier, 'invalidate'>;
}

/** A live user of the caller's organization, or 404 (another organization's users do not exist). */
export async function findOwner(ctx: Pick<UserTokenContext, 'actor' | 'store'>, userId: string): Promise<TokenOwner> {
  const user = await ctx.store.identity.findUser(userId);
  if (!user || user.deletedAt || user.organizationId !== ctx.actor.organizationId) throw notFound();
  return user;
}

/**
 * The token's owner, or null when there is none (deleted, or not in the
 * caller's organization). Only "not found" means no owner: a database error
 * is thrown as it is, never taken for a missing owner.
 */
export async function findOwnerOrNull(ctx: Pick<UserTokenContext, 'actor' | 'store'>, userId: string): Promise<TokenOwner | null> {
  try {
    return await findOwner(ctx, userId);
  } catch (error) {
    if (isAppError(error) && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Trimmed name of `min`–`max` characters. */
export function tokenName(name: string, max: number): string {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > max) throw badRequest(`name must be 1 to ${max} characters`, { field: ['name'] });
  return trimmed;
}

/**
 * Canonical scopes a caller may grant: each known (else 400, naming every
 * unknown one) and within the caller's own rights — its role's set, and for a
 * personal access token its scopes too (else 403 naming the first).
 */
export function grantableScopes(actor: Actor, requested: readonly string[]): string[] {
  if (requested.length === 0) throw badRequest('scopes must not be empty', { field: ['scopes'] });
  const { scopes, unknown } = normalizeScopes(requested);
  if (unknown.length > 0) {
    throw badRequest(`unknown scope ${unknown[0]!.scope}`, {
      field: ['scopes', unknown[0]!.index],
      meta: { errors: unknown.map((u) => ({ field: ['scopes', u.index], message: `unknown scope ${u.scope}` })) },
    });
  }
  const beyond = scopes.find((s) => !actor.permissions.has(s));
  if (beyond) throw new AppError('INSUFFICIENT_SCOPE', `The scope ${beyond} cannot be granted by this credential`, { meta: { scope: beyond } });
  return scopes;
}

/** null (never) or a moment after now. */
export function futureExpiry(expiresAt: Date | null, now: Date): Date | null {
  if (expiresAt === null) return null;
  if (Number.isNaN(expiresAt.getTime())) throw badRequest('expiresAt must be a date-time', { field: ['expiresAt'] });
  if (expiresAt.getTime() <= now.getTime()) throw badRequest('expiresAt must be in the future', { field: ['expiresAt'] });
  return expiresAt;
}

export function isExpired(token: Pick<UserToken, 'expiresAt'>, now: Date): boolean {
  return token.expiresAt !== null && token.expiresAt.getTime() <= now.getTime();
}
