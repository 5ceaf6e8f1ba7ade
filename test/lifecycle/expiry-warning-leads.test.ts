/**
 * Issue 14: the lead times of expiry warnings come from the server
 * (`TESSERA_EXPIRY_WARNING_LEADS`) unless the organization has its own, set
 * through `PATCH /admin/v1/organizations/{id}` (`expiry-warning-leads`); the
 * periodic job uses them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { decodeId } from '../../src/core/ids.js';
import { EXPIRY_WARNING_JOB } from '../../src/lifecycle/index.js';
import { createIdentityOrg, createPat, type IdentityOrg } from '../fixtures/identity.js';
import { createTestApp, type TestApp } from '../harness.js';

const MINUTE = 60_000;
const clock = manualClock(new Date('2026-06-01T00:00:00.000Z'));
let t: TestApp;
let serverLeads: IdentityOrg;
let ownLeads: IdentityOrg;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_EXPIRY_WARNING_LEADS: '2d,1h' } });
  serverLeads = await createIdentityOrg(t);
  ownLeads = await createIdentityOrg(t);
});

const patch = (org: IdentityOrg, body: unknown) => t.admin('PATCH', `/admin/v1/organizations/${org.adminId}`, body);

let runs = 0;
/** One run of the periodic job, through the queue. */
async function runJob(): Promise<void> {
  await t.deps.store.jobs.enqueue([{ kind: EXPIRY_WARNING_JOB, payload: {}, dedupeKey: `${EXPIRY_WARNING_JOB}:test-${++runs}` }], clock.now());
  await t.worker.drain();
}

describe('expiry warning lead times', () => {
  it('are set per organization through the admin API: shown in the largest whole unit, longest first; null restores the server\'s', async () => {
    expect((await t.admin('GET', `/admin/v1/organizations/${ownLeads.adminId}`)).json().data.attributes['expiry-warning-leads']).toBeNull();
    const res = await patch(ownLeads, { 'expiry-warning-leads': ['30m', '24h', '3h', '1d'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().data.attributes['expiry-warning-leads']).toEqual(['1d', '3h', '30m']);
    expect((await t.admin('GET', `/admin/v1/organizations/${ownLeads.adminId}`)).json().data.attributes['expiry-warning-leads']).toEqual(['1d', '3h', '30m']);

    for (const bad of [[], ['0m'], ['1w'], ['7 d'], Array.from({ length: 11 }, (_, i) => `${i + 1}d`)]) {
      expect((await patch(ownLeads, { 'expiry-warning-leads': bad })).statusCode, JSON.stringify(bad)).toBe(400);
    }
    const tooLong = await patch(ownLeads, { 'expiry-warning-leads': ['366d'] });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.body).toContain('366d');

    expect((await patch(ownLeads, { 'expiry-warning-leads': null })).json().data.attributes['expiry-warning-leads']).toBeNull();
    expect((await patch(ownLeads, { 'expiry-warning-leads': ['3h', '30m'] })).json().data.attributes['expiry-warning-leads']).toEqual(['3h', '30m']);
    // Another setting leaves them alone.
    expect((await patch(ownLeads, {})).json().data.attributes['expiry-warning-leads']).toEqual(['3h', '30m']);
  });

  it('drive the periodic job: the server\'s for one organization, its own for the other', async () => {
    const inTwoHours = new Date(clock.now().getTime() + 120 * MINUTE).toISOString();
    const a = await createPat(t, serverLeads.users.admin.jwt, { expiresAt: inTwoHours });
    const b = await createPat(t, ownLeads.users.admin.jwt, { expiresAt: inTwoHours });
    const leads = async (org: IdentityOrg, id: string) =>
      (
        await t.deps.db
          .selectFrom('events')
          .select('payload')
          .where('object_id', '=', id)
          .where('name', '=', 'personal-access-token.expiring')
          .where('environment_id', '=', decodeId('env', org.sandboxId)!)
          .orderBy('id')
          .execute()
      ).map((r) => (r.payload as { context: { lead: string } }).context.lead);

    await runJob();
    expect([await leads(serverLeads, a.id), await leads(ownLeads, b.id)]).toEqual([['2d'], ['3h']]);
    clock.advance(65 * MINUTE); // 55 minutes left
    await runJob();
    expect([await leads(serverLeads, a.id), await leads(ownLeads, b.id)]).toEqual([['2d', '1h'], ['3h']]);
    clock.advance(30 * MINUTE); // 25 minutes left
    await runJob();
    await runJob();
    expect([await leads(serverLeads, a.id), await leads(ownLeads, b.id)]).toEqual([['2d', '1h'], ['3h', '30m']]);
  });
});
