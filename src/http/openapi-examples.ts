/**
 * What the seeds (the user's own documents) say about the wire, attached to
 * the generated OpenAPI document: seed 001's share-token request and answer,
 * seed 000's Connect response headers and error statuses, seed 003's personal
 * access token and seed 004's Astra token with its problem statuses. Kept
 * apart from openapi.ts so the generator stays about generation.
 */
import { PERSONA_VERSIONS } from '../surfaces/connect/state.js';

type Json = Record<string, unknown>;
export type Operation = Json & {
  parameters?: Json[];
  responses?: Record<string, Json>;
  requestBody?: { content?: Record<string, { example?: unknown }> };
};
export type OpenApiDoc = { paths?: Record<string, Record<string, Operation>>; components?: { headers?: Json } & Json };

/** Seed 001 (Creating Share Tokens): the create request and its answer. */
export const SHARE_TOKEN_CREATE_EXAMPLE = { data: { attributes: { 'connection-id': 'cxn_ABC123', 'source-id': 'inq_ABC123' } } };
export const SHARE_TOKEN_EXAMPLE = {
  data: {
    type: 'connect/share-token',
    id: 'cnst_ABC123',
    attributes: {
      status: 'created',
      'created-at': '2025-10-14T22:36:51.907Z',
      'updated-at': '2025-10-14T22:36:51.907Z',
      'pending-at': null,
      'redeemed-at': null,
      'expires-at': null,
    },
    relationships: {
      'connect-connection': { data: { type: 'connect/connection', id: 'cxn_ABC123' } },
      creator: { data: { type: 'api-key', id: 'api_ABC123' } },
      source: { data: { type: 'inquiry', id: 'inq_ABC123' } },
    },
  },
};

const integerHeader = (description: string) => ({ description, schema: { type: 'integer' } });
const stringHeader = (description: string) => ({ description, schema: { type: 'string' } });

/** Seed 000's response headers, sent on every authenticated Connect response (errors too). */
export const CONNECT_RESPONSE_HEADERS = {
  'RateLimit-Limit': integerHeader('Requests allowed in the current rate-limit window for this API key.'),
  'RateLimit-Remaining': integerHeader('Requests left in the current window.'),
  'RateLimit-Reset': integerHeader('Seconds until the window resets.'),
  'Request-Id': stringHeader('Id of the API log entry that recorded this request (`req_…`); on every response.'),
  'Persona-Environment-Id': stringHeader('The environment that handled the request (`env_…`).'),
  'Persona-Organization-Id': stringHeader('The organization that handled the request (`org_…`).'),
};

const CONNECT_ERROR_SCHEMA = {
  type: 'object',
  properties: { errors: { type: 'array', items: { type: 'object', properties: { status: { type: 'string' }, title: { type: 'string' }, detail: { type: 'string' } } } } },
};
/** Seed 000's headers as references to `components.headers` (written once, not on every answer). */
const CONNECT_HEADER_REFS = Object.fromEntries(Object.keys(CONNECT_RESPONSE_HEADERS).map((name) => [name, { $ref: `#/components/headers/${name}` }]));

const connectError = (title: string) => ({
  description: `${title} (JSON:API errors document)`,
  headers: CONNECT_HEADER_REFS,
  content: { 'application/json': { schema: CONNECT_ERROR_SCHEMA } },
});
/** Seed 000's error list for retrieving a share token. */
const CONNECT_ERRORS: Record<string, Json> = {
  '400': connectError('Bad Request'),
  '401': connectError('Unauthorized'),
  '403': connectError('Forbidden'),
  '404': connectError('Not Found'),
  '409': connectError('Conflict'),
  '429': connectError('Too Many Requests'),
};

/** Seed 000's query parameters and headers on `GET /connect/share-tokens/{id}`. */
const SHARE_TOKEN_GET_PARAMETERS: Json[] = [
  { name: 'Key-Inflection', in: 'header', required: false, description: 'Casing of the response keys.', schema: { type: 'string', enum: ['camel', 'kebab', 'snake'] } },
  { name: 'Persona-Version', in: 'header', required: false, description: 'Server API version.', schema: { type: 'string', enum: [...PERSONA_VERSIONS] } },
];

/**
 * `include` on a share token's create, retrieve, redeem and expire (Persona
 * lists it there; lists take none). Each party includes only what it sees.
 */
const SHARE_TOKEN_INCLUDE_PARAMETER: Json = {
  name: 'include',
  in: 'query',
  required: false,
  description:
    'Comma-separated relationships to serialize in `included`: `connection` or `connect-connection` (the connection as the caller reads it; needs connection.read), ' +
    '`creator` (the API key, user or workflow that created the token; source only; an API key needs api_key.read, a workflow workflow.read), ' +
    '`source` (source only), `destination` (destination only). `include=` answers `included: []`; another name → 400.',
  schema: { type: 'string', examples: ['connection,creator'] },
};

/** Seed 003: `GET /v3/personal-access-tokens/{id}` answers this shape (values illustrative). */
export const PAT_EXAMPLE = {
  id: '0b6f5f3e-2a55-4c1e-9c7b-4a0e7d2b9f11',
  createdAt: '2019-08-24T14:15:22.000Z',
  updatedAt: '2019-08-24T14:15:22.000Z',
  name: 'CI deploys',
  expiresAt: '2020-08-24T14:15:22.000Z',
  revoked: false,
  scopes: ['license:read'],
  userId: '5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22',
  user: {
    id: '5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22',
    createdAt: '2019-08-24T14:15:22.000Z',
    updatedAt: '2019-08-24T14:15:22.000Z',
    name: 'Ada Admin',
    firstName: 'Ada',
    lastName: 'Admin',
    email: 'ada@example.com',
    role: 'admin',
    twoFactorEnabled: false,
    googleSsoEnabled: false,
    lastLoginAt: '2019-08-24T14:15:22.000Z',
    company: null,
    allowCustomerPortalAccess: false,
    roles: ['admin'],
    lastSeenAt: '2019-08-24T14:15:22.000Z',
    organizationId: '9a7e3c1d-4b2f-4d8e-a6c5-1f0e2d3c4b5a',
    organization: {
      id: '9a7e3c1d-4b2f-4d8e-a6c5-1f0e2d3c4b5a',
      createdAt: '2019-08-24T14:15:22.000Z',
      updatedAt: '2019-08-24T14:15:22.000Z',
      name: 'Example Inc.',
      email: 'ops@example.com',
      description: null,
      allowedUsers: 10,
      address: { addressLine1: null, addressLine2: null, city: null, state: null, country: null, postalCode: null },
      resellerId: null,
      reseller: null,
    },
    resellerId: null,
    reseller: null,
    metadata: [
      {
        id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
        createdAt: '2019-08-24T14:15:22.000Z',
        updatedAt: '2019-08-24T14:15:22.000Z',
        key: 'team',
        value: 'platform',
        viewPermissions: ['activation'],
        visible: true,
      },
    ],
    tags: ['ops'],
    emailPreference: { metrics: false },
  },
  lastUsedAt: null,
  lastRotatedAt: null,
};

/** Seed 004: `GET /accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}`; the secret is never returned. */
export const ASTRA_TOKEN_EXAMPLE = {
  type: 'application/astra-token',
  version: '1.0',
  id: '6f1d2c3b-4a5e-4f60-8b7a-9c0d1e2f3a4b',
  name: 'automation',
  userID: '5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22',
  metadata: {
    labels: [],
    creationTimestamp: '2025-03-04T10:15:30.120000Z',
    modificationTimestamp: '2025-03-04T10:15:30.120000Z',
    createdBy: '5d2c1a9e-8f4b-4e1a-b7c3-2e9d6f0a1b22',
  },
};

const ASTRA_PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'detail', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    detail: { type: 'string' },
    status: { type: 'string' },
    correlationID: { type: 'string' },
    invalidParams: { type: 'array', items: { type: 'object', required: ['name', 'reason'], properties: { name: { type: 'string' }, reason: { type: 'string' } } } },
  },
};
const astraProblem = (description: string) => ({ description, content: { 'application/problem+json': { schema: ASTRA_PROBLEM_SCHEMA } } });
/** Seed 004's documented statuses for retrieving a token. */
const ASTRA_ERRORS: Record<string, Json> = {
  '400': astraProblem('Bad request'),
  '401': astraProblem('Unauthorized'),
  '403': astraProblem('Forbidden'),
  '404': astraProblem('Not found'),
};

/**
 * Puts a seed's `example` on the operation's declared success answer. Every route declares its
 * answers, so a missing one is a bug in this file, not something to paper over with an untyped answer.
 */
function setSuccessExample(op: Operation, status: string, mediaType: string, example: unknown): void {
  const media = (op.responses?.[status] as { content?: Record<string, Json> } | undefined)?.content?.[mediaType];
  if (!media) throw new Error(`seed example: the operation declares no ${status} ${mediaType} answer`);
  media.example = example;
}

/** Adds the statuses a seed lists that the route does not declare itself (the route's own schemas win). */
function addMissing(op: Operation, errors: Record<string, Json>): void {
  const responses = op.responses ?? {};
  for (const [status, response] of Object.entries(errors)) if (!(status in responses)) responses[status] = response;
  op.responses = responses;
}

/** Which environment a signed-in user (session, not API key) acts in; see src/http/session-environment.ts. */
const TESSERA_ENVIRONMENT = {
  name: 'Tessera-Environment',
  in: 'header',
  required: false,
  description: 'Required with a session (`userToken`): the environment of the user\'s organization to act in. Ignored with an API key.',
  schema: { type: 'string', enum: ['sandbox', 'production'] },
};

/** Every Connect answer carries seed 000's headers; every Connect operation lists its error statuses. */
function describeConnect(path: string, op: Operation): void {
  op.parameters = [...(op.parameters ?? []), TESSERA_ENVIRONMENT];
  const errors = { ...CONNECT_ERRORS };
  if (!path.includes('{')) delete errors['404'];
  addMissing(op, errors);
  // Seed 000's headers are on every answer of an authenticated request, errors included.
  for (const [status, response] of Object.entries(op.responses ?? {})) {
    if (status !== '401' && status !== '408') response.headers = { ...CONNECT_HEADER_REFS, ...(response.headers as Json | undefined) };
  }
}

/** Seed examples and seed-documented headers and statuses on the operations they describe. */
export function addSeedExamples(doc: OpenApiDoc): void {
  doc.components = { ...(doc.components ?? {}), headers: { ...(doc.components?.headers ?? {}), ...CONNECT_RESPONSE_HEADERS } };
  const paths = doc.paths ?? {};
  const create = paths['/api/v1/connect/share-tokens']?.post;
  if (create) {
    const json = create.requestBody?.content?.['application/json'];
    if (json) json.example = SHARE_TOKEN_CREATE_EXAMPLE;
    setSuccessExample(create, '201', 'application/json', SHARE_TOKEN_EXAMPLE);
  }
  const retrieve = paths['/api/v1/connect/share-tokens/{id}']?.get;
  if (retrieve) {
    setSuccessExample(retrieve, '200', 'application/json', SHARE_TOKEN_EXAMPLE);
    const names = new Set((retrieve.parameters ?? []).map((p) => `${String(p.in)}:${String(p.name).toLowerCase()}`));
    retrieve.parameters = [...(retrieve.parameters ?? []), ...SHARE_TOKEN_GET_PARAMETERS.filter((p) => !names.has(`${String(p.in)}:${String(p.name).toLowerCase()}`))];
  }
  const tokenOps = [create, retrieve, paths['/api/v1/connect/share-tokens/{id}/redeem']?.post, paths['/api/v1/connect/share-tokens/{id}/expire']?.post];
  for (const op of tokenOps) {
    if (op && !(op.parameters ?? []).some((p) => p.in === 'query' && p.name === 'include')) op.parameters = [...(op.parameters ?? []), SHARE_TOKEN_INCLUDE_PARAMETER];
  }
  const pat = paths['/v3/personal-access-tokens/{id}']?.get;
  if (pat) setSuccessExample(pat, '200', 'application/json', PAT_EXAMPLE);
  const astraToken = paths['/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}']?.get;
  if (astraToken) {
    setSuccessExample(astraToken, '200', 'application/astra-token+json', ASTRA_TOKEN_EXAMPLE);
    addMissing(astraToken, ASTRA_ERRORS);
  }
  for (const [path, ops] of Object.entries(paths)) {
    if (!path.startsWith('/api/v1/')) continue;
    for (const op of Object.values(ops)) describeConnect(path, op);
  }
}
