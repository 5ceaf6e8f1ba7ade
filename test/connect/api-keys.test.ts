/**
 * API keys on Connect (connect-api.md §8, §10, §11.20): create with the
 * permission ceiling and a value shown once, list, retrieve, update (the
 * verifier forgets the key at once), expire (0 → 401 on the very next
 * request; later expiries announced by a job), the permission catalog, and
 * the per-key `ip-address-allowlist` and `api-attributes-blocklist` end to end.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { API_KEY_PERMISSIONS } from '../../src/credentials/index.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createInquiry, must, randomId, send, uniq, type Body } from '../fixtures/connect-objects.js';

const clock = manualClock(new Date('2026-03-01T12:00:00.000Z'));
let t: TestApp;
let org: TestOrg;
let stranger: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' }, clock });
  [org, stranger] = await Promise.all([createOrg(t), createOrg(t)]);
});

const ATTRIBUTES = [
  'name',
  'note',
  'api-version',
  'api-key-inflection',
  'api-attributes-blocklist',
  'permissions',
  'ip-address-allowlist',
  'file-access-token-expires-in',
  'last-used-at',
  'expires-at',
  'created-at',
].sort();

function create(caller: string, attributes: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return send(t, caller, 'POST', '/api-keys', { body: { data: { attributes: { name: uniq('key'), ...attributes } } }, headers });
}

async function newKey(caller: string, attributes: Record<string, unknown> = {}): Promise<Body> {
  return must(await create(caller, attributes), 201, 'POST /api/v1/api-keys').data;
}

async function eventsOf(name: string, keyId: string): Promise<Body[]> {
  const url = `/events?filter%5Bname%5D=${encodeURIComponent(name)}&filter%5Bobject-id%5D=${keyId}`;
  return must(await send(t, org.apiKey, 'GET', url), 200, 'GET /events').data;
}

describe('POST /api-keys', () => {
  it('creates a key in the caller environment with its value once, no-store, and emits api-key.created', async () => {
    const res = await create(org.apiKey, { note: 'for the tests' }, { 'persona-version': '2023-01-05' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const data = res.json().data;
    expect(data.type).toBe('api-key');
    expect(data.id).toMatch(/^api_[0-9A-Za-z]{24}$/);
    expect(Object.keys(data).sort()).toEqual(['attributes', 'id', 'type']);
    expect(Object.keys(data.attributes).sort()).toEqual([...ATTRIBUTES, 'value'].sort());
    const a = data.attributes;
    expect(a.value).toMatch(/^tsk_sandbox_[0-9A-Za-z]{34}$/);
    expect(a).toMatchObject({
      note: 'for the tests',
      'api-version': '2023-01-05',
      'api-key-inflection': 'kebab',
      'api-attributes-blocklist': [],
      permissions: [...API_KEY_PERMISSIONS],
      'ip-address-allowlist': ['*'],
      'file-access-token-expires-in': 21600,
      'last-used-at': null,
      'expires-at': null,
      'created-at': clock.now().toISOString(),
    });

    // The new key works, in the caller's environment, and its value is never shown again.
    const own = await send(t, a.value, 'GET', `/api-keys/${data.id}`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['persona-environment-id']).toBe(org.sandboxId);
    expect(own.json().data.attributes.value).toBeUndefined();
    expect(own.headers['cache-control']).toBeUndefined();
    const list = must(await send(t, org.apiKey, 'GET', '/api-keys?page%5Bsize%5D=100'), 200, 'list');
    expect(list.data.find((k: Body) => k.id === data.id).attributes.value).toBeUndefined();
    expect(JSON.stringify(list)).not.toContain(a.value);

    const events = await eventsOf('api-key.created', data.id);
    expect(events).toHaveLength(1);
    expect(events[0].attributes.payload.data).toMatchObject({ type: 'api-key', id: data.id });
    expect(JSON.stringify(events)).not.toContain(a.value);
  });

  it("defaults api-version to the request's version and permissions to the caller's", async () => {
    const limited = await createApiKey(t, org.sandboxId, { permissions: ['api_key.write', 'event.read', 'api_key.read'], 'api-version': '2022-09-01' });
    const key = await newKey(limited.value);
    expect(key.attributes['api-version']).toBe('2022-09-01');
    expect(key.attributes.permissions).toEqual(['api_key.read', 'api_key.write', 'event.read']);
    const subset = await newKey(limited.value, { permissions: ['event.read', 'event.read'] });
    expect(subset.attributes.permissions).toEqual(['event.read']);
    const none = await newKey(limited.value, { permissions: [] });
    expect(none.attributes.permissions).toEqual([]);
  });

  it('refuses permissions beyond the caller with 403, creating nothing', async () => {
    const limited = await createApiKey(t, org.sandboxId, { permissions: ['api_key.write', 'api_key.read'] });
    const name = uniq('beyond');
    const res = await create(limited.value, { name, permissions: ['api_key.read', 'inquiry.write'] });
    expect(res.statusCode).toBe(403);
    const body = res.json();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].title).toBe('Forbidden');
    expect(body.errors[0].details).toContain('inquiry.write');
    const found = must(await send(t, org.apiKey, 'GET', `/api-keys?filter%5Bname%5D=${name}`), 200, 'list');
    expect(found.data).toHaveLength(0);
  });

  it('answers malformed bodies with 400 naming the field', async () => {
    const cases: Array<[unknown, string]> = [
      [{ data: { attributes: {} } }, 'data.attributes.name is missing'],
      [{ data: { attributes: { name: 'x', value: 'tsk_sandbox_mine' } } }, 'data.attributes.value is not allowed'],
      [{ data: { attributes: { name: 'x', permissions: ['inquiry.delete'] } } }, 'data.attributes.permissions.0 must be one of'],
      [{ data: { attributes: { name: 'x', 'api-version': '2024-01-01' } } }, 'data.attributes.api-version must be one of'],
      [{ data: { attributes: { name: 'x', 'api-key-inflection': 'pascal' } } }, 'data.attributes.api-key-inflection must be one of'],
      [{ data: { attributes: { name: 'x', 'ip-address-allowlist': ['*', '300.1.1.1'] } } }, 'data.attributes.ip-address-allowlist.1 must be *'],
      [{ data: { attributes: { name: 'x', 'ip-address-allowlist': ['10.0.0.0/33'] } } }, 'data.attributes.ip-address-allowlist.0 must be *'],
      [{ data: { attributes: { name: '' } } }, 'data.attributes.name'],
      [{ data: { attributes: { name: 'x', 'file-access-token-expires-in': 0 } } }, 'data.attributes.file-access-token-expires-in must be'],
    ];
    for (const [body, details] of cases) {
      const res = await send(t, org.apiKey, 'POST', '/api-keys', { body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const item = res.json().errors[0];
      expect(item.title).toBe('Bad Request');
      expect(item.details, JSON.stringify(body)).toContain(details);
    }
  });

  it('accepts camelCase attributes with Key-Inflection: camel and answers in camelCase', async () => {
    const res = await send(t, org.apiKey, 'POST', '/api-keys', {
      headers: { 'key-inflection': 'camel' },
      body: { data: { attributes: { name: uniq('camel'), ipAddressAllowlist: ['127.0.0.1'], apiKeyInflection: 'snake' } } },
    });
    expect(res.statusCode, res.body).toBe(201);
    const a = res.json().data.attributes;
    expect(a.ipAddressAllowlist).toEqual(['127.0.0.1']);
    expect(a.apiKeyInflection).toBe('snake');
    expect(a.value).toMatch(/^tsk_sandbox_/);
  });

  it('replays an Idempotency-Key without the secret and without storing it', async () => {
    const body = { data: { attributes: { name: uniq('idem') } } };
    const first = await send(t, org.apiKey, 'POST', '/api-keys', { body, headers: { 'idempotency-key': 'api-key-idem-1' } });
    expect(first.statusCode).toBe(201);
    const value = first.json().data.attributes.value as string;
    const replay = await send(t, org.apiKey, 'POST', '/api-keys', { body, headers: { 'idempotency-key': 'api-key-idem-1' } });
    expect(replay.statusCode).toBe(201);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.json().data.id).toBe(first.json().data.id);
    expect(replay.json().data.attributes.value).toBe('[REDACTED]');
    const listed = must(await send(t, org.apiKey, 'GET', `/api-keys?filter%5Bname%5D=${body.data.attributes.name}`), 200, 'list');
    expect(listed.data).toHaveLength(1);
    const rows = await t.deps.db.selectFrom('idempotency_keys').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(value);
  });
});

describe('GET /api-keys', () => {
  it('lists the environment keys newest first, filters by name (any of) and pages', async () => {
    const other = await createOrg(t);
    const a = await newKey(other.apiKey, { name: 'alpha' });
    const b = await newKey(other.apiKey, { name: 'beta' });
    const c = await newKey(other.apiKey, { name: 'gamma' });
    const all = must(await send(t, other.apiKey, 'GET', '/api-keys'), 200, 'list');
    expect(all.data.map((k: Body) => k.id)).toEqual([c.id, b.id, a.id, other.apiKeyId]);
    expect(all.links).toEqual({ prev: null, next: null });
    const named = must(await send(t, other.apiKey, 'GET', '/api-keys?filter%5Bname%5D=alpha,gamma'), 200, 'list');
    expect(named.data.map((k: Body) => k.id)).toEqual([c.id, a.id]);
    const page = must(await send(t, other.apiKey, 'GET', '/api-keys?page%5Bsize%5D=2'), 200, 'page');
    expect(page.data.map((k: Body) => k.id)).toEqual([c.id, b.id]);
    expect(page.links.next).toBe(`/api/v1/api-keys?page%5Bsize%5D=2&page%5Bafter%5D=${b.id}`);
    const next = must(await send(t, other.apiKey, 'GET', page.links.next.slice('/api/v1'.length)), 200, 'next');
    expect(next.data.map((k: Body) => k.id)).toEqual([a.id, other.apiKeyId]);
    // Another organization's and the production environment's keys are not listed.
    const production = await createApiKey(t, other.productionId);
    const prod = must(await send(t, production.value, 'GET', '/api-keys'), 200, 'prod');
    expect(prod.data.map((k: Body) => k.id)).toEqual([production.id]);
  });

  it('refuses unknown filters and bad cursors with 400', async () => {
    for (const url of ['/api-keys?filter%5Bstatus%5D=x', '/api-keys?page%5Bafter%5D=req_000000000000000000000000', '/api-keys?page%5Bsize%5D=0']) {
      const res = await send(t, org.apiKey, 'GET', url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().errors[0].title).toBe('Bad Request');
    }
  });

  it('shows an admin key without a version at the default, and a revoked key as expired since its revocation', async () => {
    const plain = await createApiKey(t, org.sandboxId);
    const shown = must(await send(t, org.apiKey, 'GET', `/api-keys/${plain.id}`), 200, 'get');
    expect(shown.data.attributes['api-version']).toBe('2025-12-08');
    expect(shown.data.attributes['expires-at']).toBeNull();
    must(await t.admin('POST', `/admin/v1/api-keys/${plain.id}/revoke`), 200, 'revoke');
    const revoked = must(await send(t, org.apiKey, 'GET', `/api-keys/${plain.id}`), 200, 'get');
    expect(revoked.data.attributes['expires-at']).toBe(clock.now().toISOString());
    const again = await send(t, org.apiKey, 'POST', `/api-keys/${plain.id}/expire`, { body: { meta: { 'expires-in-seconds': 60 } } });
    expect(again.statusCode).toBe(422);
  });
});

describe('GET /api-keys/:id', () => {
  it("answers 404 for a random id, a wrong prefix, another organization's key and another environment's", async () => {
    const foreign = await newKey(stranger.apiKey);
    const production = await createApiKey(t, org.productionId);
    for (const id of [randomId('api'), randomId('inq'), 'api_nope', foreign.id, production.id]) {
      for (const [method, url, body] of [
        ['GET', `/api-keys/${id}`, undefined],
        ['PATCH', `/api-keys/${id}`, { data: { attributes: { name: 'x' } } }],
        ['POST', `/api-keys/${id}/expire`, { meta: { 'expires-in-seconds': 0 } }],
      ] as const) {
        const res = await send(t, org.apiKey, method, url, body ? { body } : {});
        expect({ id, method, status: res.statusCode, body: res.json() }).toEqual({ id, method, status: 404, body: { errors: [{ title: 'Record not found' }] } });
      }
    }
    // The foreign key was never expired by those probes.
    expect((await send(t, foreign.attributes.value, 'GET', '/api-keys')).statusCode).toBe(200);
  });

  it('takes include= (always empty) and sparse fields', async () => {
    const key = await newKey(org.apiKey);
    const res = must(await send(t, org.apiKey, 'GET', `/api-keys/${key.id}?include=&fields%5Bapi-key%5D=name,permissions`), 200, 'get');
    expect(res.included).toEqual([]);
    expect(Object.keys(res.data.attributes).sort()).toEqual(['name', 'permissions']);
    expect((await send(t, org.apiKey, 'GET', `/api-keys/${key.id}?include=creator`)).statusCode).toBe(400);
  });
});

describe('PATCH /api-keys/:id', () => {
  it('edits every attribute but the value', async () => {
    const key = await newKey(org.apiKey);
    const attributes = {
      name: 'renamed',
      note: 'new note',
      'api-version': '2021-08-18',
      'api-key-inflection': 'camel',
      'api-attributes-blocklist': ['name-*'],
      'ip-address-allowlist': ['127.0.0.1', '10.0.0.0/8', '::1'],
      permissions: ['event.read', 'inquiry.read'],
      'file-access-token-expires-in': 600,
    };
    const res = must(await send(t, org.apiKey, 'PATCH', `/api-keys/${key.id}`, { body: { data: { attributes } } }), 200, 'patch');
    expect(res.data.attributes).toMatchObject({ ...attributes, permissions: ['inquiry.read', 'event.read'] });
    const cleared = must(await send(t, org.apiKey, 'PATCH', `/api-keys/${key.id}`, { body: { data: { attributes: { note: null } } } }), 200, 'patch');
    expect(cleared.data.attributes.note).toBeNull();
    expect(cleared.data.attributes.name).toBe('renamed');
    const valueChange = await send(t, org.apiKey, 'PATCH', `/api-keys/${key.id}`, { body: { data: { attributes: { value: 'x' } } } });
    expect(valueChange.statusCode).toBe(400);
    expect(valueChange.json().errors[0].details).toBe('data.attributes.value is not allowed');
  });

  it('may not grant permissions beyond the caller (403), nor can a key raise its own', async () => {
    const limited = await newKey(org.apiKey, { permissions: ['api_key.read', 'api_key.write', 'event.read'] });
    const target = await newKey(org.apiKey, { permissions: ['event.read'] });
    for (const id of [target.id, limited.id]) {
      const res = await send(t, limited.attributes.value, 'PATCH', `/api-keys/${id}`, { body: { data: { attributes: { permissions: ['event.read', 'webhook.write'] } } } });
      expect(res.statusCode).toBe(403);
      expect(res.json().errors[0].details).toContain('webhook.write');
    }
    const ok = await send(t, limited.attributes.value, 'PATCH', `/api-keys/${target.id}`, { body: { data: { attributes: { permissions: ['api_key.read'] } } } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().data.attributes.permissions).toEqual(['api_key.read']);
  });

  it('takes effect on the very next request of the edited key (verifier cache invalidated)', async () => {
    const key = await newKey(org.apiKey);
    const value = key.attributes.value as string;
    // Warm the verifier cache with the key's current permissions.
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(200);
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(200);
    must(await send(t, org.apiKey, 'PATCH', `/api-keys/${key.id}`, { body: { data: { attributes: { permissions: ['api_key.read'] } } } }), 200, 'patch');
    const refused = await send(t, value, 'GET', '/events');
    expect(refused.statusCode).toBe(403);
    expect((await send(t, value, 'GET', `/api-keys/${key.id}`)).statusCode).toBe(200);
    // Key-level defaults too: the key's own inflection now shapes its responses.
    must(await send(t, org.apiKey, 'PATCH', `/api-keys/${key.id}`, { body: { data: { attributes: { 'api-key-inflection': 'snake' } } } }), 200, 'patch');
    const snake = must(await send(t, value, 'GET', `/api-keys/${key.id}`), 200, 'get');
    expect(snake.data.attributes.api_key_inflection).toBe('snake');
  });
});

describe('ip-address-allowlist and api-attributes-blocklist, end to end', () => {
  it('refuses requests from outside the allowlist with 403, takes them from inside', async () => {
    const key = await newKey(org.apiKey, { 'ip-address-allowlist': ['10.1.2.0/24', '192.0.2.7'] });
    const value = key.attributes.value as string;
    const outside = await t.request({ method: 'GET', url: '/api/v1/events', headers: { authorization: `Bearer ${value}` } });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().errors[0].title).toBe('Forbidden');
    for (const remoteAddress of ['10.1.2.77', '192.0.2.7']) {
      const inside = await t.request({ method: 'GET', url: '/api/v1/events', remoteAddress, headers: { authorization: `Bearer ${value}` } });
      expect(inside.statusCode, remoteAddress).toBe(200);
    }
    // Widened by PATCH: allowed at once.
    must(await send(t, org.apiKey, 'PATCH', `/api-keys/${key.id}`, { body: { data: { attributes: { 'ip-address-allowlist': ['*'] } } } }), 200, 'patch');
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(200);
  });

  it("strips blocklisted attributes (with * wildcards) from every response of the key", async () => {
    const inquiry = await createInquiry(t, org, { note: 'visible to some' });
    const key = await newKey(org.apiKey, { 'api-attributes-blocklist': ['note', 'reference-*', 'last-used-at'] });
    const value = key.attributes.value as string;
    expect(key.attributes.note).toBeNull();
    const seen = must(await send(t, value, 'GET', `/inquiries/${inquiry.id}`), 200, 'get inquiry').data.attributes;
    expect(seen.note).toBeUndefined();
    expect(seen['reference-id']).toBeUndefined();
    expect(seen.status).toBeDefined();
    const self = must(await send(t, value, 'GET', `/api-keys/${key.id}`), 200, 'get key').data.attributes;
    expect(self.note).toBeUndefined();
    expect(self['last-used-at']).toBeUndefined();
    expect(self['api-attributes-blocklist']).toEqual(['note', 'reference-*', 'last-used-at']);
    // The creating key, with no blocklist, still sees everything.
    expect(must(await send(t, org.apiKey, 'GET', `/inquiries/${inquiry.id}`), 200, 'get').data.attributes.note).toBe('visible to some');
  });
});

describe('POST /api-keys/:id/expire', () => {
  it('with 0 → the key is refused with 401 "Token is invalid" on its very next request; api-key.expired at once', async () => {
    const key = await newKey(org.apiKey);
    const value = key.attributes.value as string;
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(200);
    const res = await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 0 } } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.attributes['expires-at']).toBe(clock.now().toISOString());
    expect(res.json().data.attributes.value).toBeUndefined();
    for (const url of ['/events', '/api-keys', '/rate-limits']) {
      const after = await send(t, value, 'GET', url);
      expect(after.statusCode).toBe(401);
      expect(after.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
    }
    expect(await eventsOf('api-key.expired', key.id)).toHaveLength(1);
    await t.worker.drain();
    expect(await eventsOf('api-key.expired', key.id)).toHaveLength(1);
    const again = await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 0 } } });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0]).toMatchObject({ title: 'Unprocessable entity', details: 'API key is already expired' });
  });

  it('a key can expire itself; its own next request is refused', async () => {
    const key = await newKey(org.apiKey);
    const value = key.attributes.value as string;
    expect((await send(t, value, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 0 } } })).statusCode).toBe(200);
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(401);
  });

  it('later: the key works until expires-at, then 401, and api-key.expired is emitted once by the job', async () => {
    const key = await newKey(org.apiKey);
    const value = key.attributes.value as string;
    const res = must(await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 3600 } } }), 200, 'expire');
    const expiresAt = new Date(clock.now().getTime() + 3600_000).toISOString();
    expect(res.data.attributes['expires-at']).toBe(expiresAt);
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(200);
    await t.worker.drain();
    expect(await eventsOf('api-key.expired', key.id)).toHaveLength(0);

    // Re-scheduled sooner: only the new time announces it.
    must(await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 60 } } }), 200, 'expire');
    clock.advance(59_000);
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(200);
    clock.advance(1_000);
    expect((await send(t, value, 'GET', '/events')).statusCode).toBe(401);
    await t.worker.drain();
    const events = await eventsOf('api-key.expired', key.id);
    expect(events).toHaveLength(1);
    expect(events[0].attributes.payload.data.attributes['expires-at']).toBe(clock.now().toISOString());
    clock.advance(3600_000);
    await t.worker.drain();
    expect(await eventsOf('api-key.expired', key.id)).toHaveLength(1);
  });

  it('requires meta.expires-in-seconds between 0 and 2592000 (400)', async () => {
    const key = await newKey(org.apiKey);
    const cases: Array<[unknown, string]> = [
      [{}, 'meta is missing'],
      [{ meta: {} }, 'meta.expires-in-seconds is missing'],
      [{ meta: { 'expires-in-seconds': -1 } }, 'meta.expires-in-seconds must be >= 0'],
      [{ meta: { 'expires-in-seconds': 2_592_001 } }, 'meta.expires-in-seconds must be <= 2592000'],
      [{ meta: { 'expires-in-seconds': '60' } }, 'meta.expires-in-seconds must be of type integer'],
    ];
    for (const [body, details] of cases) {
      const res = await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json()).toEqual({ errors: [{ title: 'Bad Request', details }] });
    }
    const max = must(await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 2_592_000 } } }), 200, 'expire');
    expect(max.data.attributes['expires-at']).toBe(new Date(clock.now().getTime() + 2_592_000_000).toISOString());
  });
});

describe('GET /api-keys/permissions', () => {
  it('lists every permission with a description and whether the caller holds it, unpaginated', async () => {
    const limited = await createApiKey(t, org.sandboxId, { permissions: ['api_key.read', 'inquiry.read'] });
    const body = must(await send(t, limited.value, 'GET', '/api-keys/permissions'), 200, 'permissions');
    expect(body.data.map((p: Body) => p.id)).toEqual([...API_KEY_PERMISSIONS]);
    for (const p of body.data) {
      expect(p.type).toBe('api-key-permission');
      expect(Object.keys(p.attributes).sort()).toEqual(['description', 'granted']);
      expect(p.attributes.description.length).toBeGreaterThan(5);
      expect(p.attributes.granted).toBe(['api_key.read', 'inquiry.read'].includes(p.id));
    }
    expect(body.links).toEqual({ prev: null, next: null });
    expect((await send(t, limited.value, 'GET', '/api-keys/permissions?page%5Bsize%5D=5')).statusCode).toBe(400);
    const full = must(await send(t, org.apiKey, 'GET', '/api-keys/permissions'), 200, 'permissions');
    expect(full.data.every((p: Body) => p.attributes.granted === true)).toBe(true);
  });
});
