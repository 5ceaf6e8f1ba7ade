import { beforeAll, describe, expect, it } from 'vitest';
import { connect, createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '5' } });
  org = await createOrg(t);
});

describe('Connect request pipeline', () => {
  it('answers 401 with only a title, and a Request-Id, when no key is sent', async () => {
    const res = await connect(t, null, { method: 'GET', url: '/events' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ errors: [{ title: 'Must be authenticated to access this endpoint' }] });
    expect(res.headers['request-id']).toMatch(/^req_[0-9A-Za-z]{24}$/);
  });

  it('answers 401 Token is invalid for a malformed or unknown key', async () => {
    for (const key of ['nope', 'tsk_sandbox_' + 'a'.repeat(34), org.apiKey.slice(0, -1) + (org.apiKey.endsWith('A') ? 'B' : 'A')]) {
      const res = await connect(t, key, { method: 'GET', url: '/events' });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
    }
  });

  it('sends the Persona and rate-limit headers on authenticated responses, errors too', async () => {
    const ok = await connect(t, org.apiKey, { method: 'GET', url: '/events' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['persona-environment-id']).toBe(org.sandboxId);
    expect(ok.headers['persona-organization-id']).toBe(org.organizationId);
    expect(ok.headers['ratelimit-limit']).toBe('5');
    expect(ok.headers['ratelimit-policy']).toBe('"api-key";q=5;w=60');
    const missing = await connect(t, org.apiKey, { method: 'GET', url: '/events/evt_000000000000000000000000' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ errors: [{ title: 'Record not found' }] });
    expect(missing.headers['persona-organization-id']).toBe(org.organizationId);
    expect(missing.headers['ratelimit-remaining']).toBeDefined();
  });

  it('refuses the request after the limit with 429 and Retry-After', async () => {
    const key = await createApiKey(t, org.sandboxId);
    const statuses: number[] = [];
    let last;
    for (let i = 0; i < 6; i++) {
      last = await connect(t, key.value, { method: 'GET', url: '/events' });
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect(last!.headers['retry-after']).toMatch(/^\d+$/);
    expect(last!.headers['ratelimit-remaining']).toBe('0');
    expect(last!.json()).toEqual({
      errors: [{ title: 'Rate limit exceeded', details: 'You have hit your rate limit of 5 requests / min.' }],
    });
  });

  it('rejects unknown Key-Inflection and Persona-Version values with 400', async () => {
    const a = await connect(t, org.apiKey, { method: 'GET', url: '/events', headers: { 'persona-version': '2024-01-01' } });
    expect(a.statusCode).toBe(400);
    expect(a.json().errors[0].title).toBe('Bad Request');
    const b = await connect(t, org.apiKey, { method: 'GET', url: '/events', headers: { 'key-inflection': 'pascal' } });
    expect(b.statusCode).toBe(400);
  });
});
