/**
 * API logs (connect-api.md §9, §11.2) against the reference: the `api-log`
 * object of every kind of request (success, error, unauthenticated body,
 * admin-surface neighbours), list pages, and error bodies.
 */
import { beforeAll, expect, it } from 'vitest';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { randomId, send, type Body } from '../fixtures/connect-objects.js';
import { describeConformance, expectErrorResponseConforms, expectResponseConforms, expectSchemaConforms } from './reference.js';

describeConformance('API logs conform to the reference', () => {
  let t: TestApp;
  let org: TestOrg;
  const requestIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
    org = await createOrg(t);
    const probes = [
      send(t, org.apiKey, 'GET', '/events?page%5Bsize%5D=1', { headers: { accept: 'application/json', 'user-agent': 'conformance', 'persona-version': '2023-01-05' } }),
      send(t, org.apiKey, 'POST', '/inquiries', { body: { data: { attributes: { 'reference-id': 'conformance', fields: { 'name-first': 'Alex' } } } } }),
      send(t, org.apiKey, 'POST', '/inquiries', { body: { data: { attributes: { bogus: true } } } }),
      send(t, org.apiKey, 'POST', '/api-keys', { body: { data: { attributes: { name: 'logged', note: 'secret value below' } } } }),
      send(t, org.apiKey, 'GET', `/events/${randomId('evt')}`),
      send(t, org.apiKey, 'GET', '/nowhere'),
      send(t, org.apiKey, 'GET', '/events', { headers: { 'key-inflection': 'bogus' } }),
    ];
    for (const res of await Promise.all(probes)) requestIds.push(String(res.headers['request-id']));
  });

  it('GET /api-logs/{api-log-id} → 200 for every kind of request, whole and sparse', async () => {
    for (const id of requestIds) {
      const one = expectResponseConforms(await send(t, org.apiKey, 'GET', `/api-logs/${id}`), { method: 'GET', path: '/api-logs/{api-log-id}', status: 200 });
      expect(one.data.id).toBe(id);
      expect(one.data.attributes.response.headers['Request-Id']).toBe(id);
      expectSchemaConforms({ schema: 'api-log', value: one.data });
    }
    expectResponseConforms(await send(t, org.apiKey, 'GET', `/api-logs/${requestIds[0]}?fields%5Bapi-log%5D=request`), {
      method: 'GET',
      path: '/api-logs/{api-log-id}',
      status: 200,
      sparse: true,
    });
    const included = expectResponseConforms(await send(t, org.apiKey, 'GET', `/api-logs/${requestIds[0]}?include=`), {
      method: 'GET',
      path: '/api-logs/{api-log-id}',
      status: 200,
    });
    expect(included.included).toEqual([]);
  });

  it('GET /api-logs → 200, every page and filtered', async () => {
    const first = expectResponseConforms(await send(t, org.apiKey, 'GET', '/api-logs?page%5Bsize%5D=3'), { method: 'GET', path: '/api-logs', status: 200 });
    expect(first.data).toHaveLength(3);
    expect(first.links.next).toMatch(/^\/api\/v1\/api-logs\?/);
    const next = expectResponseConforms(await send(t, org.apiKey, 'GET', first.links.next.slice('/api/v1'.length)), { method: 'GET', path: '/api-logs', status: 200 });
    expect(next.links.prev).toMatch(/^\/api\/v1\/api-logs\?/);
    const errors = expectResponseConforms(await send(t, org.apiKey, 'GET', '/api-logs?filter%5Bstatus%5D=4xx&filter%5Bmethod%5D=GET'), {
      method: 'GET',
      path: '/api-logs',
      status: 200,
    });
    expect(errors.data.map((l: Body) => l.attributes.response.status).every((s: number) => s >= 400 && s < 500)).toBe(true);
  });

  it('error bodies: 400, 403, 404', async () => {
    expectErrorResponseConforms(await send(t, org.apiKey, 'GET', '/api-logs?filter%5Bstatus%5D=nope'), 400);
    const noLogs = await createApiKey(t, org.sandboxId, { permissions: ['event.read'] });
    expectErrorResponseConforms(await send(t, noLogs.value, 'GET', '/api-logs'), 403);
    expectErrorResponseConforms(await send(t, org.apiKey, 'GET', `/api-logs/${randomId('req')}`), 404);
  });
});
