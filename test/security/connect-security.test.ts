/**
 * Authentication, permission and tenancy of EVERY Connect route
 * (connect-api.md §1, §1.4, §8, §10, §11.6–7), enumerated from
 * `app.routeTable`: a route added anywhere is tested here without anyone
 * remembering to. Per route: 401 without a key, with a malformed key and with
 * a revoked key; a declared permission that matches §10; 403 for a key
 * holding every permission but that one; and for routes with an id, 404 for
 * another organization's (and another environment's) real object with the
 * exact body a random id gets. See ./fixtures.ts for the per-route data.
 */
import type { InjectOptions } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_PERMISSIONS } from '../../src/credentials/index.js';
import { createApiKey, createOrg, createTestApp, type TestOrg } from '../harness.js';
import { randomId, send } from '../fixtures/connect-objects.js';
import {
  API_PREFIX,
  documentedPermission,
  fill,
  fixtureKey,
  ID_FIXTURES,
  pathParams,
  PERMISSION_EXCEPTIONS,
  routeKey,
  SAMPLE_BODIES,
  type SecurityContext,
} from './fixtures.js';

// High enough that probing every route from a few keys never meets the rate limit.
const t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '1000000' } });
const routes = t.app.routeTable
  .filter((r) => r.url.startsWith(API_PREFIX + '/'))
  .map((r) => ({ ...r, key: routeKey(r.method, r.url), params: pathParams(r.url) }))
  .sort((a, b) => a.key.localeCompare(b.key));

let owner: TestOrg;
let stranger: TestOrg;
let ownerProductionKey: string;
let revokedKey: string;
let ctx: SecurityContext;

beforeAll(async () => {
  [owner, stranger] = await Promise.all([createOrg(t), createOrg(t)]);
  ctx = { t, owner };
  ownerProductionKey = (await createApiKey(t, owner.productionId)).value;
  const revoked = await createApiKey(t, owner.sandboxId);
  const res = await t.admin('POST', `/admin/v1/api-keys/${revoked.id}/revoke`);
  expect(res.statusCode).toBe(200);
  revokedKey = revoked.value;
});

/** A probe url: the route with its id (if any) set to a random id of the right prefix. */
function probeUrl(url: string): string {
  if (!url.includes(':')) return url.slice(API_PREFIX.length);
  const fixture = ID_FIXTURES[fixtureKey(url)];
  return fill(url, fixture ? randomId(fixture.prefix) : 'unknown_000000000000000000000000');
}

/** `route` as the holder of `key`, at `url`, with the route's sample body if it has one. */
function probe(key: string | null, route: { method: string; key: string }, url: string) {
  const sample = SAMPLE_BODIES[route.key];
  return send(t, key, route.method as InjectOptions['method'], url, sample ? { body: sample() } : {});
}

describe('the Connect route table', () => {
  it('lists the Connect routes, each once', () => {
    expect(routes.map((r) => r.key)).toContain('GET /events');
    expect(new Set(routes.map((r) => r.key)).size).toBe(routes.length);
  });
});

describe.each(routes.map((r) => [`${r.method} ${r.url}`, r] as const))('%s', (_name, route) => {
  it('declares the API-key permission connect-api.md §10 gives it', () => {
    const exception = PERMISSION_EXCEPTIONS[route.key];
    if (exception !== undefined) {
      expect(route.permission, `${route.key} is a documented exception (${exception}) yet declares a permission`).toBeUndefined();
      return;
    }
    expect(route.permission, `${route.key} has no config.permission; add one (or a documented exception in test/security/fixtures.ts)`).toBeDefined();
    const documented = documentedPermission(route.method, route.url);
    expect(documented, `test/security/fixtures.ts does not know which object ${route.key} belongs to; add it to OBJECTS`).toBeDefined();
    expect(route.permission).toBe(documented);
  });

  it('answers 401 "Must be authenticated" without an Authorization header', async () => {
    const res = await probe(null, route, probeUrl(route.url));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ errors: [{ title: 'Must be authenticated to access this endpoint' }] });
  });

  it('answers 401 "Token is invalid" for a malformed key', async () => {
    for (const key of ['not-a-key', 'tsk_sandbox_' + '0'.repeat(34)]) {
      const res = await probe(key, route, probeUrl(route.url));
      expect(res.statusCode, `key ${key}`).toBe(401);
      expect(res.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
    }
  });

  it('answers 401 "Token is invalid" for a revoked key', async () => {
    const res = await probe(revokedKey, route, probeUrl(route.url));
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
  });

  if (route.permission) {
    const permission = route.permission;
    it(`answers 403 Forbidden to a key holding every permission but ${permission}`, async () => {
      const key = await createApiKey(t, owner.sandboxId, { permissions: API_KEY_PERMISSIONS.filter((p) => p !== permission) });
      const res = await probe(key.value, route, probeUrl(route.url));
      const hint = SAMPLE_BODIES[route.key] || route.method === 'GET' ? '' : ' (if this is a 400, add a SAMPLE_BODIES entry or check the permission before validating the body)';
      expect(res.statusCode, `${res.body}${hint}`).toBe(403);
      const body = res.json();
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0].title).toBe('Forbidden');
      expect(Object.keys(body.errors[0]).every((k) => ['title', 'details', 'meta'].includes(k)), res.body).toBe(true);
    });
  }

  if (route.params.length > 0) {
    it("answers another organization's real id with 404, the body a random id gets", async () => {
      expect(route.params, `${route.key}: routes with several path parameters need the test extended`).toHaveLength(1);
      const fixture = ID_FIXTURES[fixtureKey(route.url)];
      expect(fixture, `no fixture for "${fixtureKey(route.url)}": add one to ID_FIXTURES in test/security/fixtures.ts`).toBeDefined();
      const realId = await fixture!.create(ctx);
      const random = await probe(stranger.apiKey, route, fill(route.url, randomId(fixture!.prefix)));
      expect(random.statusCode, random.body).toBe(404);
      const foreign = await probe(stranger.apiKey, route, fill(route.url, realId));
      expect({ status: foreign.statusCode, body: foreign.json() }).toEqual({ status: 404, body: random.json() });
    });

    it("answers the same organization's other environment with 404", async () => {
      const fixture = ID_FIXTURES[fixtureKey(route.url)];
      expect(fixture, `no fixture for "${fixtureKey(route.url)}": add one to ID_FIXTURES in test/security/fixtures.ts`).toBeDefined();
      const realId = await fixture!.create(ctx);
      const random = await probe(ownerProductionKey, route, fill(route.url, randomId(fixture!.prefix)));
      const other = await probe(ownerProductionKey, route, fill(route.url, realId));
      expect({ status: other.statusCode, body: other.json() }).toEqual({ status: 404, body: random.json() });
    });
  }
});
