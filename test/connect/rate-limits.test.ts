import pg from 'pg';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { connect, createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '300' } });
  org = await createOrg(t);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('GET /api/v1/rate-limits', () => {
  it('returns the key window with this request counted, matching the headers', async () => {
    const key = await createApiKey(t, org.sandboxId);
    const first = await connect(t, key.value, { method: 'GET', url: '/rate-limits' });
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body).toEqual({
      data: [{ type: 'rate-limit/api', attributes: { limit: 300, remaining: 299, 'seconds-to-reset': expect.any(Number) } }],
    });
    expect(Object.keys(body.data[0])).toEqual(['type', 'attributes']);
    const reset = body.data[0].attributes['seconds-to-reset'];
    expect(reset).toBeGreaterThanOrEqual(1);
    expect(reset).toBeLessThanOrEqual(60);
    expect(first.headers['ratelimit-remaining']).toBe('299');
    expect(first.headers['ratelimit-reset']).toBe(String(reset));
    expect(first.headers['persona-organization-id']).toBe(org.organizationId);

    const second = await connect(t, key.value, { method: 'GET', url: '/rate-limits' });
    expect(second.json().data[0].attributes.remaining).toBe(298);
  });

  it('counts the other requests of the same key', async () => {
    const key = await createApiKey(t, org.sandboxId);
    await connect(t, key.value, { method: 'GET', url: '/events' });
    await connect(t, key.value, { method: 'GET', url: '/events' });
    const res = await connect(t, key.value, { method: 'GET', url: '/rate-limits' });
    expect(res.json().data[0].attributes.remaining).toBe(297);
  });

  it('follows Key-Inflection', async () => {
    const camel = await connect(t, org.apiKey, { method: 'GET', url: '/rate-limits', headers: { 'key-inflection': 'camel' } });
    expect(Object.keys(camel.json().data[0].attributes)).toEqual(['limit', 'remaining', 'secondsToReset']);
    const snake = await connect(t, org.apiKey, { method: 'GET', url: '/rate-limits', headers: { 'key-inflection': 'snake' } });
    expect(Object.keys(snake.json().data[0].attributes)).toEqual(['limit', 'remaining', 'seconds_to_reset']);
  });

  it('queries no database once the key is in the verification cache', async () => {
    await connect(t, org.apiKey, { method: 'GET', url: '/rate-limits' });
    // Nothing pending in the write-behinds (last-used, API log), so any pool checkout below is the request's.
    await t.deps.verifier.flushUsage();
    await t.deps.apiLogs.flush();
    const checkout = vi.spyOn(pg.Pool.prototype, 'connect');
    const res = await connect(t, org.apiKey, { method: 'GET', url: '/rate-limits' });
    expect(res.statusCode).toBe(200);
    expect(checkout).not.toHaveBeenCalled();
    // The spy does see queries: a list is one.
    await connect(t, org.apiKey, { method: 'GET', url: '/events' });
    expect(checkout).toHaveBeenCalled();
  });

  it('answers 401 without a key and 403 without rate_limit.read', async () => {
    const none = await connect(t, null, { method: 'GET', url: '/rate-limits' });
    expect(none.statusCode).toBe(401);
    const limited = await createApiKey(t, org.sandboxId, { permissions: ['event.read'] });
    const forbidden = await connect(t, limited.value, { method: 'GET', url: '/rate-limits' });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().errors[0].title).toBe('Forbidden');
    expect(forbidden.headers['ratelimit-remaining']).toBe('299');
  });
});
