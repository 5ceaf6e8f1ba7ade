/** Adds a user with a role to an organization. User ids are UUIDv4 (Astra's identifier pattern). */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { AppError, badRequest, notFound } from '../core/errors.js';
import type { IdentityStore } from './ports.js';
import { hashPassword } from './password.js';
import { fullName, ROLES, type Role, type User } from './types.js';
import { buildMetadata, checkProfile, type ProfileInput } from './profile.js';

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface CreateUserInput extends ProfileInput {
  organizationId: string;
  email: string;
  /** Full name; split at the first space when first and last name are not given. */
  name?: string;
  role: Role;
  password?: string | null;
}

export async function createUser({ ctx, input }: { ctx: { store: IdentityStore; clock: Clock }; input: CreateUserInput }): Promise<User> {
  if (!EMAIL_RE.test(input.email)) throw badRequest('email is not a valid address', { field: ['email'] });
  if (!ROLES.includes(input.role)) throw badRequest(`role must be one of ${ROLES.join(', ')}`, { field: ['role'] });
  if (input.password != null && input.password.length < 8) {
    throw badRequest('password must be at least 8 characters', { field: ['password'] });
  }
  checkProfile(input);
  if (!(await ctx.store.identity.findOrganization(input.organizationId))) throw notFound();
  if (await ctx.store.identity.findUserByEmail(input.email)) {
    throw new AppError('NOT_UNIQUE', 'A user with this email already exists', { field: ['email'] });
  }
  const now = ctx.clock.now();
  let firstName = input.firstName?.trim();
  let lastName = input.lastName?.trim();
  if (firstName === undefined && lastName === undefined && input.name) {
    const name = input.name.trim();
    const space = name.indexOf(' ');
    firstName = space === -1 ? name : name.slice(0, space);
    lastName = space === -1 ? '' : name.slice(space + 1).trim();
  }
  firstName ??= '';
  lastName ??= '';
  const user: User = {
    id: randomUUID(),
    organizationId: input.organizationId,
    email: input.email.toLowerCase(),
    name: fullName(firstName, lastName),
    firstName,
    lastName,
    company: input.company ?? null,
    tags: input.tags ?? [],
    metadata: buildMetadata(input.metadata ?? [], [], now),
    role: input.role,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    disabledAt: null,
    deletedAt: null,
    enabledAt: null,
    sessionGeneration: 0,
    lastLoginAt: null,
    lastSeenAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.identity.insertUser(user);
  return user;
}
