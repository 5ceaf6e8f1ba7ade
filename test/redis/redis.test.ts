/**
 * Redis (issue 7, deliverable 1), in one test process: the shared fixed-window
 * limiter counts exactly once across clients, invalidations reach the other
 * processes' verifiers, two Tesseras on one database and one Redis see a
 * revocation at once, and a Redis that dies and returns is survived.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import type { Verifier } from '../../src/credentials/index.js';
import { connectRedis, type RedisScale } from '../../src/scale/redis.js';
import { startTessera, type Tessera } from '../../src/server.js';
import { createDb } from '../../src/storage/database.js';
import { ADMIN_TOKEN, TEST_SECRET, createTestDatabase } from '../harness.js';
import { freePort, waitFor } from '../process/cli.js';

const REDIS_URL = inject('redisUrl');
const silent = pino({ level: 'silent' });
const opened: RedisScale[] = [];

afterAll(async () => {
  for (const r of opened) await r.close();
});

async function open(url = REDIS_URL, logger = silent): Promise<RedisScale> {
  const r = await connectRedis({ url, logger });
  opened.push(r);
  return r;
}

function fakeVerifier(): { verifier: Verifier; calls: string[] } {
  const calls: string[] = [];
  const verifier: Verifier = {
    verify: async () => null,
    inspect: async () => null,
    invalidate: (id) => void calls.push(`credential ${id}`),
    invalidateOwner: (id) => void calls.push(`owner ${id}`),
    invalidateAll: () => void calls.push('all'),
    flushUsage: async () => undefined,
    close: async () => undefined,
  };
  return { verifier, calls };
}

const uniqueKey = () => 'test:' + randomBytes(8).toString('hex');

describe('the Redis rate limiter', () => {
  it('lets exactly `limit` hits through across several clients hitting at once', async () => {
    const clients = [await open(), await open(), await open()];
    const key = uniqueKey();
    const now = Date.now();
    const results = await Promise.all(Array.from({ length: 300 }, (_, i) => clients[i % 3]!.rateLimiter.hit(key, 100, 60_000, now)));
    expect(results.filter((r) => r.allowed)).toHaveLength(100);
    const remaining = results.filter((r) => r.allowed).map((r) => r.remaining).sort((a, b) => a - b);
    expect(remaining).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(results.every((r) => r.limit === 100 && r.resetSeconds >= 1 && r.resetSeconds <= 60)).toBe(true);
    expect(await clients[0]!.rateLimiter.peek(key, 100, 60_000, now)).toMatchObject({ remaining: 0 });
  });

  it('starts a new count in the next window', async () => {
    const r = await open();
    const key = uniqueKey();
    const start = Math.floor(Date.now() / 1000) * 1000;
    expect((await r.rateLimiter.hit(key, 1, 1000, start)).allowed).toBe(true);
    expect((await r.rateLimiter.hit(key, 1, 1000, start + 999)).allowed).toBe(false);
    expect(await r.rateLimiter.hit(key, 1, 1000, start + 1000)).toMatchObject({ allowed: true, remaining: 0, resetSeconds: 1 });
  });
});

describe('invalidation by pub/sub', () => {
  it('applies each invalidation in every other process, not twice in its own', async () => {
    const [a, b, c] = [await open(), await open(), await open()];
    const fa = fakeVerifier();
    const fb = fakeVerifier();
    const fc = fakeVerifier();
    const va = a.shareInvalidation(fa.verifier);
    b.shareInvalidation(fb.verifier);
    c.shareInvalidation(fc.verifier);
    const id = randomBytes(8).toString('hex');
    va.invalidate(id);
    va.invalidateOwner('u' + id);
    expect(fa.calls).toEqual([`credential ${id}`, `owner u${id}`]);
    const want = [`credential ${id}`, `owner u${id}`];
    const mine = (calls: string[]) => calls.filter((x) => x.endsWith(id));
    await waitFor('b and c', () => (mine(fb.calls).length === 2 && mine(fc.calls).length === 2 ? true : undefined), 1_000, 5);
    expect(mine(fb.calls)).toEqual(want);
    expect(mine(fc.calls)).toEqual(want);
    await new Promise((r) => setTimeout(r, 50));
    expect(fa.calls).toEqual(want);
  });
});

describe('two Tesseras on one database and one Redis', () => {
  const tesseras: Tessera[] = [];
  afterAll(async () => {
    for (const t of tesseras) await t.stop();
  });

  async function start(databaseUrl: string): Promise<Tessera> {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tessera-data-'));
    const config = loadConfig({
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      TESSERA_SECRET: TEST_SECRET,
      TESSERA_ADMIN_TOKEN: ADMIN_TOKEN,
      TESSERA_DATA_DIR: dataDir,
      TESSERA_ROLE: 'api',
      // A long cache: only the invalidation can make the other process notice.
      TESSERA_CACHE_TTL_MS: '3600000',
    });
    const t = await startTessera(config, { logger: silent, database: { db: createDb({ url: databaseUrl, max: 5 }), embedded: null, url: databaseUrl }, migrate: false });
    tesseras.push(t);
    return t;
  }

  it('share one rate limit and see a revocation in the other at once', { timeout: 120_000 }, async () => {
    const databaseUrl = await createTestDatabase();
    const [a, b] = [await start(databaseUrl), await start(databaseUrl)];
    // Clear of a minute boundary: the four counted requests fall in one window.
    if (Date.now() % 60_000 > 50_000) await new Promise((r) => setTimeout(r, 60_500 - (Date.now() % 60_000)));
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const org = await a.app.inject({ method: 'POST', url: '/admin/v1/organizations', headers: admin, payload: { name: 'shared', 'rate-limit-per-minute': 10 } });
    const sandbox = (org.json().data.attributes.environments as Array<{ id: string; kind: string }>).find((e) => e.kind === 'sandbox')!.id;
    const key = (await a.app.inject({ method: 'POST', url: `/admin/v1/environments/${sandbox}/api-keys`, headers: admin, payload: { name: 'k' } })).json().data;
    const get = (t: Tessera) => t.app.inject({ method: 'GET', url: '/api/v1/rate-limits', headers: { authorization: `Bearer ${key.attributes.value}` } });

    // Both caches warm; the count is shared: 4 requests leave 6 whichever process asks.
    expect((await get(a)).statusCode).toBe(200);
    expect((await get(b)).statusCode).toBe(200);
    expect((await get(a)).statusCode).toBe(200);
    const fourth = await get(b);
    expect(fourth.headers['ratelimit-remaining']).toBe('6');

    const revoked = await a.app.inject({ method: 'POST', url: `/admin/v1/api-keys/${key.id}/revoke`, headers: admin });
    expect(revoked.statusCode).toBe(200);
    expect((await get(a)).statusCode).toBe(401);
    const started = Date.now();
    await waitFor('b to refuse the revoked key', async () => ((await get(b)).statusCode === 401 ? true : undefined), 1_000, 10);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('see an API key rotation in the other: the old secret until the grace ends, at once with grace 0', { timeout: 120_000 }, async () => {
    const databaseUrl = await createTestDatabase();
    const [a, b] = [await start(databaseUrl), await start(databaseUrl)];
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const org = await a.app.inject({ method: 'POST', url: '/admin/v1/organizations', headers: admin, payload: { name: 'rotation' } });
    const sandbox = (org.json().data.attributes.environments as Array<{ id: string; kind: string }>).find((e) => e.kind === 'sandbox')!.id;
    const key = (await a.app.inject({ method: 'POST', url: `/admin/v1/environments/${sandbox}/api-keys`, headers: admin, payload: { name: 'k' } })).json().data;
    const get = (t: Tessera, value: string) => t.app.inject({ method: 'GET', url: '/api/v1/rate-limits', headers: { authorization: `Bearer ${value}` } });
    const rotate = async (grace: number, bearer: string) => {
      const res = await a.app.inject({
        method: 'POST',
        url: `/api/v1/api-keys/${key.id}/rotate`,
        headers: { authorization: `Bearer ${bearer}` },
        payload: { meta: { 'grace-period-seconds': grace } },
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json() as { data: { attributes: { value: string } }; meta: { 'previous-value-expires-at': string | null } };
    };

    // B has the original secret cached (valid with no end) when A rotates with a 2 s grace.
    const original = key.attributes.value as string;
    expect((await get(b, original)).statusCode).toBe(200);
    const first = await rotate(2, original);
    const graceEnd = Date.parse(first.meta['previous-value-expires-at']!);
    expect((await get(b, first.data.attributes.value)).statusCode).toBe(200);
    expect((await get(b, original)).statusCode).toBe(200);
    // B forgot its entry and re-read the key: the old secret now stops when the grace ends, not with the cache.
    await new Promise((r) => setTimeout(r, Math.max(0, graceEnd - Date.now()) + 50));
    expect((await get(b, original)).statusCode).toBe(401);
    expect((await get(b, first.data.attributes.value)).statusCode).toBe(200);

    // Grace 0: B refuses the replaced secret within a second.
    const second = await rotate(0, first.data.attributes.value);
    expect(second.meta['previous-value-expires-at']).toBeNull();
    const started = Date.now();
    await waitFor('b to refuse the replaced secret', async () => ((await get(b, first.data.attributes.value)).statusCode === 401 ? true : undefined), 1_000, 10);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect((await get(b, second.data.attributes.value)).statusCode).toBe(200);
  });

  it('see a logout and a password change in the other at once', { timeout: 120_000 }, async () => {
    const databaseUrl = await createTestDatabase();
    const [a, b] = [await start(databaseUrl), await start(databaseUrl)];
    const admin = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const org = (await a.app.inject({ method: 'POST', url: '/admin/v1/organizations', headers: admin, payload: { name: 'sessions', alias: 'sessions-across' } })).json().data;
    const user = await a.app.inject({
      method: 'POST',
      url: `/admin/v1/organizations/${org.id}/users`,
      headers: admin,
      payload: { email: 'pat@sessions.test', role: 'member', password: 'first passphrase' },
    });
    expect(user.statusCode, user.body).toBe(201);
    const login = async (password: string) =>
      (await a.app.inject({ method: 'POST', url: '/v3/accounts/login', payload: { accountAlias: 'sessions-across', email: 'pat@sessions.test', password } })).json()
        .accessToken as string;
    const me = (t: Tessera, jwt: string) => t.app.inject({ method: 'GET', url: '/v3/me', headers: { authorization: `Bearer ${jwt}` } });
    const refusedByB = async (jwt: string, what: string) => {
      const started = Date.now();
      await waitFor(`b to refuse the session after ${what}`, async () => ((await me(b, jwt)).statusCode === 401 ? true : undefined), 1_000, 10);
      expect(Date.now() - started).toBeLessThan(1_000);
    };

    const first = await login('first passphrase');
    expect((await me(b, first)).statusCode).toBe(200);
    expect((await a.app.inject({ method: 'POST', url: '/v3/accounts/logout', headers: { authorization: `Bearer ${first}` } })).statusCode).toBe(204);
    await refusedByB(first, 'logout');

    const second = await login('first passphrase');
    expect((await me(b, second)).statusCode).toBe(200);
    expect((await a.app.inject({ method: 'PATCH', url: `/admin/v1/users/${user.json().data.id}`, headers: admin, payload: { password: 'second passphrase' } })).statusCode).toBe(200);
    await refusedByB(second, 'a password change');
  });
});

describe('when Redis goes away', () => {
  let server: ChildProcess | null = null;
  afterAll(() => {
    server?.kill('SIGKILL');
  });

  function startRedis(port: number): ChildProcess {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    return child;
  }

  it('serves from the in-process limiter, warns once, and recovers when Redis returns', async () => {
    const port = await freePort();
    server = startRedis(port);
    const url = `redis://127.0.0.1:${port}`;
    const lines: Array<{ level: number; msg: string }> = [];
    const logger = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s)) });
    const r = await waitFor('redis to start', async () => {
      const scale = await connectRedis({ url, logger });
      if (scale.connected()) return scale;
      await scale.close();
      lines.length = 0;
      return undefined;
    });
    opened.push(r);
    const observer = await open(url);
    const { verifier, calls } = fakeVerifier();
    r.shareInvalidation(verifier);
    const key = uniqueKey();
    const now = Date.now();
    expect((await r.rateLimiter.hit(key, 2, 60_000, now)).remaining).toBe(1);

    const dying = server;
    dying.kill('SIGKILL');
    await new Promise((resolve) => dying.once('exit', resolve));
    await waitFor('the loss to be noticed', () => (r.connected() ? undefined : true), 5_000, 10);
    const t0 = Date.now();
    const during = await Promise.all([1, 2, 3].map(() => r.rateLimiter.hit(key, 2, 60_000, now)));
    expect(Date.now() - t0).toBeLessThan(200);
    // The in-process window starts from nothing: two allowed, one refused.
    expect(during.map((x) => x.allowed)).toEqual([true, true, false]);
    expect(lines.filter((l) => l.level === 40 && l.msg.includes('redis unavailable'))).toHaveLength(1);

    server = startRedis(port);
    await waitFor('the reconnection', () => (r.connected() && observer.connected() ? true : undefined), 15_000, 20);
    await waitFor('the cache to be dropped', () => (calls.includes('all') ? true : undefined), 5_000, 20);
    expect(lines.some((l) => l.level === 30 && l.msg.includes('redis available again'))).toBe(true);
    // Counted in the (fresh) Redis again, shared with the other client.
    expect((await r.rateLimiter.hit(key, 2, 60_000, now)).remaining).toBe(1);
    expect((await observer.rateLimiter.hit(key, 2, 60_000, now)).remaining).toBe(0);
  });
});
