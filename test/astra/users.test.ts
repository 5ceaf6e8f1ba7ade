/** Astra users (astra-api.md §5): read-only, every role reads its organization's; a PAT needs user:read. */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import { astra, createIdentityOrg, createPat, createUser, type IdentityOrg } from '../fixtures/identity.js';

let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
});

describe('users', () => {
  it('a user is application/astra-user+json with string booleans, authID = email and the admin API as author', async () => {
    const user = await createUser(t, org, 'member', { company: 'Acme Corp' });
    const res = await astra(t, org.users.viewer.jwt, 'GET', org.id, `/users/${user.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/astra-user\+json/);
    expect(res.json()).toEqual({
      type: 'application/astra-user',
      version: '1.2',
      id: user.id,
      state: 'active',
      isEnabled: 'true',
      authID: user.email,
      authProvider: 'local',
      firstName: 'Member',
      lastName: 'Tester',
      companyName: 'Acme Corp',
      email: user.email,
      sendWelcomeEmail: 'false',
      enableTimestamp: expect.stringMatching(/\.\d{6}Z$/),
      // The login in the fixture was not an authenticated request; lastActTimestamp comes with the first one.
      metadata: {
        labels: [],
        creationTimestamp: expect.stringMatching(/\.\d{6}Z$/),
        modificationTimestamp: expect.stringMatching(/\.\d{6}Z$/),
        createdBy: '00000000-0000-0000-0000-000000000000',
      },
    });
    await astra(t, user.jwt, 'GET', org.id, '/users');
    await t.deps.verifier.flushUsage();
    const after = (await astra(t, org.users.viewer.jwt, 'GET', org.id, `/users/${user.id}`)).json();
    expect(after.lastActTimestamp).toMatch(/\.\d{6}Z$/);
    expect(Object.keys(after)).not.toContain('phone');
  });

  it('sends an ETag (MD5 of the body); If-None-Match naming it → 304 without a body, until the user changes', async () => {
    const user = await createUser(t, org, 'viewer');
    const path = `/users/${user.id}`;
    const res = await astra(t, org.users.admin.jwt, 'GET', org.id, path);
    expect(res.headers.etag).toBe(`"${createHash('md5').update(res.body).digest('hex')}"`);
    const notModified = await astra(t, org.users.admin.jwt, 'GET', org.id, path, undefined, { 'if-none-match': res.headers.etag as string });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { 'first-name': 'Renamed' });
    const changed = await astra(t, org.users.admin.jwt, 'GET', org.id, path, undefined, { 'if-none-match': res.headers.etag as string });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().firstName).toBe('Renamed');
  });

  it('a disabled user shows isEnabled "false"; companyName is omitted when unset', async () => {
    const user = await createUser(t, org, 'viewer');
    await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { disabled: true });
    const res = (await astra(t, org.users.admin.jwt, 'GET', org.id, `/users/${user.id}`)).json();
    expect(res.isEnabled).toBe('false');
    expect(res).not.toHaveProperty('companyName');
    expect(res.metadata.modifiedBy).toBe('00000000-0000-0000-0000-000000000000');
  });

  it('lists with filter, orderBy, include and count', async () => {
    const other = await createIdentityOrg(t);
    const jwt = other.users.member.jwt;
    const list = (await astra(t, jwt, 'GET', other.id, '/users?count=true')).json();
    expect(list.type).toBe('application/astra-users');
    expect(list.version).toBe('1.2');
    expect(list.items).toHaveLength(4);
    expect(list.metadata.count).toBe(4);
    const byEmail = (await astra(t, jwt, 'GET', other.id, '/users?orderBy=email%20desc&include=email')).json();
    expect(byEmail.items).toEqual(Object.values(other.users).map((u) => [u.email]).sort().reverse());
    const f = (q: string) => astra(t, jwt, 'GET', other.id, `/users?include=id&filter=${encodeURIComponent(q)}`).then((r) => r.json().items);
    expect(await f(`email eq '${other.users.owner.email}'`)).toEqual([[other.users.owner.id]]);
    expect(await f("state eq 'active'")).toHaveLength(4);
    expect(await f("state eq 'suspended'")).toEqual([]);
    await t.admin('PATCH', `/admin/v1/users/${other.users.viewer.adminId}`, { disabled: true });
    expect(await f("isEnabled eq 'false'")).toEqual([[other.users.viewer.id]]);
    expect(await f("isEnabled eq 'true'")).toHaveLength(3);
    expect(await f("firstName eq 'Admin',lastName eq 'Tester'")).toEqual([[other.users.admin.id]]);
  });

  it('a PAT needs user:read; unknown users are 404 problem 2', async () => {
    const pat = await createPat(t, org.users.admin.jwt, { scopes: ['apiToken:read'] });
    const denied = await astra(t, pat.token, 'GET', org.id, '/users');
    expect(denied.statusCode).toBe(403);
    expect(denied.json().type).toBe('https://astra.netapp.io/problems/11');
    const missing = await astra(t, org.users.admin.jwt, 'GET', org.id, '/users/7a0e5c1e-7a49-4c3f-9b1e-7b9f8e0c1d2a');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().type).toBe('https://astra.netapp.io/problems/2');
  });
});
