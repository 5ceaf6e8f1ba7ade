/**
 * Authentication and tenancy of EVERY /v3 and Astra route (issue 5),
 * enumerated from `app.routeTable`, so a route added anywhere on these
 * surfaces is tested without anyone remembering to. Per route: 401 without a
 * credential, with malformed and unknown ones, with a revoked and an expired
 * token, each in the surface's own format; for routes naming a token, another
 * user's token (member → 404 on /v3, 403 problem 11 on Astra, where users are
 * visible); for routes naming anything, another organization's real ids
 * answered exactly like random ones (404).
 */
import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createTestApp } from '../harness.js';
import { astra, createIdentityOrg, createPat, createUat, createUser, PASSWORD, type IdentityOrg, type TestUser } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-05-01T10:00:00.000Z'));
const t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '1000000' } });

const V3 = '/v3';
const ASTRA = '/accounts';
const routes = t.app.routeTable
  .filter((r) => r.url.startsWith(V3 + '/') || r.url.startsWith(ASTRA + '/'))
  .map((r) => ({ method: r.method, url: r.url, astra: r.url.startsWith(ASTRA + '/'), key: `${r.method} ${r.url}` }))
  .sort((a, b) => a.key.localeCompare(b.key));

/** Routes that need no credential, with the reason. */
const ANONYMOUS: Record<string, string> = { 'POST /v3/accounts/login': 'login hands out the session' };

const ALL_SCOPES = ['personalAccessToken:write', 'apiToken:write', 'user:read'];

interface Party {
  org: IdentityOrg;
  member: TestUser;
  other: TestUser;
  /** The member's personal access token and user API token. */
  patId: string;
  uatId: string;
  /** Another member's of the same organization. */
  otherPatId: string;
  otherUatId: string;
}

let mine: Party;
let theirs: Party;
let revokedToken: string;
let expiredToken: string;

async function party(): Promise<Party> {
  const org = await createIdentityOrg(t);
  const member = org.users.member;
  const other = await createUser(t, org, 'member');
  return {
    org,
    member,
    other,
    patId: (await createPat(t, member.jwt, { scopes: ALL_SCOPES })).id,
    uatId: (await createUat(t, org, member)).id,
    otherPatId: (await createPat(t, other.jwt, { scopes: ALL_SCOPES })).id,
    otherUatId: (await createUat(t, org, other)).id,
  };
}

beforeAll(async () => {
  [mine, theirs] = [await party(), await party()];
  const revoked = await createPat(t, mine.member.jwt, { scopes: ALL_SCOPES });
  await t.request({ method: 'PATCH', url: `/v3/personal-access-tokens/${revoked.id}`, headers: { authorization: `Bearer ${mine.member.jwt}` }, payload: { revoked: true } });
  revokedToken = revoked.token;
  expiredToken = (await createPat(t, mine.member.jwt, { scopes: ALL_SCOPES, expiresAt: new Date(clock.now().getTime() + 60_000).toISOString() })).token;
  clock.advance(61_000);
});

interface Ids {
  account: string;
  user: string;
  token: string;
  /** A /v3 `:id`: a token on token routes, a user on user routes. */
  id: string;
}

function fill(url: string, ids: Ids): string {
  return url
    .replace(':account_id', ids.account)
    .replace(':user_id', ids.user)
    .replace(':token_id', ids.token)
    .replace(':id', ids.id);
}

/** The ids a route names: its object's kind decides what `:id` is. */
function ids(url: string, p: Party, which: 'own' | 'other'): Ids {
  const user = which === 'own' ? p.member.id : p.other.id;
  const pat = which === 'own' ? p.patId : p.otherPatId;
  const uat = which === 'own' ? p.uatId : p.otherUatId;
  return { account: p.org.id, user, token: uat, id: url.startsWith('/v3/users/') ? user : pat };
}

const randomIds = (account: string): Ids => ({ account, user: randomUUID(), token: randomUUID(), id: randomUUID() });

/** Well-formed bodies so that validation can never answer first. */
function sampleBody(method: string, url: string): unknown {
  if (url === '/v3/personal-access-tokens' && method === 'POST') return { name: 'probe', scopes: ['user:read'] };
  if (url.startsWith('/v3/personal-access-tokens/') && method === 'PATCH') return { name: 'probe' };
  if (url.startsWith('/v3/accounts/login')) return { accountAlias: mine.org.alias, email: mine.member.email, password: PASSWORD };
  if (url.endsWith('/tokens') && method === 'POST') return { type: 'application/astra-token', version: '1.0', name: 'probe' };
  if (url.endsWith('/tokens/:token_id') && method === 'PUT') return { type: 'application/astra-token', version: '1.0', name: 'probe' };
  if (url.includes('/users') && (method === 'POST' || method === 'PUT')) return { type: 'application/astra-user', version: '1.2' };
  return undefined;
}

function send(route: { method: string; url: string; astra: boolean }, bearer: string | null, url: string): Promise<LightMyRequestResponse> {
  const body = sampleBody(route.method, route.url);
  return t.request({
    method: route.method as InjectOptions['method'],
    url,
    headers: {
      ...(bearer !== null ? { authorization: `Bearer ${bearer}` } : {}),
      ...(body !== undefined ? { 'content-type': route.astra ? 'application/astra-token+json' : 'application/json' } : {}),
    },
    ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
  });
}

function expectUnauthenticated(route: { astra: boolean }, res: LightMyRequestResponse, missing: boolean) {
  expect(res.statusCode, res.body).toBe(401);
  expect(res.headers['www-authenticate']).toBe('Bearer');
  expect(res.headers['request-id']).toMatch(/^req_/);
  if (route.astra) {
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().type).toBe(`https://astra.netapp.io/problems/${missing ? 3 : 4}`);
  } else {
    expect(res.json()).toEqual({ message: expect.any(String), code: missing ? 'AuthenticationRequired' : 'InvalidToken' });
  }
}

describe('the /v3 and Astra route tables', () => {
  it('hold the documented routes, each once', () => {
    const keys = routes.map((r) => r.key);
    for (const k of [
      'POST /v3/accounts/login',
      'GET /v3/personal-access-tokens',
      'POST /v3/personal-access-tokens/:id/rotate',
      'GET /v3/me',
      'GET /accounts/:account_id/core/v1/users/:user_id/tokens/:token_id',
      'PUT /accounts/:account_id/core/v1/users/:user_id/tokens/:token_id',
    ]) {
      expect(keys).toContain(k);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe.each(routes.map((r) => [r.key, r] as const))('%s', (_key, route) => {
  const anonymous = ANONYMOUS[route.key] !== undefined;
  const probeUrl = () => fill(route.url, ids(route.url, mine, 'own'));

  if (anonymous) {
    it('is a documented anonymous route', () => expect(ANONYMOUS[route.key]).toBeTruthy());
    return;
  }

  it('answers 401 without Authorization', async () => {
    expectUnauthenticated(route, await send(route, null, probeUrl()), true);
  });

  it('answers 401 for malformed and unknown credentials', async () => {
    const unknownUat = Buffer.from('tut_' + 'A'.repeat(34)).toString('base64');
    for (const bearer of ['not-a-token', 'tpat_' + '0'.repeat(34), unknownUat, 'a.b.c', 'tsk_sandbox_' + '0'.repeat(34)]) {
      expectUnauthenticated(route, await send(route, bearer, probeUrl()), false);
    }
  });

  it('answers 401 for a revoked token', async () => {
    expectUnauthenticated(route, await send(route, revokedToken, probeUrl()), false);
  });

  it('answers 401 for an expired token', async () => {
    expectUnauthenticated(route, await send(route, expiredToken, probeUrl()), false);
  });

  const namesToken = route.url.includes(':token_id') || route.url.startsWith('/v3/personal-access-tokens/:id');
  if (namesToken) {
    it(route.astra ? "answers a member 403 problem 11 for another user's token" : "answers a member 404 for another user's token, like a random id", async () => {
      const member = await createUser(t, mine.org, 'member');
      const other = fill(route.url, ids(route.url, mine, 'other'));
      const res = await send(route, member.jwt, other);
      if (route.astra) {
        expect(res.statusCode, res.body).toBe(403);
        expect(res.json().type).toBe('https://astra.netapp.io/problems/11');
        // Another user's token under one's own user id does not exist.
        const crossed = fill(route.url, { ...ids(route.url, mine, 'other'), user: member.id });
        const r2 = await send(route, member.jwt, crossed);
        expect(r2.statusCode, r2.body).toBe(404);
      } else {
        const random = await send(route, member.jwt, fill(route.url, randomIds(mine.org.id)));
        expect(random.statusCode).toBe(404);
        expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 404, body: random.json() });
      }
    });
  }

  const namesSomething = /:(id|account_id|user_id|token_id)/.test(route.url);
  if (namesSomething) {
    it("answers another organization's real ids with 404, exactly like random ones", async () => {
      const admin = await createUser(t, mine.org, 'owner');
      const random = await send(route, admin.jwt, fill(route.url, randomIds(route.astra ? theirs.org.id : mine.org.id)));
      const foreign = await send(route, admin.jwt, fill(route.url, ids(route.url, theirs, 'own')));
      expect(foreign.statusCode, foreign.body).toBe(404);
      const strip = (r: LightMyRequestResponse) => {
        const { correlationID: _c, ...rest } = r.json();
        return rest;
      };
      expect({ status: foreign.statusCode, body: strip(foreign) }).toEqual({ status: random.statusCode, body: strip(random) });
      if (route.astra && route.url.includes(':user_id')) {
        // Their user or token under our own account: still 404, never 403.
        const mixed = await send(route, admin.jwt, fill(route.url, { ...ids(route.url, theirs, 'own'), account: mine.org.id }));
        expect(mixed.statusCode, mixed.body).toBe(404);
      }
    });
  }
});

describe('Astra account ids', () => {
  it('a valid credential on another account is 404 even for its own user id', async () => {
    const res = await astra(t, mine.member.jwt, 'GET', theirs.org.id, `/users/${mine.member.id}`);
    expect(res.statusCode).toBe(404);
  });
});
