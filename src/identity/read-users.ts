/** Reading an organization's users (`/v3/users`, Astra `…/users`): any role reads its own organization's. */
import type { Actor } from '../core/actor.js';
import { notFound } from '../core/errors.js';
import type { ListQuery, ListResult } from '../core/list-query.js';
import type { IdentityStore, UserListField } from './ports.js';
import type { Organization, User } from './types.js';

type ReadContext = { actor: Actor; store: IdentityStore };

/** A live user of the caller's organization, or 404. */
export async function getUser({ ctx, input }: { ctx: ReadContext; input: { id: string } }): Promise<User> {
  const user = await ctx.store.identity.findUser(input.id);
  if (!user || user.deletedAt || user.organizationId !== ctx.actor.organizationId) throw notFound();
  return user;
}

export async function listUsers({ ctx, input }: { ctx: ReadContext; input: { query: ListQuery<UserListField> } }): Promise<ListResult<User>> {
  return ctx.store.identity.queryUsers(ctx.actor.organizationId, input.query);
}

export async function getOrganization({ ctx }: { ctx: ReadContext }): Promise<Organization> {
  const org = await ctx.store.identity.findOrganization(ctx.actor.organizationId);
  if (!org) throw notFound();
  return org;
}
