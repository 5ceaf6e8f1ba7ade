/**
 * OAuth introspection (RFC 7662) and revocation (RFC 7009) for every
 * credential kind (issue 5 deliverable 5), and revocation on any surface
 * rejected on every surface by the very next request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { ADMIN_TOKEN, createApiKey, createTestApp, type TestApp } from '../harness.js';
import { astra, createIdentityOrg, createPat, createUat, createUser, login, v3, type IdentityOrg } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-04-01T09:00:00.000Z'));
let t: TestApp;
let org: IdentityOrg;
let client: string;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
  client = (await createApiKey(t, org.sandboxId, { permissions: ['oauth.introspect'] })).value;
});

function form(url: string, fields: Record<string, string>, auth: string | null = client, extra: Record<string, string> = {}) {
  return t.request({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(auth ? { authorization: `Bearer ${auth}` } : {}), ...extra },
    payload: new URLSearchParams(fields).toString(),
  });
}
const introspect = (token: string, auth: string | null = client) => form('/oauth/introspect', { token }, auth);
const revoke = (token: string, auth: string | null = client) => form('/oauth/revoke', { token }, auth);

describe('POST /oauth/introspect', () => {
  it('describes a personal access token: RFC 7662 members with their meanings, Tessera details under tessera_ names', async () => {
    const user = org.users.member;
    const expiresAt = new Date(clock.now().getTime() + 86_400_000);
    const pat = await createPat(t, user.jwt, { scopes: ['user:read', 'personalAccessToken:write'], expiresAt: expiresAt.toISOString() });
    const res = await introspect(pat.token);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      active: true,
      scope: 'personalAccessToken:read personalAccessToken:write user:read',
      username: user.email,
      token_type: 'Bearer',
      exp: Math.floor(expiresAt.getTime() / 1000),
      iat: Math.floor(clock.now().getTime() / 1000),
      sub: user.id,
      iss: 'http://localhost:80',
      tessera_credential_kind: 'personal_access_token',
      tessera_credential_id: pat.id,
      tessera_organization_id: org.id,
      tessera_user_role: 'member',
    });
  });

  it('answers for user API tokens (both forms), sessions and API keys', async () => {
    const user = org.users.viewer;
    const uat = await createUat(t, org, user);
    for (const token of [uat.token, uat.raw]) {
      const body = (await introspect(token)).json();
      expect(body).toMatchObject({ active: true, token_type: 'Bearer', tessera_credential_kind: 'user_api_token', tessera_credential_id: uat.id, sub: user.id, username: user.email });
      expect(body.tessera_organization_id).toBe(org.id);
      expect(body.client_id).toBeUndefined();
      expect(body.aud).toBeUndefined();
      expect(body.exp).toBeUndefined();
      expect(body.scope.split(' ')).toContain('apiToken:write');
      expect(body.scope.split(' ')).not.toContain('user:write');
    }
    const session = (await introspect(user.jwt)).json();
    expect(session).toMatchObject({ active: true, token_type: 'Bearer', tessera_credential_kind: 'session', sub: user.id, tessera_organization_id: org.id });
    expect(session.jti).toEqual(expect.any(String));
    expect(session.tessera_credential_id).toBeUndefined();
    expect(session.exp - session.iat).toBe(3600);
    const key = await createApiKey(t, org.sandboxId, { permissions: ['inquiry.read'] });
    const described = (await introspect(key.value)).json();
    expect(described).toMatchObject({ active: true, token_type: 'Bearer', tessera_credential_kind: 'api_key', tessera_credential_id: key.id, scope: 'inquiry.read', sub: org.id });
    expect(described).toMatchObject({ tessera_organization_id: org.id, tessera_environment_id: org.sandboxId, tessera_environment: 'sandbox' });
    expect(described.username).toBeUndefined();
    expect(described.jti).toBeUndefined();
  });

  it('says {"active": false} for unknown, malformed, revoked, expired and other organizations\' tokens', async () => {
    const user = await createUser(t, org, 'member');
    const revoked = await createPat(t, user.jwt);
    await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${revoked.id}`, { revoked: true });
    const expiring = await createPat(t, user.jwt, { expiresAt: new Date(clock.now().getTime() + 60_000).toISOString() });
    const other = await createIdentityOrg(t);
    const foreign = await createPat(t, other.users.member.jwt);
    clock.advance(61_000);
    for (const token of ['nope', 'tpat_' + 'x'.repeat(34), 'a.b.c', revoked.token, expiring.token, foreign.token]) {
      const res = await introspect(token);
      expect(res.statusCode, token).toBe(200);
      expect(res.json(), token).toEqual({ active: false });
    }
    // The admin token sees every organization.
    expect((await introspect(foreign.token, ADMIN_TOKEN)).json().active).toBe(true);
  });

  it('needs client authentication with the introspect permission; the token parameter; a form body', async () => {
    const clientId = (await introspect(client)).json().tessera_credential_id as string;
    const none = await introspect('x', null);
    expect(none.statusCode).toBe(401);
    expect(none.json().error).toBe('invalid_client');
    expect(none.headers['www-authenticate']).toContain('Basic');
    expect((await introspect('x', 'tsk_sandbox_' + '0'.repeat(34))).json().error).toBe('invalid_client');
    const user = org.users.admin;
    expect((await introspect('x', (await createPat(t, user.jwt)).token)).statusCode).toBe(401);
    const noPermission = await createApiKey(t, org.sandboxId);
    const forbidden = await introspect('x', noPermission.value);
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error).toBe('unauthorized_client');
    const basic = await t.request({
      method: 'POST',
      url: '/oauth/introspect',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${clientId}:${client}`).toString('base64')}` },
      payload: 'token=nope',
    });
    expect(basic.json()).toEqual({ active: false });
    const missing = await form('/oauth/introspect', {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toBe('invalid_request');
    const json = await t.request({ method: 'POST', url: '/oauth/introspect', headers: { authorization: `Bearer ${client}`, 'content-type': 'application/json' }, payload: '{"token":"x"}' });
    expect(json.statusCode).toBe(400);
    expect(json.json().error).toBe('invalid_request');
  });
});

describe('revocation on any surface is rejected on every surface by the very next request', () => {
  async function works(token: string, accountId: string, userId: string) {
    const [a, b] = await Promise.all([v3(t, token, 'GET', '/me'), astra(t, token, 'GET', accountId, `/users/${userId}`)]);
    const c = (await introspect(token)).json().active;
    return [a.statusCode, b.statusCode, c];
  }

  it('a PAT revoked on /v3 (PATCH)', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    expect(await works(pat.token, org.id, user.id)).toEqual([200, 200, true]);
    await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true });
    expect(await works(pat.token, org.id, user.id)).toEqual([401, 401, false]);
  });

  it('a user API token deleted on Astra (DELETE)', async () => {
    const user = await createUser(t, org, 'member');
    const uat = await createUat(t, org, user);
    expect(await works(uat.token, org.id, user.id)).toEqual([200, 200, true]);
    expect((await astra(t, user.jwt, 'DELETE', org.id, `/users/${user.id}/tokens/${uat.id}`)).statusCode).toBe(204);
    expect(await works(uat.token, org.id, user.id)).toEqual([401, 401, false]);
    expect(await works(uat.raw, org.id, user.id)).toEqual([401, 401, false]);
  });

  it('a PAT, a user API token and an API key revoked through /oauth/revoke', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    const uat = await createUat(t, org, user);
    for (const token of [pat.token, uat.token]) {
      expect(await works(token, org.id, user.id)).toEqual([200, 200, true]);
      const res = await revoke(token);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe('');
      expect(await works(token, org.id, user.id)).toEqual([401, 401, false]);
    }
    expect((await v3(t, user.jwt, 'GET', `/personal-access-tokens/${pat.id}`)).json().revoked).toBe(true);
    expect((await astra(t, user.jwt, 'GET', org.id, `/users/${user.id}/tokens/${uat.id}`)).statusCode).toBe(404);
    const key = await createApiKey(t, org.sandboxId);
    expect((await t.request({ method: 'GET', url: '/api/v1/events', headers: { authorization: `Bearer ${key.value}` } })).statusCode).toBe(200);
    await revoke(key.value);
    expect((await t.request({ method: 'GET', url: '/api/v1/events', headers: { authorization: `Bearer ${key.value}` } })).statusCode).toBe(401);
  });

  it('RFC 7009: unknown tokens and other organizations\' tokens get 200 and nothing happens; a session is ended', async () => {
    expect((await revoke('nonsense')).statusCode).toBe(200);
    const other = await createIdentityOrg(t);
    const foreign = await createPat(t, other.users.member.jwt);
    expect((await revoke(foreign.token)).statusCode).toBe(200);
    expect((await v3(t, foreign.token, 'GET', '/me')).statusCode).toBe(200);
    expect((await revoke(other.users.member.jwt)).statusCode).toBe(200);
    expect((await v3(t, other.users.member.jwt, 'GET', '/me')).statusCode).toBe(200);
    // One session of the member ends; the member's other sessions live on.
    const session = await login(t, org.alias, org.users.member.email);
    expect((await revoke(session)).statusCode).toBe(200);
    expect((await v3(t, session, 'GET', '/me')).statusCode).toBe(401);
    expect((await introspect(session)).json()).toEqual({ active: false });
    expect((await v3(t, org.users.member.jwt, 'GET', '/me')).statusCode).toBe(200);
  });

  it('rotation across surfaces: the old secret works everywhere during the grace period, then nowhere', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    const rotated = (await v3(t, user.jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`, { gracePeriodSeconds: 30 })).json();
    expect(await works(pat.token, org.id, user.id)).toEqual([200, 200, true]);
    expect(await works(rotated.token, org.id, user.id)).toEqual([200, 200, true]);
    clock.advance(31_000);
    expect(await works(pat.token, org.id, user.id)).toEqual([401, 401, false]);
    expect(await works(rotated.token, org.id, user.id)).toEqual([200, 200, true]);
  });
});
