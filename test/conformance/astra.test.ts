/**
 * Every Astra token and user response — bodies and problem details — against
 * NetApp's published description (astra-api.md §9, issue 5 acceptance):
 * success bodies by their operation's schema and media type, problems 1–11 by
 * the operation's documented problem schemas, and the problems outside the
 * reference by the shape the reference gives every problem.
 */
import { beforeAll, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import { astra, createIdentityOrg, createPat, createUat, createUser, type IdentityOrg } from '../fixtures/identity.js';
import { describeAstraConformance, expectAstraConforms, expectAstraSchema } from './astra-reference.js';

const TOKENS = '/users/{user_id}/tokens';
const TOKEN = '/users/{user_id}/tokens/{token_id}';
const USERS = '/users';
const USER = '/users/{user_id}';
const body = (extra: Record<string, unknown> = {}) => ({ type: 'application/astra-token', version: '1.0', name: 'Conformance', ...extra });

describeAstraConformance('Astra responses conform to the reference', () => {
  let t: TestApp;
  let org: IdentityOrg;

  beforeAll(async () => {
    t = await createTestApp({ env: { TESSERA_USER_RATE_LIMIT: '100000' } });
    org = await createIdentityOrg(t);
  });

  it('token create, retrieve, list (full and include), update and delete', async () => {
    const user = org.users.member;
    const request = body({ metadata: { labels: [{ name: 'team', value: 'storage' }] } });
    expectAstraSchema('token_1.0_post_request_body', request);
    const created = expectAstraConforms(await astra(t, user.jwt, 'POST', org.id, `/users/${user.id}/tokens`, request), 'POST', TOKENS, 201);
    expect(created.token).toBeDefined();
    const got = expectAstraConforms(await astra(t, user.jwt, 'GET', org.id, `/users/${user.id}/tokens/${created.id}`), 'GET', TOKEN, 200);
    expect(got.token).toBeUndefined();
    expectAstraSchema('token_1.0_get_response_body', got);
    await createUat(t, org, user, 'second');
    const list = expectAstraConforms(await astra(t, user.jwt, 'GET', org.id, `/users/${user.id}/tokens?count=true&limit=1`), 'GET', TOKENS, 200);
    expect(list.metadata.continue).toBeDefined();
    expectAstraConforms(await astra(t, user.jwt, 'GET', org.id, `/users/${user.id}/tokens?include=id,name`), 'GET', TOKENS, 200);
    const update = body({ name: 'Renamed', metadata: { labels: [] } });
    expectAstraSchema('token_1.0_put_request_body', update);
    expect((await astra(t, user.jwt, 'PUT', org.id, `/users/${user.id}/tokens/${created.id}`, update)).statusCode).toBe(204);
    const updated = expectAstraConforms(await astra(t, user.jwt, 'GET', org.id, `/users/${user.id}/tokens/${created.id}`), 'GET', TOKEN, 200);
    expect(updated.metadata.modifiedBy).toBe(user.id);
    expect((await astra(t, user.jwt, 'DELETE', org.id, `/users/${user.id}/tokens/${created.id}`)).statusCode).toBe(204);
  });

  it('users: retrieve, list (full and include), a disabled user with a company', async () => {
    const user = await createUser(t, org, 'viewer', { company: 'Acme Corp' });
    await astra(t, user.jwt, 'GET', org.id, USERS);
    await t.deps.verifier.flushUsage();
    await t.admin('PATCH', `/admin/v1/users/${user.adminId}`, { disabled: true });
    const jwt = org.users.admin.jwt;
    const one = expectAstraConforms(await astra(t, jwt, 'GET', org.id, `/users/${user.id}`), 'GET', USER, 200);
    expect(one).toMatchObject({ isEnabled: 'false', companyName: 'Acme Corp' });
    expect(one.lastActTimestamp).toBeDefined();
    expectAstraSchema('user_1.2_get_response_body', one);
    expectAstraConforms(await astra(t, jwt, 'GET', org.id, `/users?count=true&orderBy=email%20desc&limit=2`), 'GET', USERS, 200);
    expectAstraConforms(await astra(t, jwt, 'GET', org.id, `/users?include=id,email,metadata`), 'GET', USERS, 200);
  });

  it('problems 1–11 on the operations that document them', async () => {
    const user = org.users.member;
    const admin = org.users.admin;
    const other = await createIdentityOrg(t);
    const uat = await createUat(t, org, user);
    const tokenPath = `/users/${user.id}/tokens/${uat.id}`;
    const missing = '7a0e5c1e-7a49-4c3f-9b1e-7b9f8e0c1d2a';
    const cases: Array<[number, string, string, string, string | null, unknown, Record<string, string>?]> = [
      // [status, method, refPath, path, bearer, body, headers]
      [401, 'GET', TOKENS, `/users/${user.id}/tokens`, null, undefined],
      [401, 'POST', TOKENS, `/users/${user.id}/tokens`, 'bogus', body()],
      [401, 'GET', TOKEN, tokenPath, 'bogus', undefined],
      [401, 'PUT', TOKEN, tokenPath, null, body()],
      [401, 'DELETE', TOKEN, tokenPath, 'bogus', undefined],
      [401, 'GET', USERS, '/users', null, undefined],
      [401, 'GET', USER, `/users/${user.id}`, 'bogus', undefined],
      [400, 'GET', TOKENS, `/users/${user.id}/tokens?limit=0`, user.jwt, undefined],
      [400, 'GET', TOKENS, `/users/${user.id}/tokens?foo=bar`, user.jwt, undefined],
      [400, 'GET', USERS, '/users?orderBy=name%20asc', user.jwt, undefined],
      [400, 'GET', TOKEN, `${tokenPath}?include=id`, user.jwt, undefined],
      [400, 'POST', TOKENS, `/users/${user.id}/tokens`, user.jwt, body({ version: '2.0' })],
      [400, 'POST', TOKENS, `/users/${user.id}/tokens`, user.jwt, body({ name: 'a<b' })],
      [400, 'PUT', TOKEN, tokenPath, user.jwt, body({ token: 'x' })],
      [400, 'PUT', TOKEN, tokenPath, user.jwt, body({ metadata: { labels: [{ name: 'a', value: '1' }, { name: 'a', value: '2' }] } })],
      [403, 'POST', TOKENS, `/users/${admin.id}/tokens`, user.jwt, body()],
      [403, 'GET', TOKENS, `/users/${admin.id}/tokens`, user.jwt, undefined],
      [403, 'PUT', TOKEN, tokenPath, admin.jwt, body()],
      [403, 'DELETE', TOKEN, `/users/${admin.id}/tokens/${missing}`, user.jwt, undefined],
      [403, 'GET', USERS, '/users', (await createPat(t, admin.jwt, { scopes: ['apiToken:read'] })).token, undefined],
      [404, 'GET', TOKENS, `/users/${missing}/tokens`, user.jwt, undefined],
      [404, 'POST', TOKENS, `/users/${other.users.member.id}/tokens`, user.jwt, body()],
      [404, 'GET', TOKEN, `/users/${user.id}/tokens/${missing}`, user.jwt, undefined],
      [404, 'PUT', TOKEN, `/users/${user.id}/tokens/${missing}`, user.jwt, body()],
      [404, 'DELETE', TOKEN, `/users/${user.id}/tokens/${missing}`, user.jwt, undefined],
      [404, 'GET', USER, `/users/${missing}`, user.jwt, undefined],
      [409, 'PUT', TOKEN, tokenPath, user.jwt, body({ id: missing })],
      [403, 'POST', USERS, '/users', user.jwt, { type: 'application/astra-user', version: '1.2' }],
      [403, 'PUT', USER, `/users/${user.id}`, user.jwt, { type: 'application/astra-user', version: '1.2' }],
      [403, 'DELETE', USER, `/users/${user.id}`, user.jwt, undefined],
    ];
    for (const [status, method, refPath, path, bearer, b, headers] of cases) {
      const res = await astra(t, bearer, method as 'GET', org.id, path, b, headers);
      const problem = expectAstraConforms(res, method, refPath, status);
      expect(problem.correlationID).toBeDefined();
    }
    // Another account: the operation's 404.
    expectAstraConforms(await astra(t, user.jwt, 'GET', other.id, `/users/${user.id}/tokens`), 'GET', TOKENS, 404);
    expectAstraConforms(await astra(t, user.jwt, 'DELETE', other.id, tokenPath), 'DELETE', TOKEN, 404);
  });

  it('problems outside the reference keep the shape every problem has', async () => {
    const user = org.users.member;
    const uat = await createUat(t, org, user);
    const headers = { authorization: `Bearer ${user.jwt}` };
    const base = `/accounts/${org.id}/core/v1`;
    const responses = [
      await t.request({ method: 'GET', url: `/accounts/${org.id}/core/v2/users`, headers }),
      await t.request({ method: 'PATCH', url: `${base}/users`, headers }),
      await astra(t, user.jwt, 'GET', org.id, `/users/${user.id}/tokens/${uat.id}`, undefined, { accept: 'text/html' }),
      await astra(t, user.jwt, 'DELETE', org.id, `/users/${user.id}/tokens/${uat.id}`, undefined, { 'if-match': '"stale"' }),
      await t.request({ method: 'POST', url: `${base}/users/${user.id}/tokens`, headers: { ...headers, 'content-type': 'text/plain' }, payload: 'x' }),
      await t.request({ method: 'POST', url: `${base}/users/${user.id}/tokens`, headers: { ...headers, 'content-type': 'application/json' }, payload: '{' }),
    ];
    const shape = {
      type: 'object',
      required: ['type', 'title', 'detail', 'status'],
      properties: {
        type: { type: 'string' },
        title: { type: 'string' },
        detail: { type: 'string' },
        status: { type: 'string', pattern: '^[1-5][0-9][0-9]$' },
        invalidParams: { type: 'array', minItems: 1, items: { type: 'object', required: ['name', 'reason'] } },
      },
    };
    const { Ajv } = await import('ajv');
    const validate = new Ajv({ strict: false }).compile(shape);
    for (const res of responses) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const p = JSON.parse(res.body);
      expect(validate(p), res.body).toBe(true);
      expect(p.status).toBe(String(res.statusCode));
      expectAstraSchema('type_astra_identifier', p.correlationID);
    }
    expect(responses.map((r) => r.statusCode)).toEqual([404, 405, 406, 412, 400, 400]);
  });
});
