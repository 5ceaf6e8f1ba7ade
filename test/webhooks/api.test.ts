/** The webhook routes (connect-api.md §6): happy paths, business-rule errors, secrets handling. */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { must, randomId, send } from '../fixtures/connect-objects.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createHook } from './helpers.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createOrg(t);
});

const URL = 'https://hooks.tessera.invalid/receive';
const ATTRIBUTES = [
  'status',
  'url',
  'name',
  'description',
  'api-version',
  'api-key-inflection',
  'api-attributes-blocklist',
  'file-access-token-expires-in',
  'enabled-events',
  'payload-filter',
  'included-allowlist',
  'relationship-allowlist',
  'created-at',
].sort();
const SECRET_RE = /^whsec_[0-9A-Za-z]{36}$/;

const post = (url: string, body?: unknown, headers?: Record<string, string>) =>
  send(t, org.apiKey, 'POST', url, { ...(body !== undefined ? { body } : {}), ...(headers ? { headers } : {}) });

describe('POST /webhooks', () => {
  it('creates a disabled webhook with the documented defaults and its secret, never echoing custom headers', async () => {
    const res = await post(
      '/webhooks',
      {
        data: {
          attributes: {
            name: 'Inquiries',
            url: URL,
            'enabled-events': ['inquiry.created', 'inquiry.completed'],
            'custom-http-headers': { Authorization: 'Bearer very-secret-value' },
          },
        },
      },
      { 'Persona-Version': '2023-01-05' },
    );
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const w = res.json().data;
    expect(w.type).toBe('webhook');
    expect(w.id).toMatch(/^wbh_[0-9A-Za-z]{24}$/);
    expect(w.relationships).toBeUndefined();
    expect(Object.keys(w.attributes).sort()).toEqual([...ATTRIBUTES, 'secret', 'secrets'].sort());
    expect(w.attributes).toMatchObject({
      status: 'disabled',
      url: URL,
      name: 'Inquiries',
      description: null,
      'api-version': '2023-01-05',
      'api-key-inflection': 'kebab',
      'api-attributes-blocklist': [],
      'file-access-token-expires-in': 21600,
      'enabled-events': ['inquiry.created', 'inquiry.completed'],
      'payload-filter': null,
      'included-allowlist': { state: 'include_none' },
      'relationship-allowlist': { state: 'include_all' },
    });
    expect(w.attributes.secret).toMatch(SECRET_RE);
    expect(w.attributes.secrets).toEqual([{ value: w.attributes.secret, 'expires-at': null }]);
    expect(res.body).not.toContain('very-secret-value');

    // At rest neither the secret nor the custom header is readable.
    const uuid = decodeId('wbh', w.id)!;
    const rows = await t.deps.db.selectFrom('webhook_secrets').selectAll().where('webhook_id', '=', uuid).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sealed).not.toContain(w.attributes.secret.slice(6));
    const hook = await t.deps.db.selectFrom('webhooks').selectAll().where('id', '=', uuid).executeTakeFirstOrThrow();
    expect(JSON.stringify(hook)).not.toContain('very-secret-value');
    expect(hook.custom_http_headers_sealed).toMatch(/^v1\./);
  });

  it('takes every setting, in any key inflection', async () => {
    const res = await post(
      '/webhooks',
      {
        data: {
          attributes: {
            name: 'All settings',
            description: 'described',
            url: URL,
            enabledEvents: ['*'],
            apiKeyInflection: 'camel',
            apiAttributesBlocklist: ['address-*', '/data/attributes/fields/*-number'],
            fileAccessTokenExpiresIn: 600,
            payloadFilter: { data: { attributes: { status: 'completed' } } },
            includedAllowlist: { state: 'include_all' },
            relationshipAllowlist: { state: 'include_none' },
          },
        },
      },
      { 'Key-Inflection': 'camel' },
    );
    expect(res.statusCode).toBe(201);
    const a = res.json().data.attributes;
    expect(a).toMatchObject({
      description: 'described',
      enabledEvents: ['*'],
      apiKeyInflection: 'camel',
      apiAttributesBlocklist: ['address-*', '/data/attributes/fields/*-number'],
      fileAccessTokenExpiresIn: 600,
      payloadFilter: { data: { attributes: { status: 'completed' } } },
      includedAllowlist: { state: 'include_all' },
      relationshipAllowlist: { state: 'include_none' },
    });
  });

  it('answers 400 naming the path for missing, unknown or mistyped attributes', async () => {
    const missing = await post('/webhooks', { data: { attributes: { url: URL, 'enabled-events': [] } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].details).toBe('data.attributes.name is missing');
    const unknown = await post('/webhooks', { data: { attributes: { name: 'x', url: URL, 'enabled-events': [], secret: 'whsec_x' } } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].details).toBe('data.attributes.secret is not allowed');
    const inflection = await post('/webhooks', { data: { attributes: { name: 'x', url: URL, 'enabled-events': [], 'api-key-inflection': 'pascal' } } });
    expect(inflection.statusCode).toBe(400);
  });

  it('answers 422 with a pointer for a bad URL, an unknown event name or a reserved custom header', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ url: 'not a url' }, '/data/attributes/url'],
      [{ url: 'ftp://example.com/x' }, '/data/attributes/url'],
      [{ url: 'https://user:pass@example.com/x' }, '/data/attributes/url'],
      [{ 'enabled-events': ['inquiry.created', 'inquiry.exploded'] }, '/data/attributes/enabled-events'],
      [{ 'custom-http-headers': { 'Persona-Signature': 'forged' } }, '/data/attributes/custom-http-headers'],
      [{ 'custom-http-headers': { 'Bad Header': 'x' } }, '/data/attributes/custom-http-headers'],
    ];
    for (const [attrs, pointer] of cases) {
      const res = await post('/webhooks', { data: { attributes: { name: 'x', url: URL, 'enabled-events': ['*'], ...attrs } } });
      expect(res.statusCode, JSON.stringify(attrs)).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ title: 'Unprocessable entity', source: { pointer } });
    }
  });

  it('requires https in a production environment', async () => {
    const production = await createApiKey(t, org.productionId);
    const body = (url: string) => ({ data: { attributes: { name: 'prod', url, 'enabled-events': ['*'] } } });
    const http = await send(t, production.value, 'POST', '/webhooks', { body: body('http://hooks.tessera.invalid/x') });
    expect(http.statusCode).toBe(422);
    expect(http.json().errors[0].source).toEqual({ pointer: '/data/attributes/url' });
    expect((await send(t, production.value, 'POST', '/webhooks', { body: body(URL) })).statusCode).toBe(201);
    // Sandbox environments may use http.
    expect((await post('/webhooks', body('http://hooks.tessera.invalid/x'))).statusCode).toBe(201);
  });
});

describe('GET /webhooks and /webhooks/:id', () => {
  it('retrieves with secrets and lists without them, newest first', async () => {
    const a = await createHook(t, org, { url: URL }, { enabled: false });
    const b = await createHook(t, org, { url: URL }, { enabled: false });
    const one = await send(t, org.apiKey, 'GET', `/webhooks/${a.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.headers['cache-control']).toBe('no-store');
    expect(one.json().data.attributes.secret).toBe(a.secret);
    expect(one.json().data.attributes.secrets).toEqual([{ value: a.secret, 'expires-at': null }]);

    const list = must(await send(t, org.apiKey, 'GET', '/webhooks?page%5Bsize%5D=2'), 200, 'list');
    expect(list.data.map((w: { id: string }) => w.id)).toEqual([b.id, a.id]);
    for (const w of list.data) expect(Object.keys(w.attributes).sort()).toEqual(ATTRIBUTES);
    expect(list.links.next).toMatch(/^\/api\/v1\/webhooks\?/);
  });

  it('answers 404 for another organization’s webhook and for a wrong prefix', async () => {
    const stranger = await createOrg(t);
    const hook = await createHook(t, org, { url: URL }, { enabled: false });
    expect((await send(t, stranger.apiKey, 'GET', `/webhooks/${hook.id}`)).statusCode).toBe(404);
    expect((await send(t, org.apiKey, 'GET', `/webhooks/${randomId('inq')}`)).statusCode).toBe(404);
  });
});

describe('PATCH /webhooks/:id', () => {
  it('updates settings, re-checks them, and answers without secrets', async () => {
    const hook = await createHook(t, org, { url: URL }, { enabled: false });
    const res = await send(t, org.apiKey, 'PATCH', `/webhooks/${hook.id}`, {
      body: { data: { attributes: { name: 'renamed', 'enabled-events': ['inquiry.completed'], 'payload-filter': null, description: 'd' } } },
    });
    expect(res.statusCode).toBe(200);
    const a = res.json().data.attributes;
    expect(a).toMatchObject({ name: 'renamed', 'enabled-events': ['inquiry.completed'], description: 'd', status: 'disabled' });
    expect(a.secret).toBeUndefined();
    expect(a.secrets).toBeUndefined();
    const bad = await send(t, org.apiKey, 'PATCH', `/webhooks/${hook.id}`, { body: { data: { attributes: { 'enabled-events': ['nope'] } } } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].source.pointer).toBe('/data/attributes/enabled-events');
  });
});

describe('enable, disable, archive', () => {
  it('moves between enabled and disabled, emits webhook.disabled, and archiving is final', async () => {
    const hook = await createHook(t, org, { url: URL }, { enabled: false });
    const enabled = must(await post(`/webhooks/${hook.id}/enable`), 200, 'enable').data;
    expect(enabled.attributes.status).toBe('enabled');
    expect(enabled.attributes.secret).toBeUndefined();
    expect(must(await post(`/webhooks/${hook.id}/enable`), 200, 'enable again').data.attributes.status).toBe('enabled');
    expect(must(await post(`/webhooks/${hook.id}/disable`), 200, 'disable').data.attributes.status).toBe('disabled');

    const events = must(await send(t, org.apiKey, 'GET', `/events?filter%5Bname%5D=webhook.disabled&filter%5Bobject-id%5D=${hook.id}`), 200, 'events').data;
    expect(events).toHaveLength(1);
    const payload = events[0].attributes.payload.data;
    expect(payload).toMatchObject({ type: 'webhook', id: hook.id, attributes: { status: 'disabled' } });
    expect(JSON.stringify(events[0])).not.toContain(hook.secret);

    expect(must(await post(`/webhooks/${hook.id}/archive`), 200, 'archive').data.attributes.status).toBe('archived');
    for (const [method, url] of [
      ['POST', `/webhooks/${hook.id}/enable`],
      ['POST', `/webhooks/${hook.id}/archive`],
      ['POST', `/webhooks/${hook.id}/rotate-secret`],
      ['PATCH', `/webhooks/${hook.id}`],
    ] as const) {
      const res = await send(t, org.apiKey, method, url, method === 'PATCH' ? { body: { data: { attributes: { name: 'x' } } } } : {});
      expect(res.statusCode, `${method} ${url}`).toBe(422);
    }
  });
});

describe('POST /webhooks/:id/rotate-secret', () => {
  it('keeps the old secret signing for 24 h by default, or as long as asked; another rotation drops older ones', async () => {
    const hook = await createHook(t, org, { url: URL }, { enabled: false });
    const before = Date.now();
    const first = await post(`/webhooks/${hook.id}/rotate-secret`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe('no-store');
    const a = first.json().data.attributes;
    expect(a.secret).toMatch(SECRET_RE);
    expect(a.secret).not.toBe(hook.secret);
    expect(a.secrets.map((s: { value: string }) => s.value)).toEqual([a.secret, hook.secret]);
    expect(a.secrets[0]['expires-at']).toBeNull();
    const expiry = Date.parse(a.secrets[1]['expires-at']);
    expect(expiry).toBeGreaterThanOrEqual(before + 86_400_000 - 1000);
    expect(expiry).toBeLessThanOrEqual(Date.now() + 86_400_000 + 1000);

    const second = must(await post(`/webhooks/${hook.id}/rotate-secret`, { meta: { 'expires-in-seconds': 7200 } }), 200, 'rotate').data.attributes;
    expect(second.secrets.map((s: { value: string }) => s.value)).toEqual([second.secret, a.secret]);
    expect(Date.parse(second.secrets[1]['expires-at'])).toBeLessThanOrEqual(Date.now() + 7_200_000 + 1000);

    const third = must(await post(`/webhooks/${hook.id}/rotate-secret`, { meta: { 'expires-in-seconds': 0 } }), 200, 'rotate 0').data.attributes;
    expect(third.secrets).toEqual([{ value: third.secret, 'expires-at': null }]);
    const read = must(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}`), 200, 'get').data.attributes;
    expect(read.secrets).toEqual(third.secrets);
  });

  it('answers 400 for expires-in-seconds out of 0..604800', async () => {
    const hook = await createHook(t, org, { url: URL }, { enabled: false });
    for (const seconds of [-1, 604_801]) {
      const res = await post(`/webhooks/${hook.id}/rotate-secret`, { meta: { 'expires-in-seconds': seconds } });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].details).toMatch(/^meta\.expires-in-seconds /);
    }
  });
});

describe('deliveries', () => {
  it('lists none for a new webhook; redeliver of an unknown delivery is 404', async () => {
    const hook = await createHook(t, org, { url: URL }, { enabled: false });
    expect(must(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}/deliveries`), 200, 'list')).toEqual({ data: [], links: { prev: null, next: null } });
    expect((await post(`/webhooks/deliveries/${randomId('dlv')}/redeliver`)).statusCode).toBe(404);
    expect((await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}/deliveries?filter%5Bstatus%5D=x`)).statusCode).toBe(400);
  });
});
