/**
 * The OpenAPI contract (issue 6, deliverable 1): `/openapi.json` is a valid
 * OpenAPI 3.1 document (checked by a real validator, offline), every route the
 * server registers is in it, and the reference at `/docs` loads no external asset.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiPath } from '../../src/http/openapi.js';
import { SHARE_TOKEN_EXAMPLE } from '../../src/http/openapi-examples.js';
import { createOrg, createTestApp } from '../harness.js';
import { createActiveConnection, createCompletedInquiry, createShareToken, send } from '../fixtures/connect-objects.js';
import { expectShape, keyPaths, SEED_003_KEYS, SEED_003_PERSONAL_ACCESS_TOKEN, SEED_004_TOKEN } from '../fixtures/shape.js';

const t = await createTestApp();

/** Routes that are plumbing or the contract itself, not part of the API. */
const EXCLUDED = new Set(['GET /healthz', 'GET /readyz', 'GET /metrics', 'GET /openapi.json', 'GET /docs', 'GET /docs/', 'GET /docs/js/scalar.js', 'GET /dashboard', 'GET /dashboard/*', 'GET /', 'GET /favicon.ico']);

interface Doc {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { content: Record<string, { example?: unknown }> }; responses: Record<string, { content?: Record<string, { example?: unknown }> }> }>>;
  components: { securitySchemes: Record<string, unknown> };
}

async function fetchDoc(): Promise<Doc> {
  const res = await t.request({ method: 'GET', url: '/openapi.json' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  return res.json() as Doc;
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await fetchDoc();
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the server registers', async () => {
    const doc = await fetchDoc();
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)));
    const registered = t.app.routeTable.map((r) => `${r.method} ${r.url}`).filter((key) => !EXCLUDED.has(key));
    expect(registered.length).toBeGreaterThan(50);
    const missing = registered.filter((key) => {
      const [method, url] = key.split(' ') as [string, string];
      return !documented.has(`${method} ${openApiPath(url)}`);
    });
    expect(missing).toEqual([]);
    for (const prefix of ['/api/v1/', '/v3/', '/accounts/{account_id}/core/v1/', '/oauth/', '/admin/v1/']) {
      expect(Object.keys(doc.paths).some((p) => p.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it('declares how each surface authenticates', async () => {
    const doc = await fetchDoc();
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['adminToken', 'apiKey', 'oauthClient', 'userToken']);
    expect(doc.paths['/api/v1/connect/share-tokens']!.post!.security).toEqual([{ apiKey: [] }, { userToken: [] }]);
    expect(doc.paths['/admin/v1/organizations']!.post!.security).toEqual([{ adminToken: [] }]);
    expect(doc.paths['/v3/accounts/login']!.post!.security).toEqual([]);
  });

  it('carries seed 001 as the share token create example', async () => {
    const op = (await fetchDoc()).paths['/api/v1/connect/share-tokens']!.post!;
    expect(op.requestBody!.content['application/json']!.example).toEqual({ data: { attributes: { 'connection-id': 'cxn_ABC123', 'source-id': 'inq_ABC123' } } });
    expect(op.responses['201']!.content!['application/json']!.example).toMatchObject({ data: { type: 'connect/share-token', id: 'cnst_ABC123' } });
  });

  it('takes the schemas that validate requests', async () => {
    const op = (await fetchDoc()).paths['/api/v1/connect/share-tokens']!.post! as unknown as { requestBody: { content: { 'application/json': { schema: unknown } } } };
    expect(op.requestBody.content['application/json'].schema).toMatchObject({
      properties: { data: { properties: { attributes: { required: ['connection-id', 'source-id'], additionalProperties: false } } } },
    });
  });
});

describe('GET /docs', () => {
  it('serves the API reference with local assets only', async () => {
    const res = await t.request({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('/openapi.json');
    const srcs = [...res.body.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(srcs.length).toBeGreaterThan(0);
    for (const src of srcs) expect(src).not.toMatch(/^(https?:)?\/\//);
    const js = await t.request({ method: 'GET', url: '/docs/js/scalar.js' });
    expect(js.statusCode).toBe(200);
    expect(js.headers['content-type']).toMatch(/javascript/);
  });

  it('redirects /docs to /docs/', async () => {
    const res = await t.request({ method: 'GET', url: '/docs' });
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/docs/');
  });
});

describe('seed examples in /openapi.json', () => {
  it('documents seed 000: share token retrieval with its headers and error statuses', async () => {
    const op = (await fetchDoc()).paths['/api/v1/connect/share-tokens/{id}']!.get! as unknown as {
      parameters: { name: string; in: string }[];
      responses: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { example?: unknown }> }>;
    };
    // Seed 000's statuses, among every status the server can send (408, 500, 503 too).
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '429', '500', '503']));
    expect(Object.keys(op.responses['200']!.headers!).sort()).toEqual(
      ['Persona-Environment-Id', 'Persona-Organization-Id', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Request-Id'].sort(),
    );
    expect(op.responses['200']!.content!['application/json']!.example).toEqual(SHARE_TOKEN_EXAMPLE);
    expect(op.parameters.filter((p) => p.in === 'header').map((p) => p.name)).toEqual(expect.arrayContaining(['Key-Inflection', 'Persona-Version', 'Tessera-Environment']));
  });

  it('gives every Connect answer the rate-limit and request headers', async () => {
    const doc = await fetchDoc();
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/v1/')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const ok = Object.entries(op.responses).filter(([s]) => /^2/.test(s) || s === 'default');
        expect(ok.length, `${method} ${path}`).toBeGreaterThan(0);
        for (const [, r] of ok) expect(Object.keys((r as { headers?: object }).headers ?? {}), `${method} ${path}`).toContain('Request-Id');
        expect(Object.keys(op.responses), `${method} ${path}`).toEqual(expect.arrayContaining(['401', '429']));
      }
    }
  });

  it('shows seed 003 and 004 answers with the keys the server really sends', async () => {
    const doc = await fetchDoc();
    const pat = doc.paths['/v3/personal-access-tokens/{id}']!.get!.responses['200']!.content!['application/json']!.example;
    expect(keyPaths(pat)).toEqual(SEED_003_KEYS);
    expectShape(pat, SEED_003_PERSONAL_ACCESS_TOKEN);
    const token = doc.paths['/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}']!.get!.responses['200']!.content!['application/astra-token+json']!.example;
    expectShape(token, SEED_004_TOKEN);
    expect(Object.keys(doc.paths['/accounts/{account_id}/core/v1/users/{user_id}/tokens/{token_id}']!.get!.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '429', '503']),
    );
  });

  it('matches what the server answers for a real share token', async () => {
    const source = await createOrg(t);
    const destination = await createOrg(t);
    const connection = await createActiveConnection(t, source, destination);
    const { inquiry } = await createCompletedInquiry(t, source);
    const created = await createShareToken(t, source, connection.id, inquiry.id);
    const res = await send(t, source.apiKey, 'GET', `/connect/share-tokens/${created.id}`);
    expect(res.statusCode).toBe(200);
    const live = res.json() as typeof SHARE_TOKEN_EXAMPLE;
    expect(Object.keys(live.data.attributes)).toEqual(expect.arrayContaining(Object.keys(SHARE_TOKEN_EXAMPLE.data.attributes)));
    expect(Object.keys(live.data.relationships)).toEqual(expect.arrayContaining(Object.keys(SHARE_TOKEN_EXAMPLE.data.relationships)));
    const documented = Object.keys((await fetchDoc()).paths['/api/v1/connect/share-tokens/{id}']!.get!.responses['200']! as object);
    expect(documented).toContain('headers');
    for (const h of ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'request-id', 'persona-environment-id', 'persona-organization-id']) expect(res.headers[h], h).toBeDefined();
  });
});
