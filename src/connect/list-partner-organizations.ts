/**
 * (ext) The organizations at the other end of this environment's connections,
 * with their names, so a person tells two connections apart by who is on the
 * other side (`Demo Destination`) rather than by an `org_…` id. A connection's
 * own attributes stay as connect-api.md §3 fixes them (ids only); the names
 * come from here, to parties only: an organization with no connection to the
 * caller's environment is never named.
 */
import { authorize } from '../core/actor.js';
import type { ConnectContext } from './context.js';

export interface PartnerOrganization {
  id: string;
  name: string;
}

/** Connections read per page while collecting the partners (every one is read: a name for each). */
const PAGE = 100;

export async function listPartnerOrganizations({ ctx }: { ctx: Pick<ConnectContext, 'actor' | 'store'>; input?: Record<string, never> }): Promise<PartnerOrganization[]> {
  authorize(ctx.actor, 'connection.read');
  const partners = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const page = await ctx.store.connections.list(ctx.actor.environmentId, {}, { limit: PAGE, after });
    for (const c of page.items) partners.add(c.sourceOrganizationId === ctx.actor.organizationId ? c.destinationOrganizationId : c.sourceOrganizationId);
    if (!page.hasMore || page.items.length === 0) break;
    after = page.items[page.items.length - 1]!.id;
  }
  const organizations = await Promise.all([...partners].map((id) => ctx.store.identity.findOrganization(id)));
  return organizations
    .filter((o) => o !== null)
    .map((o) => ({ id: o.id, name: o.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
