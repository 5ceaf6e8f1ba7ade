/** Connections (connect-api.md §3): create, list, retrieve, lifecycle actions, peek settings. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app-deps.js';
import {
  createConnection,
  getConnection,
  getPeekSettings,
  listConnections,
  transitionConnection,
  updatePeekSettings,
  type ConnectContext,
  type ConnectionAction,
  type ConnectionStatus,
} from '../../../connect/index.js';
import { badRequest, notFound } from '../../../core/errors.js';
import { decodeId } from '../../../core/ids.js';
import { sendList, sendResource } from '../jsonapi.js';
import { presentConnection, presentPeekSettings } from '../presenters/index.js';
import { parseQuery, type Query } from '../query.js';
import { IdParams } from '../schemas/common.js';
import { CreateConnectionBody, EmptyBody, UpdatePeekSettingsBody } from '../schemas/connect.js';

const STATUSES: ConnectionStatus[] = ['pending', 'active', 'inactive'];
const NO_UUID = '00000000-0000-0000-0000-000000000000';

function connectionId(req: FastifyRequest): string {
  const id = decodeId('cxn', (req.params as { id: string }).id);
  if (!id) throw notFound();
  return id;
}

export function connectionRoutes(app: FastifyInstance, deps: AppDeps): void {
  const ctx = (req: FastifyRequest): ConnectContext => ({ actor: req.connect.actor, store: deps.store, clock: deps.clock });
  const viewer = (req: FastifyRequest) => ({ environmentId: req.connect.actor.environmentId });

  app.post('/connect/connections', { schema: { body: CreateConnectionBody }, config: { permission: 'connection.write' } }, async (req, reply) => {
    parseQuery(req.query as Query, {});
    const attrs = (req.body as CreateConnectionBody).data.attributes;
    const connection = await createConnection({
      ctx: ctx(req),
      input: { destinationOrganizationId: decodeId('org', attrs['destination-organization-id']) },
    });
    return sendResource(req, reply, 201, presentConnection(connection, viewer(req)));
  });

  app.get('/connect/connections', { config: { permission: 'connection.read' } }, async (req, reply) => {
    const q = parseQuery(req.query as Query, { cursor: 'cxn', filters: ['status', 'destination-organization-id'] });
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

  app.get('/connect/connections/:id', { schema: { params: IdParams }, config: { permission: 'connection.read' } }, async (req, reply) => {
    const q = parseQuery(req.query as Query, {});
    req.connect.fields = q.fields;
    const connection = await getConnection({ ctx: ctx(req), input: { id: connectionId(req) } });
    return sendResource(req, reply, 200, presentConnection(connection, viewer(req)));
  });

  for (const action of ['activate', 'deactivate', 'reactivate'] as ConnectionAction[]) {
    app.post(
      `/connect/connections/:id/${action}`,
      { schema: { params: IdParams, body: EmptyBody }, config: { permission: 'connection.write' } },
      async (req, reply) => {
        parseQuery(req.query as Query, {});
        const connection = await transitionConnection({ ctx: ctx(req), input: { id: connectionId(req), action } });
        return sendResource(req, reply, 200, presentConnection(connection, viewer(req)));
      },
    );
  }

  app.get('/connect/connections/:id/peek-settings', { schema: { params: IdParams }, config: { permission: 'connection.read' } }, async (req, reply) => {
    parseQuery(req.query as Query, {});
    const connection = await getPeekSettings({ ctx: ctx(req), input: { id: connectionId(req) } });
    return sendResource(req, reply, 200, presentPeekSettings(connection));
  });

  app.patch(
    '/connect/connections/:id/peek-settings',
    { schema: { params: IdParams, body: UpdatePeekSettingsBody }, config: { permission: 'connection.write' } },
    async (req, reply) => {
      parseQuery(req.query as Query, {});
      const attrs = (req.body as UpdatePeekSettingsBody).data.attributes;
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
