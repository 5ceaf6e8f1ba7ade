/**
 * API logs (connect-api.md §9, §11.2, platform.md §3): every request of every
 * surface is recorded off the request path, found through Connect by its
 * Request-Id, listed with filters in the caller's environment only, kept 14
 * days — and never holds a secret.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_LOG_RETENTION_JOB, purgeExpiredApiLogs, type ApiLogEntry } from '../../src/api-logs/index.js';
import { generateWebhookSecret } from '../../src/credentials/index.js';
import { decodeId } from '../../src/core/ids.js';
import { periodicJobs } from '../../src/jobs-registry.js';
import { ADMIN_TOKEN, createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { must, randomId, send, uniq, type Body } from '../fixtures/connect-objects.js';

const REQUEST_ID = /^req_[0-9A-Za-z]{24}$/;
let t: TestApp;
let org: TestOrg;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createOrg(t);
});

/** Every stored api_logs row, as one JSON text (what a database dump would show). */
async function storedText(): Promise<string> {
  await t.deps.apiLogs.flush();
  return JSON.stringify(await t.deps.db.selectFrom('api_logs').selectAll().execute());
}

async function logOf(requestId: string, key = org.apiKey): Promise<Body> {
  return must(await send(t, key, 'GET', `/api-logs/${requestId}`), 200, `GET /api-logs/${requestId}`).data;
}

describe('GET /api-logs/:id', () => {
  it("finds a request's log by its Request-Id, with exactly the documented attributes", async () => {
    const res = await send(t, org.apiKey, 'GET', '/events?page%5Bsize%5D=2', {
      headers: { accept: 'application/json', 'user-agent': 'tessera-tests/1.0', 'persona-version': '2023-01-05' },
    });
    expect(res.statusCode).toBe(200);
    const id = String(res.headers['request-id']);
    expect(id).toMatch(REQUEST_ID);
    const log = await logOf(id);
    expect(log.type).toBe('api-log');
    expect(log.id).toBe(id);
    expect(Object.keys(log).sort()).toEqual(['attributes', 'id', 'type']);
    expect(Object.keys(log.attributes).sort()).toEqual(['created-at', 'redacted-at', 'request', 'response']);
    expect(log.attributes.request).toEqual({
      method: 'GET',
      path: '/api/v1/events',
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${org.apiKey.slice(0, 'tsk_sandbox_'.length + 4)}****`,
        Host: 'localhost:80',
        'Persona-Version': '2023-01-05',
        'User-Agent': 'tessera-tests/1.0',
      },
      'get-params': { 'page[size]': '2' },
      'post-params': {},
      'ip-address': '127.0.0.1',
    });
    expect(log.attributes.response).toEqual({
      status: 200,
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'RateLimit-Limit': 100000,
        'RateLimit-Remaining': Number(res.headers['ratelimit-remaining']),
        'RateLimit-Reset': Number(res.headers['ratelimit-reset']),
        'Request-Id': id,
      },
    });
    expect(log.attributes['redacted-at']).toBeNull();
    expect(Date.now() - Date.parse(log.attributes['created-at'])).toBeLessThan(60_000);
  });

  it('records errors and POST bodies as sent (Key-Inflection leaves recorded keys alone)', async () => {
    const res = await send(t, org.apiKey, 'POST', '/inquiries', {
      headers: { 'key-inflection': 'camel' },
      body: { data: { attributes: { referenceId: 'ref-1', unknownThing: 1 } } },
    });
    expect(res.statusCode).toBe(400);
    const log = must(await send(t, org.apiKey, 'GET', `/api-logs/${res.headers['request-id']}`, { headers: { 'key-inflection': 'camel' } }), 200, 'log').data;
    expect(log.attributes.request.postParams).toEqual({ data: { attributes: { referenceId: 'ref-1', unknownThing: 1 } } });
    expect(log.attributes.request.getParams).toEqual({});
    expect(log.attributes.request.ipAddress).toBe('127.0.0.1');
    expect(log.attributes.response.status).toBe(400);
    expect(log.attributes.response.headers['Content-Type']).toBe('application/json; charset=utf-8');
    expect(log.attributes.createdAt).toBeDefined();
  });

  it("answers 404 for a random id, a wrong prefix, another organization's log and an unauthenticated one", async () => {
    const stranger = await createOrg(t);
    const theirs = String((await send(t, stranger.apiKey, 'GET', '/events')).headers['request-id']);
    const anonymous = String((await send(t, null, 'GET', '/events')).headers['request-id']);
    const production = await createApiKey(t, org.productionId);
    const otherEnv = String((await send(t, production.value, 'GET', '/events')).headers['request-id']);
    for (const id of [randomId('req'), randomId('evt'), 'req_short', theirs, anonymous, otherEnv]) {
      const res = await send(t, org.apiKey, 'GET', `/api-logs/${id}`);
      expect({ id, status: res.statusCode, body: res.json() }).toEqual({ id, status: 404, body: { errors: [{ title: 'Record not found' }] } });
    }
    expect((await logOf(theirs, stranger.apiKey)).id).toBe(theirs);
    expect((await logOf(otherEnv, production.value)).id).toBe(otherEnv);
  });
});

describe('every request of every surface is recorded', () => {
  it('stores Connect, admin, health and unauthenticated requests with method, path, status, latency, credential, IP and agent', async () => {
    const connectRes = await send(t, org.apiKey, 'GET', '/rate-limits', { headers: { 'user-agent': 'ua-connect' } });
    const anonymous = await send(t, null, 'GET', '/inquiries');
    const adminRes = await t.admin('GET', '/admin/v1/organizations');
    const health = await t.request({ method: 'GET', url: '/healthz', remoteAddress: '192.0.2.9' });
    const missing = await t.request({ method: 'DELETE', url: '/nowhere' });
    await t.deps.apiLogs.flush();
    const ids = [connectRes, anonymous, adminRes, health, missing].map((r) => decodeId('req', String(r.headers['request-id']))!);
    const rows = await t.deps.db.selectFrom('api_logs').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const [c, a, ad, h, m] = ids.map((id) => byId.get(id)!);
    expect(c).toMatchObject({
      method: 'GET',
      path: '/api/v1/rate-limits',
      status: 200,
      organization_id: org.orgUuid,
      environment_id: org.sandboxUuid,
      credential_id: decodeId('api', org.apiKeyId),
      ip_address: '127.0.0.1',
      user_agent: 'ua-connect',
    });
    expect(c!.latency_ms).toBeGreaterThan(0);
    expect(a).toMatchObject({ path: '/api/v1/inquiries', status: 401, organization_id: null, environment_id: null, credential_id: null });
    expect(ad).toMatchObject({ path: '/admin/v1/organizations', status: 200, credential_id: null });
    expect(ad!.request.headers.Authorization).toBe('Bearer ****');
    expect(h).toMatchObject({ method: 'GET', path: '/healthz', status: 200, ip_address: '192.0.2.9' });
    expect(m).toMatchObject({ method: 'DELETE', path: '/nowhere', status: 404 });
  });

  it('keeps the database off the request path: requests complete while a log write is stuck', async () => {
    await t.deps.apiLogs.flush();
    const repo = t.deps.store.apiLogs;
    const insertMany = repo.insertMany;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let writes = 0;
    repo.insertMany = async (entries) => {
      writes++;
      await gate;
      return insertMany(entries);
    };
    try {
      const first = await t.request({ method: 'GET', url: '/healthz' });
      // Its entry waits in memory until a batch is written (here: by this flush, or the timer's).
      const stuck = t.deps.apiLogs.flush();
      await new Promise((r) => setImmediate(r));
      expect(writes).toBe(1);
      // The write hangs; requests (authenticated ones too) are answered regardless.
      const during = await Promise.all([t.request({ method: 'GET', url: '/healthz' }), send(t, org.apiKey, 'GET', '/rate-limits')]);
      expect(during.map((r) => r.statusCode)).toEqual([200, 200]);
      const id = decodeId('req', String(first.headers['request-id']))!;
      expect(await t.deps.db.selectFrom('api_logs').select('id').where('id', '=', id).execute()).toEqual([]);
      release();
      await stuck;
      await t.deps.apiLogs.flush();
      const ids = [first, ...during].map((r) => decodeId('req', String(r.headers['request-id']))!);
      expect(await t.deps.db.selectFrom('api_logs').select('id').where('id', 'in', ids).execute()).toHaveLength(3);
    } finally {
      release();
      repo.insertMany = insertMany;
    }
  });

  it('caps post-params at 16 KiB', async () => {
    const res = await send(t, org.apiKey, 'POST', '/inquiries', { body: { data: { attributes: { note: 'n'.repeat(3000), tags: Array.from({ length: 8 }, () => 't'.repeat(3000)) } } } });
    const log = await logOf(String(res.headers['request-id']));
    expect(Object.keys(log.attributes.request['post-params'])).toEqual(['[TRUNCATED]']);
  });

  it('writes buffered logs on graceful shutdown', async () => {
    const other = await createTestApp();
    const res = await other.request({ method: 'GET', url: '/healthz' });
    // Still buffered (unless the 250 ms timer beat us to it): stop() must write it before the pool closes.
    await other.stop();
    const client = new pg.Client({ connectionString: other.databaseUrl });
    await client.connect();
    try {
      const r = await client.query('SELECT status FROM api_logs WHERE id = $1', [decodeId('req', String(res.headers['request-id']))]);
      expect(r.rows).toEqual([{ status: 200 }]);
    } finally {
      await client.end();
    }
  });
});

describe('GET /api-logs', () => {
  it("lists the caller's environment only, newest first, with filters", async () => {
    const o = await createOrg(t);
    const ids: Record<string, string> = {};
    const record = async (name: string, method: 'GET' | 'POST', url: string, body?: unknown) => {
      const res = await send(t, o.apiKey, method, url, body === undefined ? {} : { body });
      ids[name] = String(res.headers['request-id']);
      return res;
    };
    const start = new Date();
    await record('events', 'GET', '/events');
    await record('missing', 'GET', `/inquiries/${randomId('inq')}`);
    await record('bad', 'POST', '/inquiries', { data: { attributes: { nope: 1 } } });
    await record('created', 'POST', '/inquiries', { data: { attributes: {} } });
    await record('route', 'GET', '/no-such-route');

    const list = async (query: string) => must(await send(t, o.apiKey, 'GET', `/api-logs${query}`), 200, `GET /api-logs${query}`);
    const all = await list('?page%5Bsize%5D=100');
    // Newest first; the org's API key creation went through the admin surface, not this environment.
    expect(all.data.map((l: Body) => l.id)).toEqual([ids.route, ids.created, ids.bad, ids.missing, ids.events]);
    // From now on the listing requests are in the log too; scope each query to the probes above.
    const ours = 'filter%5Bpath%5D=/api/v1/events,/api/v1/inquiries,/api/v1/no-such-route';
    const only = async (query: string) => (await list(`?${query.includes('filter%5Bpath%5D') ? '' : ours + '&'}${query}`)).data.map((l: Body) => l.id);
    expect(await only('filter%5Bstatus%5D=404')).toEqual([ids.route, ids.missing]);
    expect(await only('filter%5Bstatus%5D=4xx')).toEqual([ids.route, ids.bad, ids.missing]);
    expect(await only('filter%5Bstatus%5D=201,200')).toEqual([ids.created, ids.events]);
    expect(await only('filter%5Bmethod%5D=post')).toEqual([ids.created, ids.bad]);
    expect(await only('filter%5Bpath%5D=/api/v1/inquiries')).toEqual([ids.created, ids.bad, ids.missing]);
    expect(await only('filter%5Bpath%5D=/api/v1/inq&filter%5Bmethod%5D=GET')).toEqual([ids.missing]);
    expect(await only('filter%5Bpath%5D=/api/v1/in%25')).toEqual([]);
    expect(await only(`filter%5Bcreated-at-start%5D=${encodeURIComponent(start.toISOString())}&filter%5Bstatus%5D=200`)).toEqual([ids.events]);
    expect(await only(`filter%5Bcreated-at-end%5D=${encodeURIComponent(new Date(start.getTime() - 1000).toISOString())}`)).toEqual([]);

    const page = await list(`?${ours}&page%5Bsize%5D=2`);
    expect(page.data.map((l: Body) => l.id)).toEqual([ids.route, ids.created]);
    expect(page.links.prev).toBeNull();
    expect(page.links.next).toContain(`page%5Bafter%5D=${ids.created}`);
    const next = await list(page.links.next.slice('/api/v1/api-logs'.length));
    expect(next.data.map((l: Body) => l.id)).toEqual([ids.bad, ids.missing]);
    const back = await list(next.links.prev.slice('/api/v1/api-logs'.length));
    expect(back.data.map((l: Body) => l.id)).toEqual([ids.route, ids.created]);
    // A created-at window pages the same way (its rows are first read by their time range).
    const windowed = `${ours}&filter%5Bcreated-at-start%5D=${encodeURIComponent(start.toISOString())}&filter%5Bcreated-at-end%5D=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`;
    const w1 = await list(`?${windowed}&page%5Bsize%5D=2`);
    expect(w1.data.map((l: Body) => l.id)).toEqual([ids.route, ids.created]);
    const w2 = await list(w1.links.next.slice('/api/v1/api-logs'.length));
    expect(w2.data.map((l: Body) => l.id)).toEqual([ids.bad, ids.missing]);
    const w3 = await list(w2.links.next.slice('/api/v1/api-logs'.length));
    expect(w3.data.map((l: Body) => l.id)).toEqual([ids.events]);
    expect(w3.links.next).toBeNull();
    const wBack = await list(w2.links.prev.slice('/api/v1/api-logs'.length));
    expect(wBack.data.map((l: Body) => l.id)).toEqual([ids.route, ids.created]);
    // The listing requests themselves were recorded.
    const listings = await list('?filter%5Bpath%5D=/api/v1/api-logs&page%5Bsize%5D=100');
    expect(listings.data.length).toBeGreaterThanOrEqual(16);
  });

  it('refuses bad filters with 400', async () => {
    for (const query of [
      'filter%5Bstatus%5D=abc',
      'filter%5Bstatus%5D=600',
      'filter%5Bmethod%5D=G%20T',
      'filter%5Bpath%5D=api',
      'filter%5Bcreated-at-start%5D=yesterday',
      'filter%5Bname%5D=x',
      'page%5Bafter%5D=api_000000000000000000000000',
    ]) {
      const res = await send(t, org.apiKey, 'GET', `/api-logs?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().errors[0].title).toBe('Bad Request');
    }
  });

  it('requires api_log.read (403)', async () => {
    const key = await createApiKey(t, org.sandboxId, { permissions: ['event.read'] });
    for (const url of ['/api-logs', `/api-logs/${randomId('req')}`]) {
      const res = await send(t, key.value, 'GET', url);
      expect(res.statusCode).toBe(403);
      expect(res.json().errors[0].title).toBe('Forbidden');
    }
  });
});

describe('an API log never contains a secret', () => {
  it('holds none of the issued secrets, whatever the requests carried', async () => {
    const o = await createOrg(t);
    const secrets: string[] = [o.apiKey, ADMIN_TOKEN];
    // Keys issued through Connect and through the admin API.
    for (let i = 0; i < 3; i++) {
      const res = await send(t, o.apiKey, 'POST', '/api-keys', { body: { data: { attributes: { name: uniq('leak') } } } });
      secrets.push(must(res, 201, 'POST /api-keys').data.attributes.value);
    }
    secrets.push((await createApiKey(t, o.sandboxId)).value, (await createApiKey(t, o.productionId)).value);
    const password = `pw-${randomBytes(8).toString('hex')}`;
    secrets.push(password);
    const webhookSecret = generateWebhookSecret();
    secrets.push(webhookSecret);

    const [k1, k2, k3, k4, k5] = secrets.slice(2, 7) as [string, string, string, string, string];
    const probes = [
      // Secrets as credentials, in other headers, in bodies under secret and innocent names, in queries and paths.
      send(t, k1, 'GET', '/events', { headers: { 'user-agent': `sdk (${k2})`, accept: `application/json; k=${k3}` } }),
      send(t, k1, 'GET', '/events', { headers: { 'persona-version': k4 } }),
      send(t, k1, 'POST', '/inquiries', { body: { data: { attributes: { note: `my keys are ${k2} and ${k5}`, tags: [k3, webhookSecret] } } } }),
      send(t, k1, 'POST', '/inquiries', { body: { value: k2, token: k3, secret: webhookSecret, password, authorization: `Bearer ${k4}` } }),
      send(t, k1, 'PATCH', `/api-keys/${randomId('api')}`, { body: { data: { attributes: { name: k5, note: `whsec: ${webhookSecret}` } } } }),
      send(t, k1, 'GET', `/events?token=${k2}&filter%5Bname%5D=${k3}`),
      send(t, k1, 'GET', `/api-keys/${k2}`),
      send(t, k1, 'GET', `/${k3}/${encodeURIComponent(webhookSecret)}`),
      send(t, k2, 'POST', '/api-keys', { body: { data: { attributes: { name: 'x', 'api-version': k1 } } } }),
      send(t, null, 'POST', '/api-keys', { headers: { authorization: `Basic ${Buffer.from(`user:${password}`).toString('base64')}` }, body: { value: k1 } }),
      send(t, `${k4}x`, 'GET', '/events'),
      send(t, k5.slice(0, -1), 'GET', '/events'),
      t.admin('POST', `/admin/v1/organizations/${o.organizationId}/users`, { email: `${uniq('u')}@example.com`, role: 'admin', password }),
      t.admin('POST', '/admin/v1/organizations', { name: `org ${k1}` }),
      t.request({ method: 'GET', url: '/healthz', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'user-agent': ADMIN_TOKEN } }),
    ];
    const responses = await Promise.all(probes);
    const text = await storedText();
    // Not vacuous: every probe was recorded.
    for (const r of responses) expect(text).toContain(decodeId('req', String(r.headers['request-id'])));
    expect(text).toContain('[REDACTED]');
    for (const secret of secrets) expect(text.includes(secret), `a stored API log contains ${secret.slice(0, 12)}…`).toBe(false);
    // Nor does any part long enough to identify one.
    for (const secret of secrets.filter((s) => s.startsWith('tsk_'))) expect(text).not.toContain(secret.slice(-20));
  });
});

describe('retention (TESSERA_API_LOG_RETENTION_DAYS, default 30 days)', () => {
  function old(days: number): ApiLogEntry {
    return {
      id: decodeId('req', randomId('req'))!,
      organizationId: null,
      environmentId: null,
      credentialId: null,
      method: 'GET',
      path: '/retention-probe',
      status: 200,
      latencyMs: 1,
      ipAddress: '127.0.0.1',
      userAgent: null,
      request: { headers: {}, getParams: {}, postParams: {} },
      responseHeaders: {},
      createdAt: new Date(Date.now() - days * 24 * 60 * 60 * 1000),
      redactedAt: null,
    };
  }
  const probes = (app: TestApp) => app.deps.db.selectFrom('api_logs').select('id').where('path', '=', '/retention-probe');

  it('deletes logs older than 30 days in batches, each committed on its own, while writes go on, and keeps the rest', async () => {
    const stale = Array.from({ length: 7 }, (_, i) => old(31 + i));
    const fresh = [old(29), old(1)];
    await t.deps.store.apiLogs.insertMany([...stale, ...fresh]);
    const batches: number[] = [];
    const staleSeenByOthers: number[] = [];
    const writtenMeanwhile: ApiLogEntry[] = [];
    const deleted = await purgeExpiredApiLogs({
      ctx: { store: t.deps.store, clock: t.deps.clock },
      input: {
        batchSize: 3,
        onBatch: async (n) => {
          batches.push(n);
          // Another connection already sees the batch gone: no transaction spans the run.
          const cutoff = new Date(Date.now() - 30 * 86_400_000);
          staleSeenByOthers.push((await probes(t).where('created_at', '<', cutoff).execute()).length);
          // The writer's COPY goes through mid-run.
          const entry = old(0);
          await t.deps.store.apiLogs.insertMany([entry]);
          writtenMeanwhile.push(entry);
        },
      },
    });
    expect(deleted).toBe(7);
    expect(batches).toEqual([3, 3, 1]);
    expect(staleSeenByOthers).toEqual([4, 1, 0]);
    const left = await probes(t).execute();
    expect(left.map((r) => r.id).sort()).toEqual([...fresh, ...writtenMeanwhile].map((e) => e.id).sort());
  });

  it('runs as a periodic job', async () => {
    const [purged, kept] = [old(31), old(20)];
    await t.deps.store.apiLogs.insertMany([purged, kept]);
    await periodicJobs(t.deps)();
    const job = await t.deps.db.selectFrom('jobs').select(['kind', 'dedupe_key']).where('kind', '=', API_LOG_RETENTION_JOB).executeTakeFirst();
    expect(job?.dedupe_key).toMatch(new RegExp(`^${API_LOG_RETENTION_JOB}:\\d+$`));
    await t.worker.drain();
    expect(await probes(t).where('created_at', '<', new Date(Date.now() - 30 * 86_400_000)).execute()).toEqual([]);
    const left = (await probes(t).execute()).map((r) => r.id);
    expect(left).toContain(kept.id);
    expect(left).not.toContain(purged.id);
  });

  it('keeps what TESSERA_API_LOG_RETENTION_DAYS says', async () => {
    const week = await createTestApp({ env: { TESSERA_API_LOG_RETENTION_DAYS: '7' } });
    const [keep, purge] = [old(6), old(8)];
    await week.deps.store.apiLogs.insertMany([keep, purge]);
    await periodicJobs(week.deps)();
    await week.worker.drain();
    expect((await probes(week).execute()).map((r) => r.id)).toEqual([keep.id]);
  });
});

describe('storage of entries (COPY)', () => {
  it('keeps every character a request can carry, and a batch stored twice keeps one row per id', async () => {
    const nasty = 'tab\there, line\nbreak, cr\rand back\\slash \\N "quotes" ünïcode';
    const entry = (i: number): ApiLogEntry => ({
      id: randomUUID(),
      organizationId: null,
      environmentId: null,
      credentialId: null,
      method: 'GET',
      path: `/copy-probe/${i}/${nasty}`,
      status: 200,
      latencyMs: 0.125,
      ipAddress: '::1',
      userAgent: nasty,
      request: { headers: { 'User-Agent': nasty }, getParams: { q: nasty, n: 1 }, postParams: { nested: { v: [nasty, null, true] } } },
      responseHeaders: { 'RateLimit-Limit': 10, 'Content-Type': 'application/json' },
      createdAt: new Date('2026-01-02T03:04:05.678Z'),
      redactedAt: i === 1 ? new Date('2026-01-03T00:00:00.000Z') : null,
    });
    const batch = [entry(0), entry(1)];
    await t.deps.store.apiLogs.insertMany(batch);
    // A retried batch that was in fact stored the first time, plus one new entry.
    const retried = [...batch, entry(2)];
    await t.deps.store.apiLogs.insertMany(retried);
    const rows = await t.deps.db.selectFrom('api_logs').selectAll().where('path', 'like', '/copy-probe/%').orderBy('path').execute();
    expect(rows).toHaveLength(3);
    for (const [i, e] of retried.entries()) {
      const r = rows[i]!;
      expect(r).toMatchObject({ id: e.id, path: e.path, user_agent: nasty, latency_ms: 0.125, ip_address: '::1', status: 200 });
      expect(r.request).toEqual(e.request);
      expect(r.response_headers).toEqual(e.responseHeaders);
      expect(r.created_at.toISOString()).toBe('2026-01-02T03:04:05.678Z');
      expect(r.redacted_at?.toISOString() ?? null).toBe(e.redactedAt?.toISOString() ?? null);
    }
  });
});
