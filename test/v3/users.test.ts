/**
 * /v3/me, /v3/users and /v3/scopes (pat-v3-api.md §2, §6), every credential
 * kind on /v3, and the surface's headers, rate limit and error format (§8).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createApiKey, createTestApp, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat, createUat, createUser, v3, type IdentityOrg } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-03-01T08:00:00.000Z'));
let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '50', TESSERA_USER_RATE_WINDOW_SECONDS: '5' } });
  org = await createIdentityOrg(t);
});

describe('authentication', () => {
  it('a JWT, a tpat_ token and a tut_ token (raw and base64) each authenticate GET /v3/me', async () => {
    const user = org.users.member;
    const pat = await createPat(t, user.jwt);
    const uat = await createUat(t, org, user);
    expect(uat.raw).toMatch(/^tut_/);
    for (const bearer of [user.jwt, pat.token, uat.token, uat.raw]) {
      const res = await v3(t, bearer, 'GET', '/me');
      expect(res.statusCode).toBe(200);
      expect(res.json().id).toBe(user.id);
    }
  });

  it('answers no header with 401 AuthenticationRequired and anything invalid with 401 InvalidToken, both with WWW-Authenticate', async () => {
    const none = await v3(t, null, 'GET', '/me');
    expect(none.statusCode).toBe(401);
    expect(none.json().code).toBe('AuthenticationRequired');
    expect(none.headers['www-authenticate']).toBe('Bearer');
    const key = await createApiKey(t, org.sandboxId);
    const bodies = new Set<string>();
    for (const bearer of ['nope', 'tpat_' + '0'.repeat(34), 'a.b.c', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl', key.value]) {
      const res = await v3(t, bearer, 'GET', '/me');
      expect(res.statusCode, bearer).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      bodies.add(res.body);
    }
    expect([...bodies]).toEqual([JSON.stringify({ message: 'The access token is invalid', code: 'InvalidToken' })]);
  });
});

describe('users', () => {
  it('GET /v3/me is the caller\'s user object', async () => {
    const res = await v3(t, org.users.viewer.jwt, 'GET', '/me');
    expect(res.json()).toMatchObject({ id: org.users.viewer.id, role: 'viewer', roles: ['viewer'], organizationId: org.id, email: org.users.viewer.email });
  });

  it('GET /v3/users lists the organization\'s users with paging, sort and query; /users/:id reads one', async () => {
    const res = await v3(t, org.users.viewer.jwt, 'GET', '/users?sort=email&limit=2');
    expect(res.statusCode).toBe(200);
    expect(res.headers['pagination-count']).toBe('4');
    const emails = Object.values(org.users).map((u) => u.email).sort();
    expect(res.json().map((u: { email: string }) => u.email)).toEqual(emails.slice(0, 2));
    const q = await v3(t, org.users.viewer.jwt, 'GET', `/users?query=${encodeURIComponent('OWNER-')}`);
    expect(q.json().map((u: { id: string }) => u.id)).toEqual([org.users.owner.id]);
    expect((await v3(t, org.users.viewer.jwt, 'GET', `/users/${org.users.admin.id.toUpperCase()}`)).json().id).toBe(org.users.admin.id);
    const other = await createIdentityOrg(t);
    expect((await v3(t, org.users.viewer.jwt, 'GET', `/users/${other.users.admin.id}`)).statusCode).toBe(404);
    expect((await v3(t, org.users.viewer.jwt, 'GET', '/users/not-a-uuid')).statusCode).toBe(404);
    expect((await v3(t, org.users.viewer.jwt, 'GET', '/users?sort=role')).json().code).toBe('InvalidQueryParameter');
  });

  it('a PAT needs user:read for /v3/users but no scope for /v3/me', async () => {
    const pat = await createPat(t, org.users.admin.jwt, { scopes: ['personalAccessToken:read'] });
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    const denied = await v3(t, pat.token, 'GET', '/users');
    expect({ status: denied.statusCode, code: denied.json().code }).toEqual({ status: 403, code: 'InsufficientScope' });
  });

  it('GET /v3/scopes lists the catalog without aliases', async () => {
    const res = await v3(t, org.users.viewer.jwt, 'GET', '/scopes');
    const scopes = res.json() as Array<{ name: string; description: string; enforced: boolean }>;
    expect(scopes.map((s) => s.name)).toContain('personalAccessToken:write');
    expect(scopes.map((s) => s.name)).not.toContain('licenseTemaplate:write');
    expect(scopes.find((s) => s.name === 'user:read')).toMatchObject({ enforced: true });
    expect(scopes.find((s) => s.name === 'license:read')).toMatchObject({ enforced: false });
    for (const s of scopes) expect(Object.keys(s)).toEqual(['name', 'description', 'enforced']);
  });
});

describe('the surface', () => {
  it('sends Request-Id and X-Rate-Limit-* on every response; the 51st request in 5 s gets 429 RateLimitExceeded', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    const start = clock.now().getTime();
    clock.set(new Date(start - (start % 5000) + 5000));
    for (let i = 0; i < 50; i++) {
      const res = await v3(t, pat.token, 'GET', '/me');
      expect(res.statusCode).toBe(200);
      expect(res.headers['request-id']).toMatch(/^req_/);
      expect(res.headers['x-rate-limit-limit']).toBe('5s');
      expect(res.headers['x-rate-limit-remaining']).toBe(String(49 - i));
      expect(res.headers['x-rate-limit-reset']).toBe(new Date(clock.now().getTime() + 5000).toISOString());
    }
    const limited = await v3(t, pat.token, 'GET', '/me');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ message: expect.any(String), code: 'RateLimitExceeded' });
    expect(limited.headers['retry-after']).toBe('5');
    expect(limited.headers['ratelimit-policy']).toBe('"default";q=50;w=5');
    expect(limited.headers['ratelimit']).toBe('"default";r=0;t=5');
    // Another credential has its own window.
    expect((await v3(t, user.jwt, 'GET', '/me')).statusCode).toBe(200);
    clock.advance(5000);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
  });

  it('answers unknown routes 404 NotFound and wrong methods 405 with Allow', async () => {
    const jwt = (await createUser(t, org, 'member')).jwt;
    const missing = await v3(t, jwt, 'GET', '/licenses');
    expect({ status: missing.statusCode, body: missing.json() }).toEqual({ status: 404, body: { message: 'Not found', code: 'NotFound' } });
    const wrong = await v3(t, jwt, 'PUT', '/personal-access-tokens');
    expect(wrong.statusCode).toBe(405);
    expect(wrong.json().code).toBe('MethodNotAllowed');
    expect(wrong.headers.allow).toContain('POST');
  });
});
