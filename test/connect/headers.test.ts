/**
 * Response headers and Idempotency-Key on representative Connect routes
 * (connect-api.md §1.1, §1.2, §11.2, §11.5).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { API_KEY_PERMISSIONS } from '../../src/credentials/index.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { must, randomId, send, uniq, type Body } from '../fixtures/connect-objects.js';

const REQUEST_ID = /^req_[0-9A-Za-z]{24}$/;
const LIMIT = 1000;

let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  // A clock that stands still: no rate-limit window can end in the middle of a test.
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: String(LIMIT) }, clock: manualClock() });
  org = await createOrg(t);
});

/** The Persona-* and rate-limit headers of an authenticated response (§1.2). */
function expectAuthenticatedHeaders(res: LightMyRequestResponse, who: TestOrg, limit: number) {
  const h = res.headers;
  const label = `${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(h['request-id'], label).toMatch(REQUEST_ID);
  expect(h['persona-environment-id'], label).toBe(who.sandboxId);
  expect(h['persona-organization-id'], label).toBe(who.organizationId);
  expect(h['ratelimit-limit'], label).toBe(String(limit));
  expect(h['ratelimit-remaining'], label).toMatch(/^\d+$/);
  expect(h['ratelimit-reset'], label).toMatch(/^\d+$/);
  const reset = Number(h['ratelimit-reset']);
  expect(reset).toBeGreaterThanOrEqual(0);
  expect(reset).toBeLessThanOrEqual(60);
  expect(h['ratelimit-policy'], label).toBe(`"api-key";q=${limit};w=60`);
  expect(h['ratelimit'], label).toBe(`"api-key";r=${String(h['ratelimit-remaining'])};t=${reset}`);
}

describe('Request-Id', () => {
  it('is req_ + 24 base62 on every response, 401s included, and never repeats', async () => {
    const noPermission = await createApiKey(t, org.sandboxId, { permissions: [] });
    const responses = await Promise.all([
      send(t, org.apiKey, 'GET', '/events'),
      send(t, null, 'GET', '/events'),
      send(t, 'not-a-key', 'GET', '/events'),
      send(t, null, 'POST', '/connect/connections', { body: {} }),
      send(t, noPermission.value, 'GET', '/events'),
      send(t, org.apiKey, 'GET', '/events?page%5Bsize%5D=0'),
      send(t, org.apiKey, 'GET', `/events/${randomId('evt')}`),
      send(t, org.apiKey, 'GET', '/no-such-route'),
      send(t, null, 'GET', '/no-such-route'),
      t.request({ method: 'GET', url: '/healthz' }),
    ]);
    expect(responses.map((r) => r.statusCode)).toEqual([200, 401, 401, 401, 403, 400, 404, 404, 401, 200]);
    const ids = responses.map((r) => r.headers['request-id']);
    for (const id of ids) expect(id).toMatch(REQUEST_ID);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('Persona-* and RateLimit-* headers', () => {
  it('are sent on authenticated successes and on every authenticated error', async () => {
    const noPermission = await createApiKey(t, org.sandboxId, { permissions: API_KEY_PERMISSIONS.filter((p) => p !== 'event.read') });
    const cases: Array<[number, Promise<LightMyRequestResponse>]> = [
      [200, send(t, org.apiKey, 'GET', '/events')],
      [400, send(t, org.apiKey, 'GET', '/events?page%5Bsize%5D=101')],
      [400, send(t, org.apiKey, 'GET', '/events', { headers: { 'persona-version': '2024-01-01' } })],
      [403, send(t, noPermission.value, 'GET', '/events')],
      [404, send(t, org.apiKey, 'GET', `/events/${randomId('evt')}`)],
      [404, send(t, org.apiKey, 'GET', '/no-such-route')],
    ];
    for (const [status, pending] of cases) {
      const res = await pending;
      expect(res.statusCode, res.body).toBe(status);
      expectAuthenticatedHeaders(res, org, LIMIT);
    }
  });

  it('count each authenticated request, errors included, exactly once against the key', async () => {
    const key = await createApiKey(t, org.sandboxId);
    const remaining: number[] = [];
    for (const url of ['/events', '/events?page%5Bsize%5D=0', `/events/${randomId('evt')}`, '/no-such-route', '/events']) {
      const res = await send(t, key.value, 'GET', url);
      remaining.push(Number(res.headers['ratelimit-remaining']));
    }
    expect(remaining).toEqual([LIMIT - 1, LIMIT - 2, LIMIT - 3, LIMIT - 4, LIMIT - 5]);
  });

  it('are sent on 429 with Retry-After, the remaining count at 0', async () => {
    const created = await t.admin('POST', '/admin/v1/organizations', { name: uniq('limited'), 'rate-limit-per-minute': 2 });
    expect(created.statusCode).toBe(201);
    const envs = created.json().data.attributes.environments as Array<{ id: string; kind: string }>;
    const sandboxId = envs.find((e) => e.kind === 'sandbox')!.id;
    const key = await createApiKey(t, sandboxId);
    const limited = { ...org, organizationId: created.json().data.id, sandboxId };
    const statuses: number[] = [];
    let last!: LightMyRequestResponse;
    for (let i = 0; i < 3; i++) {
      last = await send(t, key.value, 'GET', '/events');
      statuses.push(last.statusCode);
    }
    expect(statuses).toEqual([200, 200, 429]);
    expectAuthenticatedHeaders(last, limited, 2);
    expect(last.headers['ratelimit-remaining']).toBe('0');
    expect(last.headers['retry-after']).toMatch(/^\d+$/);
    expect(Number(last.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(last.json()).toEqual({ errors: [{ title: 'Rate limit exceeded', details: 'You have hit your rate limit of 2 requests / min.' }] });
  });

  it('are absent from 401s, which name no organization', async () => {
    const res = await send(t, 'not-a-key', 'GET', '/events');
    expect(res.statusCode).toBe(401);
    expect(res.headers['persona-organization-id']).toBeUndefined();
    expect(res.headers['persona-environment-id']).toBeUndefined();
  });
});

/**
 * A POST the idempotency tests drive: how to build a fresh body, and how many
 * objects a body made (to prove a replay ran nothing).
 */
interface IdempotentPost {
  name: string;
  url: string;
  status: number;
  newBody(): Promise<Body>;
  created(body: Body): Promise<number>;
  /** False when a duplicate is refused anyway, which would hide a second run. */
  raceDetectable: boolean;
}

const POSTS: IdempotentPost[] = [
  {
    name: 'POST /inquiries',
    url: '/inquiries',
    status: 201,
    newBody: async () => ({ data: { attributes: { 'reference-id': uniq('idem') } } }),
    created: async (body) => {
      const ref = encodeURIComponent(body.data.attributes['reference-id']);
      return must(await send(t, org.apiKey, 'GET', `/inquiries?filter%5Breference-id%5D=${ref}`), 200, 'GET /inquiries').data.length;
    },
    raceDetectable: true,
  },
  {
    name: 'POST /connect/connections',
    url: '/connect/connections',
    status: 201,
    newBody: async () => ({ data: { attributes: { 'destination-organization-id': (await createOrg(t)).organizationId } } }),
    created: async (body) => {
      const dst = encodeURIComponent(body.data.attributes['destination-organization-id']);
      return must(await send(t, org.apiKey, 'GET', `/connect/connections?filter%5Bdestination-organization-id%5D=${dst}`), 200, 'GET /connect/connections').data.length;
    },
    raceDetectable: false,
  },
];

/**
 * Marks a finished idempotency entry as still running, as a request in flight elsewhere leaves it;
 * claimed `ageSeconds` ago (a claim that old belongs to a request that died).
 */
async function markInFlight(key: string, ageSeconds = 0): Promise<void> {
  const client = new pg.Client({ connectionString: t.databaseUrl });
  await client.connect();
  try {
    const r = await client.query(
      `UPDATE idempotency_keys SET status = 'in_flight', response_body = NULL, created_at = created_at - make_interval(secs => $2) WHERE key = $1`,
      [key, ageSeconds],
    );
    expect(r.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

describe.each(POSTS.map((p) => [p.name, p] as const))('Idempotency-Key on %s', (_name, post) => {
  const idem = () => `idem-${randomBytes(8).toString('hex')}`;
  const withKey = (key: string, body: Body, apiKey = org.apiKey) => send(t, apiKey, 'POST', post.url, { body, headers: { 'idempotency-key': key } });

  it('replays the first status and body with Idempotent-Replayed: true, running nothing again', async () => {
    const key = idem();
    const body = await post.newBody();
    const first = await withKey(key, body);
    expect(first.statusCode, first.body).toBe(post.status);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await withKey(key, body);
    expect(again.statusCode).toBe(post.status);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(again.headers['request-id']).toMatch(REQUEST_ID);
    expect(again.headers['request-id']).not.toBe(first.headers['request-id']);
    expect(await post.created(body)).toBe(1);
  });

  it('answers the same key with another body 422 Unprocessable entity', async () => {
    const key = idem();
    const first = await withKey(key, await post.newBody());
    expect(first.statusCode, first.body).toBe(post.status);
    const other = await post.newBody();
    const res = await withKey(key, other);
    expect(res.statusCode).toBe(422);
    const item = res.json().errors[0];
    expect(item.title).toBe('Unprocessable entity');
    expect(typeof item.details).toBe('string');
    expect(Object.keys(item).every((k) => ['title', 'details', 'source'].includes(k))).toBe(true);
    expectAuthenticatedHeaders(res, org, LIMIT);
    expect(await post.created(other)).toBe(0);
  });

  it('answers a malformed key 400 and runs nothing', async () => {
    for (const key of ['k'.repeat(256), 'tab\tkey', 'caf\u00e9']) {
      const body = await post.newBody();
      const res = await withKey(key, body);
      expect(res.statusCode, `key ${JSON.stringify(key)}: ${res.body}`).toBe(400);
      expect(res.json().errors[0].title).toBe('Bad Request');
      expect(await post.created(body)).toBe(0);
    }
    const longest = await withKey(idem().padEnd(255, 'k'), await post.newBody());
    expect(longest.statusCode, longest.body).toBe(post.status);
  });

  it('answers a key still in flight 409', async () => {
    const key = idem();
    const body = await post.newBody();
    expect((await withKey(key, body)).statusCode).toBe(post.status);
    await markInFlight(key);
    const res = await withKey(key, body);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().errors[0].title).toBe('Conflict');
    expect(res.headers['idempotent-replayed']).toBeUndefined();
  });

  it('lets a retry run once the claim of a request that never finished is 90 s old, instead of 409 for a day', async () => {
    const key = idem();
    const body = await post.newBody();
    expect((await withKey(key, body)).statusCode).toBe(post.status);
    await markInFlight(key, 89);
    expect((await withKey(key, body)).statusCode).toBe(409);
    await markInFlight(key, 2);
    // The operation runs again (its own answer, e.g. 409 for a connection that now exists), and that answer is kept.
    const res = await withKey(key, body);
    expect(res.body).not.toContain('still in progress');
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    const again = await withKey(key, body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.statusCode).toBe(res.statusCode);
  });

  it('keys are per environment: another organization may use the same key', async () => {
    const key = idem();
    const mine = await withKey(key, await post.newBody());
    expect(mine.statusCode).toBe(post.status);
    const stranger = await createOrg(t);
    const theirs = await send(t, stranger.apiKey, 'POST', post.url, { body: await post.newBody(), headers: { 'idempotency-key': key } });
    expect(theirs.statusCode, theirs.body).toBe(post.status);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('does not keep a 401: the key still works once authenticated', async () => {
    const key = idem();
    const body = await post.newBody();
    const refused = await send(t, 'not-a-key', 'POST', post.url, { body, headers: { 'idempotency-key': key } });
    expect(refused.statusCode).toBe(401);
    const res = await withKey(key, body);
    expect(res.statusCode, res.body).toBe(post.status);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
  });

  if (post.raceDetectable) {
    it('runs two concurrent identical requests once: the other gets 409 or the replay', async () => {
      const key = idem();
      const body = await post.newBody();
      const [a, b] = await Promise.all([withKey(key, body), withKey(key, body)]);
      const fresh = [a, b].filter((r) => r.headers['idempotent-replayed'] === undefined && r.statusCode === post.status);
      expect(fresh, `${a.statusCode} ${a.body} / ${b.statusCode} ${b.body}`).toHaveLength(1);
      const other = fresh[0] === a ? b : a;
      if (other.statusCode === 409) {
        expect(other.json().errors[0].title).toBe('Conflict');
      } else {
        expect(other.statusCode).toBe(post.status);
        expect(other.headers['idempotent-replayed']).toBe('true');
        expect(other.json()).toEqual(fresh[0]!.json());
      }
      expect(await post.created(body)).toBe(1);
    });
  }
});
