/**
 * Who may do what with a user's tokens (pat-v3-api.md §7, astra-api.md §6),
 * decided from the Actor alone: every role manages its own; owners and admins
 * read everyone's in their organization; owners revoke any, admins any but an
 * owner's. A personal access token also needs the operation's scope.
 */
import type { Actor, UserRole } from '../core/actor.js';
import { AppError } from '../core/errors.js';

export function isManager(role: UserRole | null | undefined): boolean {
  return role === 'owner' || role === 'admin';
}

/** The caller's user id; only user credentials reach the user-token use cases. */
export function callerId(actor: Actor): string {
  if (!actor.userId) throw new AppError('TOKEN_INVALID', 'a user credential is required');
  return actor.userId;
}

export function requireScope(actor: Actor, scope: string): void {
  if (!actor.permissions.has(scope)) throw new AppError('INSUFFICIENT_SCOPE', `This credential lacks the ${scope} scope`, { meta: { scope } });
}

/** Listing and reading another user's tokens. */
export function canSeeTokensOf(actor: Actor, ownerId: string): boolean {
  return actor.userId === ownerId || isManager(actor.userRole);
}

/** Revoking or deleting a token of `ownerId`, whose role is `ownerRole`. */
export function canRevokeTokenOf(actor: Actor, ownerId: string, ownerRole: UserRole | null): boolean {
  if (actor.userId === ownerId) return true;
  if (actor.userRole === 'owner') return true;
  return actor.userRole === 'admin' && ownerRole !== 'owner';
}
