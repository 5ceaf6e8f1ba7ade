import { Histogram, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { registerLatencyHistogram } from './latency-histogram.js';

const BUCKETS = [0.001, 0.005, 0.01, 0.5, 1];
const OBSERVATIONS: Array<[string, string, number, number]> = [
  ['/api/v1/connect/share-tokens/:id', 'GET', 200, 0.0004],
  ['/api/v1/connect/share-tokens/:id', 'GET', 200, 0.001], // on a bound: counted in that bucket, as prom-client does
  ['/api/v1/connect/share-tokens/:id', 'GET', 404, 0.007],
  ['/oauth/introspect', 'POST', 200, 0.3],
  ['/oauth/introspect', 'POST', 200, 7], // above every bound: +Inf only
  ['unmatched', 'GET', 404, 0.002],
];

describe('the request latency histogram', () => {
  it('exposes exactly what prom-client\'s own Histogram exposes for the same observations, as text and as JSON', async () => {
    const ours = new Registry();
    const series = registerLatencyHistogram({ name: 'tessera_test_seconds', help: 'latency', buckets: BUCKETS, registry: ours });
    const theirs = new Registry();
    const reference = new Histogram({ name: 'tessera_test_seconds', help: 'latency', labelNames: ['route', 'method', 'status'], buckets: BUCKETS, registers: [theirs] });
    for (const [route, method, status, seconds] of OBSERVATIONS) {
      series.series(route, method, status).observe(seconds);
      reference.observe({ route, method, status: String(status) }, seconds);
    }
    expect(await ours.metrics()).toBe(await theirs.metrics());
    expect(await ours.getMetricsAsJSON()).toEqual(await theirs.getMetricsAsJSON());
    expect(await ours.metrics()).toContain('tessera_test_seconds_bucket{le="0.001",route="/api/v1/connect/share-tokens/:id",method="GET",status="200"} 2');
  });

  it('finds a series once and counts into it from then on', async () => {
    const registry = new Registry();
    const h = registerLatencyHistogram({ name: 'tessera_test_seconds', help: 'latency', buckets: BUCKETS, registry });
    expect(h.series('/x', 'GET', 200)).toBe(h.series('/x', 'GET', 200));
    expect(h.series('/x', 'GET', 200)).not.toBe(h.series('/x', 'GET', 201));
    h.series('/x', 'GET', 200).observe(0.02);
    expect(await registry.metrics()).toContain('tessera_test_seconds_count{route="/x",method="GET",status="200"} 1');
  });
});
