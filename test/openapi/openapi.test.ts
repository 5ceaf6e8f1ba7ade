/**
 * The OpenAPI contract (issue 6, deliverable 1): `/openapi.json` is a valid
 * OpenAPI 3.1 document (checked by a real validator, offline), every route the
 * server registers is in it, and the reference at `/docs` loads no external asset.
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { openApiPath } from '../../src/http/openapi.js';
import { createTestApp } from '../harness.js';

const t = await createTestApp();

/** Routes that are plumbing or the contract itself, not part of the API. */
const EXCLUDED = new Set(['GET /healthz', 'GET /readyz', 'GET /metrics', 'GET /openapi.json', 'GET /docs', 'GET /docs/', 'GET /docs/js/scalar.js']);

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
    expect(doc.paths['/api/v1/connect/share-tokens']!.post!.security).toEqual([{ apiKey: [] }]);
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
