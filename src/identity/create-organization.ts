/**
 * Creates an organization with its `sandbox` and `production` environments and
 * a unique login alias.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { AppError, badRequest } from '../core/errors.js';
import { newUuid } from '../core/ids.js';
import type { Transactional } from '../core/store.js';
import type { IdentityStore } from './ports.js';
import { EMPTY_ADDRESS, type Environment, type LeakedSecretAction, type Organization, type OrganizationAddress } from './types.js';

/** Lowercase letters, digits and inner hyphens, 2–63 characters. */
export const ALIAS_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])$/;

/** `Acme Corp.` → `acme-corp`. */
export function aliasFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : `org-${slug}`.replace(/-$/, '') || 'org';
}

export interface CreateOrganizationInput {
  name: string;
  /** Login alias; derived from the name (made unique) when absent. */
  alias?: string | null;
  email?: string | null;
  description?: string | null;
  address?: Partial<OrganizationAddress> | null;
  userLimit?: number;
  rateLimitPerMinute?: number | null;
  leakedSecretAction?: LeakedSecretAction;
  defaultApiVersion?: string;
}

export async function createOrganization({
  ctx,
  input,
}: {
  ctx: { store: Transactional<IdentityStore> & IdentityStore; clock: Clock };
  input: CreateOrganizationInput;
}): Promise<{ organization: Organization; environments: Environment[] }> {
  const name = input.name.trim();
  if (!name) throw badRequest('name must not be empty', { field: ['name'] });
  let alias: string;
  if (input.alias != null) {
    alias = input.alias.trim().toLowerCase();
    if (!ALIAS_RE.test(alias)) {
      throw badRequest('alias must be 2 to 63 lowercase letters, digits or inner hyphens', { field: ['alias'] });
    }
    if (await ctx.store.identity.findOrganizationByAlias(alias)) {
      throw new AppError('NOT_UNIQUE', 'An organization with this alias already exists', { field: ['alias'] });
    }
  } else {
    alias = aliasFromName(name);
    while (await ctx.store.identity.findOrganizationByAlias(alias)) alias = `${aliasFromName(name)}-${randomBytes(3).toString('hex')}`;
  }
  const now = ctx.clock.now();
  const organization: Organization = {
    // UUIDv4: the id is the Astra `account_id`, which must match Astra's identifier pattern (v4, v5, nil).
    id: randomUUID(),
    name,
    alias,
    email: input.email ?? null,
    description: input.description ?? null,
    address: { ...EMPTY_ADDRESS, ...input.address },
    userLimit: input.userLimit ?? 0,
    defaultApiVersion: input.defaultApiVersion ?? '2025-12-08',
    rateLimitPerMinute: input.rateLimitPerMinute ?? null,
    leakedSecretAction: input.leakedSecretAction ?? 'revoke',
    expiryWarningLeads: null,
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
