/**
 * /openapi.json documents the query parameters of each operation, and the
 * server does what it says: a documented parameter with a value its schema
 * allows is accepted (200), a name an operation does not document is refused
 * (400) on Connect, Astra and the admin API, and on `/v3` (which ignores
 * names it does not know, as Cryptlex does) every documented parameter is
 * really read: a value outside its schema is refused. Every Connect list that
 * pages documents `page`. (Which spec each Connect handler parses with is
 * checked handler by handler in query-specs.test.ts.)
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeId, type IdPrefix } from '../../src/core/ids.js';
import { createOrg, createTestApp, type TestOrg } from '../harness.js';
import {
  apiLogId,
  createAccount,
  createApiKeyViaConnect,
  createSharedInquiry,
  createTransaction,
  createWebhookDelivery,
  createWorkflowRun,
  latestEventId,
  send,
  type Body,
} from '../fixtures/connect-objects.js';
import { astra, createIdentityOrg, createUat, v3, type IdentityOrg } from '../fixtures/identity.js';

const t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000', TESSERA_USER_RATE_LIMIT: '100000' } });

type Schema = {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  examples?: unknown[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
};
interface Parameter {
  name: string;
  in: string;
  style?: string;
  schema: Schema;
}
interface Operation {
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Doc {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas?: Record<string, Schema> };
}

let doc: Doc;
let source: TestOrg;
let destination: TestOrg;
let identity: IdentityOrg;
/** An existing object for each Connect `GET …/{id}` path (the source organization's). */
const ids: Record<string, string> = {};

beforeAll(async () => {
  doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json() as Doc;
  [source, destination, identity] = await Promise.all([createOrg(t), createOrg(t), createIdentityOrg(t)]);
  const shared = await createSharedInquiry(t, source, destination);
  const delivery: Body = await createWebhookDelivery(t, source);
  const run: Body = await createWorkflowRun(t, source);
  Object.assign(ids, {
    '/api/v1/accounts/{id}': (await createAccount(t, source)).id,
    '/api/v1/api-keys/{id}': (await createApiKeyViaConnect(t, source)).id,
    '/api/v1/api-logs/{id}': await apiLogId(t, source),
    '/api/v1/connect/connections/{id}': shared.connection.id,
    '/api/v1/connect/connections/{id}/peek-settings': shared.connection.id,
    '/api/v1/connect/share-tokens/{id}': shared.token.id,
    '/api/v1/events/{id}': await latestEventId(t, source),
    '/api/v1/inquiries/{id}': shared.inquiry.id,
    '/api/v1/transactions/{id}': (await createTransaction(t, source)).id,
    '/api/v1/verifications/{id}': shared.verification.id,
    '/api/v1/webhooks/{id}': delivery.relationships.webhook.data.id,
    '/api/v1/webhooks/{id}/deliveries': delivery.relationships.webhook.data.id,
    '/api/v1/workflows/{id}': run.relationships.workflow.data.id,
    '/api/v1/workflow-runs/{id}': run.id,
    '/api/v1/workflow-runs/{id}/step-results': run.id,
  });
});

const queryParameters = (op: Operation | undefined) => (op?.parameters ?? []).filter((p) => p.in === 'query');
const names = (op: Operation | undefined) => queryParameters(op).map((p) => p.name);

/** A schema, or the component it references (`#/components/schemas/ShareToken`). */
function deref(schema: Schema | undefined): Schema | undefined {
  const name = schema?.$ref?.replace(/^#\/components\/schemas\//, '');
  return name !== undefined ? deref(doc.components.schemas?.[name]) : schema;
}

/** The JSON schema of an operation's success answer. */
function answerSchema(op: Operation): Schema | undefined {
  const success = op.responses['200'] ?? op.responses['201'];
  return deref(Object.values(success?.content ?? {})[0]?.schema);
}

/** The resource schema of a Connect answer (`data`, or a list's item). */
function resourceSchema(op: Operation): Schema | undefined {
  const data = deref(answerSchema(op)?.properties?.data);
  return deref(data?.type === 'array' ? data.items : data);
}

/** A value `schema` allows; `name` and the operation's resource pick a meaningful one for free-form strings. */
function validValue(schema: Schema, name: string, op: Operation): string {
  if (schema.examples?.length) return String(schema.examples[0]);
  if (schema.enum?.length) return String(schema.enum[0]);
  if (schema.type === 'integer') return String(schema.minimum ?? 1);
  if (schema.type === 'boolean') return 'true';
  if (schema.format === 'date-time' || /^created-at-/.test(name)) return '2024-01-01T00:00:00Z';
  if (schema.format === 'uuid') return randomUUID();
  const prefix = schema.pattern && /^\^([a-z]+)_/.exec(schema.pattern)?.[1];
  if (prefix) return encodeId(prefix as IdPrefix, randomUUID());
  // A filter on an attribute with a closed set of values (a status, a direction): one of them.
  const attribute = deref(deref(resourceSchema(op)?.properties?.attributes)?.properties?.[name]);
  if (attribute?.enum?.length) return String(attribute.enum[0]);
  return CONNECT_FILTER_VALUES[name] ?? 'x';
}

/** Free-form filters whose values have a format of their own. */
const CONNECT_FILTER_VALUES: Record<string, string> = { status: '404', method: 'GET', path: '/api/v1' };

/** One query string per documented parameter (each member of a `deepObject` family on its own). */
function validQueries(op: Operation): string[] {
  const out: string[] = [];
  for (const p of queryParameters(op)) {
    if (p.style !== 'deepObject') {
      out.push(`${p.name}=${encodeURIComponent(validValue(p.schema, p.name, op))}`);
      continue;
    }
    for (const [key, schema] of Object.entries(p.schema.properties ?? {})) out.push(`${p.name}[${key}]=${encodeURIComponent(validValue(schema, key, op))}`);
    if (typeof p.schema.additionalProperties === 'object') {
      // Sparse fieldsets: the answer's own type and one of its attributes.
      const resource = resourceSchema(op);
      const type = String(resource?.properties?.type?.enum?.[0] ?? 'x');
      const attribute = Object.keys(deref(resource?.properties?.attributes)?.properties ?? {})[0] ?? 'x';
      out.push(`${p.name}[${type}]=${attribute}`);
    }
  }
  return out;
}

function operationsOf(prefix: string, method: string): Array<{ path: string; op: Operation }> {
  return Object.entries(doc.paths).flatMap(([path, ops]) => (path.startsWith(prefix) && ops[method] ? [{ path, op: ops[method]! }] : []));
}

describe('Connect', () => {
  /** Lists with `links` that are one fixed page: the API key permission catalog, the connected organizations. */
  const UNPAGED = new Set(['/api/v1/api-keys/permissions', '/api/v1/connect/organizations']);

  it('documents page[size|after|before] on every list that pages, and on nothing else', async () => {
    const lists = operationsOf('/api/v1/', 'get').filter(({ op }) => answerSchema(op)?.properties?.links !== undefined);
    expect(lists.length).toBeGreaterThan(10);
    for (const { path, op } of lists) {
      const page = queryParameters(op).find((p) => p.name === 'page');
      if (UNPAGED.has(path)) {
        expect(page, path).toBeUndefined();
        const res = await send(t, source.apiKey, 'GET', `${path.slice('/api/v1'.length)}?page[size]=1`);
        expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
        continue;
      }
      expect(page, `${path} documents no page`).toMatchObject({ style: 'deepObject', schema: { properties: { size: { type: 'integer', minimum: 1, maximum: 100 } } } });
      expect(Object.keys(page!.schema.properties ?? {}).sort(), path).toEqual(['after', 'before', 'size']);
    }
    const paged = new Set(lists.map((l) => l.path));
    const elsewhere = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops).filter(([method, op]) => !(method === 'get' && paged.has(path)) && path.startsWith('/api/v1/') && names(op).includes('page')).map(([m]) => `${m} ${path}`),
    );
    expect(elsewhere).toEqual([]);
  });

  it('accepts each documented parameter of every read (200)', async () => {
    const reads = operationsOf('/api/v1/', 'get').filter(({ op }) => queryParameters(op).length > 0);
    expect(reads.length).toBeGreaterThan(20);
    const refused: string[] = [];
    for (const { path, op } of reads) {
      const url = path.includes('{id}') ? path.replace('{id}', ids[path] ?? 'no-fixture') : path;
      expect(ids[path] !== undefined || !path.includes('{id}'), `${path}: add a fixture id above`).toBe(true);
      for (const query of validQueries(op)) {
        const res = await send(t, source.apiKey, 'GET', `${url.slice('/api/v1'.length)}?${query}`);
        if (res.statusCode !== 200) refused.push(`GET ${path}?${query} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      }
    }
    expect(refused).toEqual([]);
  });

  it('answers only the documented attributes of a sparse fieldset', async () => {
    const res = await send(t, source.apiKey, 'GET', `/connect/share-tokens/${ids['/api/v1/connect/share-tokens/{id}']}?fields[connect/share-token]=status`);
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().data.attributes)).toEqual(['status']);
  });

  it('refuses a parameter a read or a redaction does not document (400)', async () => {
    const ops = [...operationsOf('/api/v1/', 'get'), ...operationsOf('/api/v1/', 'delete')].filter(({ op }) => queryParameters(op).length > 0);
    const accepted: string[] = [];
    for (const { path, op } of ops) {
      const method = op === doc.paths[path]!.get ? 'GET' : 'DELETE';
      // A well-formed id that names nothing: the query is parsed before the object is looked up.
      const url = path.replace('{id}', encodeId('inq', randomUUID())).slice('/api/v1'.length);
      const documented = names(op);
      const undocumented = ['undocumented=1', 'filter[undocumented]=1', ...(documented.includes('include') ? [] : ['include=']), ...(documented.includes('page') ? [] : ['page[size]=1'])];
      for (const query of undocumented) {
        const res = await send(t, source.apiKey, method, `${url}?${query}`);
        if (res.statusCode !== 400) accepted.push(`${method} ${path}?${query} → ${res.statusCode}`);
        else expect(res.json().errors[0].details, `${method} ${path}?${query}`).toContain(query.split('=')[0]!.replace(/\[.*$/, ''));
      }
    }
    expect(accepted).toEqual([]);
  });
});

describe('/v3', () => {
  /** A value outside `schema` (the parameter is read, so it is refused). */
  function invalidValue(schema: Schema): string {
    if (schema.enum) return 'not-a-choice';
    if (schema.type === 'integer') return String((schema.maximum ?? 0) + 1);
    if (schema.type === 'boolean') return 'maybe';
    if (schema.maxLength !== undefined) return 'a'.repeat(schema.maxLength + 1);
    return 'not-a-value';
  }

  const lists = () => operationsOf('/v3/', 'get').filter(({ op }) => queryParameters(op).length > 0);

  it('documents the paging of both lists', () => {
    expect(lists().map((l) => l.path).sort()).toEqual(['/v3/personal-access-tokens', '/v3/users']);
    for (const { op } of lists()) expect(names(op)).toEqual(expect.arrayContaining(['page', 'limit', 'sort', 'query']));
  });

  it('accepts each documented parameter (200) and refuses a value outside its schema (400)', async () => {
    const jwt = identity.users.admin.jwt;
    for (const { path, op } of lists()) {
      for (const query of validQueries(op)) {
        const res = await v3(t, jwt, 'GET', `${path.slice('/v3'.length)}?${query}`);
        expect(res.statusCode, `${path}?${query}: ${res.body}`).toBe(200);
      }
      for (const p of queryParameters(op)) {
        const members = p.style === 'deepObject' ? Object.entries(p.schema.properties ?? {}).map(([k, s]) => [`${p.name}[${k}]`, s] as const) : [[p.name, p.schema] as const];
        for (const [name, schema] of members) {
          const res = await v3(t, jwt, 'GET', `${path.slice('/v3'.length)}?${name}=${encodeURIComponent(invalidValue(schema))}`);
          expect(res.statusCode, `${path}?${name}: ${res.body}`).toBe(400);
          expect(res.json().code, name).toBe('InvalidQueryParameter');
        }
      }
    }
  });
});

describe('Astra', () => {
  it('accepts each documented parameter of a collection (200)', async () => {
    const user = identity.users.member;
    await createUat(t, identity, user, 'first');
    await createUat(t, identity, user, 'second');
    const collections = operationsOf('/accounts/', 'get').filter(({ op }) => queryParameters(op).length > 0);
    expect(collections.map((c) => c.path).sort()).toEqual(['/accounts/{account_id}/core/v1/users', '/accounts/{account_id}/core/v1/users/{user_id}/tokens']);
    for (const { path, op } of collections) {
      const at = path.replace('/accounts/{account_id}/core/v1', '').replace('{user_id}', user.id);
      const first = await astra(t, user.jwt, 'GET', identity.id, `${at}?limit=1`);
      expect(first.statusCode, first.body).toBe(200);
      // A value for each parameter the collection documents; a new one needs its own here.
      const samples: Record<string, string[]> = {
        include: ['id', 'id,metadata'],
        filter: [`id eq '${first.json().items[0].id}'`, "metadata.creationTimestamp gte '2024-01-01T00:00:00Z'"],
        orderBy: queryParameters(op).find((p) => p.name === 'orderBy')!.schema.enum!.map(String),
        limit: ['1', '1000'],
        skip: ['1'],
        count: ['true'],
        continue: [first.json().metadata.continue],
      };
      expect(names(op).sort(), path).toEqual(Object.keys(samples).sort());
      for (const [name, values] of Object.entries(samples)) {
        for (const value of values) {
          const res = await astra(t, user.jwt, 'GET', identity.id, `${at}?${name}=${encodeURIComponent(value)}`);
          expect(res.statusCode, `${path}?${name}=${value}: ${res.body}`).toBe(200);
        }
      }
    }
  });

  it('refuses a name a collection does not document, and any parameter elsewhere (400, problem 6)', async () => {
    const user = identity.users.member;
    for (const at of ['/users?page=1', `/users/${user.id}/tokens?sort=name`, `/users/${user.id}?include=id`]) {
      const res = await astra(t, user.jwt, 'GET', identity.id, at);
      expect(res.statusCode, at).toBe(400);
      expect(res.json().type, at).toMatch(/\/6$/);
    }
  });
});

describe('admin', () => {
  it('pages the organizations and their users as documented, and refuses anything else', async () => {
    for (const path of ['/admin/v1/organizations', `/admin/v1/organizations/${source.organizationId}/users`]) {
      const op = doc.paths[path.replace(source.organizationId, '{id}')]!.get!;
      expect(names(op), path).toEqual(['page']);
      for (const query of validQueries(op)) expect((await t.admin('GET', `${path}?${query}`)).statusCode, `${path}?${query}`).toBe(200);
      expect((await t.admin('GET', `${path}?undocumented=1`)).statusCode, path).toBe(400);
    }
  });
});
