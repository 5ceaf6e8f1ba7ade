/**
 * Issue 14, deliverable 3: a rotated API key's or personal access token's old
 * secret presented after its grace period ended is refused as before and
 * reported as `<type>.reused-after-rotation`, with the client's address, at
 * most once an hour per credential — also across two Tesseras on one database.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { decodeId } from '../../src/core/ids.js';
import { startTessera, type Tessera } from '../../src/server.js';
import { createDb } from '../../src/storage/database.js';
import { must, send } from '../fixtures/connect-objects.js';
import { createIdentityOrg, createPat, v3, type IdentityOrg } from '../fixtures/identity.js';
import { createApiKey, createTestApp, type TestApp, type TestOrg } from '../harness.js';

const MINUTE = 60_000;
const clock = manualClock(new Date());
let t: TestApp;
let other: Tessera;
let org: IdentityOrg;
let asConnect: TestOrg;

// Without the verification cache every presentation reaches the database, as it does after the
// negative cache's few seconds.
const ENV = { TESSERA_CACHE_TTL_MS: '0', TESSERA_SESSION_TTL_SECONDS: '86400', TESSERA_USER_RATE_LIMIT: '100000' };

beforeAll(async () => {
  t = await createTestApp({ clock, env: ENV });
  // A second Tessera on the same database: its own process-local throttle, the database's shared one.
  other = await startTessera(t.config, {
    logger: pino({ level: 'silent' }),
    clock,
    database: { db: createDb({ url: t.databaseUrl, max: 5 }), embedded: null, url: t.databaseUrl },
    migrate: false,
  });
  org = await createIdentityOrg(t);
  asConnect = { apiKey: (await createApiKey(t, org.sandboxId)).value } as TestOrg;
});

afterAll(async () => {
  await other?.stop();
});

/** A Connect request with `secret` from `ip`, on either Tessera. */
const fromAddress = (app: Tessera['app'], secret: string, ip: string) =>
  app.inject({ method: 'GET', url: '/api/v1/api-keys', headers: { authorization: `Bearer ${secret}` }, remoteAddress: ip });

async function reuseEvents(name: string, objectId: string) {
  const rows = await t.deps.db
    .selectFrom('events')
    .select(['payload', 'created_at'])
    .where('name', '=', name)
    .where('object_id', '=', objectId)
    .where('environment_id', '=', decodeId('env', org.sandboxId)!)
    .orderBy('id')
    .execute();
  return rows.map((r) => (r.payload as { context: Record<string, unknown> }).context);
}

describe('reuse after rotation', () => {
  it('an API key: refused, reported once an hour per key with the address, in any process', async () => {
    const key = await createApiKey(t, org.sandboxId, { name: 'rotated', permissions: ['api_key.read'] });
    const rotated = must(await send(t, asConnect.apiKey, 'POST', `/api-keys/${key.id}/rotate`, { body: { meta: { 'grace-period-seconds': 60 } } }), 200, 'rotate');
    const fresh = rotated.data.attributes.value as string;
    const id = decodeId('api', key.id)!;

    // Within the grace the old secret works and nothing is reported.
    expect((await fromAddress(t.app, key.value, '198.51.100.1')).statusCode).toBe(200);
    clock.advance(61_000);
    const refused = await fromAddress(t.app, key.value, '203.0.113.7');
    expect(refused.statusCode).toBe(401);
    expect((await fromAddress(t.app, fresh, '203.0.113.7')).statusCode).toBe(200);
    const [first] = await reuseEvents('api-key.reused-after-rotation', id);
    const rotatedAt = (await t.deps.db.selectFrom('credentials').select('last_rotated_at').where('id', '=', id).executeTakeFirstOrThrow()).last_rotated_at!;
    expect(first).toEqual({
      'client-address': '203.0.113.7',
      'rotated-at': rotatedAt.toISOString(),
      'grace-ended-at': new Date(rotatedAt.getTime() + 60_000).toISOString(),
    });

    // Within the hour: refused again, from this process and from the other one, and not reported again.
    clock.advance(10 * MINUTE);
    expect((await fromAddress(t.app, key.value, '203.0.113.8')).statusCode).toBe(401);
    clock.advance(20 * MINUTE);
    expect((await fromAddress(other.app, key.value, '203.0.113.9')).statusCode).toBe(401);
    expect(await reuseEvents('api-key.reused-after-rotation', id)).toHaveLength(1);

    // An hour after the report, the next presentation is reported, with its own address.
    clock.advance(31 * MINUTE);
    expect((await fromAddress(other.app, key.value, '203.0.113.10')).statusCode).toBe(401);
    const events = await reuseEvents('api-key.reused-after-rotation', id);
    expect(events.map((c) => c['client-address'])).toEqual(['203.0.113.7', '203.0.113.10']);

    // The Connect event API shows it like any event.
    const listed = must(await send(t, asConnect.apiKey, 'GET', '/events?page%5Bsize%5D=100'), 200, 'events').data as Array<{ attributes: { name: string; payload: { data: { id: string } } } }>;
    expect(listed.filter((e) => e.attributes.name === 'api-key.reused-after-rotation').map((e) => e.attributes.payload.data.id)).toEqual([key.id, key.id]);
  });

  it('a personal access token rotated without grace: its old secret is refused and reported at once', async () => {
    const login = await t.request({ method: 'POST', url: '/v3/accounts/login', payload: { accountAlias: org.alias, email: org.users.member.email, password: 'correct horse battery staple' } });
    const jwt = login.json().accessToken as string;
    const pat = await createPat(t, jwt, { name: 'rotated pat' });
    const rotated = await v3(t, jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const presented = await t.request({ method: 'GET', url: '/v3/me', headers: { authorization: `Bearer ${pat.token}` }, remoteAddress: '192.0.2.44' });
    expect(presented.statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/v3/me', headers: { authorization: `Bearer ${rotated.json().token}` } })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/v3/me', headers: { authorization: `Bearer ${pat.token}` }, remoteAddress: '192.0.2.45' })).statusCode).toBe(401);
    const events = await reuseEvents('personal-access-token.reused-after-rotation', pat.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ 'client-address': '192.0.2.44' });
  });

  it('never reports a secret that is merely wrong, or a success', async () => {
    const key = await createApiKey(t, org.sandboxId, { name: 'plain' });
    expect((await fromAddress(t.app, key.value, '203.0.113.50')).statusCode).toBe(200);
    const tampered = key.value.slice(0, -4) + 'AAAA';
    expect((await fromAddress(t.app, tampered, '203.0.113.50')).statusCode).toBe(401);
    const reported = await t.deps.db.selectFrom('credentials').select('last_reuse_reported_at').where('id', '=', decodeId('api', key.id)!).executeTakeFirstOrThrow();
    expect(reported.last_reuse_reported_at).toBeNull();
  });
});
