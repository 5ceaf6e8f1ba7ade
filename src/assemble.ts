/**
 * Wires a Tessera on an open, migrated database: store, verifier, metrics,
 * HTTP app and job worker. Kept apart from server.ts so its module graph (the
 * bulk of the start-up CPU) loads while the embedded PostgreSQL server starts.
 */
import type { Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.js';
import { createApiLogWriter, reportApiLogDrops } from './api-logs/index.js';
import { buildApp } from './app.js';
import type { Config } from './config/index.js';
import type { Clock } from './core/clock.js';
import { createVerifier } from './credentials/index.js';
import { sessionKey } from './identity/index.js';
import { createMetrics } from './http/metrics.js';
import { isDatabaseUnavailable } from './http/unavailable.js';
import { createMemoryRateLimiter } from './http/rate-limit.js';
import { createWorker, type Worker } from './jobs/index.js';
import { jobHandlers, periodicJobs } from './jobs-registry.js';
import type { Db } from './storage/database.js';
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
  /** Closes what assemble opened, in order: HTTP, API logs, worker, verifier, Redis (not the database). */
  close(): Promise<void>;
}

export async function assembleTessera({ config, logger, clock, db, secret, adminToken }: AssembleInput): Promise<Assembled> {
  const store = createStore(db);
  // Shared rate limits and cache invalidation across processes when REDIS_URL is set.
  const redis: RedisScale | null = config.redisUrl ? await connectRedis({ url: config.redisUrl, logger, onFallback: () => metrics.rateLimitFallback() }) : null;
  const metrics = createMetrics({
    jobQueue: () => jobQueueStats(db, clock.now()),
    ...(redis ? { redisConnected: () => redis.connected() } : {}),
  });
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
  });
  const verifier = redis ? redis.shareInvalidation(localVerifier) : localVerifier;
  const deps: AppDeps = {
    config,
    db,
    store,
    verifier,
    clock,
    rateLimiter: metrics.countRejections(redis?.rateLimiter ?? createMemoryRateLimiter()),
    metrics,
    apiLogs: createApiLogWriter({
      apiLogs: store.apiLogs,
      onError: (err, entries) => logger.warn({ err, entries }, 'api log batch not written'),
      isUnavailable: isDatabaseUnavailable,
      onDrop: reportApiLogDrops(logger, metrics),
    }),
    secret,
    adminToken,
    logger,
  };
  // A failed start must not leave Redis connections holding the process open.
  const app = await buildApp(deps).catch(async (err: unknown) => {
    await redis?.close();
    throw err;
  });
  const worker = createWorker({
    jobs: store.jobs,
    handlers: jobHandlers(deps),
    clock,
    leaseMs: config.jobLeaseMs,
    pollMs: config.jobPollMs,
    onError: (job, err) => logger.warn({ job: { id: job.id, kind: job.kind, attempts: job.attempts }, err }, 'job failed'),
    onTick: periodicJobs(deps),
  });
  if (config.role !== 'api') worker.start();

  return {
    app,
    worker,
    deps,
    async close() {
      await app.close();
      // After the last response, before the pool closes: buffered API logs are written.
      await deps.apiLogs.close();
      await worker.stop();
      await verifier.close();
      await redis?.close();
    },
  };
}
