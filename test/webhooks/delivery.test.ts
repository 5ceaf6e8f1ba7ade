/**
 * Deliveries to a real HTTP receiver (connect-api.md §6, §11.17–18; issue 4):
 * every request verified with the `standardwebhooks` package and an
 * independent Persona-Signature check; rotation overlap; a receiver down for
 * a run of attempts and then up; manual redeliver; disabling after the
 * schedule. The worker runs for real, with a shrunk retry schedule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeId } from '../../src/core/ids.js';
import { must, send, type Body } from '../fixtures/connect-objects.js';
import { createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { waitFor } from '../process/cli.js';
import { createHook, deliveries, newInquiry, sleep } from './helpers.js';
import { Receiver, type Received } from './receiver.js';

// Eight attempts, 0.3 s apart: the Standard Webhooks schedule in miniature.
const SCHEDULE = [0, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3];

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({
    env: {
      TESSERA_RATE_LIMIT_PER_MINUTE: '100000',
      TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
      TESSERA_WEBHOOK_RETRY_SCHEDULE: SCHEDULE.join(','),
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

/** Requests for one webhook (by path), in arrival order. */
const at = (r: Receiver, hookPath: string) => r.received.filter((x) => x.path === hookPath);
const json = (r: Received): Body => JSON.parse(r.body);

describe('a delivery', () => {
  it('POSTs the event, signed with both schemes, with the Persona attempt headers and the custom headers', async () => {
    const hook = await createHook(t, org, {
      url: receiver.url + '/basic',
      'custom-http-headers': { Authorization: 'Bearer receiver-token', 'X-Tenant': 'acme' },
    });
    receiver.secrets.push(hook.secret);
    const inquiry = await newInquiry(t, org);
    const [req] = await waitFor('the delivery', () => (at(receiver, '/hooks/basic').length >= 1 ? at(receiver, '/hooks/basic') : undefined));
    expect(req!.problems).toEqual([]);
    expect(req!.method).toBe('POST');
    const h = req!.headers;
    expect(h['content-type']).toBe('application/json');
    expect(h['webhook-id']).toMatch(/^dlv_[0-9A-Za-z]{24}$/);
    expect(h['webhook-timestamp']).toMatch(/^\d+$/);
    expect(h['persona-signature']).toBe(`t=${h['webhook-timestamp']},v1=${String(h['persona-signature']).split('v1=')[1]}`);
    expect(h['persona-webhook-attempts-made']).toBe('1');
    expect(h['persona-webhook-attempts-left']).toBe(String(SCHEDULE.length - 1));
    expect(Math.abs(Number(h['persona-webhook-first-attempted-at']) - Date.now() / 1000)).toBeLessThan(30);
    expect(h.authorization).toBe('Bearer receiver-token');
    expect(h['x-tenant']).toBe('acme');

    const body = json(req!);
    expect(Object.keys(body)).toEqual(['data']);
    expect(body.data).toMatchObject({ type: 'event', attributes: { name: 'inquiry.created', context: {} } });
    expect(body.data.id).toMatch(/^evt_/);
    expect(body.data.attributes.payload.data).toMatchObject({ type: 'inquiry', id: inquiry.id });
    // The same event as GET /events/:id shows it.
    const event = must(await send(t, org.apiKey, 'GET', `/events/${body.data.id}`), 200, 'event').data;
    expect(body.data).toEqual(event);

    const [delivery] = await waitFor('the attempt to be recorded', async () => {
      const list = await deliveries(t, org, hook.id);
      return list[0]?.attributes.status === 'succeeded' ? list : undefined;
    });
    expect(delivery.id).toBe(h['webhook-id']);
    expect(delivery.attributes).toMatchObject({ 'event-name': 'inquiry.created', 'attempts-made': 1, 'next-attempt-at': null });
    expect(delivery.relationships).toEqual({ webhook: { data: { type: 'webhook', id: hook.id } }, event: { data: { type: 'event', id: body.data.id } } });
    expect(delivery.attributes.attempts).toHaveLength(1);
    expect(delivery.attributes.attempts[0]).toMatchObject({ 'status-code': 200, 'response-excerpt': 'answered 200', error: null });
    expect(delivery.attributes.attempts[0]['latency-ms']).toBeGreaterThanOrEqual(0);

    const filtered = await deliveries(t, org, hook.id, `&filter%5Bevent-id%5D=${body.data.id}`);
    expect(filtered.map((d) => d.id)).toEqual([delivery.id]);
    expect(await deliveries(t, org, hook.id, `&filter%5Bevent-id%5D=evt_000000000000000000000000`)).toEqual([]);
  });

  it('renders in the webhook inflection with its blocklist and relationship allowlist, and honours its payload filter', async () => {
    const hook = await createHook(t, org, {
      url: receiver.url + '/shaped',
      'api-key-inflection': 'camel',
      'api-attributes-blocklist': ['reference-*', '/data/attributes/fields/name-*'],
      'relationship-allowlist': { state: 'include_none' },
      'payload-filter': { data: { attributes: { note: 'deliver me' } } },
    });
    receiver.secrets.push(hook.secret);
    await newInquiry(t, org, { note: 'skip me', fields: { 'name-first': 'Alex' } });
    const wanted = await newInquiry(t, org, { note: 'deliver me', fields: { 'name-first': 'Alex', 'name-last': 'Doe', birthdate: '1990-04-01' } });
    const [req] = await waitFor('the filtered delivery', () => (at(receiver, '/hooks/shaped').length >= 1 ? at(receiver, '/hooks/shaped') : undefined));
    await sleep(300);
    expect(at(receiver, '/hooks/shaped')).toHaveLength(1);
    expect(req!.problems).toEqual([]);
    const data = json(req!).data;
    expect(data.attributes.createdAt).toBeDefined();
    const payload = data.attributes.payload.data;
    expect(payload.id).toBe(wanted.id);
    expect(payload.relationships).toBeUndefined();
    expect(payload.attributes.referenceId).toBeUndefined();
    expect(payload.attributes.createdAt).toBeDefined();
    // Keys inside `fields` are field names: kept as they are, and blocklisted by pointer.
    expect(Object.keys(payload.attributes.fields).sort()).toEqual(['birthdate']);
  });

  it('queues nothing for a disabled webhook', async () => {
    const hook = await createHook(t, org, { url: receiver.url + '/disabled' }, { enabled: false });
    await newInquiry(t, org);
    await sleep(400);
    expect(at(receiver, '/hooks/disabled')).toHaveLength(0);
    expect(await deliveries(t, org, hook.id)).toEqual([]);
    const rows = await t.deps.db.selectFrom('webhook_deliveries').select('id').where('webhook_id', '=', decodeId('wbh', hook.id)!).execute();
    expect(rows).toHaveLength(0);
  });
});

describe('secret rotation', () => {
  it('signs with old and new secrets during the overlap, then with the new one only', async () => {
    const hook = await createHook(t, org, { url: receiver.url + '/rotation' });
    const rotated = must(await send(t, org.apiKey, 'POST', `/webhooks/${hook.id}/rotate-secret`, { body: { meta: { 'expires-in-seconds': 2 } } }), 200, 'rotate').data;
    const fresh = rotated.attributes.secret as string;
    receiver.secrets.push(hook.secret, fresh);

    await newInquiry(t, org);
    const [during] = await waitFor('a delivery during the overlap', () => (at(receiver, '/hooks/rotation').length >= 1 ? at(receiver, '/hooks/rotation') : undefined));
    expect(during!.problems).toEqual([]);
    expect(during!.standardVerifiedBy.sort()).toEqual([hook.secret, fresh].sort());
    expect(during!.personaVerifiedBy.sort()).toEqual([hook.secret, fresh].sort());
    expect(String(during!.headers['persona-signature']).split(' ')).toHaveLength(2);
    expect(String(during!.headers['webhook-signature']).split(' ')).toHaveLength(2);

    await sleep(2100);
    await newInquiry(t, org);
    const after = await waitFor('a delivery after the overlap', () => at(receiver, '/hooks/rotation')[1]);
    expect(after.standardVerifiedBy).toEqual([fresh]);
    expect(after.personaVerifiedBy).toEqual([fresh]);
    expect(String(after.headers['webhook-signature']).split(' ')).toHaveLength(1);
  });
});

describe('a receiver down for a run of attempts, then up', () => {
  it('gets every event, each once per successful attempt, and the delivery log shows the failures in order', { timeout: 30_000 }, async () => {
    const hook = await createHook(t, org, { url: receiver.url + '/flaky' });
    receiver.secrets.push(hook.secret);
    await receiver.down();
    const inquiries = [await newInquiry(t, org), await newInquiry(t, org), await newInquiry(t, org)];

    // Down: every delivery fails at least twice (connection refused).
    await waitFor('two failed attempts of every delivery', async () => {
      const list = await deliveries(t, org, hook.id);
      return list.length === 3 && list.every((d) => d.attributes['attempts-made'] >= 2) ? true : undefined;
    });
    // Up, answering 503 to the first request of each delivery and 200 after that.
    const seen = new Set<string>();
    receiver.respond = (r) => {
      const id = String(r.headers['webhook-id']);
      if (!r.path.endsWith('/flaky') || seen.has(id)) return 200;
      seen.add(id);
      return 503;
    };
    await receiver.up();
    const done = await waitFor(
      'every delivery to succeed',
      async () => {
        const list = await deliveries(t, org, hook.id);
        return list.length === 3 && list.every((d) => d.attributes.status === 'succeeded') ? list : undefined;
      },
      20_000,
    );
    receiver.respond = () => 200;

    const requests = at(receiver, '/hooks/flaky');
    expect(requests.flatMap((r) => r.problems)).toEqual([]);
    const eventIds = new Set(requests.map((r) => json(r).data.attributes.payload.data.id));
    expect([...eventIds].sort()).toEqual(inquiries.map((i) => i.id).sort());
    for (const d of done) {
      const attempts = d.attributes.attempts as Body[];
      const mine = requests.filter((r) => r.headers['webhook-id'] === d.id);
      // Each event reached the receiver twice (503, then 200): once successfully.
      expect(mine.map((r) => r.status)).toEqual([503, 200]);
      expect(d.attributes['attempts-made']).toBe(attempts.length);
      expect(attempts.length).toBeGreaterThanOrEqual(4);
      // Refused while down, then the 503, then the 200; in order of time.
      const refused = attempts.slice(0, -2);
      for (const a of refused) expect(a).toMatchObject({ 'status-code': null });
      for (const a of refused) expect(a.error).toMatch(/ECONNREFUSED/);
      expect(attempts.at(-2)).toMatchObject({ 'status-code': 503, error: 'HTTP 503', 'response-excerpt': 'answered 503' });
      expect(attempts.at(-1)).toMatchObject({ 'status-code': 200, error: null });
      const times = attempts.map((a) => Date.parse(a['attempted-at']));
      expect([...times].sort((x, y) => x - y)).toEqual(times);
      // The receiver saw the attempt counters of the recorded attempts, and one webhook-id for all of them.
      expect(mine.map((r) => Number(r.headers['persona-webhook-attempts-made']))).toEqual([attempts.length - 1, attempts.length]);
      expect(mine.map((r) => Number(r.headers['persona-webhook-attempts-left']))).toEqual([SCHEDULE.length - attempts.length + 1, SCHEDULE.length - attempts.length]);
      expect(new Set(mine.map((r) => r.headers['persona-webhook-first-attempted-at'])).size).toBe(1);
    }
  });
});

describe('a receiver that keeps failing', () => {
  it('gets every scheduled attempt, then the delivery fails, the webhook is disabled and webhook.disabled is delivered; redeliver adds one attempt', { timeout: 30_000 }, async () => {
    const watcher = await createHook(t, org, { url: receiver.url + '/watcher', 'enabled-events': ['webhook.disabled'] });
    const failing = await createHook(t, org, { url: receiver.url + '/failing' });
    receiver.secrets.push(watcher.secret, failing.secret);
    receiver.respond = (r) => (r.path.endsWith('/failing') ? 500 : 200);
    await newInquiry(t, org);

    const [delivery] = await waitFor(
      'the delivery to fail',
      async () => {
        const list = await deliveries(t, org, failing.id);
        return list[0]?.attributes.status === 'failed' ? list : undefined;
      },
      20_000,
    );
    const attempts = delivery.attributes.attempts as Body[];
    expect(attempts).toHaveLength(SCHEDULE.length);
    for (const a of attempts) expect(a).toMatchObject({ 'status-code': 500, error: 'HTTP 500' });
    const requests = at(receiver, '/hooks/failing');
    expect(requests.map((r) => r.headers['persona-webhook-attempts-made'])).toEqual(SCHEDULE.map((_, i) => String(i + 1)));
    expect(requests.map((r) => r.headers['persona-webhook-attempts-left'])).toEqual(SCHEDULE.map((_, i) => String(SCHEDULE.length - i - 1)));
    expect(new Set(requests.map((r) => r.headers['webhook-id']))).toEqual(new Set([delivery.id]));
    // Retries are spread over the schedule (0.3 s ± 10 % apart), not made at once.
    const gaps = requests.slice(1).map((r, i) => r.at - requests[i]!.at);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(250);

    const hook = must(await send(t, org.apiKey, 'GET', `/webhooks/${failing.id}`), 200, 'get').data;
    expect(hook.attributes.status).toBe('disabled');
    const notice = await waitFor('webhook.disabled at the watcher', () => at(receiver, '/hooks/watcher')[0]);
    expect(notice.problems).toEqual([]);
    const event = json(notice).data;
    expect(event.attributes.name).toBe('webhook.disabled');
    expect(event.attributes.payload.data).toMatchObject({ type: 'webhook', id: failing.id, attributes: { status: 'disabled' } });
    expect(notice.body).not.toContain(failing.secret);
    expect(event.attributes.context).toEqual({ reason: 'failing' });

    // Nothing new is queued for the disabled webhook.
    await newInquiry(t, org);
    await sleep(300);
    expect(await deliveries(t, org, failing.id)).toHaveLength(1);

    // Manual redeliver: one more attempt, now, with the same webhook-id, even though the webhook is disabled.
    receiver.respond = () => 200;
    const redelivered = must(await send(t, org.apiKey, 'POST', `/webhooks/deliveries/${delivery.id}/redeliver`), 200, 'redeliver').data;
    expect(redelivered.id).toBe(delivery.id);
    const extra = await waitFor('the redelivery', () => at(receiver, '/hooks/failing')[SCHEDULE.length]);
    expect(extra.headers['webhook-id']).toBe(delivery.id);
    expect(extra.headers['persona-webhook-attempts-made']).toBe(String(SCHEDULE.length + 1));
    expect(extra.headers['persona-webhook-attempts-left']).toBe('0');
    expect(extra.problems).toEqual([]);
    const after = await waitFor('the redelivery to be recorded', async () => {
      const [d] = await deliveries(t, org, failing.id);
      return d.attributes['attempts-made'] === SCHEDULE.length + 1 ? d : undefined;
    });
    expect(after.attributes.status).toBe('succeeded');
    expect(after.attributes.attempts.at(-1)).toMatchObject({ 'status-code': 200, error: null });
  });
});
