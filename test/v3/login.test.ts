/**
 * Identity on /v3 (pat-v3-api.md §2, issue 5 deliverable 1): login → JWT,
 * one answer for every wrong part, throttling per alias + email and per IP,
 * sessions that stop at once when the user is disabled or deleted, role
 * changes that apply on the next request.
 */
import { decodeJwt } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createTestApp, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat, createUser, login, PASSWORD, v3, type IdentityOrg } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-01-05T10:00:00.000Z'));
let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
});

let ipCounter = 0;
const freshIp = () => `10.0.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

function loginAs(body: Record<string, unknown>, ip = freshIp()) {
  return t.request({ method: 'POST', url: '/v3/accounts/login', payload: body, remoteAddress: ip });
}

describe('POST /v3/accounts/login', () => {
  it('returns only an accessToken: an HS256 JWT with sub, org, iat, exp (1 hour), jti and the session generation, no role', async () => {
    const user = org.users.member;
    const res = await loginAs({ accountAlias: org.alias, email: user.email, password: PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json())).toEqual(['accessToken']);
    const claims = decodeJwt(res.json().accessToken);
    expect(Object.keys(claims).sort()).toEqual(['exp', 'gen', 'iat', 'jti', 'org', 'sub']);
    expect(claims.sub).toBe(user.id);
    expect(claims.org).toBe(org.id);
    expect(claims.exp! - claims.iat!).toBe(3600);
    expect(JSON.parse(Buffer.from(res.json().accessToken.split('.')[0], 'base64url').toString()).alg).toBe('HS256');
  });

  it('accepts the alias and email in any case and sets lastLoginAt', async () => {
    const user = await createUser(t, org, 'viewer');
    clock.advance(1000);
    const res = await loginAs({ accountAlias: org.alias.toUpperCase(), email: user.email.toUpperCase(), password: PASSWORD });
    expect(res.statusCode).toBe(200);
    const me = await v3(t, res.json().accessToken, 'GET', '/me');
    expect(me.json().lastLoginAt).toBe(clock.now().toISOString());
  });

  it('answers every wrong part, and a disabled user, with the same 401 InvalidCredentials', async () => {
    const user = await createUser(t, org, 'member');
    const other = await createIdentityOrg(t);
    const cases = [
      { accountAlias: 'no-such-alias', email: user.email, password: PASSWORD },
      { accountAlias: org.alias, email: 'nobody@example.test', password: PASSWORD },
      { accountAlias: org.alias, email: user.email, password: 'wrong password' },
      // Right email and password, another organization's alias.
      { accountAlias: other.alias, email: user.email, password: PASSWORD },
    ];
    const bodies = [];
    for (const body of cases) {
      const res = await loginAs(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(401);
      bodies.push(res.json());
    }
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { disabled: true })).statusCode).toBe(200);
    const disabled = await loginAs({ accountAlias: org.alias, email: user.email, password: PASSWORD });
    expect(disabled.statusCode).toBe(401);
    bodies.push(disabled.json());
    for (const b of bodies) expect(b).toEqual({ message: bodies[0].message, code: 'InvalidCredentials' });
  });

  it('refuses a missing or mistyped field with 400 ValidationFailed and malformed JSON with 400 InvalidJson', async () => {
    const missing = await loginAs({ accountAlias: org.alias, email: 'x@y.test' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'ValidationFailed', errors: [{ field: 'password' }] });
    const typed = await loginAs({ accountAlias: org.alias, email: 'x@y.test', password: 12345678 });
    expect(typed.json().code).toBe('ValidationFailed');
    const malformed = await t.request({ method: 'POST', url: '/v3/accounts/login', headers: { 'content-type': 'application/json' }, payload: '{"accountAlias":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe('InvalidJson');
  });

  it('throttles the 11th failure in 15 minutes per alias + email, with Retry-After; the window then ends', async () => {
    const user = await createUser(t, org, 'member');
    const wrong = { accountAlias: org.alias, email: user.email, password: 'not the password' };
    for (let i = 0; i < 10; i++) expect((await loginAs(wrong)).statusCode).toBe(401);
    const throttled = await loginAs({ ...wrong, password: PASSWORD });
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().code).toBe('TooManyLoginAttempts');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(throttled.headers['retry-after'])).toBeLessThanOrEqual(900);
    clock.advance(15 * 60_000 + 1000);
    expect((await loginAs({ ...wrong, password: PASSWORD })).statusCode).toBe(200);
  });

  it('clears the alias + email count on success', async () => {
    const user = await createUser(t, org, 'member');
    const wrong = { accountAlias: org.alias, email: user.email, password: 'not the password' };
    for (let i = 0; i < 9; i++) expect((await loginAs(wrong)).statusCode).toBe(401);
    expect((await loginAs({ ...wrong, password: PASSWORD })).statusCode).toBe(200);
    for (let i = 0; i < 9; i++) expect((await loginAs(wrong)).statusCode).toBe(401);
    expect((await loginAs({ ...wrong, password: PASSWORD })).statusCode).toBe(200);
  });

  it('throttles a client IP after 50 failures, whatever the accounts', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < 50; i++) {
      const res = await loginAs({ accountAlias: org.alias, email: `guess-${i}@example.test`, password: 'x' }, ip);
      expect(res.statusCode).toBe(401);
    }
    const user = await createUser(t, org, 'member');
    const blocked = await loginAs({ accountAlias: org.alias, email: user.email, password: PASSWORD }, ip);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().code).toBe('TooManyLoginAttempts');
    expect((await loginAs({ accountAlias: org.alias, email: user.email, password: PASSWORD }, '192.0.2.78')).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('expire after their lifetime', async () => {
    const user = await createUser(t, org, 'member');
    expect((await v3(t, user.jwt, 'GET', '/me')).statusCode).toBe(200);
    clock.advance(3600_000 + 1000);
    const res = await v3(t, user.jwt, 'GET', '/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('InvalidToken');
  });

  it('and every token of a disabled user stop at once, and a tampered JWT never verifies', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    expect((await v3(t, user.jwt, 'GET', '/me')).statusCode).toBe(200);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { disabled: true })).statusCode).toBe(200);
    expect((await v3(t, user.jwt, 'GET', '/me')).statusCode).toBe(401);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
    // Re-enabled: tokens work again, sessions from before the disabling do not.
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { disabled: false })).statusCode).toBe(200);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    const [h, p, s] = user.jwt.split('.');
    const claims = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 999999 })).toString('base64url')}.${s}`;
    expect((await v3(t, forged, 'GET', '/me')).statusCode).toBe(401);
  });

  it('of a deleted user stop at once, with its tokens', async () => {
    const user = await createUser(t, org, 'admin');
    const pat = await createPat(t, user.jwt);
    expect((await t.admin('DELETE', `/admin/v1/users/${user.adminId}`)).statusCode).toBe(204);
    expect((await v3(t, user.jwt, 'GET', '/me')).statusCode).toBe(401);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
  });

  it("carry no role: a role change ends them, and the user's tokens get the new role on the next request", async () => {
    const user = await createUser(t, org, 'admin');
    const pat = await createPat(t, user.jwt);
    const other = await createPat(t, (await createUser(t, org, 'member')).jwt);
    expect((await v3(t, user.jwt, 'GET', `/personal-access-tokens/${other.id}`)).statusCode).toBe(200);
    expect((await v3(t, pat.token, 'GET', `/personal-access-tokens/${other.id}`)).statusCode).toBe(200);
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { role: 'member' })).statusCode).toBe(200);
    expect((await v3(t, user.jwt, 'GET', '/me')).statusCode).toBe(401);
    expect((await v3(t, pat.token, 'GET', `/personal-access-tokens/${other.id}`)).statusCode).toBe(404);
    const fresh = await login(t, org.alias, user.email);
    expect((await v3(t, fresh, 'GET', '/me')).json().role).toBe('member');
  });
});
