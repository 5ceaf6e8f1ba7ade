/**
 * POST /api-keys/:id/rotate: the new secret works at once and is shown once
 * (no-store; an idempotent replay shows it [REDACTED]); the old secret works
 * until the grace period ends — to the millisecond of the controllable clock,
 * through the verifier's cache — then gets 401 like an expired key; grace 0
 * stops it at once; rotating again ends the earlier grace; `api-key.rotated`
 * is emitted without either secret; expired or revoked keys cannot be
 * rotated (422); another organization's key is 404; the body is validated.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { must, send, uniq, type Body } from '../fixtures/connect-objects.js';

const clock = manualClock(new Date('2026-03-01T12:00:00.000Z'));
let t: TestApp;
let org: TestOrg;
let stranger: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' }, clock });
  [org, stranger] = await Promise.all([createOrg(t), createOrg(t)]);
});

const DAY_MS = 86_400_000;

async function newKey(attributes: Record<string, unknown> = {}): Promise<{ id: string; value: string }> {
  const key = must(await send(t, org.apiKey, 'POST', '/api-keys', { body: { data: { attributes: { name: uniq('key'), ...attributes } } } }), 201, 'POST /api-keys').data;
  return { id: key.id, value: key.attributes.value };
}

function rotate(id: string, body?: unknown, headers: Record<string, string> = {}, caller = org.apiKey) {
  return send(t, caller, 'POST', `/api-keys/${id}/rotate`, { ...(body !== undefined ? { body } : {}), headers });
}

/** The status a request with `value` gets (GET /events needs only event.read). */
async function statusWith(value: string): Promise<number> {
  return (await send(t, value, 'GET', '/events?page%5Bsize%5D=1')).statusCode;
}

async function eventsOf(name: string, keyId: string): Promise<Body[]> {
  const url = `/events?filter%5Bname%5D=${encodeURIComponent(name)}&filter%5Bobject-id%5D=${keyId}`;
  return must(await send(t, org.apiKey, 'GET', url), 200, 'GET /events').data;
}

describe('POST /api-keys/:id/rotate', () => {
  it('answers 200 with the same key and its new secret once, no-store; the new secret works at once', async () => {
    const key = await newKey({ note: 'deploys', permissions: ['event.read', 'api_key.read'] });
    const before = must(await send(t, org.apiKey, 'GET', `/api-keys/${key.id}`), 200, 'get').data;
    const res = await rotate(key.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const body = res.json();
    expect(body.data.id).toBe(key.id);
    expect(body.data.type).toBe('api-key');
    const { value, ...attributes } = body.data.attributes;
    expect(value).toMatch(/^tsk_sandbox_[0-9A-Za-z]{34}$/);
    expect(value).not.toBe(key.value);
    // Everything but the secret is unchanged.
    expect(attributes).toEqual(before.attributes);
    // Default grace: one day.
    expect(body.meta).toEqual({ 'previous-value-expires-at': new Date(clock.now().getTime() + DAY_MS).toISOString() });

    expect(await statusWith(value)).toBe(200);
    expect((await send(t, value, 'GET', `/api-keys/${key.id}`)).json().data.attributes.value).toBeUndefined();
    const list = must(await send(t, org.apiKey, 'GET', '/api-keys?page%5Bsize%5D=100'), 200, 'list');
    expect(JSON.stringify(list)).not.toContain(value);
  });

  it('keeps the old secret valid until the grace ends (cached or not), then refuses it with 401', async () => {
    const key = await newKey();
    // Warm the verifier's cache with the old secret before the rotation.
    expect(await statusWith(key.value)).toBe(200);
    const rotated = must(await rotate(key.id, { meta: { 'grace-period-seconds': 600 } }), 200, 'rotate');
    const graceEnd = clock.now().getTime() + 600_000;
    expect(rotated.meta['previous-value-expires-at']).toBe(new Date(graceEnd).toISOString());
    const next = rotated.data.attributes.value as string;

    expect(await statusWith(key.value)).toBe(200);
    expect(await statusWith(key.value)).toBe(200);
    clock.set(new Date(graceEnd - 1));
    expect(await statusWith(key.value)).toBe(200);
    clock.set(new Date(graceEnd));
    const refused = await send(t, key.value, 'GET', '/events');
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
    // Still refused later, from the cache or not; the new secret is unaffected.
    clock.advance(DAY_MS);
    expect(await statusWith(key.value)).toBe(401);
    expect(await statusWith(next)).toBe(200);
  });

  it('with grace 0 the old secret stops on the very next request', async () => {
    const key = await newKey();
    expect(await statusWith(key.value)).toBe(200);
    const rotated = must(await rotate(key.id, { meta: { 'grace-period-seconds': 0 } }), 200, 'rotate');
    expect(rotated.meta).toEqual({ 'previous-value-expires-at': null });
    expect(await statusWith(key.value)).toBe(401);
    expect(await statusWith(rotated.data.attributes.value)).toBe(200);
  });

  it('rotating again during a grace ends the earlier grace at once; the middle secret gets the new grace', async () => {
    const key = await newKey();
    const first = must(await rotate(key.id, { meta: { 'grace-period-seconds': 3600 } }), 200, 'rotate 1').data.attributes.value as string;
    expect(await statusWith(key.value)).toBe(200);
    clock.advance(60_000);
    const second = must(await rotate(key.id, { meta: { 'grace-period-seconds': 120 } }), 200, 'rotate 2');
    const third = second.data.attributes.value as string;
    expect(await statusWith(key.value)).toBe(401);
    expect(await statusWith(first)).toBe(200);
    expect(await statusWith(third)).toBe(200);
    clock.advance(120_000);
    expect(await statusWith(first)).toBe(401);
    expect(await statusWith(third)).toBe(200);
  });

  it('a key can rotate itself: its old secret keeps working through the grace', async () => {
    const key = await newKey();
    const rotated = must(await rotate(key.id, {}, {}, key.value), 200, 'self-rotate');
    expect(await statusWith(key.value)).toBe(200);
    expect(await statusWith(rotated.data.attributes.value)).toBe(200);
  });

  it('the old secret never outlives its key: the grace is cut to the key\'s expiry', async () => {
    const key = await newKey();
    must(await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 300 } } }), 200, 'expire');
    const rotated = must(await rotate(key.id), 200, 'rotate');
    expect(rotated.meta['previous-value-expires-at']).toBe(new Date(clock.now().getTime() + 300_000).toISOString());
    expect(rotated.data.attributes['expires-at']).toBe(rotated.meta['previous-value-expires-at']);
    clock.advance(300_000);
    expect(await statusWith(key.value)).toBe(401);
    expect(await statusWith(rotated.data.attributes.value)).toBe(401);
  });

  it('emits api-key.rotated with the key, never a secret', async () => {
    const key = await newKey();
    const rotated = must(await rotate(key.id), 200, 'rotate');
    const events = await eventsOf('api-key.rotated', key.id);
    expect(events).toHaveLength(1);
    expect(events[0].attributes.payload.data).toMatchObject({ type: 'api-key', id: key.id });
    expect(events[0].attributes.payload.data.attributes.value).toBeUndefined();
    const text = JSON.stringify(events);
    expect(text).not.toContain(key.value);
    expect(text).not.toContain(rotated.data.attributes.value);
  });

  it('refuses an expired or revoked key with 422, changing nothing', async () => {
    const expired = await newKey();
    must(await send(t, org.apiKey, 'POST', `/api-keys/${expired.id}/expire`, { body: { meta: { 'expires-in-seconds': 0 } } }), 200, 'expire');
    const res = await rotate(expired.id);
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ errors: [{ title: 'Unprocessable entity', details: 'API key is already expired' }] });
    expect(await statusWith(expired.value)).toBe(401);
    expect(await eventsOf('api-key.rotated', expired.id)).toHaveLength(0);

    const revoked = await createApiKey(t, org.sandboxId);
    expect((await t.admin('POST', `/admin/v1/api-keys/${revoked.id}/revoke`)).statusCode).toBe(200);
    expect((await rotate(revoked.id)).statusCode).toBe(422);
    expect(await statusWith(revoked.value)).toBe(401);
  });

  it("answers 404 for another organization's key, which keeps its secret", async () => {
    const theirs = await createApiKey(t, stranger.sandboxId);
    const res = await rotate(theirs.id);
    expect(res.statusCode).toBe(404);
    expect(await statusWith(theirs.value)).toBe(200);
  });

  it('refuses with 403 a caller lacking some of the key\'s permissions (the new secret would carry them)', async () => {
    const limited = await createApiKey(t, org.sandboxId, { permissions: ['api_key.write', 'api_key.read', 'event.read'] });
    const wider = await newKey();
    const res = await rotate(wider.id, undefined, {}, limited.value);
    expect(res.statusCode).toBe(403);
    expect(res.json().errors[0].details).toContain('inquiry.read');
    expect(await statusWith(wider.value)).toBe(200);
    const narrow = await newKey({ permissions: ['event.read'] });
    expect((await rotate(narrow.id, undefined, {}, limited.value)).statusCode).toBe(200);
  });

  it('an idempotent replay answers the same key with its secret [REDACTED], issuing no other', async () => {
    const key = await newKey();
    const headers = { 'idempotency-key': uniq('rotate') };
    const first = await rotate(key.id, { meta: { 'grace-period-seconds': 60 } }, headers);
    expect(first.statusCode).toBe(200);
    const value = first.json().data.attributes.value as string;
    const replay = await rotate(key.id, { meta: { 'grace-period-seconds': 60 } }, headers);
    expect(replay.statusCode).toBe(200);
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.headers['cache-control']).toBe('no-store');
    expect(replay.json().data).toMatchObject({ id: key.id, attributes: { value: '[REDACTED]' } });
    expect(replay.body).not.toContain(value);
    expect(replay.json().meta).toEqual(first.json().meta);
    // Only one rotation happened: the secret the first answer showed still works, as does the original (in its grace).
    expect(await statusWith(value)).toBe(200);
    expect(await statusWith(key.value)).toBe(200);
    expect(await eventsOf('api-key.rotated', key.id)).toHaveLength(1);
  });

  it('takes no body, {} or meta.grace-period-seconds from 0 to 604800; anything else is a 400 naming the field', async () => {
    const key = await newKey();
    const noBody = await t.request({ method: 'POST', url: `/api/v1/api-keys/${key.id}/rotate`, headers: { authorization: `Bearer ${org.apiKey}` } });
    expect(must(noBody, 200, 'no body').meta['previous-value-expires-at']).toBe(new Date(clock.now().getTime() + DAY_MS).toISOString());
    expect(must(await rotate(key.id, {}), 200, '{}').meta['previous-value-expires-at']).toBe(new Date(clock.now().getTime() + DAY_MS).toISOString());
    expect(must(await rotate(key.id, { meta: {} }), 200, '{meta: {}}').meta['previous-value-expires-at']).not.toBeNull();
    const max = must(await rotate(key.id, { meta: { 'grace-period-seconds': 604_800 } }), 200, 'max');
    expect(max.meta['previous-value-expires-at']).toBe(new Date(clock.now().getTime() + 7 * DAY_MS).toISOString());

    const cases: Array<[unknown, string]> = [
      [{ meta: { 'grace-period-seconds': -1 } }, 'meta.grace-period-seconds must be >= 0'],
      [{ meta: { 'grace-period-seconds': 604_801 } }, 'meta.grace-period-seconds must be <= 604800'],
      [{ meta: { 'grace-period-seconds': '60' } }, 'meta.grace-period-seconds must be of type integer'],
      [{ meta: { 'grace-period-seconds': 1.5 } }, 'meta.grace-period-seconds must be of type integer'],
      [{ meta: { 'expires-in-seconds': 60 } }, 'meta.expires-in-seconds is not allowed'],
      [{ data: { attributes: { 'grace-period-seconds': 60 } } }, 'data is not allowed'],
    ];
    for (const [body, details] of cases) {
      const res = await rotate(key.id, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json(), JSON.stringify(body)).toEqual({ errors: [{ title: 'Bad Request', details }] });
    }
  });

  it('keeps the secret through sparse fieldsets and answers include= with included: []', async () => {
    const key = await newKey();
    const res = must(await send(t, org.apiKey, 'POST', `/api-keys/${key.id}/rotate?fields%5Bapi-key%5D=name&include=`), 200, 'rotate');
    expect(Object.keys(res.data.attributes).sort()).toEqual(['name', 'value']);
    expect(res.included).toEqual([]);
  });
});
