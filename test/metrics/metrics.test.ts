/**
 * GET /metrics (issue 7, deliverable 3): Prometheus text with request latency
 * by route template and status, verification cache hits and misses, the job
 * queue read at scrape time, webhook attempt outcomes and rate-limit refusals.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { connect, createApiKey, createOrg, createTestApp, type TestApp, type TestOrg } from '../harness.js';
import { createHook, newInquiry } from '../webhooks/helpers.js';
import { Receiver } from '../webhooks/receiver.js';

let t: TestApp;
let org: TestOrg;
let receiver: Receiver;

beforeAll(async () => {
  t = await createTestApp({
    env: {
      TESSERA_RATE_LIMIT_PER_MINUTE: '1000',
      TESSERA_WEBHOOK_ALLOW_PRIVATE: 'true',
      // Without Redis even in the Redis pass: the exact cache counts below would otherwise depend on other
      // test files' processes, whose invalidations on the shared channel make a lookup in flight here
      // uncacheable (by design: a lookup that raced any invalidation keeps no outcome).
      REDIS_URL: '',
    },
  });
  org = await createOrg(t);
  receiver = await Receiver.start();
});

async function scrape(): Promise<string> {
  const res = await t.request({ method: 'GET', url: '/metrics' });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.body;
}

/** The value of one sample, 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{') && !line.startsWith(name + ' ')) continue;
    const labelPart = line.slice(name.length).split(' ')[0]!;
    if (want.every((w) => labelPart.includes(w))) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

describe('GET /metrics', () => {
  it('records request latency by route template, method and status', async () => {
    for (let i = 0; i < 3; i++) await connect(t, org.apiKey, { method: 'GET', url: '/rate-limits' });
    await connect(t, 'not-a-key', { method: 'GET', url: '/rate-limits' });
    await t.request({ method: 'GET', url: '/no/such/route' });
    const text = await scrape();
    const route = { route: '/api/v1/rate-limits', method: 'GET' };
    expect(sample(text, 'tessera_http_request_duration_seconds_count', { ...route, status: '200' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'tessera_http_request_duration_seconds_count', { ...route, status: '401' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'tessera_http_request_duration_seconds_bucket', { ...route, status: '200', le: '+Inf' })).toBeGreaterThanOrEqual(3);
    // Unknown paths share one label value: no cardinality from probes.
    expect(sample(text, 'tessera_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
    expect(text).not.toContain('/no/such/route');
    expect(text).toContain('tessera_process_resident_memory_bytes');
  });

  it('counts verification cache hits and misses', async () => {
    const key = await createApiKey(t, org.sandboxId);
    const before = await scrape();
    await connect(t, key.value, { method: 'GET', url: '/rate-limits' });
    await connect(t, key.value, { method: 'GET', url: '/rate-limits' });
    await connect(t, key.value, { method: 'GET', url: '/rate-limits' });
    const after = await scrape();
    const delta = (result: string) =>
      sample(after, 'tessera_verification_cache_lookups_total', { result }) - sample(before, 'tessera_verification_cache_lookups_total', { result });
    expect(delta('miss')).toBe(1);
    expect(delta('hit')).toBe(2);
  });

  it('counts rate-limit refusals by scope', async () => {
    const created = await t.admin('POST', '/admin/v1/organizations', { name: 'limited metrics', 'rate-limit-per-minute': 2 });
    const envs = created.json().data.attributes.environments as Array<{ id: string; kind: string }>;
    const key = await createApiKey(t, envs.find((e) => e.kind === 'sandbox')!.id);
    const before = sample(await scrape(), 'tessera_rate_limit_rejections_total', { scope: 'api-key' });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await connect(t, key.value, { method: 'GET', url: '/rate-limits' })).statusCode);
    expect(codes).toEqual([200, 200, 429, 429]);
    expect(sample(await scrape(), 'tessera_rate_limit_rejections_total', { scope: 'api-key' }) - before).toBe(2);
  });

  it('reads the job queue at scrape time and counts webhook attempt outcomes', async () => {
    let status = 200;
    receiver.respond = () => status;
    const hook = await createHook(t, org, { url: receiver.url + '/metrics-ok' });
    receiver.secrets.push(hook.secret);
    await newInquiry(t, org);
    const queued = await scrape();
    expect(sample(queued, 'tessera_jobs_queue_depth')).toBeGreaterThanOrEqual(1);
    expect(sample(queued, 'tessera_jobs_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(queued).toMatch(/^tessera_jobs_oldest_age_seconds \d/m);

    await t.worker.drain();
    const delivered = await scrape();
    expect(sample(delivered, 'tessera_jobs_queue_depth')).toBe(0);
    expect(sample(delivered, 'tessera_jobs_oldest_age_seconds')).toBe(0);
    expect(sample(delivered, 'tessera_webhook_attempts_total', { outcome: 'success' })).toBe(1);

    status = 500;
    await newInquiry(t, org);
    await t.worker.drain();
    expect(sample(await scrape(), 'tessera_webhook_attempts_total', { outcome: 'failure' })).toBe(1);
  });
});
