/**
 * API keys (connect-api.md §8) against the reference: `api-key-with-value` on
 * create, `api-key` everywhere else, and the error bodies of the ceiling,
 * expire and not-found cases.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { must, randomId, send, uniq, type Body } from '../fixtures/connect-objects.js';
import { describeConformance, expectErrorResponseConforms, expectResponseConforms, expectSchemaConforms } from './reference.js';

describeConformance('API keys conform to the reference', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
    org = await createOrg(t);
  });

  async function created(attributes: Record<string, unknown> = {}): Promise<Body> {
    const res = await send(t, org.apiKey, 'POST', '/api-keys', { body: { data: { attributes: { name: uniq('key'), ...attributes } } } });
    return expectResponseConforms(res, { method: 'POST', path: '/api-keys', status: 201 }).data;
  }

  describe('create, retrieve, list, update, expire', () => {
    it('POST /api-keys → 201 api-key-with-value, defaults and every attribute set', async () => {
      const key = await created();
      expect(key.attributes.value).toMatch(/^tsk_sandbox_/);
      expectSchemaConforms({ schema: 'api-key-with-value', value: key });
      const full = await created({
        note: 'n',
        'api-version': '2023-01-05',
        'api-key-inflection': 'camel',
        'api-attributes-blocklist': ['address-*', 'name-last'],
        'ip-address-allowlist': ['127.0.0.1', '10.0.0.0/8'],
        permissions: ['account.read', 'api_log.read'],
        'file-access-token-expires-in': 3600,
      });
      expect(full.attributes['api-key-inflection']).toBe('camel');
      const included = await send(t, org.apiKey, 'POST', '/api-keys?include=', { body: { data: { attributes: { name: uniq('key') } } } });
      expect(expectResponseConforms(included, { method: 'POST', path: '/api-keys', status: 201 }).included).toEqual([]);
    });

    it('GET /api-keys/{api-key-id} → 200 api-key, whole and sparse; admin keys too', async () => {
      const key = await created();
      const one = expectResponseConforms(await send(t, org.apiKey, 'GET', `/api-keys/${key.id}`), { method: 'GET', path: '/api-keys/{api-key-id}', status: 200 });
      expect(one.data.attributes.value).toBeUndefined();
      expectSchemaConforms({ schema: 'api-key', value: one.data });
      expectResponseConforms(await send(t, org.apiKey, 'GET', `/api-keys/${key.id}?fields%5Bapi-key%5D=name`), {
        method: 'GET',
        path: '/api-keys/{api-key-id}',
        status: 200,
        sparse: true,
      });
      expectResponseConforms(await send(t, org.apiKey, 'GET', `/api-keys/${org.apiKeyId}`), { method: 'GET', path: '/api-keys/{api-key-id}', status: 200 });
    });

    it('GET /api-keys → 200, every page and filtered', async () => {
      await created({ name: 'conformance-a' });
      await created();
      const first = expectResponseConforms(await send(t, org.apiKey, 'GET', '/api-keys?page%5Bsize%5D=1'), { method: 'GET', path: '/api-keys', status: 200 });
      expect(first.links.next).toMatch(/^\/api\/v1\/api-keys\?/);
      expectResponseConforms(await send(t, org.apiKey, 'GET', first.links.next.slice('/api/v1'.length)), { method: 'GET', path: '/api-keys', status: 200 });
      const named = expectResponseConforms(await send(t, org.apiKey, 'GET', '/api-keys?filter%5Bname%5D=conformance-a'), { method: 'GET', path: '/api-keys', status: 200 });
      expect(named.data).toHaveLength(1);
    });

    it('PATCH /api-keys/{api-key-id} → 200 api-key', async () => {
      const key = await created();
      const res = await send(t, org.apiKey, 'PATCH', `/api-keys/${key.id}`, {
        body: { data: { attributes: { name: 'renamed', note: 'x', permissions: ['inquiry.read'], 'ip-address-allowlist': ['*'] } } },
      });
      expect(expectResponseConforms(res, { method: 'PATCH', path: '/api-keys/{api-key-id}', status: 200 }).data.attributes.name).toBe('renamed');
    });

    it('POST /api-keys/{api-key-id}/expire → 200 api-key (later and at once)', async () => {
      const key = await created();
      const later = await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 10 } } });
      expect(expectResponseConforms(later, { method: 'POST', path: '/api-keys/{api-key-id}/expire', status: 200 }).data.attributes['expires-at']).not.toBeNull();
      const now = await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 0 } } });
      expectResponseConforms(now, { method: 'POST', path: '/api-keys/{api-key-id}/expire', status: 200 });
      // The expired key's own request: the reference's 401.
      expectErrorResponseConforms(await send(t, key.attributes.value, 'GET', '/api-keys'), 401);
    });
  });

  describe('errors', () => {
    it('400, 403 and 422 bodies', async () => {
      expectErrorResponseConforms(await send(t, org.apiKey, 'POST', '/api-keys', { body: { data: { attributes: {} } } }), 400);
      const limited = await createApiKey(t, org.sandboxId, { permissions: ['api_key.write'] });
      expectErrorResponseConforms(await send(t, limited.value, 'POST', '/api-keys', { body: { data: { attributes: { name: 'x', permissions: ['inquiry.read'] } } } }), 403);
      const key = await created();
      must(await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 0 } } }), 200, 'expire');
      expectErrorResponseConforms(await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 0 } } }), 422);
    });

    it('404 bodies', async () => {
      expectErrorResponseConforms(await send(t, org.apiKey, 'GET', `/api-keys/${randomId('api')}`), 404);
      expectErrorResponseConforms(await send(t, org.apiKey, 'PATCH', `/api-keys/${randomId('api')}`, { body: { data: { attributes: { name: 'x' } } } }), 404);
      expectErrorResponseConforms(await send(t, org.apiKey, 'POST', `/api-keys/${randomId('api')}/expire`, { body: { meta: { 'expires-in-seconds': 1 } } }), 404);
    });
  });
});
