/** `/admin/v1/organizations[/:id]`: create (with sandbox and production), list, retrieve, update settings. */
import type { AppDeps } from '../../../app-deps.js';
import { notFound, unprocessable } from '../../../core/errors.js';
import { parseLeads } from '../../../core/lead-time.js';
import { decodeId } from '../../../core/ids.js';
import type { TypedApp } from '../../../http/typed.js';
import { createOrganization, updateOrganization, type Organization } from '../../../identity/index.js';
import { parseQuery } from '../../connect/query.js';
import { presentOrganization } from '../presenters.js';
import { CreateOrganizationBody, IdParams, OrganizationDocument, OrganizationList, UpdateOrganizationBody } from '../schemas.js';
import { nextLink } from './paging.js';

/** `expiry-warning-leads` as seconds (the schema checked the format; the range is checked here), or null for the server's. */
function leadsOf(leads: string[] | null): number[] | null {
  if (leads === null) return null;
  const parsed = parseLeads(leads);
  if ('error' in parsed) throw unprocessable(`expiry-warning-leads: ${parsed.error}`, '/expiry-warning-leads');
  return parsed.leads;
}

/** The organization an `org_…` path id names (404 otherwise). */
export async function loadOrganization(deps: AppDeps, id: string): Promise<Organization> {
  const uuid = decodeId('org', id);
  const org = uuid ? await deps.store.identity.findOrganization(uuid) : null;
  if (!org) throw notFound();
  return org;
}

export function organizationRoutes(app: TypedApp, deps: AppDeps): void {
  const ctx = { store: deps.store, clock: deps.clock, secret: deps.secret, verifier: deps.verifier };

  app.post('/organizations', { schema: { body: CreateOrganizationBody, response: { 201: OrganizationDocument } } }, async (req, reply) => {
    const body = req.body;
    const { organization, environments } = await createOrganization({
      ctx,
      input: {
        name: body.name,
        rateLimitPerMinute: body['rate-limit-per-minute'] ?? null,
        alias: body.alias ?? null,
        email: body.email ?? null,
        description: body.description ?? null,
        ...(body['user-limit'] !== undefined ? { userLimit: body['user-limit'] } : {}),
        ...(body['leaked-secret-action'] !== undefined ? { leakedSecretAction: body['leaked-secret-action'] } : {}),
        ...(body.address
          ? {
              address: {
                addressLine1: body.address['address-line-1'] ?? null,
                addressLine2: body.address['address-line-2'] ?? null,
                city: body.address.city ?? null,
                state: body.address.state ?? null,
                country: body.address.country ?? null,
                postalCode: body.address['postal-code'] ?? null,
              },
            }
          : {}),
      },
    });
    return reply.code(201).send({ data: presentOrganization(organization, environments) });
  });

  app.get('/organizations', { schema: { response: { 200: OrganizationList } } }, async (req) => {
    const q = parseQuery(req.query, { cursor: 'org' });
    const page = await deps.store.identity.listOrganizations(q.page);
    const data = await Promise.all(page.items.map(async (o) => presentOrganization(o, await deps.store.identity.environmentsOf(o.id))));
    return { data, links: { next: nextLink('/organizations', q.page, page.hasMore, data[data.length - 1]?.id) } };
  });

  app.get('/organizations/:id', { schema: { params: IdParams, response: { 200: OrganizationDocument } } }, async (req) => {
    const org = await loadOrganization(deps, req.params.id);
    return { data: presentOrganization(org, await deps.store.identity.environmentsOf(org.id)) };
  });

  app.patch('/organizations/:id', { schema: { params: IdParams, body: UpdateOrganizationBody, response: { 200: OrganizationDocument } } }, async (req) => {
    const { id } = await loadOrganization(deps, req.params.id);
    const body = req.body;
    const org = await updateOrganization({
      ctx,
      input: {
        id,
        ...(body['leaked-secret-action'] !== undefined ? { leakedSecretAction: body['leaked-secret-action'] } : {}),
        ...(body['expiry-warning-leads'] !== undefined ? { expiryWarningLeads: leadsOf(body['expiry-warning-leads']) } : {}),
      },
    });
    return { data: presentOrganization(org, await deps.store.identity.environmentsOf(org.id)) };
  });
}
