/** Adds a user with a role to an organization. */
import type { Clock } from '../core/clock.js';
import { AppError, badRequest, notFound } from '../core/errors.js';
import { newUuid } from '../core/ids.js';
import type { IdentityStore } from './ports.js';
import { hashPassword } from './password.js';
import { ROLES, type Role, type User } from './types.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createUser({
  ctx,
  input,
}: {
  ctx: { store: IdentityStore; clock: Clock };
  input: { organizationId: string; email: string; name?: string; role: Role; password?: string | null };
}): Promise<User> {
  if (!EMAIL_RE.test(input.email)) throw badRequest('email is not a valid address', { pointer: '/email' });
  if (!ROLES.includes(input.role)) throw badRequest(`role must be one of ${ROLES.join(', ')}`, { pointer: '/role' });
  if (input.password != null && input.password.length < 8) {
    throw badRequest('password must be at least 8 characters', { pointer: '/password' });
  }
  if (!(await ctx.store.identity.findOrganization(input.organizationId))) throw notFound();
  if (await ctx.store.identity.findUserByEmail(input.email)) {
    throw new AppError('NOT_UNIQUE', 'A user with this email already exists', { pointer: '/email' });
  }
  const now = ctx.clock.now();
  const user: User = {
    id: newUuid(now.getTime()),
    organizationId: input.organizationId,
    email: input.email.toLowerCase(),
    name: input.name ?? '',
    role: input.role,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    disabledAt: null,
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.identity.insertUser(user);
  return user;
}
