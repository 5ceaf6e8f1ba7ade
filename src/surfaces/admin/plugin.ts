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
import { API_KEY_PERMISSIONS, INTROSPECT_PERMISSION, issueApiKey, revokeCredential } from '../../credentials/index.js';
import {
  createOrganization,
  createUser,
  deleteUser,
  ROLES,
  updateUser,
  type Environment,
  type Organization,
  type ProfileInput,
  type User,
} from '../../identity/index.js';
import { authError, countFailure, failureBackoff } from '../../http/authenticate.js';
import { bearerToken } from '../../http/bearer.js';
import { registerIdempotency } from '../../http/idempotency.js';
import { toConnectError } from '../connect/errors.js';
import { logServerError } from '../../http/unavailable.js';
import { iso } from '../connect/jsonapi.js';
import { presentApiKey, presentConnection } from '../connect/presenters/index.js';
import { parseQuery } from '../connect/query.js';
import { declareErrorResponses } from '../../http/error-responses.js';
import { CONNECT_ERRORS } from '../connect/schemas/errors.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

const OptionalText = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]));
const Address = Type.Object(
  {
    'address-line-1': OptionalText(255),
    'address-line-2': OptionalText(255),
    city: OptionalText(255),
    state: OptionalText(255),
    country: OptionalText(255),
    'postal-code': OptionalText(64),
  },
  { additionalProperties: false },
);
const CreateOrganization = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    // Bounded as TESSERA_RATE_LIMIT_PER_MINUTE is (and within the integer column).
    'rate-limit-per-minute': Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000 })),
    /** Login alias (lowercase); derived from the name when absent. */
    alias: Type.Optional(Type.String({ minLength: 2, maxLength: 63 })),
    email: OptionalText(320),
    description: OptionalText(1024),
    address: Type.Optional(Address),
    'user-limit': Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
  },
  { additionalProperties: false },
);
const MetadataEntry = Type.Object(
  {
    key: Type.String({ minLength: 1, maxLength: 255 }),
    value: Type.String({ maxLength: 4096 }),
    'view-permissions': Type.Optional(Type.Array(Type.String({ maxLength: 64 }))),
    visible: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
const Profile = {
  'first-name': Type.Optional(Type.String({ maxLength: 63 })),
  'last-name': Type.Optional(Type.String({ maxLength: 63 })),
  company: Type.Optional(Type.Union([Type.String({ minLength: 1, maxLength: 63 }), Type.Null()])),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 255 }))),
  metadata: Type.Optional(Type.Array(MetadataEntry)),
};
const CreateUser = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 320 }),
    name: Type.Optional(Type.String({ maxLength: 255 })),
    role: Type.Union(ROLES.map((r) => Type.Literal(r))),
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 1024 })),
    ...Profile,
  },
  { additionalProperties: false },
);
const UpdateUser = Type.Object(
  {
    role: Type.Optional(Type.Union(ROLES.map((r) => Type.Literal(r)))),
    password: Type.Optional(Type.String({ minLength: 8, maxLength: 1024 })),
    disabled: Type.Optional(Type.Boolean()),
    ...Profile,
  },
  { additionalProperties: false },
);
type ProfileBody = Partial<Static<typeof UpdateUser>>;

/** The admin API's kebab profile fields → the domain's. */
function profileInput(body: ProfileBody): ProfileInput {
  const out: ProfileInput = {};
  if (body['first-name'] !== undefined) out.firstName = body['first-name'];
  if (body['last-name'] !== undefined) out.lastName = body['last-name'];
  if (body.company !== undefined) out.company = body.company;
  if (body.tags !== undefined) out.tags = body.tags;
  if (body.metadata !== undefined) {
    out.metadata = body.metadata.map((m) => ({
      key: m.key,
      value: m.value,
      ...(m['view-permissions'] !== undefined ? { viewPermissions: m['view-permissions'] } : {}),
      ...(m.visible !== undefined ? { visible: m.visible } : {}),
    }));
  }
  return out;
}
const CreateApiKey = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 255 }),
    // Plus the OAuth introspection permission, which only the admin API grants.
    permissions: Type.Optional(Type.Array(Type.Union([...API_KEY_PERMISSIONS, INTROSPECT_PERMISSION].map((p) => Type.Literal(p))))),
    'api-version': Type.Optional(Type.String({ maxLength: 32 })),
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
      alias: org.alias,
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
    attributes: {
      email: u.email,
      name: u.name,
      'first-name': u.firstName,
      'last-name': u.lastName,
      company: u.company,
      tags: u.tags,
      role: u.role,
      // The UUID the /v3 and Astra surfaces show for this user.
      'user-id': u.id,
      'organization-id': encodeId('org', u.organizationId),
      'disabled-at': iso(u.disabledAt),
      'created-at': iso(u.createdAt),
    },
  };
}

export async function adminSurface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  declareErrorResponses(app, CONNECT_ERRORS);
  const expected = digest(deps.adminToken);

  app.addHook('onRequest', async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (token && timingSafeEqual(digest(token), expected)) return;
    // Failed attempts count per address like on every surface (http/authenticate.ts); the token itself is one comparison.
    const backoff = await failureBackoff(deps, 'admin', req.ip);
    if (backoff > 0) throw authError({ reason: 'throttled', retryAfter: backoff });
    if (token === undefined) throw new AppError('UNAUTHENTICATED', 'no credential');
    throw authError(await countFailure(deps, 'admin', req.ip, { reason: 'invalid' }));
  });
  app.setErrorHandler(async (error, req, reply) => {
    const mapped = toConnectError(error, 'kebab', req.requestId);
    if (mapped.status >= 500) logServerError(req.log, error);
    if (mapped.retryAfter !== undefined) reply.header('Retry-After', mapped.retryAfter);
    return reply.code(mapped.status).send(mapped.body);
  });
  app.setNotFoundHandler(async (_req, reply) => reply.code(404).send({ errors: [{ title: 'Record not found' }] }));
  // Idempotency-Key on every POST (platform.md §3); the admin token is one caller.
  registerIdempotency(app, { store: deps.store.idempotency, clock: deps.clock, secret: deps.secret, scope: () => 'admin', keepHeaders: ['cache-control'] });

  const ctx = { store: deps.store, clock: deps.clock, secret: deps.secret, verifier: deps.verifier };

  app.post('/organizations', { schema: { body: CreateOrganization } }, async (req, reply) => {
    const body = req.body as Static<typeof CreateOrganization>;
    const { organization, environments } = await createOrganization({
      ctx,
      input: {
        name: body.name,
        rateLimitPerMinute: body['rate-limit-per-minute'] ?? null,
        alias: body.alias ?? null,
        email: body.email ?? null,
        description: body.description ?? null,
        ...(body['user-limit'] !== undefined ? { userLimit: body['user-limit'] } : {}),
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
      input: { organizationId: org.id, email: body.email, role: body.role, name: body.name ?? '', password: body.password ?? null, ...profileInput(body) },
    });
    return reply.code(201).send({ data: presentUser(user) });
  });

  function userUuid(id: string): string {
    const uuid = decodeId('user', id);
    if (!uuid) throw notFound();
    return uuid;
  }

  /** Role, state, password and profile; applies to the user's sessions and tokens at once. */
  app.patch('/users/:id', { schema: { params: IdParams, body: UpdateUser } }, async (req) => {
    const body = req.body as Static<typeof UpdateUser>;
    const user = await updateUser({
      ctx: { ...ctx, sessions: deps.verifier },
      input: {
        id: userUuid((req.params as { id: string }).id),
        ...profileInput(body),
        ...(body.role !== undefined ? { role: body.role } : {}),
        ...(body.disabled !== undefined ? { disabled: body.disabled } : {}),
        ...(body.password !== undefined ? { password: body.password } : {}),
      },
    });
    return { data: presentUser(user) };
  });

  /** Deletes the user and every credential it holds; its sessions and tokens fail at once. */
  app.delete('/users/:id', { schema: { params: IdParams } }, async (req, reply) => {
    await deleteUser({ ctx: { ...ctx, sessions: deps.verifier }, input: { id: userUuid((req.params as { id: string }).id) } });
    return reply.code(204).send();
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
