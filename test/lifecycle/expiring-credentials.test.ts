/**
 * GET /api/v1/expiring-credentials: what the caller's environment has that
 * expires within its organization's smallest expiry warning lead, soonest
 * first, for the dashboard to mark and list.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { must, send } from '../fixtures/connect-objects.js';
import { createShareToken, createSharing, makeInquiry, type Sharing } from '../fixtures/sharing.js';
import { createApiKey, createTestApp, type TestApp } from '../harness.js';
import { createHook } from '../webhooks/helpers.js';

let t: TestApp;
let s: Sharing;

beforeAll(async () => {
  t = await createTestApp();
  s = await createSharing(t);
});

const list = (key: string) => send(t, key, 'GET', '/expiring-credentials');

describe('GET /expiring-credentials', () => {
  it('lists API keys, share tokens (both sides) and replaced webhook secrets within the smallest lead, soonest first', async () => {
    const expiring = (seconds: number, name: string) =>
      createApiKey(t, s.source.sandboxId, { name }).then(async (key) => {
        must(await send(t, s.source.apiKey, 'POST', `/api-keys/${key.id}/expire`, { body: { meta: { 'expires-in-seconds': seconds } } }), 200, 'expire');
        return key;
      });
    const soon = await expiring(12 * 3600, 'soon');
    await expiring(3 * 86_400, 'later');
    const hook = await createHook(t, s.source, { url: 'https://example.com/hook' }, { enabled: false });
    must(await send(t, s.source.apiKey, 'POST', `/webhooks/${hook.id}/rotate-secret`, { body: { meta: { 'expires-in-seconds': 7200 } } }), 200, 'rotate');
    const share = must(await createShareToken(t, s, (await makeInquiry(t, s.source)).id, { 'expires-in-seconds': 3600 }), 201, 'share').data;

    const res = await list(s.source.apiKey);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.meta).toEqual({ 'expiry-warning-leads': ['7d', '1d'], within: '1d', 'within-seconds': 86_400 });
    expect(body.data.map((d: { id: string; attributes: { kind: string; name: string | null } }) => [d.attributes.kind, d.id, d.attributes.name])).toEqual([
      ['share-token', share.id, null],
      ['webhook-secret', hook.id, hook.data.attributes.name],
      ['api-key', soon.id, 'soon'],
    ]);
    // The destination sees the share token it may redeem.
    expect(must(await list(s.destination.apiKey), 200, 'destination').data.map((d: { id: string }) => d.id)).toEqual([share.id]);

    // A key that may read API keys only sees API keys; one that may not is refused.
    const keysOnly = await createApiKey(t, s.source.sandboxId, { permissions: ['api_key.read'] });
    expect(must(await list(keysOnly.value), 200, 'keys only').data.map((d: { id: string }) => d.id)).toEqual([soon.id]);
    const none = await createApiKey(t, s.source.sandboxId, { permissions: ['inquiry.read'] });
    expect((await list(none.value)).statusCode).toBe(403);

    // The organization's own leads decide the window.
    const patched = await t.admin('PATCH', `/admin/v1/organizations/${s.source.organizationId}`, { 'expiry-warning-leads': ['7d', '90m'] });
    expect(patched.statusCode, patched.body).toBe(200);
    const narrow = must(await list(s.source.apiKey), 200, 'narrow');
    expect(narrow.meta).toEqual({ 'expiry-warning-leads': ['7d', '90m'], within: '90m', 'within-seconds': 5400 });
    expect(narrow.data.map((d: { id: string }) => d.id)).toEqual([share.id]);
  });
});
