/**
 * Platform administration (`/admin/v1`), authenticated by the admin token from
 * configuration: organizations (each with sandbox and production), users with
 * roles, environment API keys. Bodies are JSON:API-like and errors use the
 * Connect format, so one client library reads both.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from 'typebox';
import type { AppDeps } from '../../app-deps.js';
import { AppError, notFound, unprocessable } from '../../core/errors.js';
import { decodeId, encodeId } from '../../core/ids.js';
import { transitionConnection } from '../../connect/index.js';
import { API_KEY_PERMISSIONS, issueApiKey, revokeCredential } from '../../credentials/index.js';
import { createOrganization, createUser, ROLES, type Environment, type Organization, type User } from '../../identity/index.js';
import { bearerToken } from '../../http/bearer.js';
import { toConnectError } from '../connect/errors.js';
import { iso } from '../connect/jsonapi.js';
import { presentApiKey, presentConnection } from '../connect/presenters/index.js';
import { parseQuery } from '../connect/query.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

const CreateOrganization = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 255 }), 'rate-limit-per-minute': Type.Optional(Type.Integer({ minimum: 1 })) },
  { additionalProperties: false },
);
const CreateUser = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 320 }),
    name: Type.Optional(Type.String({ maxLength: 255 })),
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 1024 })),
  },
  { additionalProperties: false },
);
const CreateApiKey = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    permissions: Type.Optional(Type.Array(Type.Union(API_KEY_PERMISSIONS.map((p) => Type.Literal(p))))),
    'api-version': Type.Optional(Type.String()),
    'api-key-inflection': Type.Optional(Type.Union([Type.Literal('kebab'), Type.Literal('camel'), Type.Literal('snake')])),
  },
  { additionalProperties: false },
);
const IdParams = Type.Object({ id: Type.String() });

export function presentOrganization(org: Organization, envs: Environment[]) {
  return {
    type: 'organization',
    id: encodeId('org', org.id),
    attributes: {
      name: org.name,
      'rate-limit-per-minute': org.rateLimitPerMinute,
      'default-api-version': org.defaultApiVersion,
      environments: envs.map((e) => ({ id: encodeId('env', e.id), kind: e.kind })),
      'created-at': iso(org.createdAt),
    },
  };
}

function presentUser(u: User) {
  return {
    type: 'user',
    id: encodeId('user', u.id),
    attributes: { email: u.email, name: u.name, role: u.role, 'organization-id': encodeId('org', u.organizationId), 'created-at': iso(u.createdAt) },
  };
}

export async function adminSurface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const expected = digest(deps.adminToken);

  app.addHook('onRequest', async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) throw new AppError('UNAUTHENTICATED', 'no credential');
    if (token === null || !timingSafeEqual(digest(token), expected)) throw new AppError('TOKEN_INVALID', 'invalid admin token');
  });
  app.setErrorHandler(async (error, req, reply) => {
    const mapped = toConnectError(error, 'kebab', req.requestId);
    if (mapped.status >= 500) req.log.error({ err: error }, 'unexpected error');
    return reply.code(mapped.status).send(mapped.body);
  });
  app.setNotFoundHandler(async (_req, reply) => reply.code(404).send({ errors: [{ title: 'Record not found' }] }));

  const ctx = { store: deps.store, clock: deps.clock, secret: deps.secret, verifier: deps.verifier };

  app.post('/organizations', { schema: { body: CreateOrganization } }, async (req, reply) => {
    const body = req.body as Static<typeof CreateOrganization>;
    const { organization, environments } = await createOrganization({
      ctx,
      input: { name: body.name, rateLimitPerMinute: body['rate-limit-per-minute'] ?? null },
    });
    return reply.code(201).send({ data: presentOrganization(organization, environments) });
  });

  app.get('/organizations', async (req, reply) => {
    const q = parseQuery(req.query as Record<string, string>, { cursor: 'org' });
    const page = await deps.store.identity.listOrganizations(q.page);
    const data = await Promise.all(
      page.items.map(async (o) => presentOrganization(o, await deps.store.identity.environmentsOf(o.id))),
    );
    const last = data[data.length - 1]?.id;
    return reply.send({ data, links: { next: page.hasMore && last ? `/admin/v1/organizations?page%5Bafter%5D=${last}` : null } });
  });

  async function loadOrg(id: string) {
    const uuid = decodeId('org', id);
    const org = uuid ? await deps.store.identity.findOrganization(uuid) : null;
    if (!org) throw notFound();
    return org;
  }

  app.get('/organizations/:id', { schema: { params: IdParams } }, async (req) => {
    const org = await loadOrg((req.params as { id: string }).id);
    return { data: presentOrganization(org, await deps.store.identity.environmentsOf(org.id)) };
  });

  app.post('/organizations/:id/users', { schema: { params: IdParams, body: CreateUser } }, async (req, reply) => {
    const org = await loadOrg((req.params as { id: string }).id);
    const body = req.body as Static<typeof CreateUser>;
    const user = await createUser({
      ctx,
      input: { organizationId: org.id, email: body.email, role: body.role, name: body.name ?? '', password: body.password ?? null },
    });
    return reply.code(201).send({ data: presentUser(user) });
  });

  app.get('/organizations/:id/users', { schema: { params: IdParams } }, async (req) => {
    const org = await loadOrg((req.params as { id: string }).id);
    const q = parseQuery(req.query as Record<string, string>, { cursor: 'user' });
    const page = await deps.store.identity.listUsers(org.id, q.page);
    return { data: page.items.map(presentUser), links: { next: null } };
  });

  app.post('/environments/:id/api-keys', { schema: { params: IdParams, body: CreateApiKey } }, async (req, reply) => {
    const uuid = decodeId('env', (req.params as { id: string }).id);
    const env = uuid ? await deps.store.identity.findEnvironment(uuid) : null;
    if (!env) throw notFound();
    const body = req.body as Static<typeof CreateApiKey>;
    if (body['api-version'] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(body['api-version'])) {
      throw unprocessable('api-version is not a known version', '/api-version');
    }
    const { credential, token } = await issueApiKey({
      ctx,
      input: {
        organizationId: env.organizationId,
        environmentId: env.id,
        environmentKind: env.kind,
        name: body.name,
        permissions: body.permissions ?? [...API_KEY_PERMISSIONS],
        apiVersion: body['api-version'] ?? null,
        keyInflection: body['api-key-inflection'] ?? null,
        creator: { type: 'admin', id: null },
      },
    });
    const resource = presentApiKey(credential);
    reply.header('Cache-Control', 'no-store');
    return reply.code(201).send({ data: { ...resource, attributes: { ...resource.attributes, value: token } } });
  });

  app.post('/api-keys/:id/revoke', { schema: { params: IdParams } }, async (req) => {
    const uuid = decodeId('api', (req.params as { id: string }).id);
    if (!uuid) throw notFound();
    const credential = await revokeCredential({ ctx, input: { id: uuid } });
    return { data: presentApiKey(credential) };
  });

  /** Accepts a pending connection on behalf of its destination (platform.md §2). */
  app.post('/connections/:id/activate', { schema: { params: IdParams } }, async (req) => {
    const uuid = decodeId('cxn', (req.params as { id: string }).id);
    if (!uuid) throw notFound();
    const connection = await transitionConnection({ ctx: { ...ctx, actor: null }, input: { id: uuid, action: 'activate' } });
    return { data: presentConnection(connection, { environmentId: connection.sourceEnvironmentId }) };
  });
}
