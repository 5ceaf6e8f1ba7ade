import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createVerifier, type VerifierOptions } from '../../src/credentials/index.js';
import { authenticate, type AuthAttempt } from '../../src/http/authenticate.js';
import { connect, createApiKey, createOrg, createTestApp, TEST_SECRET, type TestApp, type TestOrg } from '../harness.js';

const clock = manualClock(new Date('2026-06-01T00:00:00.000Z'));
let t: TestApp;
let org: TestOrg;

/** A verifier apart from the app's, on this file's clock, with what a test gives it. */
const ownVerifier = (opts: Pick<VerifierOptions, 'credentials'> & Partial<VerifierOptions>) =>
  createVerifier({ secret: Buffer.from(TEST_SECRET), clock, cacheMax: 100, cacheTtlMs: 60_000, ...opts });

beforeAll(async () => {
  t = await createTestApp({ clock });
  org = await createOrg(t);
});

describe('credential storage and verification', () => {
  it('stores only a keyed hash and a display prefix, and shows the secret once', async () => {
    const key = await createApiKey(t, org.sandboxId);
    expect(key.value).toMatch(/^tsk_sandbox_[0-9A-Za-z]{34}$/);
    const rows = await t.deps.db.selectFrom('credentials').selectAll().execute();
    const text = JSON.stringify(rows, (_k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data).toString('base64') : v));
    expect(text).not.toContain(key.value);
    expect(text).not.toContain(key.value.slice(16));
    const row = rows.find((r) => r.display_prefix === key.value.slice(0, 16))!;
    expect(row.hash).toHaveLength(32);
    const production = await createApiKey(t, org.productionId);
    expect(production.value).toMatch(/^tsk_production_/);
    const res = await connect(t, production.value, { method: 'GET', url: '/events' });
    expect(res.headers['persona-environment-id']).toBe(org.productionId);
  });

  it('answers from the cache without a query, and forgets a revoked key at once', async () => {
    const key = await createApiKey(t, org.sandboxId);
    let lookups = 0;
    const verifier = ownVerifier({
      credentials: {
        findByHash: async (h) => {
          lookups++;
          return t.deps.store.credentials.findByHash(h);
        },
        touchLastUsed: async () => undefined,
      },
    });
    expect((await verifier.verify(key.value))?.organizationId).toBe(org.orgUuid);
    expect(await verifier.verify(key.value)).not.toBeNull();
    expect(lookups).toBe(1);
    expect(await verifier.verify('tsk_sandbox_' + 'A'.repeat(34))).toBeNull();
    expect(lookups).toBe(1);
    verifier.invalidate((await verifier.verify(key.value))!.credentialId!);
    expect(await verifier.verify(key.value)).not.toBeNull();
    expect(lookups).toBe(2);
    await verifier.close();
  });

  it('answers a cached credential at once (no promise) through the shared authentication path; a miss and a failure wait', async () => {
    const key = await createApiKey(t, org.sandboxId);
    const attempt: AuthAttempt = { surface: 'connect', token: key.value, ip: '127.0.0.1', kinds: new Set(['api_key']), environment: { header: undefined } };
    const first = authenticate(t.deps, attempt);
    expect(first).toBeInstanceOf(Promise); // the database read
    expect((await first).ok).toBe(true);
    const warm = authenticate(t.deps, attempt);
    expect(warm).not.toBeInstanceOf(Promise);
    expect(warm).toMatchObject({ ok: true, actor: { credentialKind: 'api_key', environmentId: org.sandboxUuid } });
    // The same cached credential on a surface that does not take its kind is refused, and the refusal is counted.
    const refused = authenticate(t.deps, { ...attempt, kinds: new Set(['personal_access_token']) });
    expect(refused).toBeInstanceOf(Promise);
    expect(await refused).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('a flush called while an earlier flush is still writing resolves only after that write', async () => {
    const key = await createApiKey(t, org.sandboxId);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const written: string[] = [];
    const verifier = ownVerifier({
      credentials: {
        findByHash: (h) => t.deps.store.credentials.findByHash(h),
        touchLastUsed: async (batch) => {
          await gate;
          written.push(...batch.map((u) => u.id));
        },
      },
    });
    const credentialId = (await verifier.verify(key.value))!.credentialId!;
    const timers = verifier.flushUsage(); // as the interval would: it takes the pending use and blocks on the write
    let settled = false;
    const caller = verifier.flushUsage().then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    release();
    await Promise.all([timers, caller]);
    expect(written).toEqual([credentialId]);
    await verifier.close();
  });

  it('a flush that failed does not stop the next one from writing', async () => {
    const key = await createApiKey(t, org.sandboxId);
    let fail = true;
    const written: string[] = [];
    const verifier = ownVerifier({
      credentials: {
        findByHash: (h) => t.deps.store.credentials.findByHash(h),
        touchLastUsed: async (batch) => {
          if (fail) throw new Error('database away');
          written.push(...batch.map((u) => u.id));
        },
      },
      usageFlushMs: 3_600_000,
      onFlushError: () => {
        throw new Error('the error hook itself failed');
      },
    });
    const credentialId = (await verifier.verify(key.value))!.credentialId!;
    await expect(verifier.flushUsage()).rejects.toThrow('the error hook itself failed');
    fail = false;
    clock.advance(61_000);
    await verifier.verify(key.value);
    await verifier.flushUsage();
    expect(written).toEqual([credentialId]);
    await verifier.close();
  });

  it('rejects a revoked key on the very next request in the same process', async () => {
    const key = await createApiKey(t, org.sandboxId);
    expect((await connect(t, key.value, { method: 'GET', url: '/events' })).statusCode).toBe(200);
    const revoke = await t.admin('POST', `/admin/v1/api-keys/${key.id}/revoke`);
    expect(revoke.statusCode).toBe(200);
    const after = await connect(t, key.value, { method: 'GET', url: '/events' });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toEqual({ errors: [{ title: 'Token is invalid' }] });
  });

  it('rejects an expired key even when it is cached', async () => {
    const key = await createApiKey(t, org.sandboxId);
    const uuid = (await t.deps.db.selectFrom('credentials').select('id').where('display_prefix', '=', key.value.slice(0, 16)).executeTakeFirstOrThrow()).id;
    await t.deps.db.updateTable('credentials').set({ expires_at: new Date(clock.now().getTime() + 60_000) }).where('id', '=', uuid).execute();
    expect((await connect(t, key.value, { method: 'GET', url: '/events' })).statusCode).toBe(200);
    clock.advance(61_000);
    expect((await connect(t, key.value, { method: 'GET', url: '/events' })).statusCode).toBe(401);
  });

  it('writes last-used-at behind, at most once a minute, never per request', async () => {
    const key = await createApiKey(t, org.sandboxId);
    const lastUsed = async () =>
      (await t.deps.db.selectFrom('credentials').select('last_used_at').where('display_prefix', '=', key.value.slice(0, 16)).executeTakeFirstOrThrow()).last_used_at;
    // A verifier of its own whose timer never fires within the test: only the flushes below write.
    const verifier = ownVerifier({
      credentials: t.deps.store.credentials,
      usageFlushMs: 3_600_000,
    });
    for (let i = 0; i < 5; i++) expect(await verifier.verify(key.value)).not.toBeNull();
    expect(await lastUsed()).toBeNull();
    await verifier.flushUsage();
    const first = await lastUsed();
    expect(first?.toISOString()).toBe(clock.now().toISOString());
    clock.advance(30_000);
    await verifier.verify(key.value);
    await verifier.flushUsage();
    expect((await lastUsed())?.toISOString()).toBe(first?.toISOString());
    clock.advance(31_000);
    await verifier.verify(key.value);
    await verifier.flushUsage();
    expect((await lastUsed())?.toISOString()).toBe(clock.now().toISOString());
    await verifier.close();
  });
});
