/** Events (connect-api.md §5) against the reference: list and retrieve. */
import { beforeAll, expect, it } from 'vitest';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { send } from '../fixtures/connect-objects.js';
import { describeConformance, expectResponseConforms } from './reference.js';

describeConformance('events conform to the reference', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
    org = await createOrg(t);
    // Two more api-key.created events, so that pages have a next link.
    await createApiKey(t, org.sandboxId);
    await createApiKey(t, org.sandboxId);
  });

  it('GET /events → 200, every page', async () => {
    const first = expectResponseConforms(await send(t, org.apiKey, 'GET', '/events'), { method: 'GET', path: '/events', status: 200 });
    expect(first.data.length).toBeGreaterThanOrEqual(3);
    const page = expectResponseConforms(await send(t, org.apiKey, 'GET', '/events?page%5Bsize%5D=1'), { method: 'GET', path: '/events', status: 200 });
    expect(page.links.next).toMatch(/^\/api\/v1\/events\?/);
    const next = expectResponseConforms(await send(t, org.apiKey, 'GET', page.links.next.slice('/api/v1'.length)), {
      method: 'GET',
      path: '/events',
      status: 200,
    });
    expect(next.links.prev).toMatch(/^\/api\/v1\/events\?/);
  });

  it('GET /events with filters and sparse fields → 200', async () => {
    expectResponseConforms(await send(t, org.apiKey, 'GET', '/events?filter%5Bname%5D=api-key.created'), { method: 'GET', path: '/events', status: 200 });
    expectResponseConforms(await send(t, org.apiKey, 'GET', '/events?fields%5Bevent%5D=name'), { method: 'GET', path: '/events', status: 200, sparse: true });
  });

  it('GET /events/{event-id} → 200, whole and sparse', async () => {
    const list = expectResponseConforms(await send(t, org.apiKey, 'GET', '/events'), { method: 'GET', path: '/events', status: 200 });
    const id = list.data[0].id as string;
    const one = expectResponseConforms(await send(t, org.apiKey, 'GET', `/events/${id}`), { method: 'GET', path: '/events/{event-id}', status: 200 });
    expect(one.data.id).toBe(id);
    expect(one.data.attributes.payload.data.type).toBe('api-key');
    const sparse = expectResponseConforms(await send(t, org.apiKey, 'GET', `/events/${id}?fields%5Bevent%5D=name,created-at`), {
      method: 'GET',
      path: '/events/{event-id}',
      status: 200,
      sparse: true,
    });
    expect(Object.keys(sparse.data.attributes).sort()).toEqual(['created-at', 'name']);
  });
});
