/**
 * Astra user API tokens (astra-api.md §1–§9, seed 004): the resource's exact
 * field set, create/list/retrieve/update/delete, media types, ETags,
 * problem details and who may do what.
 */
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';
import { astra, createIdentityOrg, createPat, createUat, createUser, uniq, v3, type IdentityOrg } from '../fixtures/identity.js';
import { expectShape, SEED_004_TOKEN } from '../fixtures/shape.js';

let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_USER_RATE_LIMIT: '100000', TESSERA_PUBLIC_URL: 'https://tessera.example.com' } });
  org = await createIdentityOrg(t);
});

const tokens = (userId: string) => `/users/${userId}/tokens`;
const body = (extra: Record<string, unknown> = {}) => ({ type: 'application/astra-token', version: '1.0', name: 'Snapshot script', ...extra });

function problem(res: { statusCode: number; headers: Record<string, unknown>; json(): Record<string, unknown> }, n: number | string, status: number) {
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const p = res.json();
  expect(p.type).toBe(typeof n === 'number' ? `https://astra.netapp.io/problems/${n}` : `https://tessera.example.com/docs/problems/${n}`);
  expect(p.status).toBe(String(status));
  expect(p.correlationID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  return p;
}

describe('the token resource (seed 004)', () => {
  it('retrieve returns exactly type, version, id, name, userID, metadata, never token, as application/astra-token+json', async () => {
    const user = org.users.member;
    const created = await createUat(t, org, user, 'Snapshot script', [{ name: 'team', value: 'storage' }]);
    const res = await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}/${created.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/astra-token\+json/);
    const json = res.json();
    expect(Object.keys(json)).toEqual(['type', 'version', 'id', 'name', 'userID', 'metadata']);
    expect(Object.keys(json.metadata)).toEqual(['labels', 'creationTimestamp', 'modificationTimestamp', 'createdBy']);
    expectShape(json, SEED_004_TOKEN);
    expect(json).toMatchObject({
      type: 'application/astra-token',
      version: '1.0',
      id: created.id,
      name: 'Snapshot script',
      userID: user.id,
      metadata: { labels: [{ name: 'team', value: 'storage' }], createdBy: user.id },
    });
    expect(json.metadata.creationTimestamp).toBe(json.metadata.modificationTimestamp);
    expect(res.body).not.toContain('"token"');
    expect(res.body).not.toContain(created.token);
  });
});

describe('create', () => {
  it('answers 201 with a full-URL Location, no-store, and the only base64 token; both forms authenticate', async () => {
    const user = org.users.viewer;
    const res = await astra(t, user.jwt, 'POST', org.id, tokens(user.id), body());
    expect(res.statusCode).toBe(201);
    const json = res.json();
    expect(res.headers.location).toBe(`https://tessera.example.com/accounts/${org.id}/core/v1/users/${user.id}/tokens/${json.id}`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-type']).toMatch(/^application\/astra-token\+json/);
    expect(Object.keys(json)).toEqual(['type', 'version', 'id', 'name', 'userID', 'metadata', 'token']);
    expect(json.metadata.labels).toEqual([]);
    expect(json.metadata.modifiedBy).toBeUndefined();
    expect(json.token).toMatch(/^([A-Za-z0-9+/]{4})*(([A-Za-z0-9+/]{2})==|([A-Za-z0-9+/]{3})=)?$/);
    const raw = Buffer.from(json.token, 'base64').toString();
    expect(raw).toMatch(/^tut_[0-9A-Za-z]{34}$/);
    for (const bearer of [json.token, raw]) expect((await astra(t, bearer, 'GET', org.id, `/users/${user.id}`)).statusCode).toBe(200);
    const list = await astra(t, user.jwt, 'GET', org.id, tokens(user.id));
    expect(list.body).not.toContain(json.token);
    expect(list.body).not.toContain('"token"');
  });

  it('refuses bad bodies: 7 for non-JSON, 8 for the schema, 9 for content rules; 12 for other media types', async () => {
    const user = org.users.member;
    const path = tokens(user.id);
    const cases: Array<[unknown, number]> = [
      [body({ version: '1.1' }), 8],
      [{ version: '1.0', name: 'x' }, 8],
      [body({ name: 'x'.repeat(64) }), 8],
      [body({ name: '' }), 8],
      [body({ userID: user.id }), 8],
      [body({ id: user.id }), 8],
      [body({ token: 'x' }), 8],
      [body({ metadata: { labels: [{ name: 'a' }] } }), 8],
      [body({ metadata: { colour: 'red' } }), 8],
      [body({ name: 5 }), 8],
      [body({ name: '   ' }), 9],
      [body({ name: 'a<b>' }), 9],
      [body({ name: 'tab\there' }), 9],
      [body({ metadata: { labels: [{ name: 'a', value: '1' }, { name: 'a', value: '2' }] } }), 9],
      [body({ metadata: { labels: Array.from({ length: 33 }, (_, i) => ({ name: `l${i}`, value: 'v' })) } }), 9],
      [body({ metadata: { labels: [{ name: '', value: '1' }] } }), 9],
      [body({ metadata: { labels: [{ name: 'a', value: 'v'.repeat(256) }] } }), 9],
    ];
    for (const [b, n] of cases) {
      const p = problem(await astra(t, user.jwt, 'POST', org.id, path, b), n, 400);
      if (n === 8) expect(typeof p.schemaValidationFailure, JSON.stringify(b)).toBe('string');
      if (n === 9) expect((p.invalidFields as unknown[]).length).toBeGreaterThan(0);
    }
    const headers = { authorization: `Bearer ${user.jwt}` };
    const url = `/accounts/${org.id}/core/v1${path}`;
    problem(await t.request({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/json' }, payload: '{"type":' }), 7, 400);
    problem(await t.request({ method: 'POST', url, headers }), 7, 400);
    const ct = problem(await t.request({ method: 'POST', url, headers: { ...headers, 'content-type': 'text/plain' }, payload: 'hello' }), 12, 400);
    expect(ct.invalidParams).toEqual([{ name: 'Content-Type', reason: expect.any(String) }]);
    problem(await t.request({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/xml' }, payload: '<a/>' }), 12, 400);
    const json = await t.request({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }, payload: JSON.stringify(body()) });
    expect(json.statusCode).toBe(201);
    const big = await t.request({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/json' }, payload: JSON.stringify(body({ name: 'x'.repeat(2 * 1024 * 1024) })) });
    problem(big, 85, 413);
  });

  it('only for yourself: another user, whatever the role, is 403 problem 11; a PAT needs apiToken:write', async () => {
    problem(await astra(t, org.users.owner.jwt, 'POST', org.id, tokens(org.users.member.id), body()), 11, 403);
    const readOnly = await createPat(t, org.users.admin.jwt, { scopes: ['apiToken:read', 'personalAccessToken:write'] });
    problem(await astra(t, readOnly.token, 'POST', org.id, tokens(org.users.admin.id), body()), 11, 403);
    const writer = await createPat(t, org.users.admin.jwt, { scopes: ['apiToken:write'] });
    expect((await astra(t, writer.token, 'POST', org.id, tokens(org.users.admin.id), body())).statusCode).toBe(201);
    // Names need not be unique: no 409.
    expect((await astra(t, writer.token, 'POST', org.id, tokens(org.users.admin.id), body())).statusCode).toBe(201);
  });

  it('replays an Idempotency-Key with the same 201, token [REDACTED] (never stored)', async () => {
    const user = org.users.member;
    const key = `k-${uniq()}`;
    const first = await astra(t, user.jwt, 'POST', org.id, tokens(user.id), body({ name: 'idem' }), { 'idempotency-key': key });
    const again = await astra(t, user.jwt, 'POST', org.id, tokens(user.id), body({ name: 'idem' }), { 'idempotency-key': key });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual({ ...first.json(), token: '[REDACTED]' });
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers['cache-control']).toBe('no-store');
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    const rows = await t.deps.db.selectFrom('idempotency_keys').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(first.json().token);
    expect(JSON.stringify(rows)).not.toContain(Buffer.from(first.json().token, 'base64').toString());
    problem(await astra(t, user.jwt, 'POST', org.id, tokens(user.id), body({ name: 'other' }), { 'idempotency-key': key }), 'idempotency-key-reused', 422);
  });

  it('emits api-token.created and api-token.deleted in both environments, without the secret', async () => {
    const user = await createUser(t, org, 'member');
    const uat = await createUat(t, org, user);
    await astra(t, user.jwt, 'DELETE', org.id, `${tokens(user.id)}/${uat.id}`);
    const rows = await t.deps.db.selectFrom('events').selectAll().where('object_id', '=', uat.id).orderBy('created_at').execute();
    expect(rows.map((r) => r.name).sort()).toEqual(['api-token.created', 'api-token.created', 'api-token.deleted', 'api-token.deleted']);
    expect(JSON.stringify(rows)).not.toContain(uat.raw);
    expect(JSON.stringify(rows)).not.toContain(uat.token);
  });
});

describe('list', () => {
  it('include, limit, continue, count, filter and orderBy', async () => {
    const user = await createUser(t, org, 'member');
    const made = [];
    for (const name of ['Charlie', 'Alpha', 'Bravo', 'Delta', 'Echo']) made.push(await createUat(t, org, user, name));
    const first = await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?include=id,name&limit=2&count=true`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    const page1 = first.json();
    expect(page1.type).toBe('application/astra-tokens');
    expect(page1.version).toBe('1.0');
    expect(page1.items).toEqual(made.slice(0, 2).map((m) => [m.id, m.body.name]));
    expect(page1.metadata.count).toBe(5);
    const seen = [...page1.items];
    let cont = page1.metadata.continue;
    while (cont) {
      const next = (await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?include=id,name&limit=2&continue=${encodeURIComponent(cont)}`)).json();
      seen.push(...next.items);
      cont = next.metadata.continue;
    }
    expect(seen).toEqual(made.map((m) => [m.id, m.body.name]));

    const full = (await astra(t, user.jwt, 'GET', org.id, tokens(user.id))).json();
    expect(full.items).toHaveLength(5);
    expect(full.metadata).toEqual({});
    expectShape(full.items[0], SEED_004_TOKEN);

    const byName = (await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?orderBy=name%20desc&include=name`)).json();
    expect(byName.items).toEqual([['Echo'], ['Delta'], ['Charlie'], ['Bravo'], ['Alpha']]);
    const eq = (await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?filter=${encodeURIComponent("name eq 'Bravo'")}&include=name`)).json();
    expect(eq.items).toEqual([['Bravo']]);
    const inList = (await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?filter=${encodeURIComponent("name in 'Bravo,Echo'")}&orderBy=name&include=name`)).json();
    expect(inList.items).toEqual([['Bravo'], ['Echo']]);
    const both = (await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?filter=${encodeURIComponent("name gte 'B',name lt 'D'")}&orderBy=name&include=name`)).json();
    expect(both.items).toEqual([['Bravo'], ['Charlie']]);
    const skipped = (await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?orderBy=name&skip=3&include=name`)).json();
    expect(skipped.items).toEqual([['Delta'], ['Echo']]);
  });

  it('refuses bad values with problem 5 naming the parameter, and unknown parameters with problem 6', async () => {
    const user = org.users.member;
    for (const q of ['orderBy=token', 'orderBy=name%20asc', 'limit=0', 'limit=1001', 'include=secret', 'include=metadata.labels', 'count=false', 'skip=0', 'continue=bm9wZQ==', 'continue=***', "filter=name%20like%20'x'", "filter=token%20eq%20'x'", 'filter=name']) {
      const p = problem(await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?${q}`), 5, 400);
      expect((p.invalidParams as Array<{ name: string }>)[0]!.name, q).toBe(q.split('=')[0]);
    }
    const six = problem(await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?foo=1`), 6, 400);
    expect(six.invalidParams).toEqual([{ name: 'foo', reason: expect.any(String) }]);
    // Only lists take query parameters.
    const one = await createUat(t, org, user);
    problem(await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}/${one.id}?include=id`), 6, 400);
  });

  it('a continue made for another filter or order is stale (problem 5)', async () => {
    const user = await createUser(t, org, 'member');
    for (let i = 0; i < 3; i++) await createUat(t, org, user, `t${i}`);
    const cont = (await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?limit=1`)).json().metadata.continue;
    problem(await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}?limit=1&orderBy=name&continue=${encodeURIComponent(cont)}`), 5, 400);
  });
});

describe('retrieve, update and delete', () => {
  it('ETag and If-None-Match → 304; Accept negotiation → 406 problem 32', async () => {
    const user = org.users.member;
    const uat = await createUat(t, org, user);
    const path = `${tokens(user.id)}/${uat.id}`;
    const res = await astra(t, user.jwt, 'GET', org.id, path);
    expect(res.headers.etag).toBe(`"${createHash('md5').update(res.body).digest('hex')}"`);
    const notModified = await astra(t, user.jwt, 'GET', org.id, path, undefined, { 'if-none-match': res.headers.etag as string });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    for (const accept of ['application/json', '*/*', 'application/*', 'application/astra-token+json', 'text/html, application/json;q=0.5']) {
      const r = await astra(t, user.jwt, 'GET', org.id, path, undefined, { accept });
      expect(r.statusCode, accept).toBe(200);
      expect(r.headers['content-type']).toMatch(/^application\/astra-token\+json/);
    }
    problem(await astra(t, user.jwt, 'GET', org.id, path, undefined, { accept: 'text/html' }), 32, 406);
    problem(await astra(t, user.jwt, 'GET', org.id, tokens(user.id), undefined, { accept: 'application/astra-token+json' }), 32, 406);
  });

  it('PUT renames with 204; creation fields and (without metadata) labels are kept; modifiedBy is set', async () => {
    const user = org.users.member;
    const uat = await createUat(t, org, user, 'Before', [{ name: 'team', value: 'storage' }]);
    const path = `${tokens(user.id)}/${uat.id}`;
    const before = (await astra(t, user.jwt, 'GET', org.id, path)).json();
    await new Promise((r) => setTimeout(r, 5));
    const res = await astra(t, user.jwt, 'PUT', org.id, path, { type: 'application/astra-token', version: '1.0', name: 'Nightly snapshots' });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    const after = (await astra(t, user.jwt, 'GET', org.id, path)).json();
    expect(after.name).toBe('Nightly snapshots');
    expect(after.metadata.labels).toEqual([{ name: 'team', value: 'storage' }]);
    expect(after.metadata.creationTimestamp).toBe(before.metadata.creationTimestamp);
    expect(after.metadata.createdBy).toBe(user.id);
    expect(after.metadata.modifiedBy).toBe(user.id);
    expect(after.metadata.modificationTimestamp > before.metadata.modificationTimestamp).toBe(true);
    expectShape(after, SEED_004_TOKEN);
    expect(res.headers.etag).toBe((await astra(t, user.jwt, 'GET', org.id, path)).headers.etag);
    // Labels replaced when given; id and userID may repeat the stored values.
    const labels = await astra(t, user.jwt, 'PUT', org.id, path, { type: 'application/astra-token', version: '1.0', id: uat.id.toUpperCase(), userID: user.id, metadata: { labels: [] } });
    expect(labels.statusCode).toBe(204);
    expect((await astra(t, user.jwt, 'GET', org.id, path)).json().metadata.labels).toEqual([]);
  });

  it('PUT with another id or userID → 409 problem 10 with invalidFields; with token or an unknown key → 8', async () => {
    const user = org.users.member;
    const uat = await createUat(t, org, user);
    const path = `${tokens(user.id)}/${uat.id}`;
    const conflict = problem(await astra(t, user.jwt, 'PUT', org.id, path, { type: 'application/astra-token', version: '1.0', id: org.users.owner.id }), 10, 409);
    expect(conflict.invalidFields).toEqual([{ name: 'id', reason: expect.any(String) }]);
    const conflict2 = problem(await astra(t, user.jwt, 'PUT', org.id, path, { type: 'application/astra-token', version: '1.0', userID: org.users.owner.id }), 10, 409);
    expect(conflict2.invalidFields).toEqual([{ name: 'userID', reason: expect.any(String) }]);
    problem(await astra(t, user.jwt, 'PUT', org.id, path, { type: 'application/astra-token', version: '1.0', token: 'x' }), 8, 400);
    problem(await astra(t, user.jwt, 'PUT', org.id, path, { version: '1.0', name: 'x' }), 8, 400);
  });

  it('a stale If-Match on PUT or DELETE → 412 problem 38 and nothing changes; a matching one works', async () => {
    const user = org.users.member;
    const uat = await createUat(t, org, user, 'guarded');
    const path = `${tokens(user.id)}/${uat.id}`;
    const etag = (await astra(t, user.jwt, 'GET', org.id, path)).headers.etag as string;
    const stale = '"00000000000000000000000000000000"';
    problem(await astra(t, user.jwt, 'PUT', org.id, path, body({ name: 'changed' }), { 'if-match': stale }), 38, 412);
    problem(await astra(t, user.jwt, 'DELETE', org.id, path, undefined, { 'if-match': stale }), 38, 412);
    problem(await astra(t, user.jwt, 'DELETE', org.id, path, undefined, { 'if-match': 'unquoted' }), 12, 400);
    expect((await astra(t, user.jwt, 'GET', org.id, path)).json().name).toBe('guarded');
    expect((await astra(t, user.jwt, 'PUT', org.id, path, body({ name: 'changed' }), { 'if-match': etag })).statusCode).toBe(204);
    const fresh = (await astra(t, user.jwt, 'GET', org.id, path)).headers.etag as string;
    expect(fresh).not.toBe(etag);
    expect((await astra(t, user.jwt, 'DELETE', org.id, path, undefined, { 'if-match': fresh })).statusCode).toBe(204);
  });

  it('DELETE → 204; both forms of the secret then get 401 problem 4; a token may delete itself', async () => {
    const user = org.users.member;
    const uat = await createUat(t, org, user);
    const res = await astra(t, uat.token, 'DELETE', org.id, `${tokens(user.id)}/${uat.id}`);
    expect(res.statusCode).toBe(204);
    for (const bearer of [uat.token, uat.raw]) {
      problem(await astra(t, bearer, 'GET', org.id, `/users/${user.id}`), 4, 401);
      expect((await v3(t, bearer, 'GET', '/me')).statusCode).toBe(401);
    }
    problem(await astra(t, user.jwt, 'GET', org.id, `${tokens(user.id)}/${uat.id}`), 2, 404);
    problem(await astra(t, user.jwt, 'DELETE', org.id, `${tokens(user.id)}/${uat.id}`), 1, 404);
  });

  it('an admin lists, reads and deletes a member\'s tokens but may not create or update them; a member gets 403 on others', async () => {
    const member = await createUser(t, org, 'member');
    const other = await createUser(t, org, 'member');
    const uat = await createUat(t, org, member);
    const admin = org.users.admin.jwt;
    expect((await astra(t, admin, 'GET', org.id, tokens(member.id))).json().items.map((i: { id: string }) => i.id)).toEqual([uat.id]);
    expect((await astra(t, admin, 'GET', org.id, `${tokens(member.id)}/${uat.id}`)).statusCode).toBe(200);
    problem(await astra(t, admin, 'PUT', org.id, `${tokens(member.id)}/${uat.id}`, body()), 11, 403);
    problem(await astra(t, admin, 'POST', org.id, tokens(member.id), body()), 11, 403);
    for (const [method, path] of [
      ['GET', tokens(member.id)],
      ['GET', `${tokens(member.id)}/${uat.id}`],
      ['DELETE', `${tokens(member.id)}/${uat.id}`],
    ] as const) {
      problem(await astra(t, other.jwt, method, org.id, path), 11, 403);
    }
    problem(await astra(t, other.jwt, 'PUT', org.id, `${tokens(member.id)}/${uat.id}`, body()), 11, 403);
    expect((await astra(t, admin, 'DELETE', org.id, `${tokens(member.id)}/${uat.id}`)).statusCode).toBe(204);
    // An admin may not delete an owner's token; another owner may.
    const owner = await createUser(t, org, 'owner');
    const ownerToken = await createUat(t, org, owner);
    problem(await astra(t, admin, 'DELETE', org.id, `${tokens(owner.id)}/${ownerToken.id}`), 11, 403);
    expect((await astra(t, org.users.owner.jwt, 'DELETE', org.id, `${tokens(owner.id)}/${ownerToken.id}`)).statusCode).toBe(204);
  });

  it('deleting a user through /admin/v1 makes all its tokens fail at once', async () => {
    const user = await createUser(t, org, 'member');
    const a = await createUat(t, org, user);
    const b = await createUat(t, org, user);
    expect((await astra(t, a.token, 'GET', org.id, `/users/${user.id}`)).statusCode).toBe(200);
    expect((await t.admin('DELETE', `/admin/v1/users/${user.adminId}`)).statusCode).toBe(204);
    for (const bearer of [a.token, b.raw]) problem(await astra(t, bearer, 'GET', org.id, '/users'), 4, 401);
    problem(await astra(t, org.users.admin.jwt, 'GET', org.id, tokens(user.id)), 2, 404);
  });
});

describe('paths, versions and methods', () => {
  it('another organization\'s account, user or token is 404 (2 on list, create, retrieve; 1 on update, delete), never 403', async () => {
    const other = await createIdentityOrg(t);
    const theirs = await createUat(t, other, other.users.member);
    const me = org.users.admin;
    const mine = await createUat(t, org, me);
    const cases: Array<[string, string, string, unknown, number]> = [
      ['GET', other.id, tokens(other.users.member.id), undefined, 2],
      ['POST', other.id, tokens(other.users.member.id), body(), 2],
      ['GET', other.id, `${tokens(other.users.member.id)}/${theirs.id}`, undefined, 2],
      ['PUT', other.id, `${tokens(other.users.member.id)}/${theirs.id}`, body(), 1],
      ['DELETE', other.id, `${tokens(other.users.member.id)}/${theirs.id}`, undefined, 1],
      ['GET', org.id, tokens(other.users.member.id), undefined, 2],
      ['GET', org.id, `${tokens(me.id)}/${theirs.id}`, undefined, 2],
      ['PUT', org.id, `${tokens(me.id)}/${theirs.id}`, body(), 1],
      ['DELETE', org.id, `${tokens(me.id)}/${theirs.id}`, undefined, 1],
      ['GET', org.id, `${tokens(me.id)}/not-a-uuid`, undefined, 2],
      ['GET', other.id, `/users/${other.users.member.id}`, undefined, 2],
      ['GET', org.id, `/users/${other.users.member.id}`, undefined, 2],
    ];
    for (const [method, account, path, b, n] of cases) problem(await astra(t, me.jwt, method, account, path, b), n, 404);
    // Path ids match case-insensitively.
    expect((await astra(t, me.jwt, 'GET', org.id.toUpperCase(), `${tokens(me.id.toUpperCase())}/${mine.id.toUpperCase()}`)).statusCode).toBe(200);
  });

  it('core/v2 → 404 problem 30; the LDAP group family → 404 problem 2; other methods → 405 problem 69 with Allow', async () => {
    const jwt = org.users.member.jwt;
    const headers = { authorization: `Bearer ${jwt}` };
    problem(await t.request({ method: 'GET', url: `/accounts/${org.id}/core/v2/users`, headers }), 30, 404);
    problem(await t.request({ method: 'GET', url: `/accounts/${org.id}/core/v1/groups/${org.id}/users`, headers }), 2, 404);
    const patch = problem(await t.request({ method: 'PATCH', url: `/accounts/${org.id}/core/v1/users/${org.users.member.id}/tokens`, headers }), 69, 405);
    expect(patch.title).toBe('Method not supported');
    const res = await t.request({ method: 'PATCH', url: `/accounts/${org.id}/core/v1/users/${org.users.member.id}/tokens/${org.id}`, headers });
    expect(res.headers.allow).toBe('DELETE, GET, HEAD, PUT');
  });

  it('users are managed elsewhere: POST …/users, PUT and DELETE …/users/{id} → 403 problem 11', async () => {
    const jwt = org.users.owner.jwt;
    problem(await astra(t, jwt, 'POST', org.id, '/users', { type: 'application/astra-user', version: '1.2' }), 11, 403);
    problem(await astra(t, jwt, 'PUT', org.id, `/users/${org.users.member.id}`, { type: 'application/astra-user', version: '1.2' }), 11, 403);
    problem(await astra(t, jwt, 'DELETE', org.id, `/users/${org.users.member.id}`), 11, 403);
  });

  it('no Authorization → 401 problem 3; a random bearer → 4; both with WWW-Authenticate; Request-Id everywhere', async () => {
    const none = await astra(t, null, 'GET', org.id, '/users');
    problem(none, 3, 401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(none.headers['request-id']).toMatch(/^req_/);
    const bad = await astra(t, 'Zm9vYmFy', 'GET', org.id, '/users');
    problem(bad, 4, 401);
    expect(bad.json().title).toBe('Invalid bearer token');
    expect(bad.headers['ratelimit-policy']).toMatch(/^"default";q=\d+;w=\d+$/);
  });
});
