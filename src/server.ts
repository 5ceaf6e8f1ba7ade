/**
 * Starts a Tessera from a Config: database (embedded server or DATABASE_URL),
 * migrations, then the store, verifier, HTTP app and job worker (assemble.ts).
 * Used by the CLI and by tests; it does not listen, so callers choose.
 *
 * Start-up is mostly CPU spent loading modules; the embedded PostgreSQL server
 * is another process, so it starts (and migrations run) while they load.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { createLogger } from './logger.js';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.js';
import type { Config } from './config/index.js';
import { systemClock, type Clock } from './core/clock.js';
import { msUntil } from './core/deadline.js';
import type { Worker } from './jobs/index.js';
import type { Db } from './storage/database.js';
import { lockDataDir, type DataDirLock } from './storage/data-dir-lock.js';
import { startEmbedded, type EmbeddedServer } from './storage/embedded.js';
import { readOrCreateSecret } from './storage/files.js';

export interface Tessera {
  app: FastifyInstance;
  worker: Worker;
  deps: AppDeps;
  /**
   * When each start-up phase ended, in ms since the process started (phases
   * overlap): `modules` (the app's code loaded), `database` (open and
   * migrated), `app` (routes registered, worker started).
   */
  startupMs: Record<string, number>;
  /** Graceful stop: no new requests, in-flight requests and jobs finish, leases released. */
  stop(): Promise<void>;
}

export { LOG_REDACT, createLogger } from './logger.js';

/** Reads a 0600 file in the data dir, creating it with `make()` on first use. */
export async function dataDirSecret(dataDir: string, name: string, make: () => string): Promise<string> {
  await fs.mkdir(dataDir, { recursive: true });
  return readOrCreateSecret(path.join(dataDir, name), make);
}

export interface DatabaseHandle {
  db: Db;
  embedded: EmbeddedServer | null;
  url: string;
  /** The data directory's lock, held while the embedded server runs. */
  lock?: DataDirLock | null;
}

/** With the embedded server, one Tessera per data directory: the lock comes before anything touches it. */
export function lockForEmbedded(config: Readonly<Config>): Promise<DataDirLock | null> {
  return config.databaseUrl ? Promise.resolve(null) : lockDataDir(config.dataDir);
}

/** Opens the database; `lock` (taken by the caller) is owned by the handle from here, and released on failure. */
export async function openDatabase(config: Readonly<Config>, logger: Logger, lock?: DataDirLock | null): Promise<DatabaseHandle> {
  // The pool's modules (kysely, pg) load while the embedded server starts.
  const database = import('./storage/database.js');
  // A database that does not answer fails requests within these limits (503) instead of holding them.
  const limits = { connectTimeoutMs: config.dbConnectTimeoutMs, queryTimeoutMs: config.dbQueryTimeoutMs };
  if (config.databaseUrl) return { db: (await database).createDb({ url: config.databaseUrl, ...limits }), embedded: null, url: config.databaseUrl };
  const held = lock ?? (await lockDataDir(config.dataDir));
  try {
    const embedded = await startEmbedded({
      dir: path.join(config.dataDir, 'postgres'),
      onLog: (line) => logger.debug({ postgres: line.trim() }, 'embedded postgres'),
    });
    const url = embedded.url('postgres');
    return { db: (await database).createDb({ url, ...limits }), embedded, url, lock: held };
  } catch (err) {
    await held.release();
    throw err;
  }
}

/**
 * Closes the pool, then stops the embedded server, both by `deadline` (epoch
 * ms): a hung server answers no goodbye, so its sockets are cut and its
 * postmaster is left to stop once it runs again (logged), rather than waited on.
 */
export async function closeDatabase(database: DatabaseHandle, deadline = Date.now() + 10_000): Promise<boolean> {
  try {
    const { closeDb } = await import('./storage/database.js');
    await closeDb(database.db, Math.min(2_000, msUntil(deadline) / 2));
    return (await database.embedded?.stop(msUntil(deadline))) ?? true;
  } finally {
    await database.lock?.release();
  }
}

const STARTUP_RETRY_MS = 20_000;

/**
 * A server that answers slowly while it starts (several processes starting at once on a busy
 * machine, PostgreSQL itself still starting: 57P03) should not fail the start on its first
 * connect timeout: the first statements are retried for a while. A refused connection (a wrong
 * host or port) still fails at once.
 */
function startupTransient(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  if (e?.code === '57P03' || e?.code === 'ETIMEDOUT') return true;
  return typeof e?.message === 'string' && /timeout|Connection terminated unexpectedly/i.test(e.message);
}

async function whileStarting<T>(run: () => Promise<T>, logger: Logger): Promise<T> {
  const until = Date.now() + STARTUP_RETRY_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (!startupTransient(err) || Date.now() >= until) throw err;
      logger.warn({ err, attempt }, 'database slow to answer at start; trying again');
      await new Promise((r) => setTimeout(r, Math.min(1_000, 200 * attempt)));
    }
  }
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
  const startupMs: Record<string, number> = {};
  const mark = (phase: string) => (startupMs[phase] = Math.round(performance.now()));

  // Nothing touches the data directory before its lock is held (embedded database only).
  const locked = opts.database ? Promise.resolve(null) : lockForEmbedded(config);
  // Both run at once: the database (another process, then a few round trips) and loading the app's code (CPU here).
  const opening = (async () => {
    const database = opts.database ?? (await openDatabase(config, logger, await locked));
    if (opts.migrate !== false) {
      const { migrateToLatest } = await import('./storage/migrate.js');
      await whileStarting(() => migrateToLatest(database.db), logger).catch(async (err: unknown) => {
        if (!opts.database) await closeDatabase(database);
        throw err;
      });
    }
    mark('database');
    return database;
  })();
  const loading = import('./assemble.js').then((m) => (mark('modules'), m));
  const secrets = locked.then(() => Promise.all([
    config.secret ?? dataDirSecret(config.dataDir, 'secret', () => randomBytes(32).toString('base64url')),
    config.adminToken ?? dataDirSecret(config.dataDir, 'admin-token', () => 'tadm_' + randomBytes(24).toString('base64url')),
  ]));
  let database: DatabaseHandle;
  let assembled: Awaited<ReturnType<Awaited<typeof loading>['assembleTessera']>>;
  try {
    let assembleTessera, secretText, adminToken;
    [{ assembleTessera }, [secretText, adminToken], database] = await Promise.all([loading, secrets, opening]);
    assembled = await assembleTessera({ config, logger, clock, db: database.db, secret: Buffer.from(secretText, 'utf8'), adminToken });
  } catch (err) {
    // A failed start leaves no server behind: the database this call opened is closed.
    const opened = await opening.catch(() => null);
    if (opened && !opts.database) await closeDatabase(opened).catch(() => undefined);
    throw err;
  }
  mark('app');

  let stopping: Promise<void> | null = null;
  return {
    app: assembled.app,
    worker: assembled.worker,
    deps: assembled.deps,
    startupMs,
    stop() {
      stopping ??= (async () => {
        // The grace period's last part is the database's: the pool closes, then the embedded server stops.
        // Half a second is kept for the process to exit.
        const deadline = Date.now() + config.shutdownGraceMs - 500;
        await assembled.close(deadline - Math.min(3_000, config.shutdownGraceMs * 0.3));
        if (!(await closeDatabase(database, deadline))) {
          logger.warn('embedded PostgreSQL did not stop within the grace period; it stops by itself once it runs again');
        }
      })();
      return stopping;
    },
  };
}
