/**
 * GET /api/v1/stats (issue 13, deliverable 6): the overview's counts, per
 * bucket of a window, for the caller's environment only — requests by status
 * class, credential verifications, share tokens issued/redeemed/expired,
 * webhook delivery attempts — each from what the platform really recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../src/core/clock.js';
import { createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { must, randomId, send, type Body } from '../fixtures/connect-objects.js';
import { createShareToken, createSharing, makeInquiry, type Sharing } from '../fixtures/sharing.js';
import { createHook, newInquiry } from '../webhooks/helpers.js';
import { Receiver } from '../webhooks/receiver.js';

const clock = manualClock(new Date('2026-01-01T08:30:00.000Z'));
let t: TestApp;
let s: Sharing;
let stranger: TestOrg;

const at = (time: string) => clock.set(new Date(`2026-01-01T${time}:00.000Z`));
const stats = async (org: TestOrg, window?: string): Promise<Body> =>
  must(await send(t, org.apiKey, 'GET', window ? `/stats?window=${window}` : '/stats'), 200, `GET /stats ${window}`).data.attributes;
const ZERO = {
  requests: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
  verifications: { succeeded: 0, failed: 0 },
  'share-tokens': { created: 0, redeemed: 0, expired: 0 },
  'webhook-deliveries': { succeeded: 0, failed: 0 },
};

beforeAll(async () => {
  t = await createTestApp({ clock, env: { TESSERA_RATE_LIMIT_PER_MINUTE: '100000', TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true' } });
  const receiver = await Receiver.start();
  receiver.respond = (r) => (r.path.endsWith('/fail') ? 500 : 200);

  // 08:30 — two tokens issued; one redeemed, the other lapses at 08:31.
  at('08:30');
  s = await createSharing(t);
  const inquiry = await makeInquiry(t, s.source);
  const redeemed = must(await createShareToken(t, s, inquiry.id), 201, 'token').data.id;
  must(await createShareToken(t, s, inquiry.id, { 'expires-in-seconds': 60 }), 201, 'short token');
  must(await send(t, s.destination.apiKey, 'POST', `/connect/share-tokens/${redeemed}/redeem`), 202, 'redeem');
  await t.worker.drain();

  // 09:10 — one event to two webhooks: one answers 200, the other 500.
  at('09:10');
  await createHook(t, s.source, { url: receiver.url + '/ok' });
  await createHook(t, s.source, { url: receiver.url + '/fail' });
  await newInquiry(t, s.source);
  await t.worker.drain();

  // 10:32 — requests whose answers are known: three 200s, a 404, a 403 (a key lacking event.read), a 401.
  // (A log is stamped with the request's arrival, a few real milliseconds before the clock's now.)
  at('10:32');
  for (let i = 0; i < 3; i++) must(await send(t, s.source.apiKey, 'GET', '/events'), 200, 'events');
  must(await send(t, s.source.apiKey, 'GET', `/inquiries/${randomId('inq')}`), 404, 'missing inquiry');
  const narrow = await createApiKey(t, s.source.sandboxId, { permissions: ['inquiry.read'] });
  must(await send(t, narrow.value, 'GET', '/events'), 403, 'narrow key');
  // A key that verifies as nothing names no environment: it is counted in none.
  must(await send(t, 'tsk_sandbox_not_a_real_key_0000000000', 'GET', '/events'), 401, 'bad key');

  stranger = await createOrg(t, 'Stranger');
  at('11:30');
});

afterAll(async () => {
  await t.worker.stop();
});

describe('GET /stats', () => {
  it('answers 24 hourly buckets of the last day with the numbers of what happened', async () => {
    const a = await stats(s.source, '24h');
    expect(a).toMatchObject({ window: '24h', 'bucket-seconds': 3600, start: '2025-12-31T12:00:00.000Z', end: '2026-01-01T12:00:00.000Z' });
    expect(a.buckets).toHaveLength(24);
    expect(a.buckets[0].start).toBe('2025-12-31T12:00:00.000Z');
    const bucket = (hour: string) => a.buckets.find((b: Body) => b.start === `2026-01-01T${hour}:00:00.000Z`);

    expect(bucket('08')['share-tokens']).toEqual({ created: 2, redeemed: 1, expired: 1 });
    expect(bucket('09')['webhook-deliveries']).toEqual({ succeeded: 1, failed: 1 });
    expect(bucket('10').requests).toEqual({ '2xx': 3, '3xx': 0, '4xx': 2, '5xx': 0 });
    // The 403 is a credential of this environment refused; the 404 was verified (then found nothing).
    expect(bucket('10').verifications).toEqual({ succeeded: 4, failed: 1 });
    expect(bucket('11')).toEqual({ start: '2026-01-01T11:00:00.000Z', ...ZERO });

    expect(a.totals['share-tokens']).toEqual({ created: 2, redeemed: 1, expired: 1 });
    expect(a.totals['webhook-deliveries']).toEqual({ succeeded: 1, failed: 1 });
    // Totals are the sum of the buckets.
    const sum = a.buckets.reduce((n: number, b: Body) => n + b.requests['2xx'] + b.requests['4xx'], 0);
    expect(a.totals.requests['2xx'] + a.totals.requests['4xx']).toBe(sum);
    expect(a.totals.requests['4xx']).toBe(2);
  });

  it('defaults to 24h; 1h is 12 five-minute buckets, 7d is 28 six-hour buckets', async () => {
    const byDefault = await stats(s.source);
    expect(byDefault.window).toBe('24h');

    at('10:50');
    const hour = await stats(s.source, '1h');
    expect(hour).toMatchObject({ window: '1h', 'bucket-seconds': 300, start: '2026-01-01T09:55:00.000Z', end: '2026-01-01T10:55:00.000Z' });
    expect(hour.buckets).toHaveLength(12);
    const tenThirty = hour.buckets.find((b: Body) => b.start === '2026-01-01T10:30:00.000Z');
    expect(tenThirty.requests).toEqual({ '2xx': 3, '3xx': 0, '4xx': 2, '5xx': 0 });
    expect(hour.totals['share-tokens']).toEqual({ created: 0, redeemed: 0, expired: 0 });

    at('11:30');
    const week = await stats(s.source, '7d');
    expect(week).toMatchObject({ window: '7d', 'bucket-seconds': 21600, end: '2026-01-01T12:00:00.000Z', start: '2025-12-25T12:00:00.000Z' });
    expect(week.buckets).toHaveLength(28);
    expect(week.buckets[27].start).toBe('2026-01-01T06:00:00.000Z');
    expect(week.buckets[27]['share-tokens']).toEqual({ created: 2, redeemed: 1, expired: 1 });
    expect(week.buckets[27]['webhook-deliveries']).toEqual({ succeeded: 1, failed: 1 });
  });

  it('refuses a window it does not offer', async () => {
    const res = await send(t, s.source.apiKey, 'GET', '/stats?window=2d');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('window must be one of 1h, 24h, 7d');
  });

  it('shows another organization none of these numbers', async () => {
    const theirs = await stats(stranger, '7d');
    expect(theirs.totals).toEqual(ZERO);
    // The redeeming side sees its own requests, but the tokens it redeemed are the issuer's numbers.
    const destination = await stats(s.destination, '24h');
    expect(destination.totals['share-tokens']).toEqual({ created: 0, redeemed: 0, expired: 0 });
    expect(destination.totals['webhook-deliveries']).toEqual({ succeeded: 0, failed: 0 });
  });

  it('needs api_log.read', async () => {
    const key = await createApiKey(t, s.source.sandboxId, { permissions: ['inquiry.read'] });
    expect((await send(t, key.value, 'GET', '/stats')).statusCode).toBe(403);
  });
});
