/** PATCH /admin/v1/organizations/:id: an organization's settings (the operator's, so no actor check beyond the admin token). */
import type { Clock } from '../core/clock.js';
import { notFound } from '../core/errors.js';
import type { IdentityStore, OrganizationPatch } from './ports.js';
import type { Organization } from './types.js';

export type UpdateOrganizationInput = Omit<OrganizationPatch, 'updatedAt'> & { id: string };

export async function updateOrganization({ ctx, input }: { ctx: { store: IdentityStore; clock: Clock }; input: UpdateOrganizationInput }): Promise<Organization> {
  const { id, ...settings } = input;
  const updated = await ctx.store.identity.updateOrganization(id, { ...settings, updatedAt: ctx.clock.now() });
  if (!updated) throw notFound();
  return updated;
}
