/** Connections (connect-api.md §3): create, list, retrieve, lifecycle actions, peek settings. */
import type { FastifyRequest } from 'fastify';
import type { TypedApp } from '../../../http/typed.js';
import type { AppDeps } from '../../../app-deps.js';
import {
  createConnection,
  getConnection,
  getPeekSettings,
  listConnections,
  listPartnerOrganizations,
  transitionConnection,
  updatePeekSettings,
  type ConnectContext,
  type ConnectionAction,
  type ConnectionStatus,
} from '../../../connect/index.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { decodeId } from '../../../core/ids.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentConnection, presentPartnerOrganization, presentPeekSettings } from '../presenters/index.js';
import { parseQuery } from '../query.js';
import { IdParams } from '../schemas/common.js';
import {
  ConnectionDocument,
  ConnectionList,
  CreateConnectionBody,
  EmptyBody,
  PartnerOrganizationList,
  PeekSettingsDocument,
  UpdatePeekSettingsBody,
} from '../schemas/connect.js';
import { NOT_FOUND } from '../schemas/errors.js';

const STATUSES: ConnectionStatus[] = ['pending', 'active', 'inactive'];
const NO_UUID = '00000000-0000-0000-0000-000000000000';

function connectionId(req: { params: { id: string } }): string {
  const id = decodeId('cxn', req.params.id);
  if (!id) throw notFound();
  return id;
}

export function connectionRoutes(app: TypedApp, deps: AppDeps): void {
  const ctx = (req: FastifyRequest): ConnectContext => ({ actor: req.connect.actor, store: deps.store, clock: deps.clock });
  const viewer = (req: FastifyRequest) => ({ environmentId: req.connect.actor.environmentId });

  app.post('/connect/connections', { schema: { body: CreateConnectionBody, response: { 201: ConnectionDocument, 404: NOT_FOUND('The destination organization does not exist') } }, config: { permission: 'connection.write' } }, async (req, reply) => {
    parseQuery(req.query, {});
    const attrs = req.body.data.attributes;
    const connection = await createConnection({
      ctx: ctx(req),
      input: { destinationOrganizationId: decodeId('org', attrs['destination-organization-id']) },
    });
    return sendResource(req, reply, 201, presentConnection(connection, viewer(req)));
  });

  app.get('/connect/connections', { schema: { response: { 200: ConnectionList } }, config: { permission: 'connection.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, { cursor: 'cxn', filters: ['status', 'destination-organization-id'] });
    req.connect.fields = q.fields;
    const statuses = q.filters.status;
    if (statuses?.some((s) => !STATUSES.includes(s as ConnectionStatus))) throw badRequest(`filter[status] must be any of ${STATUSES.join(', ')}`);
    const destinations = q.filters['destination-organization-id'];
    const page = await listConnections({
      ctx: ctx(req),
      input: {
        filter: {
          ...(statuses ? { statuses: statuses as ConnectionStatus[] } : {}),
          ...(destinations ? { destinationOrganizationIds: destinations.map((d) => decodeId('org', d) ?? NO_UUID) } : {}),
        },
        page: q.page,
      },
    });
    return sendList(req, reply, page, (c) => presentConnection(c, viewer(req)));
  });

  // (ext) Names for the `org_…` ids of the caller's connections (one page: an environment has few partners).
  app.get('/connect/organizations', { schema: { response: { 200: PartnerOrganizationList } }, config: { permission: 'connection.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, {});
    req.connect.fields = q.fields;
    const organizations = await listPartnerOrganizations({ ctx: ctx(req) });
    return sendList(req, reply, { items: organizations, hasMore: false }, presentPartnerOrganization);
  });

  app.get('/connect/connections/:id', { schema: { params: IdParams, response: { 200: ConnectionDocument } }, config: { permission: 'connection.read' } }, async (req, reply) => {
    const q = parseQuery(req.query, {});
    req.connect.fields = q.fields;
    const connection = await getConnection({ ctx: ctx(req), input: { id: connectionId(req) } });
    return sendResource(req, reply, 200, presentConnection(connection, viewer(req)));
  });

  for (const action of ['activate', 'deactivate', 'reactivate'] as ConnectionAction[]) {
    app.post(
      `/connect/connections/:id/${action}`,
      { schema: { params: IdParams, body: EmptyBody, response: { 200: ConnectionDocument } }, config: { permission: 'connection.write' } },
      async (req, reply) => {
        parseQuery(req.query, {});
        const connection = await transitionConnection({ ctx: ctx(req), input: { id: connectionId(req), action } });
        return sendResource(req, reply, 200, presentConnection(connection, viewer(req)));
      },
    );
  }

  app.get('/connect/connections/:id/peek-settings', { schema: { params: IdParams, response: { 200: PeekSettingsDocument } }, config: { permission: 'connection.read' } }, async (req, reply) => {
    parseQuery(req.query, {});
    const connection = await getPeekSettings({ ctx: ctx(req), input: { id: connectionId(req) } });
    return sendResource(req, reply, 200, presentPeekSettings(connection));
  });

  app.patch(
    '/connect/connections/:id/peek-settings',
    { schema: { params: IdParams, body: UpdatePeekSettingsBody, response: { 200: PeekSettingsDocument } }, config: { permission: 'connection.write' } },
    async (req, reply) => {
      parseQuery(req.query, {});
      const attrs = req.body.data.attributes;
      const connection = await updatePeekSettings({
        ctx: ctx(req),
        input: {
          id: connectionId(req),
          ...(attrs['peek-source-data'] !== undefined ? { peekSourceData: attrs['peek-source-data'] } : {}),
          ...(attrs['peek-visible-fields'] !== undefined ? { peekVisibleFields: attrs['peek-visible-fields'] } : {}),
        },
      });
      return sendResource(req, reply, 200, presentPeekSettings(connection));
    },
  );
}
