/**
 * The dashboard's calls with a `/v3` login session: on Astra it lists,
 * creates and revokes the user's own API tokens (the user acts as themself,
 * with the rights of their role), and on `/v3` it does the same with personal
 * access tokens. A session that expired or whose user was disabled is a 401.
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createTestApp } from '../harness.js';
import { astra, createIdentityOrg, createUser, v3 } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-03-02T10:00:00Z'));
const t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '100000' } });
const [org, other] = await Promise.all([createIdentityOrg(t), createIdentityOrg(t)]);

const tokens = (userId: string) => `/users/${userId}/tokens`;
const tokenBody = (name: string) => ({ type: 'application/astra-token', version: '1.0', name });
const ids = (res: { json(): { items: Array<{ id: string }> } }) => res.json().items.map((i) => i.id);

describe('Astra with a session', () => {
  it('lists, creates and revokes the user’s own API tokens; the new token works until revoked', async () => {
    const user = await createUser(t, org, 'member');
    expect(ids(await astra(t, user.jwt, 'GET', org.id, tokens(user.id)))).toEqual([]);

    const created = await astra(t, user.jwt, 'POST', org.id, tokens(user.id), tokenBody('CI'));
    expect(created.statusCode, created.body).toBe(201);
    const { id, token, userID } = created.json();
    expect(userID).toBe(user.id);
    expect((await astra(t, token, 'GET', org.id, `/users/${user.id}`)).statusCode).toBe(200);
    expect(ids(await astra(t, user.jwt, 'GET', org.id, tokens(user.id)))).toEqual([id]);

    expect((await astra(t, user.jwt, 'DELETE', org.id, `${tokens(user.id)}/${id}`)).statusCode).toBe(204);
    expect((await astra(t, token, 'GET', org.id, `/users/${user.id}`)).statusCode).toBe(401);
    expect(ids(await astra(t, user.jwt, 'GET', org.id, tokens(user.id)))).toEqual([]);
  });

  it('acts only as the user: another member’s tokens are 403, another organization’s account 404', async () => {
    const [user, colleague] = await Promise.all([createUser(t, org, 'member'), createUser(t, org, 'member')]);
    expect((await astra(t, user.jwt, 'GET', org.id, tokens(colleague.id))).statusCode).toBe(403);
    expect((await astra(t, user.jwt, 'POST', org.id, tokens(colleague.id), tokenBody('theirs'))).statusCode).toBe(403);
    expect((await astra(t, user.jwt, 'GET', other.id, tokens(user.id))).statusCode).toBe(404);
    expect((await astra(t, user.jwt, 'GET', other.id, tokens(other.users.member.id))).statusCode).toBe(404);
  });

  it('answers 401 once the user is disabled, and once the session expired', async () => {
    const [disabled, expiring] = await Promise.all([createUser(t, org, 'admin'), createUser(t, org, 'admin')]);
    expect((await t.admin('PATCH', `/admin/v1/users/${disabled.adminId}`, { disabled: true })).statusCode).toBe(200);
    const res = await astra(t, disabled.jwt, 'GET', org.id, tokens(disabled.id));
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);

    expect((await astra(t, expiring.jwt, 'GET', org.id, tokens(expiring.id))).statusCode).toBe(200);
    clock.advance(3600_000 + 1000);
    expect((await astra(t, expiring.jwt, 'GET', org.id, tokens(expiring.id))).statusCode).toBe(401);
    clock.advance(-(3600_000 + 1000));
  });
});

describe('/v3 personal access tokens with a session', () => {
  it('lists, creates and revokes them; a revoked token stops working', async () => {
    const user = await createUser(t, org, 'member');
    const created = await v3(t, user.jwt, 'POST', '/personal-access-tokens', { name: 'dashboard', scopes: ['user:read'] });
    expect(created.statusCode, created.body).toBe(201);
    const { id, token } = created.json();
    expect((await v3(t, token, 'GET', '/me')).statusCode).toBe(200);

    const listed = await v3(t, user.jwt, 'GET', '/personal-access-tokens');
    expect(listed.statusCode).toBe(200);
    expect((listed.json() as Array<{ id: string }>).map((p) => p.id)).toContain(id);

    const revoked = await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${id}`, { revoked: true });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json().revoked).toBe(true);
    expect((await v3(t, token, 'GET', '/me')).statusCode).toBe(401);
  });
});
