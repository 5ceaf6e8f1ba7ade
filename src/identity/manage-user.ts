/**
 * Changes and deletes users (admin API). A role change, disabling or deletion
 * applies to the user's sessions and tokens on the very next request: the
 * verifier forgets everything cached for the user, and a password change,
 * role change, disabling, enabling or deletion also bumps the user's session
 * generation, which ends every session issued before it. Deletion also deletes the
 * user's credentials, with their lifecycle events, in the same transaction.
 */
import type { Clock } from '../core/clock.js';
import { badRequest, notFound } from '../core/errors.js';
import type { Transactional } from '../core/store.js';
import { deleteCredentialsOfUser, type TokenEventStore, type UserTokenStore } from '../credentials/index.js';
import type { IdentityStore, OwnerInvalidation, UserPatch } from './ports.js';
import { hashPassword } from './password.js';
import { buildMetadata, checkProfile, type ProfileInput } from './profile.js';
import { fullName, ROLES, type Role, type User } from './types.js';

export interface UpdateUserInput extends ProfileInput {
  id: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

type ManageStore = IdentityStore & UserTokenStore & TokenEventStore;

export async function updateUser({
  ctx,
  input,
}: {
  ctx: { store: IdentityStore; clock: Clock; sessions: OwnerInvalidation };
  input: UpdateUserInput;
}): Promise<User> {
  const user = await ctx.store.identity.findUser(input.id);
  if (!user || user.deletedAt) throw notFound();
  if (input.role !== undefined && !ROLES.includes(input.role)) throw badRequest(`role must be one of ${ROLES.join(', ')}`, { field: ['role'] });
  if (input.password !== undefined && input.password.length < 8) throw badRequest('password must be at least 8 characters', { field: ['password'] });
  checkProfile(input);
  const now = ctx.clock.now();
  const patch: UserPatch = { updatedAt: now };
  if (input.firstName !== undefined || input.lastName !== undefined) {
    patch.firstName = input.firstName?.trim() ?? user.firstName;
    patch.lastName = input.lastName?.trim() ?? user.lastName;
    patch.name = fullName(patch.firstName, patch.lastName);
  }
  if (input.company !== undefined) patch.company = input.company;
  if (input.tags !== undefined) patch.tags = input.tags;
  if (input.metadata !== undefined) patch.metadata = buildMetadata(input.metadata, user.metadata, now);
  if (input.role !== undefined) patch.role = input.role;
  if (input.password !== undefined) patch.passwordHash = await hashPassword(input.password);
  if (input.disabled === true && !user.disabledAt) patch.disabledAt = now;
  if (input.disabled === false && user.disabledAt) {
    patch.disabledAt = null;
    patch.enabledAt = now;
  }
  // A new password, another role, disabling or enabling ends every session issued before it (a
  // session issued a moment before a disable + enable included: generations, not clock seconds).
  patch.endSessions =
    patch.passwordHash !== undefined || (patch.role !== undefined && patch.role !== user.role) || patch.disabledAt !== undefined;
  const updated = await ctx.store.identity.updateUser(user.id, patch);
  // Role, state and password changes reach every session and token of the user at once.
  ctx.sessions.invalidateOwner(user.id);
  return updated ?? user;
}

export async function deleteUser({
  ctx,
  input,
}: {
  ctx: { store: Transactional<ManageStore> & IdentityStore; clock: Clock; sessions: OwnerInvalidation };
  input: { id: string };
}): Promise<void> {
  const user = await ctx.store.identity.findUser(input.id);
  if (!user || user.deletedAt) throw notFound();
  const now = ctx.clock.now();
  await ctx.store.transaction(async (store) => {
    await store.identity.updateUser(user.id, { deletedAt: now, updatedAt: now, endSessions: true });
    await deleteCredentialsOfUser(store, user.id, now);
  });
  ctx.sessions.invalidateOwner(user.id);
}
