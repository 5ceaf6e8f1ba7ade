/**
 * Webhooks (connect-api.md §6, §11.21) against the reference: every webhook
 * route's body, and the bodies Tessera POSTs to a receiver — each delivered
 * event validates as the reference `event`, and the `webhook.disabled`
 * payload as a `webhook` (no secret in it).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { send, type Body } from '../fixtures/connect-objects.js';
import { waitFor } from '../process/cli.js';
import { Receiver } from '../webhooks/receiver.js';
import { describeConformance, expectResponseConforms, expectSchemaConforms } from './reference.js';

describeConformance('webhooks conform to the reference', () => {
  let t: TestApp;
  let org: TestOrg;
  let receiver: Receiver;

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        TESSERA_RATE_LIMIT_PER_MINUTE: '100000',
        TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
        TESSERA_WEBHOOK_RETRY_SCHEDULE: '0,0.1',
        TESSERA_JOB_POLL_MS: '20',
      },
    });
    t.worker.start();
    org = await createOrg(t);
    receiver = await Receiver.start();
  });

  afterAll(async () => {
    await t.worker.stop();
  });

  const create = async (attributes: Record<string, unknown> = {}): Promise<Body> =>
    expectResponseConforms(
      await send(t, org.apiKey, 'POST', '/webhooks', {
        body: { data: { attributes: { name: 'conformance', url: receiver.url, 'enabled-events': ['*'], ...attributes } } },
      }),
      { method: 'POST', path: '/webhooks', status: 201 },
    ).data;

  it('POST /webhooks → 201, GET /webhooks and /webhooks/{webhook-id} → 200', async () => {
    const hook = await create({ 'payload-filter': {}, 'api-attributes-blocklist': ['name-*'], 'custom-http-headers': { 'X-API-Key': 'k' } });
    expect(hook.attributes.secrets).toHaveLength(1);
    expectResponseConforms(await send(t, org.apiKey, 'GET', '/webhooks'), { method: 'GET', path: '/webhooks', status: 200 });
    expectResponseConforms(await send(t, org.apiKey, 'GET', '/webhooks?fields%5Bwebhook%5D=url'), { method: 'GET', path: '/webhooks', status: 200, sparse: true });
    expectResponseConforms(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}`), { method: 'GET', path: '/webhooks/{webhook-id}', status: 200 });
    expectResponseConforms(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}?include=`), { method: 'GET', path: '/webhooks/{webhook-id}', status: 200 });
  });

  it('PATCH, enable, disable, rotate-secret and archive → 200', async () => {
    const hook = await create();
    const path = '/webhooks/{webhook-id}';
    expectResponseConforms(await send(t, org.apiKey, 'PATCH', `/webhooks/${hook.id}`, { body: { data: { attributes: { description: 'd', 'included-allowlist': null } } } }), {
      method: 'PATCH',
      path,
      status: 200,
    });
    for (const action of ['enable', 'disable'] as const) {
      expectResponseConforms(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/${action}`), { method: 'POST', path: `${path}/${action}`, status: 200 });
    }
    const rotated = expectResponseConforms(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/rotate-secret`, { body: { meta: { 'expires-in-seconds': 15 } } }), {
      method: 'POST',
      path: `${path}/rotate-secret`,
      status: 200,
    });
    expect(rotated.data.attributes.secrets).toHaveLength(2);
    expectResponseConforms(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/archive`), { method: 'POST', path: `${path}/archive`, status: 200 });
  });

  it('delivered bodies are reference events; a webhook.disabled payload is a reference webhook', { timeout: 20_000 }, async () => {
    const watcher = await create();
    receiver.secrets.push(watcher.attributes.secret);
    expectResponseConforms(await send(t, org.apiKey, 'POST', `/webhooks/${watcher.id}/enable`), { method: 'POST', path: '/webhooks/{webhook-id}/enable', status: 200 });
    // Disabling an enabled webhook emits webhook.disabled, which the watcher (subscribed to *) receives.
    const other = await create({ 'enabled-events': ['inquiry.created'] });
    await send(t, org.apiKey, 'POST', `/webhooks/${other.id}/enable`);
    await send(t, org.apiKey, 'POST', `/webhooks/${other.id}/disable`);
    await send(t, org.apiKey, 'POST', '/inquiries', { body: { data: { attributes: { 'reference-id': 'conformance' } } } });

    const requests = await waitFor('webhook.disabled and inquiry.created deliveries', () => {
      const names = receiver.received.map((r) => JSON.parse(r.body).data.attributes.name as string);
      return names.includes('webhook.disabled') && names.includes('inquiry.created') ? receiver.received : undefined;
    });
    for (const r of requests) {
      expect(r.problems).toEqual([]);
      const body = JSON.parse(r.body) as Body;
      expect(Object.keys(body)).toEqual(['data']);
      expectSchemaConforms({ schema: 'event', value: body.data });
      const payload = body.data.attributes.payload.data;
      if (body.data.attributes.name === 'webhook.disabled') {
        expectSchemaConforms({ schema: 'webhook', value: payload });
        expect(payload.attributes.secret).toBeUndefined();
      }
      if (body.data.attributes.name === 'inquiry.created') expectSchemaConforms({ schema: 'inquiry', value: payload });
    }
  });
});
