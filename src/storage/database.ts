/** Kysely over `pg`: one pool per process, the same dialect on the embedded and external server. */
import { CompiledQuery, Kysely, PostgresDialect, type Transaction } from 'kysely';
import os from 'node:os';
import pg from 'pg';
import { settlesWithin } from '../core/deadline.js';
import type { Database } from './schema.js';

// Return `timestamptz` as Date and `bigint`/`numeric` counts as numbers where safe.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

export interface DbOptions {
  url: string;
  max?: number;
  /** Longest wait for a connection (a new one, or a free one of a full pool); 0: no limit. */
  connectTimeoutMs?: number;
  /** Longest wait for the server's answer to one statement; then the connection is closed. 0: no limit. */
  queryTimeoutMs?: number;
  /** How the connections show in pg_stat_activity. */
  applicationName?: string;
  /**
   * Background work on a server that runs on this machine (the embedded one): each connection's
   * server process is given this niceness (1–19), so the work of other connections — the requests
   * being answered — takes the CPU first when the machine is busy. Where the system refuses (a
   * server process of another user), the connection keeps its priority.
   */
  backendNiceness?: number;
}

/** The limits a database handle was made with, for its dedicated connections (the job queue's LISTEN). */
export interface ConnectionLimits {
  connectTimeoutMs: number;
  queryTimeoutMs: number;
}

/**
 * A hung server (stopped, or stuck) answers nothing: without these limits a
 * request would wait for it forever. A statement that timed out is still on
 * the wire, so its connection is closed rather than reused — else the next
 * caller's statements would queue behind it, or run inside its transaction.
 */
class BoundedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    // The pool listens for errors only on idle connections. A connection in use whose server goes
    // away (shut down, crashed) emits 'error' too, and unheard that would crash the process. The
    // failure still reaches the statement that was running (or the next one, at once), and the pool
    // drops the connection when it is released.
    this.on('error', () => undefined);
  }

  override query(...args: unknown[]): never {
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) {
      // Registered before the caller's handlers: the connection is ending by the time it is released.
      result.catch((error: unknown) => {
        if ((error as Error | undefined)?.message === 'Query read timeout') void this.end().catch(() => undefined);
      });
    }
    return result as never;
  }
}

export function createDb({ url, max = 20, connectTimeoutMs = 0, queryTimeoutMs = 0, applicationName, backendNiceness }: DbOptions): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    ...(applicationName ? { application_name: applicationName } : {}),
    idleTimeoutMillis: 30_000,
    Client: BoundedClient,
    ...(connectTimeoutMs > 0 ? { connectionTimeoutMillis: connectTimeoutMs } : {}),
    ...(queryTimeoutMs > 0 ? { query_timeout: queryTimeoutMs } : {}),
    // A server that vanished without closing the socket (a dead host) is noticed, not waited on.
    keepAlive: true,
  });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const open = new Set<pg.Client>();
  pool.on('connect', (client) => open.add(client));
  if (backendNiceness) pool.on('connect', (client) => lowerPriority(client, backendNiceness));
  pool.on('remove', (client) => open.delete(client));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  urls.set(db, url);
  pools.set(db, pool);
  limits.set(db, { connectTimeoutMs, queryTimeoutMs });
  connected.set(db, open);
  return db;
}

/** The server process behind `client` (its pid, told at connect), lowered; a refusal (EPERM) changes nothing. */
function lowerPriority(client: pg.PoolClient, niceness: number): void {
  const pid = (client as { processID?: number | null }).processID;
  try {
    if (pid) os.setPriority(pid, niceness);
  } catch {
    // Not ours to lower: the connection keeps its priority.
  }
}

/**
 * A one-connection handle on the same database without the statement limit,
 * for work that may rightly take long (a migration rewriting a big table);
 * null for a transaction. The caller destroys it.
 */
export function unboundedDb(db: Db | Tx): Db | null {
  const url = urls.get(db);
  if (!url) return null;
  return createDb({ url, max: 1, connectTimeoutMs: connectionLimitsOf(db).connectTimeoutMs });
}

/** The connections each pool holds (checked out or idle). */
const connected = new WeakMap<object, Set<pg.Client>>();

const limits = new WeakMap<object, ConnectionLimits>();

/** The limits of `db` (zero, no limit, for a transaction). */
export function connectionLimitsOf(db: Db | Tx): ConnectionLimits {
  return limits.get(db) ?? { connectTimeoutMs: 0, queryTimeoutMs: 0 };
}

/**
 * Closes the pool. Ending a connection politely waits for the server to close
 * it, which a hung server never does: after `graceMs` the remaining sockets
 * are cut instead, so a shutdown during an outage still ends.
 */
export async function closeDb(db: Db, graceMs: number): Promise<void> {
  const clients = [...(connected.get(db) ?? [])];
  // A failure to say goodbye changes nothing for a process that is stopping.
  if (await settlesWithin(db.destroy(), graceMs)) return;
  for (const c of clients) (c as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}

const pools = new WeakMap<object, pg.Pool>();

/**
 * A hot-path read as a named prepared statement: PostgreSQL parses and plans
 * it once per connection instead of on every request, and no query builder
 * runs. Inside a transaction it runs as a plain query on that transaction.
 */
export async function preparedRows<R>(db: Db | Tx, name: string, text: string, values: unknown[]): Promise<R[]> {
  const pool = pools.get(db);
  if (pool) return (await pool.query<R & pg.QueryResultRow>({ name, text, values })).rows;
  return (await db.executeQuery<R>(CompiledQuery.raw(text, values))).rows;
}

/**
 * One pooled connection of `db` for `run` (a COPY needs a client of its own);
 * undefined inside a transaction, which has no pool. A connection that failed
 * (rather than a statement the server refused) is closed, not returned to the pool.
 */
export async function withPooledClient<T>(db: Db | Tx, run: (client: pg.PoolClient) => Promise<T>): Promise<T | undefined> {
  const pool = pools.get(db);
  if (!pool) return undefined;
  const client = await pool.connect();
  try {
    const result = await run(client);
    client.release();
    return result;
  } catch (error) {
    // An error the server answered (it has a SQLSTATE) leaves the connection usable; anything else closes it.
    const answered = typeof (error as { code?: unknown }).code === 'string' && /^[0-9A-Z]{5}$/.test((error as { code: string }).code);
    client.release(answered ? undefined : error instanceof Error ? error : true);
    throw error;
  }
}

const urls = new WeakMap<object, string>();

/** The URL a database handle was made with, for a dedicated connection (the job queue's LISTEN); none for a transaction. */
export function connectionUrlOf(db: Db | Tx): string | undefined {
  return urls.get(db);
}

/**
 * Whether the server answers `SELECT 1` within `timeoutMs` (readiness): a
 * short limit of its own, shorter than a request's, so a probe says "not
 * ready" quickly while the database is away.
 */
export async function pingDb(db: Db, timeoutMs: number): Promise<boolean> {
  const pool = pools.get(db);
  const ping = pool ? pool.query({ text: 'SELECT 1', query_timeout: timeoutMs } as pg.QueryConfig) : db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs);
  });
  try {
    await Promise.race([ping, late]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
