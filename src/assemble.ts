/**
 * Wires a Tessera on an open, migrated database: store, verifier, metrics,
 * HTTP app and job worker. Kept apart from server.ts so its module graph (the
 * bulk of the start-up CPU) loads while the embedded PostgreSQL server starts.
 */
import type { Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.js';
import { createApiLogWriter, createThreadedApiLogSink, inlineApiLogSink, reportApiLogDrops, type ApiLogSink } from './api-logs/index.js';
import { errorFrom } from './core/threads.js';
import type { ApiLogThreadData } from './api-log-thread.js';
import { buildApp } from './app.js';
import type { Config } from './config/index.js';
import type { Clock } from './core/clock.js';
import { createVerifier, retiredSecretReporter } from './credentials/index.js';
import { sessionKey } from './identity/index.js';
import { createMetrics } from './http/metrics.js';
import { isDatabaseUnavailable } from './http/unavailable.js';
import { settlesWithin, msUntil } from './core/deadline.js';
import { createLogThrottle, errorKey } from './core/log-throttle.js';
import { createMemoryRateLimiter } from './http/rate-limit.js';
import type { Worker } from './jobs/index.js';
import { createThreadedWorker } from './jobs/threaded-worker.js';
import type { JobThreadData } from './job-thread.js';
import { createJobWorker } from './jobs-registry.js';
import { connectionLimitsOf, connectionUrlOf, type Db } from './storage/database.js';
import { createStore } from './storage/store.js';
import { jobQueueStats } from './storage/job-stats.js';
import { connectRedis, type RedisScale } from './scale/redis.js';

export interface AssembleInput {
  config: Readonly<Config>;
  logger: Logger;
  clock: Clock;
  db: Db;
  secret: Buffer;
  adminToken: string;
}

export interface Assembled {
  app: FastifyInstance;
  worker: Worker;
  deps: AppDeps;
  /**
   * Closes what assemble opened: HTTP first, then API logs, worker and verifier
   * side by side, then Redis (not the database). Every step is bounded by
   * `deadline` (epoch ms), so a database that does not answer cannot hold the
   * shutdown: what is not done by then is left (and logged).
   */
  close(deadline?: number): Promise<void>;
}

export async function assembleTessera({ config, logger, clock, db, secret, adminToken }: AssembleInput): Promise<Assembled> {
  const store = createStore(db);
  // Shared rate limits and cache invalidation across processes when REDIS_URL is set.
  const redis: RedisScale | null = config.redisUrl ? await connectRedis({ url: config.redisUrl, logger, onFallback: () => metrics.rateLimitFallback() }) : null;
  const metrics = createMetrics({
    jobQueue: () => jobQueueStats(db, clock.now()),
    ...(redis ? { redisConnected: () => redis.connected() } : {}),
  });
  // An outage fails every flush and retry alike (usage times, API log batches): one line per message per 10 s.
  const flushLog = createLogThrottle();
  const localVerifier = createVerifier({
    credentials: store.credentials,
    // Login sessions (JWT) and users' last-seen times.
    users: { findSessionUser: store.sessions.findSessionUser, touchLastSeen: store.identity.touchLastSeen },
    sessionKey: sessionKey(secret),
    secret,
    clock,
    cacheMax: config.cacheMax,
    cacheTtlMs: config.cacheTtlMs,
    onCacheResult: metrics.cacheResult,
    // A rotated credential's old secret presented after its grace: `<type>.reused-after-rotation`, once an hour.
    onRetiredSecret: retiredSecretReporter({ store, clock, onError: (err) => logger.warn({ err }, 'reuse of a retired secret not reported') }),
    onFlushError: (err, what, count) => flushLog.warn(logger, errorKey(what, err), err, `${what} times not written`, { count }),
  });
  const verifier = redis ? redis.shareInvalidation(localVerifier) : localVerifier;
  const reportDrops = reportApiLogDrops(logger, metrics);
  const warnUnwritten = (err: unknown, entries: number) => flushLog.warn(logger, errorKey('api-log', err), err, 'api log batch not written', { entries });
  /** The API log writer in this thread: the fallback of the API log thread, and the writer under tsx and tests. */
  const inlineSink = () =>
    inlineApiLogSink(
      createApiLogWriter({
        apiLogs: store.apiLogs,
        // Retried every second while the database is away: one line per message per 10 s (drops are reported apart).
        onError: warnUnwritten,
        isUnavailable: isDatabaseUnavailable,
        onDrop: reportDrops,
      }),
      (err) => logger.warn({ err }, 'api log entry not recorded'),
    );
  /**
   * Built (dist/), the API log and the job worker run on threads of their own. From TypeScript
   * sources (tsx, the tests) a thread's entry cannot load as is, and both stay on this thread,
   * doing the same work.
   */
  const threadsUrl = import.meta.url.endsWith('.js') ? connectionUrlOf(db) : null;
  /** The API log's work (building and writing rows) cost the request path about a quarter of its CPU (issue 15). */
  function apiLogSink(): ApiLogSink {
    const entry = new URL('./api-log-thread.js', import.meta.url);
    const url = threadsUrl;
    if (!url) return inlineSink();
    return createThreadedApiLogSink({
      entry,
      workerData: { url, ...connectionLimitsOf(db) } satisfies ApiLogThreadData,
      fallback: inlineSink(),
      onDrop: (reason, entries, error) => reportDrops(reason, entries, error && errorFrom(error)),
      onError: (error, entries) => warnUnwritten(errorFrom(error), entries),
      onThreadExit: (err) => logger.error({ err }, 'the API log thread stopped; API logs are written on the main thread from now on'),
    });
  }
  const deps: AppDeps = {
    config,
    db,
    store,
    verifier,
    clock,
    rateLimiter: metrics.countRejections(redis?.rateLimiter ?? createMemoryRateLimiter()),
    metrics,
    apiLogs: apiLogSink(),
    secret,
    adminToken,
    logger,
  };
  // A failed start must not leave Redis connections holding the process open.
  const app = await buildApp(deps).catch(async (err: unknown) => {
    await redis?.close();
    throw err;
  });
  /**
   * With the API in the same process (`--role all`), the worker's turns made each request wait
   * (18–21 ms at 300 events/s, issue 15): there it runs on a thread of its own.
   */
  function jobWorker(): Worker {
    const inline = () => createJobWorker(deps, logger);
    if (config.role !== 'all' || !threadsUrl) return inline();
    return createThreadedWorker({
      entry: new URL('./job-thread.js', import.meta.url),
      workerData: { url: threadsUrl, ...connectionLimitsOf(db), config, secret, localServer: !config.databaseUrl } satisfies JobThreadData,
      fallback: inline,
      onAttempts: (succeeded, failed) => {
        if (succeeded) metrics.webhookAttempt(true, succeeded);
        if (failed) metrics.webhookAttempt(false, failed);
      },
      onError: (error) => logger.warn({ err: errorFrom(error) }, 'job thread'),
      onThreadExit: (err) => logger.error({ err }, 'the job thread stopped; jobs run on the main thread from now on'),
    });
  }
  const worker = jobWorker();
  if (config.role !== 'api') worker.start();

  return {
    app,
    worker,
    deps,
    async close(deadline = Date.now() + config.shutdownGraceMs) {
      const step = async (what: string, work: () => Promise<unknown>, until: number): Promise<boolean> => {
        const done = await settlesWithin(
          work().catch((err: unknown) => logger.warn({ err }, `shutdown: ${what} failed`)),
          msUntil(until),
        );
        if (!done) logger.warn({ step: what }, `shutdown: ${what} did not finish in time; going on without it`);
        return done;
      };
      // In-flight requests finish (their database waits are bounded by the pool's limits); half the time at most.
      if (!(await step('closing HTTP connections', () => app.close(), Date.now() + msUntil(deadline) / 2))) app.server.closeAllConnections();
      // After the last response, before the pool closes: buffered API logs are written, leases released, usage flushed.
      await Promise.all([
        // Entries still unwritten at the end are counted and logged by the writer.
        step('writing buffered API logs', () => deps.apiLogs.close(), deadline),
        // Jobs still running keep their lease; once it runs out another worker runs them again.
        step('stopping the job worker', () => worker.stop(), deadline),
        step('flushing credential usage', () => verifier.close(), deadline),
      ]);
      await step('closing Redis', async () => redis?.close(), deadline);
    },
  };
}
