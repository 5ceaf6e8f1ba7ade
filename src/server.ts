/**
 * Assembles a running Tessera from a Config: database (embedded server or
 * DATABASE_URL), migrations, store, verifier, HTTP app and job worker. Used by
 * the CLI and by tests; it does not listen, so callers choose.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import pino, { type Logger } from 'pino';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.js';
import { createApiLogWriter } from './api-logs/index.js';
import { buildApp } from './app.js';
import type { Config } from './config/index.js';
import { systemClock, type Clock } from './core/clock.js';
import { createVerifier } from './credentials/index.js';
import { sessionKey } from './identity/index.js';
import { createMetrics } from './http/metrics.js';
import { createMemoryRateLimiter } from './http/rate-limit.js';
import { createWorker, type Worker } from './jobs/index.js';
import { jobHandlers, periodicJobs } from './jobs-registry.js';
import { createDb, type Db } from './storage/database.js';
import { startEmbedded, type EmbeddedServer } from './storage/embedded.js';
import { migrateToLatest } from './storage/migrate.js';
import { createStore } from './storage/store.js';
import { jobQueueStats } from './storage/job-stats.js';
import { connectRedis, type RedisScale } from './scale/redis.js';

export interface Tessera {
  app: FastifyInstance;
  worker: Worker;
  deps: AppDeps;
  /** Graceful stop: no new requests, in-flight requests and jobs finish, leases released. */
  stop(): Promise<void>;
}

export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  '*.password',
  '*.token',
  '*.secret',
  '*.value',
];

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, redact: { paths: LOG_REDACT, censor: '[REDACTED]' } });
}

/** Reads a 0600 file in the data dir, creating it with `make()` on first use. */
export async function dataDirSecret(dataDir: string, name: string, make: () => string): Promise<string> {
  const file = path.join(dataDir, name);
  await fs.mkdir(dataDir, { recursive: true });
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    await fs.writeFile(file, make() + '\n', { mode: 0o600, flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
    return (await fs.readFile(file, 'utf8')).trim();
  }
}

export interface DatabaseHandle {
  db: Db;
  embedded: EmbeddedServer | null;
  url: string;
}

export async function openDatabase(config: Readonly<Config>, logger: Logger): Promise<DatabaseHandle> {
  if (config.databaseUrl) return { db: createDb({ url: config.databaseUrl }), embedded: null, url: config.databaseUrl };
  const embedded = await startEmbedded({
    dir: path.join(config.dataDir, 'postgres'),
    onLog: (line) => logger.debug({ postgres: line.trim() }, 'embedded postgres'),
  });
  const url = embedded.url('postgres');
  return { db: createDb({ url }), embedded, url };
}

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  /** An already open database (tests); otherwise opened from the config. */
  database?: DatabaseHandle;
  migrate?: boolean;
}

export async function startTessera(config: Readonly<Config>, opts: StartOptions = {}): Promise<Tessera> {
  const logger = opts.logger ?? createLogger(config);
  const clock = opts.clock ?? systemClock;
  const database = opts.database ?? (await openDatabase(config, logger));
  if (opts.migrate !== false) await migrateToLatest(database.db);

  const secretText = config.secret ?? (await dataDirSecret(config.dataDir, 'secret', () => randomBytes(32).toString('base64url')));
  const adminToken = config.adminToken ?? (await dataDirSecret(config.dataDir, 'admin-token', () => 'tadm_' + randomBytes(24).toString('base64url')));
  const secret = Buffer.from(secretText, 'utf8');
  const store = createStore(database.db);
  // Shared rate limits and cache invalidation across processes when REDIS_URL is set.
  const redis: RedisScale | null = config.redisUrl ? await connectRedis({ url: config.redisUrl, logger, onFallback: () => metrics.rateLimitFallback() }) : null;
  const metrics = createMetrics({
    jobQueue: () => jobQueueStats(database.db, clock.now()),
    ...(redis ? { redisConnected: () => redis.connected() } : {}),
  });
  const localVerifier = createVerifier({
    credentials: store.credentials,
    // Login sessions (JWT) and users' last-seen times.
    users: store.identity,
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
    db: database.db,
    store,
    verifier,
    clock,
    rateLimiter: metrics.countRejections(redis?.rateLimiter ?? createMemoryRateLimiter()),
    metrics,
    apiLogs: createApiLogWriter({
      apiLogs: store.apiLogs,
      onError: (err, entries) => logger.warn({ err, entries }, 'api log batch not written'),
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

  let stopping: Promise<void> | null = null;
  return {
    app,
    worker,
    deps,
    stop() {
      stopping ??= (async () => {
        await app.close();
        // After the last response, before the pool closes: buffered API logs are written.
        await deps.apiLogs.close();
        await worker.stop();
        await verifier.close();
        await redis?.close();
        await database.db.destroy();
        await database.embedded?.stop();
      })();
      return stopping;
    },
  };
}
