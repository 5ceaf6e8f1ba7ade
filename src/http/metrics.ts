/**
 * Prometheus metrics (`GET /metrics`, text exposition format). Every process
 * has its own registry; a scrape of each process adds up. Per request the
 * work is one histogram observation; the job queue is read by one query on
 * the partial index of due jobs, at scrape time only.
 *
 * Ratios are left to PromQL, e.g. the verification cache hit ratio:
 *   sum(rate(tessera_verification_cache_lookups_total{result="hit"}[5m]))
 *     / sum(rate(tessera_verification_cache_lookups_total[5m]))
 */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import { andThen } from '../core/maybe-async.js';
import { registerLatencyHistogram } from './latency-histogram.js';
import type { RateLimiter, RateLimitResult } from './rate-limit.js';

export interface JobQueueStats {
  /** Jobs due now and not yet done. */
  depth: number;
  /** Age in seconds of the longest-waiting due job (0 when none). */
  oldestAgeSeconds: number;
}

export interface MetricsOptions {
  /** Read at scrape time. */
  jobQueue?: () => Promise<JobQueueStats>;
  /** Whether Redis is in use (absent: Redis not configured). */
  redisConnected?: () => boolean;
  /** Process metrics (CPU, memory, event loop); on by default. */
  processMetrics?: boolean;
}

export interface Metrics {
  registry: Registry;
  observeRequest(route: string, method: string, status: number, seconds: number): void;
  cacheResult(hit: boolean): void;
  /** `count` attempts (default 1) that succeeded or failed; the job thread reports its counts every second. */
  webhookAttempt(succeeded: boolean, count?: number): void;
  rateLimitFallback(): void;
  /** API log entries given up, by reason (`rejected` by the database, `overflow` of the buffer, `shutdown`). */
  apiLogDropped(reason: string, count: number): void;
  /** Wraps a limiter so that every refused hit is counted (by the key's scope, e.g. `api-key`). */
  countRejections(limiter: RateLimiter): RateLimiter;
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createMetrics(opts: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  if (opts.processMetrics !== false) collectDefaultMetrics({ register: registry, prefix: 'tessera_' });

  const requests = registerLatencyHistogram({
    name: 'tessera_http_request_duration_seconds',
    help: 'HTTP request latency by route template, method and status code',
    buckets: LATENCY_BUCKETS,
    registry,
  });
  // Counted in two numbers (every authenticated request counts one) and handed to prom-client at scrape time.
  const lookups = { hit: 0, miss: 0 };
  new Counter({
    name: 'tessera_verification_cache_lookups_total',
    help: 'Credential verification cache lookups by result (hit or miss)',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const result of ['hit', 'miss'] as const) if (lookups[result] > 0) this.inc({ result }, lookups[result]);
    },
  });
  const webhooks = new Counter({
    name: 'tessera_webhook_attempts_total',
    help: 'Webhook delivery attempts by outcome (success or failure)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const rejections = new Counter({
    name: 'tessera_rate_limit_rejections_total',
    help: 'Requests refused by a rate limit, by scope',
    labelNames: ['scope'] as const,
    registers: [registry],
  });
  const apiLogDrops = new Counter({
    name: 'tessera_api_log_dropped_total',
    help: 'API log entries not stored, by reason: rejected (refused by the database on their own), overflow (buffer full while the database was away), shutdown',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const fallbacks = new Counter({
    name: 'tessera_rate_limit_fallback_total',
    help: 'Rate-limit decisions taken in process because Redis was unavailable',
    registers: [registry],
  });
  if (opts.jobQueue) {
    const read = opts.jobQueue;
    // One query serves both gauges of a scrape.
    let pending: Promise<JobQueueStats> | null = null;
    // While the database is away the scrape still answers, with the last values read.
    let last: JobQueueStats = { depth: 0, oldestAgeSeconds: 0 };
    const stats = () =>
      (pending ??= read()
        .then((s) => (last = s), () => last)
        .finally(() => setImmediate(() => (pending = null))));
    new Gauge({
      name: 'tessera_jobs_queue_depth',
      help: 'Jobs due and not yet done',
      registers: [registry],
      async collect() {
        this.set((await stats()).depth);
      },
    });
    new Gauge({
      name: 'tessera_jobs_oldest_age_seconds',
      help: 'How long the longest-waiting due job has waited',
      registers: [registry],
      async collect() {
        this.set((await stats()).oldestAgeSeconds);
      },
    });
  }
  if (opts.redisConnected) {
    const connected = opts.redisConnected;
    new Gauge({
      name: 'tessera_redis_connected',
      help: '1 while Redis is in use for shared rate limits and invalidation, 0 while falling back',
      registers: [registry],
      collect() {
        this.set(connected() ? 1 : 0);
      },
    });
  }

  const success = webhooks.labels('success');
  const failure = webhooks.labels('failure');

  return {
    registry,
    observeRequest(route, method, status, seconds) {
      requests.series(route, method, status).observe(seconds);
    },
    cacheResult: (isHit) => void (isHit ? lookups.hit++ : lookups.miss++),
    webhookAttempt: (ok, count = 1) => (ok ? success : failure).inc(count),
    rateLimitFallback: () => fallbacks.inc(),
    apiLogDropped: (reason, count) => apiLogDrops.inc({ reason }, count),
    countRejections(limiter) {
      const counted = (key: string, r: RateLimitResult) => {
        if (!r.allowed) rejections.inc({ scope: key.slice(0, Math.max(0, key.indexOf(':'))) || 'other' });
        return r;
      };
      return {
        // An in-process count stays synchronous: no promise on a path every request takes.
        hit(key, limit, windowMs, now) {
          return andThen(limiter.hit(key, limit, windowMs, now), (r) => counted(key, r));
        },
        peek: (key, limit, windowMs, now) => limiter.peek(key, limit, windowMs, now),
      };
    },
  };
}

/** The latency hook (every route registered after it) and `GET /metrics`. */
export function registerMetrics(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', (req, reply, done) => {
    metrics.observeRequest(req.routeOptions.url ?? 'unmatched', req.method, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
  app.get('/metrics', async (_req, reply) => {
    const body = await metrics.registry.metrics();
    return reply.header('content-type', metrics.registry.contentType).send(body);
  });
}
