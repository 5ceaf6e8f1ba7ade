/**
 * Connect (`/api/v1`) with a dashboard session: `Authorization: Bearer <JWT
 * from /v3/accounts/login>` plus `Tessera-Environment: sandbox|production`.
 * Rights follow the user's role, objects are the user's, environments and
 * organizations stay apart, and a session that stopped being valid is a 401
 * like an invalid key.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { sessionKey } from '../../src/identity/session.js';
import { createOrg, createTestApp, TEST_SECRET, type TestOrg } from '../harness.js';
import { must, randomId, send, uniq, type Body } from '../fixtures/connect-objects.js';
import { createIdentityOrg, createUser, login, type IdentityOrg } from '../fixtures/identity.js';

const clock = manualClock(new Date('2026-03-02T10:00:00Z'));
const t = await createTestApp({ clock, env: { TESSERA_RATE_LIMIT_PER_MINUTE: '1000' } });

let org: IdentityOrg;
let other: IdentityOrg;
let partner: TestOrg;

beforeAll(async () => {
  [org, other, partner] = await Promise.all([createIdentityOrg(t), createIdentityOrg(t), createOrg(t)]);
});

type Env = 'sandbox' | 'production';

/** A Connect request with a session, in `env` (null: no Tessera-Environment header). */
function as(jwt: string, env: Env | string | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) {
  return send(t, jwt, method, url, { headers: env === null ? {} : { 'tessera-environment': env }, ...(body !== undefined ? { body } : {}) });
}

const accountBody = () => ({ data: { attributes: { 'reference-id': uniq('ref') } } });
const INVALID = { errors: [{ title: 'Token is invalid' }] };

describe('an admin session', () => {
  it('creates and reads objects in the environment it names, with the organization and environment headers', async () => {
    const jwt = org.users.admin.jwt;
    const res = await as(jwt, 'sandbox', 'POST', '/accounts', accountBody());
    const account: Body = must(res, 201, 'POST /accounts').data;
    expect(res.headers['persona-organization-id']).toBe(org.adminId);
    expect(res.headers['persona-environment-id']).toBe(org.sandboxId);
    expect(must(await as(jwt, 'sandbox', 'GET', `/accounts/${account.id}`), 200, 'GET').data.id).toBe(account.id);

    const inquiry = must(await as(jwt, 'production', 'POST', '/inquiries', { data: { attributes: { 'reference-id': uniq('ref') } } }), 201, 'POST /inquiries');
    // The inquiry's `creator` is typed as an API key's id; an inquiry no key made reads ''.
    expect(inquiry.data.attributes.creator).toBe('');
    const read = await as(jwt, 'production', 'GET', `/inquiries/${inquiry.data.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers['persona-environment-id']).not.toBe(org.sandboxId);
  });

  it('creates a connection and a share token attributed to the user', async () => {
    const jwt = org.users.admin.jwt;
    const userRef = { type: 'user', id: org.users.admin.adminId };
    const connection = must(
      await as(jwt, 'sandbox', 'POST', '/connect/connections', { data: { attributes: { 'destination-organization-id': partner.organizationId } } }),
      201,
      'POST /connect/connections',
    ).data;
    expect(connection.relationships.creator.data).toEqual(userRef);
    must(await send(t, partner.apiKey, 'POST', `/connect/connections/${connection.id}/activate`), 200, 'activate');

    const account = must(await as(jwt, 'sandbox', 'POST', '/accounts', accountBody()), 201, 'POST /accounts').data;
    const token = must(
      await as(jwt, 'sandbox', 'POST', '/connect/share-tokens', { data: { attributes: { 'connection-id': connection.id, 'source-id': account.id } } }),
      201,
      'POST /connect/share-tokens',
    ).data;
    expect(token.relationships.creator.data).toEqual(userRef);
    const listed = must(await as(jwt, 'sandbox', 'GET', `/connect/share-tokens/${token.id}`), 200, 'GET share token').data;
    expect(listed.relationships.creator.data).toEqual(userRef);
  });

  it("logs its calls in the environment's API logs, the session masked", async () => {
    const jwt = org.users.admin.jwt;
    const res = await as(jwt, 'sandbox', 'POST', '/accounts', accountBody());
    expect(res.statusCode).toBe(201);
    await t.deps.apiLogs.flush();
    const log = must(await as(jwt, 'sandbox', 'GET', `/api-logs/${res.headers['request-id']}`), 200, 'GET /api-logs').data;
    expect(log.attributes.request).toMatchObject({ method: 'POST', path: '/api/v1/accounts' });
    expect(JSON.stringify(log)).not.toContain(jwt);
    expect((await as(jwt, 'production', 'GET', `/api-logs/${res.headers['request-id']}`)).statusCode).toBe(404);
  });

  it('creates an API key in its environment, within every permission', async () => {
    const res = await as(org.users.owner.jwt, 'sandbox', 'POST', '/api-keys', { data: { attributes: { name: 'from the dashboard', permissions: ['inquiry.read'] } } });
    const key = must(res, 201, 'POST /api-keys').data;
    expect(key.attributes.permissions).toEqual(['inquiry.read']);
    const own = await send(t, key.attributes.value, 'GET', '/inquiries');
    expect(own.statusCode).toBe(200);
    expect(own.headers['persona-environment-id']).toBe(org.sandboxId);
  });
});

describe('a member session', () => {
  it('reads but may not write (403 as for a key lacking the permission)', async () => {
    const jwt = org.users.member.jwt;
    const made = must(await as(org.users.admin.jwt, 'sandbox', 'POST', '/accounts', accountBody()), 201, 'POST /accounts').data;
    expect((await as(jwt, 'sandbox', 'GET', `/accounts/${made.id}`)).statusCode).toBe(200);
    expect((await as(jwt, 'sandbox', 'GET', '/api-keys')).statusCode).toBe(200);

    const write = await as(jwt, 'sandbox', 'POST', '/accounts', accountBody());
    expect(write.statusCode).toBe(403);
    expect(write.json().errors[0]).toMatchObject({ title: 'Forbidden', details: expect.stringContaining('account.write') });
    for (const reader of [org.users.viewer.jwt, jwt]) {
      const share = await as(reader, 'sandbox', 'POST', '/connect/share-tokens', { data: { attributes: { 'connection-id': randomId('cxn'), 'source-id': made.id } } });
      expect(share.statusCode).toBe(403);
    }
  });
});

describe('the Tessera-Environment header', () => {
  it('is required, and must be sandbox or production: otherwise 401 naming the header', async () => {
    for (const env of [null, 'staging', 'Sandbox', '']) {
      const res = await as(org.users.admin.jwt, env, 'GET', '/accounts');
      expect(res.statusCode, String(env)).toBe(401);
      const error = res.json().errors[0];
      expect(error.title).toBe('Token is invalid');
      expect(error.details).toContain('Tessera-Environment');
    }
  });

  it('keeps environments apart: an object made in sandbox is a 404 from production', async () => {
    const jwt = org.users.admin.jwt;
    const account = must(await as(jwt, 'sandbox', 'POST', '/accounts', accountBody()), 201, 'POST /accounts').data;
    const random = await as(jwt, 'production', 'GET', `/accounts/${randomId('act')}`);
    const res = await as(jwt, 'production', 'GET', `/accounts/${account.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(random.json());
    const list = must(await as(jwt, 'production', 'GET', '/accounts'), 200, 'list').data as Body[];
    expect(list.map((a) => a.id)).not.toContain(account.id);
  });

  it('is ignored for API keys', async () => {
    const res = await send(t, partner.apiKey, 'GET', '/accounts', { headers: { 'tessera-environment': 'production' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['persona-environment-id']).toBe(partner.sandboxId);
  });
});

describe('tenancy', () => {
  it("answers another organization's object with 404, the body a random id gets", async () => {
    const theirs = must(await as(other.users.admin.jwt, 'sandbox', 'POST', '/accounts', accountBody()), 201, 'POST /accounts').data;
    const random = await as(org.users.owner.jwt, 'sandbox', 'GET', `/accounts/${randomId('act')}`);
    const foreign = await as(org.users.owner.jwt, 'sandbox', 'GET', `/accounts/${theirs.id}`);
    expect({ status: foreign.statusCode, body: foreign.json() }).toEqual({ status: 404, body: random.json() });
  });
});

describe('rate limiting', () => {
  it('counts per user and environment, apart from API keys', async () => {
    const [user, colleague] = await Promise.all([createUser(t, org, 'member'), createUser(t, org, 'member')]);
    const first = await as(user.jwt, 'sandbox', 'GET', '/rate-limits');
    expect(first.statusCode).toBe(200);
    expect(Number(first.headers['ratelimit-limit'])).toBe(1000);
    expect(Number(first.headers['ratelimit-remaining'])).toBe(999);
    expect(Number((await as(user.jwt, 'sandbox', 'GET', '/accounts')).headers['ratelimit-remaining'])).toBe(998);
    // Another environment, or another user, has a window of its own.
    expect(Number((await as(user.jwt, 'production', 'GET', '/accounts')).headers['ratelimit-remaining'])).toBe(999);
    expect(Number((await as(colleague.jwt, 'sandbox', 'GET', '/accounts')).headers['ratelimit-remaining'])).toBe(999);
  });
});

describe('a session that is no longer valid', () => {
  it('answers 401 like an invalid key once expired', async () => {
    const user = await createUser(t, org, 'admin');
    expect((await as(user.jwt, 'sandbox', 'GET', '/accounts')).statusCode).toBe(200);
    clock.advance(3600_000 + 1000);
    const res = await as(user.jwt, 'sandbox', 'GET', '/accounts');
    expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 401, body: INVALID });
  });

  it('answers 401 for a JWT signed with the session key but an exp in the past, or a forged one', async () => {
    const user = await createUser(t, org, 'admin');
    const iat = Math.floor(clock.now().getTime() / 1000) - 7200;
    const expired = await new SignJWT({ org: org.id, gen: 0 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuedAt(iat)
      .setExpirationTime(iat + 60)
      .setJti(randomUUID())
      .sign(sessionKey(Buffer.from(TEST_SECRET)));
    const forged = await new SignJWT({ org: org.id, gen: 0 })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuedAt(iat + 7200)
      .setExpirationTime(iat + 9999)
      .setJti(randomUUID())
      .sign(new TextEncoder().encode('not the session key, not at all.'));
    for (const jwt of [expired, forged]) {
      const res = await as(jwt, 'sandbox', 'GET', '/accounts');
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 401, body: INVALID });
    }
  });

  it('answers 401 at once when the user is disabled or deleted', async () => {
    const disabled = await createUser(t, org, 'admin');
    const deleted = await createUser(t, org, 'member');
    for (const u of [disabled, deleted]) expect((await as(u.jwt, 'sandbox', 'GET', '/accounts')).statusCode).toBe(200);
    expect((await t.admin('PATCH', `/admin/v1/users/${disabled.adminId}`, { disabled: true })).statusCode).toBe(200);
    expect((await t.admin('DELETE', `/admin/v1/users/${deleted.adminId}`)).statusCode).toBe(204);
    for (const u of [disabled, deleted]) {
      const res = await as(u.jwt, 'sandbox', 'GET', '/accounts');
      expect({ status: res.statusCode, body: res.json() }).toEqual({ status: 401, body: INVALID });
    }
  });

  it('ends when the role drops to member; a new session has only the member rights', async () => {
    const user = await createUser(t, org, 'admin');
    expect((await as(user.jwt, 'sandbox', 'POST', '/accounts', accountBody())).statusCode).toBe(201);
    expect((await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { role: 'member' })).statusCode).toBe(200);
    const old = await as(user.jwt, 'sandbox', 'POST', '/accounts', accountBody());
    expect({ status: old.statusCode, body: old.json() }).toEqual({ status: 401, body: INVALID });
    const fresh = await login(t, org.alias, user.email);
    expect((await as(fresh, 'sandbox', 'POST', '/accounts', accountBody())).statusCode).toBe(403);
    expect((await as(fresh, 'sandbox', 'GET', '/accounts')).statusCode).toBe(200);
  });
});
