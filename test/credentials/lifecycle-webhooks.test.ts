/**
 * Issue 5: credential lifecycle events go through the Connect platform's
 * webhooks — a PAT created and revoked on /v3 reaches a signed webhook of its
 * organization, and no delivered body carries the secret.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiKey, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createIdentityOrg, createPat, v3, type IdentityOrg } from '../fixtures/identity.js';
import { createHook } from '../webhooks/helpers.js';
import { Receiver } from '../webhooks/receiver.js';

let t: TestApp;
let org: IdentityOrg;
let asConnect: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true', TESSERA_WEBHOOK_RETRY_SCHEDULE: '0,1' } });
  org = await createIdentityOrg(t);
  const key = await createApiKey(t, org.sandboxId);
  asConnect = { apiKey: key.value } as TestOrg;
  receiver = await Receiver.start();
});

describe('credential lifecycle webhooks', () => {
  it('delivers personal-access-token.created and .revoked, signed, without the secret', async () => {
    const hook = await createHook(t, asConnect, {
      url: receiver.url,
      'enabled-events': ['personal-access-token.created', 'personal-access-token.revoked'],
    });
    receiver.secrets.push(hook.secret);
    const pat = await createPat(t, org.users.admin.jwt, { name: 'lifecycle' });
    const revoke = await v3(t, org.users.admin.jwt, 'PATCH', `/personal-access-tokens/${pat.id}`, { revoked: true });
    expect(revoke.statusCode, revoke.body).toBe(200);
    for (let i = 0; i < 5 && receiver.received.length < 2; i++) await t.worker.drain();

    const names = receiver.received.map((r) => JSON.parse(r.body).data.attributes.name).sort();
    expect(names).toEqual(['personal-access-token.created', 'personal-access-token.revoked']);
    expect(receiver.received.flatMap((r) => r.problems)).toEqual([]);
    for (const r of receiver.received) {
      expect(r.standardVerifiedBy.length).toBeGreaterThan(0);
      expect(r.personaVerifiedBy.length).toBeGreaterThan(0);
      expect(r.body).not.toContain(pat.token);
      expect(JSON.parse(r.body).data.attributes.payload.data.id).toBeTruthy();
    }
  });
});
