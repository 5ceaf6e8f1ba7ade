/**
 * Signing secrets go only to callers that may write webhooks (issue 11): a
 * secret lets its holder forge deliveries, so an API key with `webhook.read`
 * alone and a member's or viewer's dashboard session read webhooks without
 * `secret`/`secrets`, while a key with `webhook.write` and an owner's or
 * admin's session see them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { must, send, type Body } from '../fixtures/connect-objects.js';
import { createIdentityOrg, type IdentityOrg } from '../fixtures/identity.js';
import { createApiKey, createTestApp, type TestApp } from '../harness.js';

let t: TestApp;
let org: IdentityOrg;
let hook: Body;
let secret: string;
const keys: Record<'read' | 'readWrite', string> = { read: '', readWrite: '' };

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  org = await createIdentityOrg(t);
  keys.read = (await createApiKey(t, org.sandboxId, { permissions: ['webhook.read'] })).value;
  keys.readWrite = (await createApiKey(t, org.sandboxId, { permissions: ['webhook.read', 'webhook.write'] })).value;
  const body = { data: { attributes: { name: 'visible', url: 'https://hooks.tessera.invalid/visible', 'enabled-events': ['*'] } } };
  hook = must(await send(t, keys.readWrite, 'POST', '/webhooks', { body }), 201, 'POST /webhooks').data;
  secret = hook.attributes.secret;
  expect(secret).toMatch(/^whsec_/);
});

type Caller = () => { bearer: string; headers: Record<string, string> };
// Lazy: the table is built before beforeAll has logged anyone in.
const session = (role: 'owner' | 'admin' | 'member' | 'viewer'): Caller => () => ({ bearer: org.users[role].jwt, headers: { 'tessera-environment': 'sandbox' } });
const key = (name: keyof typeof keys): Caller => () => ({ bearer: keys[name], headers: {} });

async function read(caller: Caller, url: string) {
  const { bearer, headers } = caller();
  const res = await send(t, bearer, 'GET', url, { headers });
  expect(res.statusCode, res.body).toBe(200);
  return res;
}

describe('GET /webhooks/{id}', () => {
  it.each([
    ['an API key with webhook.read only', key('read')],
    ["a member's session", session('member')],
    ["a viewer's session", session('viewer')],
  ])('shows %s the webhook without its secrets', async (_label, caller) => {
    for (const url of [`/webhooks/${hook.id}`, `/webhooks/${hook.id}?fields%5Bwebhook%5D=secret,secrets,url`, '/webhooks']) {
      const res = await read(caller, url);
      expect(res.body).not.toContain(secret);
      const data = res.json().data;
      for (const webhook of Array.isArray(data) ? data : [data]) {
        expect(webhook.attributes).not.toHaveProperty('secret');
        expect(webhook.attributes).not.toHaveProperty('secrets');
      }
    }
    expect((await read(caller, `/webhooks/${hook.id}`)).json().data.attributes).toMatchObject({ url: 'https://hooks.tessera.invalid/visible', status: 'disabled' });
  });

  it.each([
    ['an API key with webhook.write', key('readWrite')],
    ["an owner's session", session('owner')],
    ["an admin's session", session('admin')],
  ])('shows %s the secrets', async (_label, caller) => {
    const attributes = (await read(caller, `/webhooks/${hook.id}`)).json().data.attributes;
    expect(attributes.secret).toBe(secret);
    expect(attributes.secrets).toEqual([{ value: secret, 'expires-at': null }]);
  });

  it('lets a read-only key rotate nothing (403), so it never obtains a secret another way', async () => {
    const res = await send(t, keys.read, 'POST', `/webhooks/${hook.id}/rotate-secret`);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('whsec_');
  });
});
