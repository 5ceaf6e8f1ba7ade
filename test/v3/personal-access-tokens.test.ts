/**
 * Personal access tokens on /v3 (pat-v3-api.md §3–§9, seed 003): the
 * resource's exact field set, create/list/retrieve/update/delete/rotate, who
 * may do what, scopes ∩ role, revocation and expiry, events and idempotency.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createTestApp, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat, createUser, login, uniq, v3, type IdentityOrg } from '../fixtures/identity.js';
import { expectShape, keyPaths, SEED_003_KEYS, SEED_003_PERSONAL_ACCESS_TOKEN } from '../fixtures/shape.js';

const clock = manualClock(new Date('2026-02-01T12:00:00.000Z'));
let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t, {
    email: 'platform@acme.test',
    description: 'Demo source organization',
    address: { 'address-line-1': '1 Example Street', city: 'London', country: 'GB', 'postal-code': 'EC1A 1AA' },
  });
});

/** A fresh session of one of the organization's users (tests move the clock past session lifetimes). */
const session = async (role: 'owner' | 'admin' | 'member' | 'viewer') => (await createUser(t, org, role)).jwt;

const future = (days: number) => new Date(clock.now().getTime() + days * 86_400_000).toISOString();

describe('the personal access token resource (seed 003)', () => {
  it('has exactly the documented fields, nested keys included, and never the secret', async () => {
    const user = await createUser(t, org, 'admin', { company: 'Acme Corp', tags: ['staff'], metadata: [{ key: 'team', value: 'platform' }] });
    const created = await createPat(t, user.jwt, { name: 'CI pipeline', scopes: ['personalAccessToken:read', 'apiToken:read'], expiresAt: future(30) });
    expect((await v3(t, created.token, 'GET', '/me')).statusCode).toBe(200);
    await t.deps.verifier.flushUsage();

    const res = await v3(t, user.jwt, 'GET', `/personal-access-tokens/${created.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(keyPaths(body)).toEqual(SEED_003_KEYS);
    expectShape(body, SEED_003_PERSONAL_ACCESS_TOKEN);
    expect(res.body).not.toContain(created.token);
    expect(body).toMatchObject({
      id: created.id,
      name: 'CI pipeline',
      revoked: false,
      scopes: ['apiToken:read', 'personalAccessToken:read'],
      userId: user.id,
      lastUsedAt: clock.now().toISOString(),
      lastRotatedAt: null,
      user: {
        id: user.id,
        name: 'Admin Tester',
        firstName: 'Admin',
        lastName: 'Tester',
        role: 'admin',
        roles: ['admin'],
        company: 'Acme Corp',
        twoFactorEnabled: false,
        googleSsoEnabled: false,
        allowCustomerPortalAccess: false,
        organizationId: org.id,
        resellerId: null,
        reseller: null,
        tags: ['staff'],
        emailPreference: { metrics: false },
        metadata: [{ key: 'team', value: 'platform', viewPermissions: [], visible: false }],
        organization: {
          id: org.id,
          email: 'platform@acme.test',
          description: 'Demo source organization',
          allowedUsers: 0,
          address: { addressLine1: '1 Example Street', addressLine2: null, city: 'London', state: null, country: 'GB', postalCode: 'EC1A 1AA' },
          resellerId: null,
          reseller: null,
        },
      },
    });
  });
});

describe('POST /v3/personal-access-tokens', () => {
  it('returns 201, Location and the secret once; no later response shows it', async () => {
    const user = org.users.member;
    const res = await v3(t, user.jwt, 'POST', '/personal-access-tokens', { name: '  Deploy  ', scopes: ['user:read'] });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(res.headers.location).toBe(`/v3/personal-access-tokens/${body.id}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(body.token).toMatch(/^tpat_[0-9A-Za-z]{34}$/);
    expect(body).toMatchObject({ name: 'Deploy', expiresAt: null, revoked: false, scopes: ['user:read'], userId: user.id });
    for (const r of [
      await v3(t, user.jwt, 'GET', `/personal-access-tokens/${body.id}`),
      await v3(t, user.jwt, 'GET', '/personal-access-tokens?limit=100'),
      await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${body.id}`, { name: 'Deploy 2' }),
    ]) {
      expect(r.statusCode).toBe(200);
      expect(r.body).not.toContain(body.token);
      expect(r.body).not.toContain('"token"');
    }
  });

  it('stores scopes canonical, sorted and unique, aliases under their catalog name', async () => {
    const res = await v3(t, org.users.owner.jwt, 'POST', '/personal-access-tokens', {
      name: 'aliases',
      scopes: ['licenseTemaplate:write', 'licensePolicy:read', 'user:read', 'user:read'],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().scopes).toEqual(['licenseTemplate:read', 'licenseTemplate:write', 'user:read']);
  });

  it('refuses bad input with 400 and the field at fault', async () => {
    const jwt = org.users.member.jwt;
    const cases: Array<[unknown, string, string | undefined]> = [
      [{ name: 'x', scopes: ['user:read', 'bogus:read'] }, 'ValidationFailed', 'scopes[1]'],
      [{ name: 'x', scopes: [] }, 'ValidationFailed', 'scopes'],
      [{ name: 'x' }, 'ValidationFailed', 'scopes'],
      [{ name: 'x'.repeat(256), scopes: ['user:read'] }, 'ValidationFailed', 'name'],
      [{ name: '   ', scopes: ['user:read'] }, 'ValidationFailed', 'name'],
      [{ name: 'x', scopes: ['user:read'], expiresAt: '2020-01-01T00:00:00Z' }, 'ValidationFailed', 'expiresAt'],
      [{ name: 'x', scopes: ['user:read'], expiresAt: 'tomorrow' }, 'ValidationFailed', 'expiresAt'],
      [{ name: 5, scopes: ['user:read'] }, 'ValidationFailed', 'name'],
      [{ name: 'x', scopes: 'user:read' }, 'ValidationFailed', 'scopes'],
      [{ name: 'x', scopes: ['user:read'], revoked: true }, 'ValidationFailed', 'revoked'],
      [{ name: 'x', scopes: ['user:read'], userId: org.users.owner.id }, 'ValidationFailed', 'userId'],
    ];
    for (const [body, code, field] of cases) {
      const res = await v3(t, jwt, 'POST', '/personal-access-tokens', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe(code);
      if (field) expect(res.json().errors.map((e: { field: string }) => e.field), JSON.stringify(body)).toContain(field);
    }
    const unknown = await v3(t, jwt, 'POST', '/personal-access-tokens', { name: 'x', scopes: ['bogus:read'] });
    expect(unknown.json().errors).toEqual([{ field: 'scopes[0]', message: 'unknown scope bogus:read' }]);
  });

  it('refuses malformed JSON (400 InvalidJson), other media types (415) and large bodies (413)', async () => {
    const headers = { authorization: `Bearer ${org.users.member.jwt}` };
    const malformed = await t.request({ method: 'POST', url: '/v3/personal-access-tokens', headers: { ...headers, 'content-type': 'application/json' }, payload: '{"name": ' });
    expect({ status: malformed.statusCode, code: malformed.json().code }).toEqual({ status: 400, code: 'InvalidJson' });
    const text = await t.request({ method: 'POST', url: '/v3/personal-access-tokens', headers: { ...headers, 'content-type': 'application/xml' }, payload: '<x/>' });
    expect({ status: text.statusCode, code: text.json().code }).toEqual({ status: 415, code: 'UnsupportedMediaType' });
    const big = await t.request({
      method: 'POST',
      url: '/v3/personal-access-tokens',
      headers: { ...headers, 'content-type': 'application/json' },
      payload: JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10), scopes: [] }),
    });
    expect({ status: big.statusCode, code: big.json().code }).toEqual({ status: 413, code: 'PayloadTooLarge' });
  });

  it('a viewer cannot grant user:write; a PAT needs personalAccessToken:write and cannot grant beyond its scopes', async () => {
    const viewer = await v3(t, org.users.viewer.jwt, 'POST', '/personal-access-tokens', { name: 'x', scopes: ['user:write'] });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json().code).toBe('InsufficientScope');
    expect(viewer.json().message).toContain('user:write');
    expect((await v3(t, org.users.viewer.jwt, 'POST', '/personal-access-tokens', { name: 'x', scopes: ['license:read', 'apiToken:write'] })).statusCode).toBe(201);

    const readOnly = await createPat(t, org.users.admin.jwt, { scopes: ['user:read'] });
    const denied = await v3(t, readOnly.token, 'POST', '/personal-access-tokens', { name: 'x', scopes: ['user:read'] });
    expect({ status: denied.statusCode, code: denied.json().code }).toEqual({ status: 403, code: 'InsufficientScope' });

    const writer = await createPat(t, org.users.admin.jwt, { scopes: ['personalAccessToken:write', 'user:read'] });
    const beyond = await v3(t, writer.token, 'POST', '/personal-access-tokens', { name: 'x', scopes: ['user:read', 'apiToken:read'] });
    expect({ status: beyond.statusCode, code: beyond.json().code }).toEqual({ status: 403, code: 'InsufficientScope' });
    expect(beyond.json().message).toContain('apiToken:read');
    // X:write implies X:read.
    expect((await v3(t, writer.token, 'POST', '/personal-access-tokens', { name: 'x', scopes: ['personalAccessToken:read', 'user:read'] })).statusCode).toBe(201);
    expect((await v3(t, writer.token, 'GET', '/personal-access-tokens')).statusCode).toBe(200);
  });

  it('replays an Idempotency-Key with the secret [REDACTED] (never stored), and refuses the key with another body', async () => {
    const jwt = org.users.member.jwt;
    const key = `idem-${uniq()}`;
    const first = await v3(t, jwt, 'POST', '/personal-access-tokens', { name: 'once', scopes: ['user:read'] }, { 'idempotency-key': key });
    const again = await v3(t, jwt, 'POST', '/personal-access-tokens', { name: 'once', scopes: ['user:read'] }, { 'idempotency-key': key });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ ...first.json(), token: '[REDACTED]' });
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['cache-control']).toBe('no-store');
    expect(again.headers['idempotent-replayed']).toBe('true');
    const rows = await t.deps.db.selectFrom('idempotency_keys').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(first.json().token);
    const other = await v3(t, jwt, 'POST', '/personal-access-tokens', { name: 'twice', scopes: ['user:read'] }, { 'idempotency-key': key });
    expect({ status: other.statusCode, code: other.json().code }).toEqual({ status: 422, code: 'IdempotencyKeyReused' });
  });

  it('emits personal-access-token.created in both environments, without the secret', async () => {
    const created = await createPat(t, org.users.member.jwt, { name: 'evented' });
    const rows = await t.deps.db.selectFrom('events').selectAll().where('object_id', '=', created.id).execute();
    expect(rows.map((r) => r.name)).toEqual(['personal-access-token.created', 'personal-access-token.created']);
    expect(new Set(rows.map((r) => r.environment_id)).size).toBe(2);
    expect(JSON.stringify(rows)).not.toContain(created.token);
  });
});

describe('GET /v3/personal-access-tokens', () => {
  it('is a bare array, 10 by createdAt ascending, with Pagination-* headers; past the end is []', async () => {
    const user = await createUser(t, org, 'member');
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      clock.advance(1000);
      ids.push((await createPat(t, user.jwt, { name: `token ${String(i).padStart(2, '0')}` })).id);
    }
    const res = await v3(t, user.jwt, 'GET', '/personal-access-tokens');
    expect(res.statusCode).toBe(200);
    expect(Array.isArray(res.json())).toBe(true);
    expect(res.json().map((p: { id: string }) => p.id)).toEqual(ids.slice(0, 10));
    expect(res.headers['pagination-count']).toBe('12');
    expect(res.headers['pagination-page']).toBe('1');
    expect(res.headers['pagination-limit']).toBe('10');
    const page2 = await v3(t, user.jwt, 'GET', '/personal-access-tokens?page=2');
    expect(page2.json().map((p: { id: string }) => p.id)).toEqual(ids.slice(10));
    expect((await v3(t, user.jwt, 'GET', '/personal-access-tokens?page=5')).json()).toEqual([]);
    const desc = await v3(t, user.jwt, 'GET', '/personal-access-tokens?sort=-name&limit=3&query=TOKEN%200');
    expect(desc.json().map((p: { name: string }) => p.name)).toEqual(['token 09', 'token 08', 'token 07']);
    expect(desc.headers['pagination-count']).toBe('10');
    // Unknown parameters are ignored.
    expect((await v3(t, user.jwt, 'GET', '/personal-access-tokens?color=blue')).statusCode).toBe(200);
  });

  it('refuses bad paging with 400 InvalidQueryParameter', async () => {
    for (const q of ['limit=101', 'limit=0', 'page=0', 'page=x', 'sort=bogus', 'sort=-token', `query=${'q'.repeat(257)}`, 'page=102&limit=100', 'revoked=maybe', 'userId=nope', 'expiresAt[gte]=soon']) {
      const res = await v3(t, org.users.member.jwt, 'GET', `/personal-access-tokens?${q}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().code, q).toBe('InvalidQueryParameter');
    }
  });

  it('shows owners and admins every token of the organization, others only their own; filters work', async () => {
    const member = await createUser(t, org, 'member');
    const mine = await createPat(t, member.jwt, { name: 'members own', expiresAt: future(3) });
    const ownerToken = await createPat(t, org.users.owner.jwt, { name: 'owners own' });
    const asMember = (await v3(t, member.jwt, 'GET', '/personal-access-tokens?limit=100')).json() as Array<{ id: string; userId: string }>;
    expect(asMember.every((p) => p.userId === member.id)).toBe(true);
    const asAdmin = (await v3(t, org.users.admin.jwt, 'GET', `/personal-access-tokens?limit=100&userId=${member.id}`)).json() as Array<{ id: string }>;
    expect(asAdmin.map((p) => p.id)).toEqual([mine.id]);
    const ownerSees = (await v3(t, org.users.owner.jwt, 'GET', '/personal-access-tokens?limit=100&query=own')).json() as Array<{ id: string }>;
    expect(ownerSees.map((p) => p.id).sort()).toEqual([mine.id, ownerToken.id].sort());
    const expiring = (await v3(t, org.users.admin.jwt, 'GET', `/personal-access-tokens?limit=100&expiresAt[lte]=${encodeURIComponent(future(4))}&userId=${member.id}`)).json();
    expect(expiring.map((p: { id: string }) => p.id)).toEqual([mine.id]);
  });
});

describe('PATCH, DELETE and rotate', () => {
  it('revoked: true stops the secret on the next request; revoked: false then gives 422 TokenRevoked', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    const before = clock.now().toISOString();
    clock.advance(1000);
    const res = await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().revoked).toBe(true);
    expect(res.json().updatedAt > before).toBe(true);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
    // Repeated: a no-op. Un-revoking or changing scopes: 422. Renaming: fine.
    expect((await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true })).statusCode).toBe(200);
    for (const body of [{ revoked: false }, { scopes: ['user:read'] }, { expiresAt: future(1) }]) {
      const r = await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, body);
      expect({ status: r.statusCode, code: r.json().code }).toEqual({ status: 422, code: 'TokenRevoked' });
    }
    expect((await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { name: 'old' })).json().name).toBe('old');
    const events = await t.deps.db.selectFrom('events').select('name').where('object_id', '=', pat.id).execute();
    expect(events.filter((e) => e.name === 'personal-access-token.revoked')).toHaveLength(2);
  });

  it('an expired token gets 401, is still listed, and refuses a new expiresAt with 422 TokenExpired', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt, { expiresAt: future(1) });
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    clock.advance(86_400_000 + 1000);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
    const relogged = await login(t, org.alias, user.email);
    expect((await v3(t, relogged, 'GET', '/personal-access-tokens')).json().map((p: { id: string }) => p.id)).toContain(pat.id);
    for (const body of [{ expiresAt: future(30) }, { expiresAt: null }, { scopes: ['user:read'] }, { revoked: false }]) {
      const r = await v3(t, relogged, 'PATCH', `/personal-access-tokens/${pat.id}`, body);
      expect({ status: r.statusCode, code: r.json().code }, JSON.stringify(body)).toEqual({ status: 422, code: 'TokenExpired' });
    }
    expect((await v3(t, relogged, 'PATCH', `/personal-access-tokens/${pat.id}`, { name: 'expired', revoked: true })).statusCode).toBe(200);
    const rotate = await v3(t, relogged, 'POST', `/personal-access-tokens/${pat.id}/rotate`);
    expect({ status: rotate.statusCode, code: rotate.json().code }).toEqual({ status: 422, code: 'TokenRevoked' });
  });

  it('scopes and expiry changes apply at once; {} changes nothing', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt, { scopes: ['personalAccessToken:write', 'user:read'] });
    expect((await v3(t, pat.token, 'GET', '/users')).statusCode).toBe(200);
    // lastUsedAt is written behind; settle it first so the timer's flush cannot land between the two reads.
    await t.deps.verifier.flushUsage();
    const unchanged = await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, {});
    expect(unchanged.json()).toEqual((await v3(t, user.jwt, 'GET', `/personal-access-tokens/${pat.id}`)).json());
    expect((await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { scopes: ['personalAccessToken:write'] })).statusCode).toBe(200);
    const denied = await v3(t, pat.token, 'GET', '/users');
    expect({ status: denied.statusCode, code: denied.json().code }).toEqual({ status: 403, code: 'InsufficientScope' });
    const past = await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { expiresAt: '2001-01-01T00:00:00Z' });
    expect({ status: past.statusCode, code: past.json().code }).toEqual({ status: 400, code: 'ValidationFailed' });
    const long = await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { name: 'n'.repeat(256) });
    expect({ status: long.statusCode, code: long.json().code }).toEqual({ status: 400, code: 'ValidationFailed' });
    const typed = await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: 'yes' });
    expect({ status: typed.statusCode, code: typed.json().code }).toEqual({ status: 400, code: 'ValidationFailed' });
    const merge = await t.request({
      method: 'PATCH',
      url: `/v3/personal-access-tokens/${pat.id}`,
      headers: { authorization: `Bearer ${user.jwt}`, 'content-type': 'application/merge-patch+json' },
      payload: JSON.stringify({ expiresAt: future(2) }),
    });
    expect(merge.statusCode).toBe(200);
    clock.advance(2 * 86_400_000 + 1);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
  });

  it('lowering the owner\'s role cuts the token\'s rights at once', async () => {
    const user = await createUser(t, org, 'admin');
    const pat = await createPat(t, user.jwt, { scopes: ['personalAccessToken:write', 'user:read'] });
    const other = await createPat(t, (await createUser(t, org, 'member')).jwt);
    expect((await v3(t, pat.token, 'GET', `/personal-access-tokens/${other.id}`)).statusCode).toBe(200);
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { role: 'viewer' })).statusCode).toBe(200);
    expect((await v3(t, pat.token, 'GET', `/personal-access-tokens/${other.id}`)).statusCode).toBe(404);
    // A viewer still holds personalAccessToken:write and user:read.
    expect((await v3(t, pat.token, 'GET', '/users')).statusCode).toBe(200);
  });

  it('a member gets 404 for another user\'s token; an admin reads and revokes it but cannot rename or rotate it', async () => {
    const member = await createUser(t, org, 'member');
    const other = await createUser(t, org, 'member');
    const pat = await createPat(t, other.jwt);
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['PATCH', '', { revoked: true }],
      ['DELETE', '', undefined],
      ['POST', '/rotate', undefined],
    ] as const) {
      const res = await v3(t, member.jwt, method, `/personal-access-tokens/${pat.id}${path}`, body);
      expect({ status: res.statusCode, code: res.json().code }, `${method} ${path}`).toEqual({ status: 404, code: 'NotFound' });
    }
    const admin = await session('admin');
    expect((await v3(t, admin, 'GET', `/personal-access-tokens/${pat.id}`)).statusCode).toBe(200);
    for (const body of [{ name: 'renamed' }, { scopes: ['user:read'] }, { revoked: true, name: 'x' }]) {
      const r = await v3(t, admin, 'PATCH', `/personal-access-tokens/${pat.id}`, body);
      expect({ status: r.statusCode, code: r.json().code }).toEqual({ status: 403, code: 'Forbidden' });
    }
    const rotate = await v3(t, admin, 'POST', `/personal-access-tokens/${pat.id}/rotate`);
    expect({ status: rotate.statusCode, code: rotate.json().code }).toEqual({ status: 403, code: 'Forbidden' });
    expect((await v3(t, admin, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true })).json().revoked).toBe(true);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
  });

  it('an admin may not revoke or delete an owner\'s token; an owner may', async () => {
    const owner = await createUser(t, org, 'owner');
    const pat = await createPat(t, owner.jwt);
    const admin = await session('admin');
    const r = await v3(t, admin, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true });
    expect({ status: r.statusCode, code: r.json().code }).toEqual({ status: 403, code: 'Forbidden' });
    expect((await v3(t, admin, 'DELETE', `/personal-access-tokens/${pat.id}`)).statusCode).toBe(403);
    expect((await v3(t, await session('owner'), 'DELETE', `/personal-access-tokens/${pat.id}`)).statusCode).toBe(204);
  });

  it('DELETE gives 204; the secret then fails and GET gives 404; a token may delete itself', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    expect((await v3(t, pat.token, 'DELETE', `/personal-access-tokens/${pat.id}`)).statusCode).toBe(204);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
    expect((await v3(t, user.jwt, 'GET', `/personal-access-tokens/${pat.id}`)).statusCode).toBe(404);
    expect((await v3(t, user.jwt, 'DELETE', `/personal-access-tokens/${pat.id}`)).statusCode).toBe(404);
    const events = await t.deps.db.selectFrom('events').select('name').where('object_id', '=', pat.id).execute();
    expect(events.map((e) => e.name)).toContain('personal-access-token.revoked');
  });

  it('rotate: a new secret, same id and scopes; the old one works for the grace period, then fails', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt, { name: 'rotating' });
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    const res = await v3(t, user.jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`, { gracePeriodSeconds: 60 });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const rotated = res.json();
    expect(rotated).toMatchObject({ id: pat.id, name: 'rotating', scopes: pat.body.scopes, lastRotatedAt: clock.now().toISOString(), updatedAt: clock.now().toISOString() });
    expect(rotated.token).toMatch(/^tpat_/);
    expect(rotated.token).not.toBe(pat.token);
    expect((await v3(t, rotated.token, 'GET', '/me')).statusCode).toBe(200);
    clock.advance(59_000);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    clock.advance(2_000);
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
    expect((await v3(t, rotated.token, 'GET', '/me')).statusCode).toBe(200);

    // Grace 0 (the default): the old secret fails at once; a PAT may rotate itself.
    const again = await v3(t, rotated.token, 'POST', `/personal-access-tokens/${pat.id}/rotate`);
    expect(again.statusCode).toBe(200);
    expect((await v3(t, rotated.token, 'GET', '/me')).statusCode).toBe(401);
    expect((await v3(t, again.json().token, 'GET', '/me')).statusCode).toBe(200);
    const bad = await v3(t, user.jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`, { gracePeriodSeconds: 86_401 });
    expect({ status: bad.statusCode, code: bad.json().code }).toEqual({ status: 400, code: 'ValidationFailed' });
  });

  it("rotate's body is optional and declared: none, null or {} rotate with no grace; anything else is 400 ValidationFailed naming the field", async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    const rotate = (payload: string | undefined) =>
      t.request({
        method: 'POST',
        url: `/v3/personal-access-tokens/${pat.id}/rotate`,
        headers: { authorization: `Bearer ${user.jwt}`, ...(payload !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(payload !== undefined ? { payload } : {}),
      });
    for (const payload of [undefined, 'null', '{}', '{"gracePeriodSeconds":0}']) expect((await rotate(payload)).statusCode, payload).toBe(200);
    for (const [payload, field] of [
      ['{"gracePeriodSeconds":60,"extra":true}', 'extra'],
      ['{"gracePeriodSeconds":-1}', 'gracePeriodSeconds'],
      ['{"gracePeriodSeconds":1.5}', 'gracePeriodSeconds'],
      ['{"gracePeriodSeconds":"60"}', 'gracePeriodSeconds'],
      ['[]', 'body'],
    ] as const) {
      const res = await rotate(payload);
      expect({ status: res.statusCode, code: res.json().code, field: res.json().errors[0].field }, payload).toEqual({ status: 400, code: 'ValidationFailed', field });
    }
    expect((await rotate('{"extra":true}')).json()).toEqual({ message: 'extra is not allowed', code: 'ValidationFailed', errors: [{ field: 'extra', message: 'is not allowed' }] });

    const doc = (await t.request({ method: 'GET', url: '/openapi.json' })).json();
    const body = doc.paths['/v3/personal-access-tokens/{id}/rotate'].post.requestBody;
    expect(body.required).toBe(false);
    expect(body.content['application/json'].schema).toMatchObject({
      type: ['object', 'null'],
      additionalProperties: false,
      properties: { gracePeriodSeconds: { type: 'integer', minimum: 0, maximum: 86_400 } },
    });
  });

  it('rotating again ends the earlier grace period at once', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    const first = (await v3(t, user.jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`, { gracePeriodSeconds: 3600 })).json();
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(200);
    const second = (await v3(t, user.jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`, { gracePeriodSeconds: 3600 })).json();
    expect((await v3(t, pat.token, 'GET', '/me')).statusCode).toBe(401);
    expect((await v3(t, first.token, 'GET', '/me')).statusCode).toBe(200);
    expect((await v3(t, second.token, 'GET', '/me')).statusCode).toBe(200);
    // Revocation kills the secret in its grace period too.
    await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true });
    expect((await v3(t, first.token, 'GET', '/me')).statusCode).toBe(401);
  });

  it('a PAT rotating another token needs personalAccessToken:write and every scope of the target', async () => {
    const user = await createUser(t, org, 'admin');
    const target = await createPat(t, user.jwt, { scopes: ['user:read', 'apiToken:read'] });
    const narrow = await createPat(t, user.jwt, { scopes: ['personalAccessToken:write', 'user:read'] });
    const r = await v3(t, narrow.token, 'POST', `/personal-access-tokens/${target.id}/rotate`);
    expect({ status: r.statusCode, code: r.json().code }).toEqual({ status: 403, code: 'InsufficientScope' });
    const wide = await createPat(t, user.jwt, { scopes: ['personalAccessToken:write', 'user:read', 'apiToken:read'] });
    expect((await v3(t, wide.token, 'POST', `/personal-access-tokens/${target.id}/rotate`)).statusCode).toBe(200);
  });

  it('records lastUsedAt at most once a minute', async () => {
    const user = await createUser(t, org, 'member');
    const pat = await createPat(t, user.jwt);
    const first = clock.now().toISOString();
    await v3(t, pat.token, 'GET', '/me');
    await t.deps.verifier.flushUsage();
    clock.advance(30_000);
    await v3(t, pat.token, 'GET', '/me');
    await t.deps.verifier.flushUsage();
    expect((await v3(t, user.jwt, 'GET', `/personal-access-tokens/${pat.id}`)).json().lastUsedAt).toBe(first);
    clock.advance(31_000);
    await v3(t, pat.token, 'GET', '/me');
    await t.deps.verifier.flushUsage();
    expect((await v3(t, user.jwt, 'GET', `/personal-access-tokens/${pat.id}`)).json().lastUsedAt).toBe(clock.now().toISOString());
    expect((await v3(t, user.jwt, 'GET', '/me')).json().lastSeenAt).toBe(clock.now().toISOString());
  });
});
