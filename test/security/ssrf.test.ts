/**
 * SSRF through webhooks, end to end (issue 11 §7), with private targets NOT
 * allowed (the default). Every form of the SSRF table (ssrf-table.ts) that is
 * refused before DNS is refused by `POST` and `PATCH /api/v1/webhooks` in
 * Connect's 422 format, and nothing is stored. At
 * delivery time the host name is resolved again by the socket's own lookup: a
 * name whose DNS answer is now private is refused before any connection, and
 * the address the transport checks is the one it connects to (pinning).
 * DNS is injected into the transport; the database is the real one.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import {
  attemptDelivery,
  createHttpTransport,
  DISPATCH_JOB,
  webhookSealingKey,
  type DeliveryDeps,
  type ResolveHost,
} from '../../src/events/index.js';
import { jobHandlers } from '../../src/jobs-registry.js';
import { connectWebhookRenderer } from '../../src/surfaces/connect/webhook-payload.js';
import { must, send, uniq, type Body } from '../fixtures/connect-objects.js';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { Receiver } from '../webhooks/receiver.js';
import { REFUSED } from './ssrf-table.js';

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({ env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000' } });
  expect(t.config.webhookAllowPrivate).toBe(false);
  org = await createOrg(t);
  receiver = await Receiver.start();
});

/** Every refused form of the table that needs no DNS answer: nothing here asks the network. */
const SAMPLE = REFUSED;

function expectUrlRefusal(res: { statusCode: number; headers: Record<string, unknown>; json(): Body }, reason: RegExp): void {
  expect(res.statusCode).toBe(422);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = res.json();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0]).toMatchObject({ title: 'Unprocessable entity', source: { pointer: '/data/attributes/url' } });
  expect(body.errors[0].details).toMatch(reason);
}

describe('POST and PATCH /api/v1/webhooks', () => {
  it.each(SAMPLE)('refuse %s with 422 and store nothing', async (url, reason) => {
    const res = await send(t, org.apiKey, 'POST', '/webhooks', { body: { data: { attributes: { name: uniq('ssrf'), url, 'enabled-events': ['*'] } } } });
    expectUrlRefusal(res, reason);
  });

  it('stored none of the refused webhooks, and PATCH refuses them too, leaving the URL as it was', async () => {
    const listed = must(await send(t, org.apiKey, 'GET', '/webhooks?page%5Bsize%5D=100'), 200, 'GET /webhooks').data as Body[];
    expect(listed).toEqual([]);
    const safe = 'https://hooks.tessera.invalid/ssrf';
    const hook = must(
      await send(t, org.apiKey, 'POST', '/webhooks', { body: { data: { attributes: { name: 'safe', url: safe, 'enabled-events': ['*'] } } } }),
      201,
      'POST /webhooks',
    ).data;
    for (const [url, reason] of SAMPLE) expectUrlRefusal(await send(t, org.apiKey, 'PATCH', `/webhooks/${hook.id}`, { body: { data: { attributes: { url } } } }), reason);
    expect(must(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}`), 200, 'GET').data.attributes.url).toBe(safe);
  });

  it('answers a URL of the wrong type with Connect 400', async () => {
    const res = await send(t, org.apiKey, 'POST', '/webhooks', { body: { data: { attributes: { name: 'x', url: 2130706433, 'enabled-events': ['*'] } } } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ title: 'Bad Request' });
  });
});

describe('a delivery', () => {
  /** A fake DNS that records every question. */
  function dns(answers: Record<string, string[]>): ResolveHost & { asked: string[] } {
    const asked: string[] = [];
    const resolve = async (host: string) => {
      asked.push(host);
      const found = answers[host];
      if (!found) throw Object.assign(new Error(`${host} not found`), { code: 'ENOTFOUND' });
      return found;
    };
    return Object.assign(resolve, { asked });
  }

  function deliveryDeps(resolve: ResolveHost, allowPrivate: boolean): DeliveryDeps {
    return {
      store: t.deps.store,
      clock: t.deps.clock,
      sealingKey: webhookSealingKey(t.deps.secret),
      renderer: connectWebhookRenderer,
      send: createHttpTransport({ allowPrivate, resolve, timeoutMs: 2_000 }).send,
      schedule: t.config.webhookRetrySchedule,
    };
  }

  /** An enabled webhook for `url` with one pending delivery; the outbox dispatch runs here, no worker sends anything. */
  async function pendingDelivery(url: string): Promise<{ hookId: string; deliveryId: string }> {
    const body = { data: { attributes: { name: uniq('rebind'), url, 'enabled-events': ['inquiry.created'] } } };
    const hook = must(await send(t, org.apiKey, 'POST', '/webhooks', { body }), 201, 'POST /webhooks').data;
    must(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/enable`), 200, 'enable');
    const inquiry = must(await send(t, org.apiKey, 'POST', '/inquiries', { body: { data: { attributes: { 'reference-id': uniq('ref') } } } }), 201, 'inquiry').data;
    const events = must(await send(t, org.apiKey, 'GET', `/events?filter%5Bname%5D=inquiry.created&filter%5Bobject-id%5D=${inquiry.id}`), 200, 'events').data;
    const dispatch = jobHandlers(t.deps)[DISPATCH_JOB]!;
    await dispatch({ job: { id: randomUUID(), kind: DISPATCH_JOB, payload: { eventId: decodeId('evt', events[0].id)! }, attempts: 1, maxAttempts: 5 }, lastAttempt: false });
    const [delivery] = must(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}/deliveries`), 200, 'deliveries').data;
    return { hookId: hook.id, deliveryId: delivery.id };
  }

  const attemptsOf = async (hookId: string): Promise<Body[]> =>
    must(await send(t, org.apiKey, 'GET', `/webhooks/${hookId}/deliveries`), 200, 'deliveries').data[0].attributes.attempts;

  it('is refused without connecting when the host name now resolves to a private address (DNS rebinding)', async () => {
    // `.test` names resolve to nothing when the URL is saved, so the save-time check lets the URL through.
    const host = `rebind-${randomUUID().slice(0, 8)}.tessera.test`;
    const { hookId, deliveryId } = await pendingDelivery(`http://${host}:${receiver.port}/hooks/rebind`);
    for (const [answer, reason] of [
      [['127.0.0.1'], /loopback/],
      [['::ffff:127.0.0.1'], /loopback/],
      [['::7f00:1'], /loopback.*IPv4-compatible/],
      [['169.254.169.254'], /link-local/],
      // One private answer among public ones is enough: the socket would pick either.
      [['93.184.215.14', '127.0.0.1'], /loopback/],
    ] as Array<[string[], RegExp]>) {
      const resolve = dns({ [host]: answer });
      await attemptDelivery(deliveryDeps(resolve, false), decodeId('dlv', deliveryId)!, null);
      expect(resolve.asked).toEqual([host]);
      const last = (await attemptsOf(hookId)).at(-1);
      expect(last).toMatchObject({ 'status-code': null });
      expect(last.error).toMatch(/^EUNSAFEADDRESS/);
      expect(last.error).toMatch(reason);
    }
    expect(receiver.received).toHaveLength(0);
  });

  it('connects to the address its lookup answered (the checked address is the one used)', async () => {
    // With private targets allowed, the same lookup path carries the answer through to the socket.
    const host = `pinned-${randomUUID().slice(0, 8)}.tessera.test`;
    const { hookId, deliveryId } = await pendingDelivery(`http://${host}:${receiver.port}/hooks/pinned`);
    const resolve = dns({ [host]: ['127.0.0.1'] });
    await attemptDelivery(deliveryDeps(resolve, true), decodeId('dlv', deliveryId)!, null);
    expect(resolve.asked).toEqual([host]);
    expect(receiver.received.map((r) => r.path)).toEqual(['/hooks/pinned']);
    expect((await attemptsOf(hookId)).at(-1)).toMatchObject({ 'status-code': 200, error: null });
  });
});
