/**
 * A receiver answering 410 Gone asks the sender to stop (Standard Webhooks):
 * no further attempt of that delivery, the webhook disabled at once with a
 * `webhook.disabled` event whose `context.reason` is `gone`, and nothing
 * delivered to it afterwards. The retry schedule is all zeros, so without the
 * rule `drain()` would make every attempt at once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { must, send, type Body } from '../fixtures/connect-objects.js';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createHook, deliveries, newInquiry } from './helpers.js';
import { Receiver } from './receiver.js';

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({
    env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000', TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true', TESSERA_WEBHOOK_RETRY_SCHEDULE: '0,0,0,0' },
  });
  org = await createOrg(t);
  receiver = await Receiver.start();
});

const hits = (suffix: string) => receiver.received.filter((r) => r.path.endsWith(suffix));

async function disabledEvents(hookId: string): Promise<Body[]> {
  const query = `filter%5Bname%5D=webhook.disabled&filter%5Bobject-id%5D=${hookId}`;
  return must(await send(t, org.apiKey, 'GET', `/events?${query}`), 200, 'GET /events').data;
}

describe('a receiver answering 410 Gone', () => {
  it('gets one attempt; the webhook is disabled with reason gone and later events are not delivered to it', async () => {
    const gone = await createHook(t, org, { url: receiver.url + '/gone' });
    const healthy = await createHook(t, org, { url: receiver.url + '/healthy' });
    receiver.secrets.push(gone.secret, healthy.secret);
    receiver.respond = (r) => (r.path.endsWith('/gone') ? 410 : 200);

    await newInquiry(t, org);
    await t.worker.drain();

    expect(hits('/gone')).toHaveLength(1);
    expect(hits('/gone')[0]!.problems).toEqual([]);
    const [delivery, ...others] = await deliveries(t, org, gone.id);
    expect(others).toEqual([]);
    expect(delivery.attributes).toMatchObject({ status: 'failed', 'attempts-made': 1, 'next-attempt-at': null });
    expect(delivery.attributes.attempts).toEqual([expect.objectContaining({ 'status-code': 410, error: 'HTTP 410' })]);

    const hook = must(await send(t, org.apiKey, 'GET', `/webhooks/${gone.id}`), 200, 'GET webhook').data;
    expect(hook.attributes.status).toBe('disabled');
    const events = await disabledEvents(gone.id);
    expect(events).toHaveLength(1);
    expect(events[0].attributes.context).toEqual({ reason: 'gone' });
    expect(events[0].attributes.payload.data).toMatchObject({ type: 'webhook', id: gone.id, attributes: { status: 'disabled' } });
    expect(JSON.stringify(events[0])).not.toContain(gone.secret);

    // Later events go to the healthy webhook only.
    await newInquiry(t, org);
    await t.worker.drain();
    expect(hits('/healthy')).toHaveLength(2);
    expect(hits('/gone')).toHaveLength(1);
    expect(await deliveries(t, org, gone.id)).toHaveLength(1);
  });

  it('stops a delivery that was still being retried: its later attempts end without a request', async () => {
    const hook = await createHook(t, org, { url: receiver.url + '/flaky' });
    receiver.secrets.push(hook.secret);
    // First a plain failure (retried), then 410 on the next attempt.
    let calls = 0;
    receiver.respond = (r) => (r.path.endsWith('/flaky') ? (++calls === 1 ? 503 : 410) : 200);
    await newInquiry(t, org);
    await t.worker.drain();

    expect(hits('/flaky')).toHaveLength(2);
    const [delivery] = await deliveries(t, org, hook.id);
    expect(delivery.attributes.status).toBe('failed');
    expect(delivery.attributes.attempts.map((a: Body) => a['status-code'])).toEqual([503, 410]);
    expect(must(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}`), 200, 'GET webhook').data.attributes.status).toBe('disabled');
    expect((await disabledEvents(hook.id)).map((e) => e.attributes.context)).toEqual([{ reason: 'gone' }]);
  });

  it('disables the webhook when a manual redeliver is answered 410, and a requested disable says so', async () => {
    const hook = await createHook(t, org, { url: receiver.url + '/later-gone' });
    receiver.secrets.push(hook.secret);
    receiver.respond = () => 200;
    await newInquiry(t, org);
    await t.worker.drain();
    const [delivery] = await deliveries(t, org, hook.id);
    expect(delivery.attributes.status).toBe('succeeded');

    receiver.respond = (r) => (r.path.endsWith('/later-gone') ? 410 : 200);
    must(await send(t, org.apiKey, 'POST', `/webhooks/deliveries/${delivery.id}/redeliver`), 200, 'redeliver');
    await t.worker.drain();
    expect(hits('/later-gone')).toHaveLength(2);
    expect(must(await send(t, org.apiKey, 'GET', `/webhooks/${hook.id}`), 200, 'GET webhook').data.attributes.status).toBe('disabled');

    must(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/enable`), 200, 'enable');
    must(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/disable`), 200, 'disable');
    expect((await disabledEvents(hook.id)).map((e) => e.attributes.context.reason).sort()).toEqual(['gone', 'requested']);
  });
});
