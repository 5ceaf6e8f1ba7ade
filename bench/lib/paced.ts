/**
 * Open-loop load at a fixed rate for latency targets: a request is due every
 * 1/rate seconds whether or not earlier ones have answered (up to
 * `connections` in flight; more wait in undici's queue and that wait counts).
 * Latencies are kept in full (floating-point ms), so percentiles below a
 * millisecond are real.
 */
import { Pool } from 'undici';
import { percentile, round } from './results.js';

export interface PacedRequest {
  path: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface PacedResult {
  rate: number;
  seconds: number;
  requests: number;
  non2xx: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export async function pacedLoad(o: { origin: string; rate: number; seconds: number; connections: number; next: () => PacedRequest }): Promise<PacedResult> {
  const pool = new Pool(o.origin, { connections: o.connections, pipelining: 1 });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const total = Math.round(o.rate * o.seconds);
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  // Each tick sends every request that is due by now: a late timer (a busy machine) sends a
  // burst rather than slowing the rate down. Latency counts from the actual send, so the load
  // generator's own lateness is not charged to the server.
  for (let sent = 0; sent < total; ) {
    const due = Math.min(total, Math.floor(((performance.now() - t0) * o.rate) / 1000) + 1);
    for (; sent < due; sent++) {
      const req = o.next();
      const start = performance.now();
      pending.push(
        pool
          .request({ path: req.path, method: req.method ?? 'GET', headers: req.headers ?? {}, ...(req.body !== undefined ? { body: req.body } : {}) })
          .then(async (res) => {
            await res.body.dump();
            latencies.push(performance.now() - start);
            if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
          })
          .catch(() => {
            errors++;
          }),
      );
    }
    await new Promise((r) => setTimeout(r, 1));
  }
  await Promise.all(pending);
  const seconds = (performance.now() - t0) / 1000;
  await pool.close();
  const p = (q: number) => round(percentile(latencies, q), 2);
  return { rate: o.rate, seconds: round(seconds, 1), requests: latencies.length, non2xx, errors, p50: p(50), p95: p(95), p99: p(99), max: p(100) };
}
