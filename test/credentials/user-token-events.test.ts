/**
 * Lifecycle events of user credentials (issue 5 deliverable 4): written in
 * both environments of the organization, rendered by the Connect event API
 * and webhooks, and `personal-access-token.expiring` emitted by the periodic
 * job 7 days and 1 day before expiry, once each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { EXPIRY_WARNING_JOB as EXPIRING_NOTICE_JOB, warnExpiringCredentials } from '../../src/lifecycle/index.js';
import { createApiKey, createTestApp, type TestApp } from '../harness.js';
import { createIdentityOrg, createPat, createUat, v3, type IdentityOrg } from '../fixtures/identity.js';

const DAY = 86_400_000;
const clock = manualClock(new Date('2026-06-01T00:00:00.000Z'));
let t: TestApp;
let org: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_USER_RATE_LIMIT: '100000' } });
  org = await createIdentityOrg(t);
});

const expiringEvents = async (id: string) =>
  (await t.deps.db.selectFrom('events').select(['name', 'environment_id']).where('object_id', '=', id).where('name', '=', 'personal-access-token.expiring').execute()).length;

describe('events', () => {
  it('Connect lists them in each environment, rendered as personal-access-token and api-token objects', async () => {
    const user = org.users.member;
    const pat = await createPat(t, user.jwt, { name: 'evented' });
    await v3(t, user.jwt, 'POST', `/personal-access-tokens/${pat.id}/rotate`);
    const uat = await createUat(t, org, user, 'evented uat');
    const key = await createApiKey(t, org.sandboxId, { permissions: ['event.read'] });
    const res = await t.request({ method: 'GET', url: '/api/v1/events?page[size]=100', headers: { authorization: `Bearer ${key.value}` } });
    expect(res.statusCode).toBe(200);
    const events = res.json().data as Array<{ attributes: { name: string; payload: { data: { type: string; id: string; attributes: Record<string, unknown> } } } }>;
    const byName = (n: string) => events.filter((e) => e.attributes.name === n);
    const created = byName('personal-access-token.created').find((e) => e.attributes.payload.data.id === pat.id)!;
    expect(created.attributes.payload.data).toMatchObject({ type: 'personal-access-token', attributes: { name: 'evented', 'user-id': user.id, revoked: false } });
    expect(byName('personal-access-token.rotated').some((e) => e.attributes.payload.data.id === pat.id)).toBe(true);
    expect(byName('api-token.created').find((e) => e.attributes.payload.data.id === uat.id)!.attributes.payload.data).toMatchObject({
      type: 'api-token',
      attributes: { name: 'evented uat', 'user-id': user.id },
    });
    expect(res.body).not.toContain(pat.token);
    expect(res.body).not.toContain(uat.raw);
    const rows = await t.deps.db.selectFrom('events').select('environment_id').where('object_id', '=', uat.id).execute();
    expect(new Set(rows.map((r) => r.environment_id)).size).toBe(2);
  });
});

describe(`the ${EXPIRING_NOTICE_JOB} job`, () => {
  it('emits expiring 7 days and 1 day ahead, once each; never for revoked, expired or never-expiring tokens', async () => {
    const user = org.users.admin;
    const at = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
    const in10 = await createPat(t, user.jwt, { expiresAt: at(10) });
    const in6 = await createPat(t, user.jwt, { expiresAt: at(6) });
    const inHalf = await createPat(t, user.jwt, { expiresAt: at(0.5) });
    const never = await createPat(t, user.jwt);
    const revoked = await createPat(t, user.jwt, { expiresAt: at(2) });
    await v3(t, user.jwt, 'PATCH', `/personal-access-tokens/${revoked.id}`, { revoked: true });

    const ctx = { store: t.deps.store, clock, defaultLeads: t.config.expiryWarningLeads };
    await warnExpiringCredentials({ ctx });
    await warnExpiringCredentials({ ctx });
    // Each notice is written once per environment.
    expect([await expiringEvents(in10.id), await expiringEvents(in6.id), await expiringEvents(inHalf.id), await expiringEvents(never.id), await expiringEvents(revoked.id)]).toEqual([0, 2, 2, 0, 0]);

    clock.advance(4 * DAY); // in10: 6 days left; in6: 2 days left
    await warnExpiringCredentials({ ctx });
    expect([await expiringEvents(in10.id), await expiringEvents(in6.id)]).toEqual([2, 2]);
    clock.advance(1.5 * DAY); // in6: half a day left; in10: 4.5 days
    await warnExpiringCredentials({ ctx });
    await warnExpiringCredentials({ ctx });
    expect([await expiringEvents(in10.id), await expiringEvents(in6.id), await expiringEvents(inHalf.id)]).toEqual([2, 4, 2]);

    // A new expiry gets its own notices.
    const relogged = await t.request({ method: 'POST', url: '/v3/accounts/login', payload: { accountAlias: org.alias, email: user.email, password: 'correct horse battery staple' } });
    const jwt = relogged.json().accessToken;
    expect((await v3(t, jwt, 'PATCH', `/personal-access-tokens/${in10.id}`, { expiresAt: at(0.25) })).statusCode).toBe(200);
    await warnExpiringCredentials({ ctx });
    expect(await expiringEvents(in10.id)).toBe(4);
  });

  it('runs from the job queue', async () => {
    await t.deps.store.jobs.enqueue([{ kind: EXPIRING_NOTICE_JOB, payload: {}, dedupeKey: `${EXPIRING_NOTICE_JOB}:test` }], clock.now());
    await t.worker.drain();
    const rows = await t.deps.db.selectFrom('jobs').select('status').where('dedupe_key', '=', `${EXPIRING_NOTICE_JOB}:test`).execute();
    expect(rows.map((r) => r.status)).toEqual(['done']);
  });
});
