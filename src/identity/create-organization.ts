/** Creates an organization with its `sandbox` and `production` environments. */
import type { Clock } from '../core/clock.js';
import { badRequest } from '../core/errors.js';
import { newUuid } from '../core/ids.js';
import type { Transactional } from '../core/store.js';
import type { IdentityStore } from './ports.js';
import type { Environment, Organization } from './types.js';

export async function createOrganization({
  ctx,
  input,
}: {
  ctx: { store: Transactional<IdentityStore>; clock: Clock };
  input: { name: string; rateLimitPerMinute?: number | null; defaultApiVersion?: string };
}): Promise<{ organization: Organization; environments: Environment[] }> {
  const name = input.name.trim();
  if (!name) throw badRequest('name must not be empty', { pointer: '/name' });
  const now = ctx.clock.now();
  const organization: Organization = {
    id: newUuid(now.getTime()),
    name,
    defaultApiVersion: input.defaultApiVersion ?? '2025-12-08',
    rateLimitPerMinute: input.rateLimitPerMinute ?? null,
    createdAt: now,
    updatedAt: now,
  };
  const environments: Environment[] = (['sandbox', 'production'] as const).map((kind) => ({
    id: newUuid(now.getTime()),
    organizationId: organization.id,
    kind,
    createdAt: now,
  }));
  await ctx.store.transaction(async (store) => {
    await store.identity.insertOrganization(organization);
    for (const env of environments) await store.identity.insertEnvironment(env);
  });
  return { organization, environments };
}
