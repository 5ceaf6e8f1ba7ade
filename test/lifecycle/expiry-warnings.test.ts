/**
 * Issue 14, deliverable 1: `<type>.expiring` for every credential with an
 * expiry — API keys, personal access tokens, Astra user API tokens, share
 * tokens, webhook secrets in their rotation overlap — emitted once per lead
 * and delivered to webhooks like every event, with the lead and `expires-at`
 * in the event's context. A credential already inside several leads gets only
 * the smallest; a new expiry gets its own warnings.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { decodeId } from '../../src/core/ids.js';
import { warnExpiringCredentials } from '../../src/lifecycle/index.js';
import { must, send } from '../fixtures/connect-objects.js';
import { createIdentityOrg, createPat, createUat, v3, type IdentityOrg } from '../fixtures/identity.js';
import { createShareToken, createSharing, makeInquiry } from '../fixtures/sharing.js';
import { createApiKey, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createHook } from '../webhooks/helpers.js';
import { Receiver } from '../webhooks/receiver.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Deliveries are signed with the clock's time and receivers check it against theirs: start at the real time.
const clock = manualClock(new Date());
let t: TestApp;
let org: IdentityOrg;
let asConnect: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true', TESSERA_WEBHOOK_RETRY_SCHEDULE: '0,1', TESSERA_USER_RATE_LIMIT: '100000', TESSERA_SESSION_TTL_SECONDS: '86400' } });
  org = await createIdentityOrg(t);
  asConnect = { apiKey: (await createApiKey(t, org.sandboxId)).value } as TestOrg;
  receiver = await Receiver.start();
});

const sweep = () => warnExpiringCredentials({ ctx: { store: t.deps.store, clock, defaultLeads: t.config.expiryWarningLeads } });
const inFuture = (ms: number) => new Date(clock.now().getTime() + ms).toISOString();

/** The `<type>.expiring` events written about `objectId` (one environment's, for user credentials), oldest first. */
async function warnings(objectId: string, environmentId?: string): Promise<Array<{ name: string; lead: string; expiresAt: string }>> {
  let q = t.deps.db.selectFrom('events').select(['name', 'payload']).where('object_id', '=', objectId).where('name', 'like', '%expiring').orderBy('id');
  if (environmentId) q = q.where('environment_id', '=', environmentId);
  return (await q.execute()).map((r) => {
    const context = (r.payload as { context: Record<string, string> }).context;
    return { name: r.name, lead: context.lead!, expiresAt: context['expires-at']! };
  });
}

describe('expiry warnings', () => {
  it('reach a webhook for every kind of credential, each once, carrying the lead and expires-at', async () => {
    const events = ['api-key.expiring', 'personal-access-token.expiring', 'api-token.expiring', 'webhook.secret-expiring', 'share-token.expiring'];
    const hook = await createHook(t, asConnect, { url: receiver.url + '/org', 'enabled-events': events });
    receiver.secrets.push(hook.secret);

    // An API key expiring in 2 days, a PAT in 20 hours, a user API token in 3 days (Astra itself never sets one).
    const key = await createApiKey(t, org.sandboxId, { name: 'expiring key' });
    must(await send(t, asConnect.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': 2 * 86_400 } } }), 200, 'expire');
    const pat = await createPat(t, org.users.admin.jwt, { name: 'expiring pat', expiresAt: inFuture(20 * HOUR) });
    const uat = await createUat(t, org, org.users.member, 'expiring uat');
    await t.deps.db.updateTable('credentials').set({ expires_at: inFuture(3 * DAY) }).where('id', '=', uat.id).execute();
    // The secret a rotation replaces signs for another 2 hours.
    const rotated = must(await send(t, asConnect.apiKey, 'POST', `/webhooks/${hook.id}/rotate-secret`, { body: { meta: { 'expires-in-seconds': 7200 } } }), 200, 'rotate');
    receiver.secrets.push(rotated.data.attributes.secret);
    // A share token between two other organizations, expiring in 3 days, watched by a webhook on each side.
    const sharing = await createSharing(t);
    const sides = [sharing.source, sharing.destination];
    for (const [i, side] of sides.entries()) {
      receiver.secrets.push((await createHook(t, side, { url: `${receiver.url}/side-${i}`, 'enabled-events': ['share-token.expiring'] })).secret);
    }
    const inquiry = await makeInquiry(t, sharing.source);
    const share = await createShareToken(t, sharing, inquiry.id, { 'expires-in-seconds': 3 * 86_400 });
    expect(share.statusCode, share.body).toBe(201);
    const shareId = share.json().data.id as string;

    expect(await sweep()).toBe(5);
    expect(await sweep()).toBe(0);

    for (let i = 0; i < 10 && receiver.received.length < 7; i++) await t.worker.drain();
    expect(receiver.received.flatMap((r) => r.problems)).toEqual([]);
    const got = receiver.received.map((r) => {
      const data = JSON.parse(r.body).data;
      return { path: r.path, name: data.attributes.name, id: data.attributes.payload.data.id, context: data.attributes.context };
    });
    const expected = (path: string, name: string, id: string, lead: string, expiresAt: string) => ({
      path,
      name,
      id,
      context: { lead, 'lead-seconds': lead === '7d' ? 604_800 : 86_400, 'expires-at': expiresAt },
    });
    const expiryOf = async (id: string) => (await t.deps.store.credentials.find(id))!.expiresAt!.toISOString();
    const keyExpiry = await expiryOf(decodeId('api', key.id)!);
    const secretExpiry = rotated.data.attributes.secrets[1]['expires-at'];
    const shareExpiry = share.json().data.attributes['expires-at'];
    expect(got.sort((a, b) => `${a.path}${a.name}`.localeCompare(`${b.path}${b.name}`))).toEqual([
      expected('/hooks/org', 'api-key.expiring', key.id, '7d', keyExpiry),
      expected('/hooks/org', 'api-token.expiring', uat.id, '7d', await expiryOf(uat.id)),
      expected('/hooks/org', 'personal-access-token.expiring', pat.id, '1d', await expiryOf(pat.id)),
      expected('/hooks/org', 'webhook.secret-expiring', hook.id, '1d', secretExpiry),
      expected('/hooks/side-0', 'share-token.expiring', shareId, '7d', shareExpiry),
      expected('/hooks/side-1', 'share-token.expiring', shareId, '7d', shareExpiry),
    ]);
    // The Connect event API shows the same context.
    const listed = must(await send(t, asConnect.apiKey, 'GET', '/events?page%5Bsize%5D=100'), 200, 'GET /events').data as Array<{ attributes: { name: string; context: object } }>;
    expect(listed.find((e) => e.attributes.name === 'api-key.expiring')!.attributes.context).toEqual({ lead: '7d', 'lead-seconds': 604_800, 'expires-at': keyExpiry });
  });

  it('gives a credential found inside several leads only the smallest, never a larger one after it; a new expiry starts over', async () => {
    const user = org.users.admin;
    const env = decodeId('env', org.sandboxId)!;
    const leads = async (id: string) => (await warnings(id, env)).map((w) => w.lead);
    try {
      // 25 hours to live, first swept an hour and a minute later: inside 7d and 1d by then, so 1d only.
      const late = await createPat(t, user.jwt, { name: 'late', expiresAt: inFuture(25 * HOUR) });
      clock.advance(HOUR + 60_000);
      await sweep();
      expect(await leads(late.id)).toEqual(['1d']);

      // 25 hours to live, swept at once: 7d now (the only lead it is inside), 1d an hour later, then nothing more.
      const early = await createPat(t, user.jwt, { name: 'early', expiresAt: inFuture(25 * HOUR) });
      await sweep();
      expect(await leads(early.id)).toEqual(['7d']);
      clock.advance(HOUR + 60_000);
      await sweep();
      await sweep();
      clock.advance(20 * HOUR);
      await sweep();
      expect([await leads(late.id), await leads(early.id)]).toEqual([['1d'], ['7d', '1d']]);

      // A new expiry (3 days on) gets its own warnings, from the smallest lead it is inside.
      const relogged = await t.request({ method: 'POST', url: '/v3/accounts/login', payload: { accountAlias: org.alias, email: user.email, password: 'correct horse battery staple' } });
      expect((await v3(t, relogged.json().accessToken, 'PATCH', `/personal-access-tokens/${early.id}`, { expiresAt: inFuture(3 * DAY) })).statusCode).toBe(200);
      await sweep();
      expect(await leads(early.id)).toEqual(['7d', '1d', '7d']);
    } finally {
      clock.set(new Date());
    }
  });
});
