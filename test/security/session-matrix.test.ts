/**
 * The session matrix (issue 11, defect 4): every way a session must end —
 * password change, role change, disabling, deletion, logout, OAuth revocation —
 * ends it at once on every surface that takes sessions (/v3, Connect with
 * Tessera-Environment, Astra) and in introspection, while a new login (where
 * the user still may) works everywhere. The clock stands still, so a session
 * issued in the very same millisecond as a disable + re-enable must die too:
 * sessions end by generation, not by issue time.
 */
import { describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { manualClock } from '../../src/core/clock.js';
import { createApiKey, createTestApp } from '../harness.js';
import { astra, createIdentityOrg, createUser, login, PASSWORD, v3, type RoleName, type TestUser } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-08-03T12:00:00.000Z'));
const t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '1000000', TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
const org = await createIdentityOrg(t);
const introspector = (await createApiKey(t, org.sandboxId, { permissions: ['oauth.introspect'] })).value;

function oauth(endpoint: 'introspect' | 'revoke', token: string): Promise<LightMyRequestResponse> {
  return t.request({
    method: 'POST',
    url: `/oauth/${endpoint}`,
    headers: { authorization: `Bearer ${introspector}`, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ token }).toString(),
  });
}

/** What each surface answers `jwt` (as `user`): status codes, and whether introspection calls it active. */
async function surfaces(jwt: string, user: TestUser) {
  const me = await v3(t, jwt, 'GET', '/me');
  const connect = await t.request({
    method: 'GET',
    url: '/api/v1/inquiries',
    headers: { authorization: `Bearer ${jwt}`, 'tessera-environment': 'sandbox' },
  });
  const tokens = await astra(t, jwt, 'GET', org.id, `/users/${user.id}/tokens`);
  const introspection = (await oauth('introspect', jwt)).json();
  return { v3: me.statusCode, connect: connect.statusCode, astra: tokens.statusCode, active: introspection.active as boolean, bodies: { me, connect, tokens } };
}

const WORKS = { v3: 200, connect: 200, astra: 200, active: true };
const REFUSED = { v3: 401, connect: 401, astra: 401, active: false };

async function expectWorks(jwt: string, user: TestUser) {
  const { bodies: _bodies, ...seen } = await surfaces(jwt, user);
  expect(seen).toEqual(WORKS);
}

/** Refused everywhere, each surface in its own 401 format. */
async function expectRefused(jwt: string, user: TestUser) {
  const { bodies, ...seen } = await surfaces(jwt, user);
  expect(seen).toEqual(REFUSED);
  expect(bodies.me.json().code).toBe('InvalidToken');
  expect(bodies.connect.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
  expect(bodies.tokens.headers['content-type']).toContain('application/problem+json');
}

const admin = (method: 'PATCH' | 'DELETE', user: TestUser, body?: Record<string, unknown>) => t.admin(method, `/admin/v1/users/${user.adminId}`, body);

async function loggedIn(role: RoleName = 'admin'): Promise<TestUser> {
  const user = await createUser(t, org, role);
  await expectWorks(user.jwt, user);
  return user;
}

const loginFails = async (user: TestUser, password = PASSWORD) =>
  (await t.request({ method: 'POST', url: '/v3/accounts/login', payload: { accountAlias: org.alias, email: user.email, password }, remoteAddress: '203.0.113.9' })).statusCode;

describe('a session ends at once on every surface', () => {
  it('after a password change; the new password logs in and works everywhere', async () => {
    const user = await loggedIn();
    const second = await login(t, org.alias, user.email);
    expect((await admin('PATCH', user, { password: 'a brand new passphrase' })).statusCode).toBe(200);
    await expectRefused(user.jwt, user);
    await expectRefused(second, user);
    expect(await loginFails(user)).toBe(401);
    await expectWorks(await login(t, org.alias, user.email, 'a brand new passphrase'), user);
  });

  it('after a role change; a new login works with the new role', async () => {
    const user = await loggedIn('admin');
    expect((await admin('PATCH', user, { role: 'member' })).statusCode).toBe(200);
    await expectRefused(user.jwt, user);
    const fresh = await login(t, org.alias, user.email);
    await expectWorks(fresh, user);
    expect((await v3(t, fresh, 'GET', '/me')).json().role).toBe('member');
  });

  it('after disabling; the user cannot log in', async () => {
    const user = await loggedIn();
    expect((await admin('PATCH', user, { disabled: true })).statusCode).toBe(200);
    await expectRefused(user.jwt, user);
    expect(await loginFails(user)).toBe(401);
  });

  it('after deletion; the user cannot log in', async () => {
    const user = await loggedIn();
    expect((await admin('DELETE', user)).statusCode).toBe(204);
    await expectRefused(user.jwt, user);
    expect(await loginFails(user)).toBe(401);
  });

  it('after logout (POST /v3/accounts/logout), which ends only the presented session', async () => {
    const user = await loggedIn();
    const other = await login(t, org.alias, user.email);
    const out = await v3(t, user.jwt, 'POST', '/accounts/logout');
    expect(out.statusCode, out.body).toBe(204);
    expect(out.body).toBe('');
    await expectRefused(user.jwt, user);
    // Logging out twice is logging out with a dead session.
    expect((await v3(t, user.jwt, 'POST', '/accounts/logout')).statusCode).toBe(401);
    await expectWorks(other, user);
    await expectWorks(await login(t, org.alias, user.email), user);
  });

  it('after /oauth/revoke (RFC 7009), which ends only that session', async () => {
    const user = await loggedIn();
    const other = await login(t, org.alias, user.email);
    const revoked = await oauth('revoke', user.jwt);
    expect(revoked.statusCode, revoked.body).toBe(200);
    await expectRefused(user.jwt, user);
    await expectWorks(other, user);
    await expectWorks(await login(t, org.alias, user.email), user);
  });

  it('after a disable and re-enable in the same millisecond as the login', async () => {
    const user = await createUser(t, org, 'admin');
    const before = await login(t, org.alias, user.email);
    expect((await admin('PATCH', user, { disabled: true })).statusCode).toBe(200);
    expect((await admin('PATCH', user, { disabled: false })).statusCode).toBe(200);
    await expectRefused(user.jwt, user);
    await expectRefused(before, user);
    await expectWorks(await login(t, org.alias, user.email), user);
  });
});

describe('what does not end a session', () => {
  it('a profile change, or a "role change" to the same role', async () => {
    const user = await loggedIn('member');
    expect((await admin('PATCH', user, { 'first-name': 'Renamed', role: 'member' })).statusCode).toBe(200);
    await expectWorks(user.jwt, user);
  });

  it('logout with a personal access token is refused (400): tokens are revoked, not logged out', async () => {
    const user = await loggedIn('member');
    const pat = (await v3(t, user.jwt, 'POST', '/personal-access-tokens', { name: 'ci', scopes: ['user:read'] })).json();
    const res = await v3(t, pat.token, 'POST', '/accounts/logout');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('ValidationFailed');
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    await expectWorks(user.jwt, user);
  });
});

describe('stored state', () => {
  it('keeps ended sessions only until they would have expired anyway', async () => {
    const user = await loggedIn();
    expect((await v3(t, user.jwt, 'POST', '/accounts/logout')).statusCode).toBe(204);
    const row = await t.deps.db.selectFrom('revoked_sessions').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.expires_at.getTime()).toBe(clock.now().getTime() - (clock.now().getTime() % 1000) + t.config.sessionTtlSeconds * 1000);
    expect(await t.deps.store.sessions.prune(new Date(row.expires_at.getTime() + 1))).toBeGreaterThanOrEqual(1);
    expect(await t.deps.db.selectFrom('revoked_sessions').selectAll().where('user_id', '=', user.id).execute()).toEqual([]);
  });
});
