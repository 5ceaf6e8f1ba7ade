/** Kysely over `pg`: one pool per process, the same dialect on the embedded and external server. */
import { CompiledQuery, Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

// Return `timestamptz` as Date and `bigint`/`numeric` counts as numbers where safe.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;

export interface DbOptions {
  url: string;
  max?: number;
}

export function createDb({ url, max = 20 }: DbOptions): Db {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000 });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  urls.set(db, url);
  pools.set(db, pool);
  return db;
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
