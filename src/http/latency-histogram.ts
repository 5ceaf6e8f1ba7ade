/**
 * The request latency histogram, observed by every request. prom-client's own Histogram turns each
 * observation's labels into an object, validates it and hashes it into a string key (about 0.3 KB
 * and a hash a request); here a request finds its series through three map lookups (route → method
 * → status) and counts into an array. A scrape renders the series exactly as prom-client's Histogram
 * would: this object is registered with the registry, which formats it like any of its metrics.
 */
import type { Registry } from 'prom-client';

export interface LatencySeries {
  observe(seconds: number): void;
}

interface Series extends LatencySeries {
  labels: { route: string; method: string; status: string };
  /** Observations per bucket, not cumulative; the last slot is above every bound. */
  counts: Float64Array;
  sum: number;
  count: number;
}

export interface LatencyHistogram {
  series(route: string, method: string, status: number): LatencySeries;
}

export function registerLatencyHistogram(opts: { name: string; help: string; buckets: readonly number[]; registry: Registry }): LatencyHistogram {
  const { name, help, buckets } = opts;
  const all: Series[] = [];
  const byRoute = new Map<string, Map<string, Map<number, Series>>>();

  function create(route: string, method: string, status: number): Series {
    const s: Series = {
      labels: { route, method, status: String(status) },
      counts: new Float64Array(buckets.length + 1),
      sum: 0,
      count: 0,
      observe(seconds) {
        let i = 0;
        while (i < buckets.length && seconds > buckets[i]!) i++;
        s.counts[i]!++;
        s.sum += seconds;
        s.count++;
      },
    };
    all.push(s);
    return s;
  }

  /** What prom-client's Histogram#get gives: `_bucket` per bound (cumulative) and `+Inf`, then `_sum`, `_count`. */
  function values() {
    const out: Array<{ labels: Record<string, string | number>; sharedLabels: Record<string, string>; value: number; metricName: string; exemplar?: null }> = [];
    for (const s of all) {
      let acc = 0;
      for (let i = 0; i < buckets.length; i++) {
        acc += s.counts[i]!;
        out.push({ labels: { le: buckets[i]! }, sharedLabels: s.labels, value: acc, metricName: `${name}_bucket`, exemplar: null });
      }
      out.push({ labels: { le: '+Inf' }, sharedLabels: s.labels, value: s.count, metricName: `${name}_bucket`, exemplar: null });
      out.push({ labels: {}, sharedLabels: s.labels, value: s.sum, metricName: `${name}_sum` });
      out.push({ labels: {}, sharedLabels: s.labels, value: s.count, metricName: `${name}_count` });
    }
    return out;
  }
  const snapshot = () => ({ name, help, type: 'histogram' as const, aggregator: 'sum' as const, values: values() });
  opts.registry.registerMetric({
    name,
    help,
    type: 'histogram',
    aggregator: 'sum',
    getForPromString: async () => snapshot(),
    // The JSON form puts every label in `labels`, as prom-client's Histogram#get does.
    get: async () => {
      const s = snapshot();
      return { ...s, values: s.values.map(({ labels, sharedLabels, ...v }) => ({ ...v, labels: { ...labels, ...sharedLabels } })) };
    },
    reset() {
      all.length = 0;
      byRoute.clear();
    },
  } as unknown as Parameters<Registry['registerMetric']>[0]);

  return {
    series(route, method, status) {
      let byMethod = byRoute.get(route);
      if (!byMethod) byRoute.set(route, (byMethod = new Map()));
      let byStatus = byMethod.get(method);
      if (!byStatus) byMethod.set(method, (byStatus = new Map()));
      let s = byStatus.get(status);
      if (!s) byStatus.set(status, (s = create(route, method, status)));
      return s;
    },
  };
}
