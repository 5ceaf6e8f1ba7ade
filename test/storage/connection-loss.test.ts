/**
 * The pool's connections when the server ends them: a connection in use
 * (inside a transaction, between statements) whose backend is terminated used
 * to emit an 'error' nobody listened to, which crashed the process, as a
 * database shutdown during traffic does. Now the next statement fails as
 * "database unavailable" (503 on the wire), and the pool replaces the
 * connection. A statement the server does not answer in time fails the same
 * way, and its connection is closed, not reused; work that rightly takes
 * long (migrations) gets a connection without that limit.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/http/unavailable.js';
import { createDb, unboundedDb, type Db, type Tx } from '../../src/storage/database.js';
import { createTestDatabase } from '../harness.js';
import { waitFor } from '../process/cli.js';

let url: string;
let admin: Db;
beforeAll(async () => {
  url = await createTestDatabase();
  admin = createDb({ url, max: 2 });
});
afterAll(() => admin.destroy());

const backendPid = async (db: Db | Tx) =>
  (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid;
const alive = async (pid: number) =>
  (await sql<{ n: number }>`select count(*)::int as n from pg_stat_activity where pid = ${pid}`.execute(admin)).rows[0]!.n > 0;

describe('a connection the server ends', () => {
  it('in use inside a transaction: the next statement fails as unavailable, and the pool goes on with a new connection', async () => {
    const db = createDb({ url, max: 1, connectTimeoutMs: 2_000, queryTimeoutMs: 3_000 });
    try {
      const failure = await db
        .transaction()
        .execute(async (trx) => {
          const pid = await backendPid(trx);
          await sql`select pg_terminate_backend(${pid})`.execute(admin);
          await waitFor(`backend ${pid} to end`, async () => ((await alive(pid)) ? undefined : true), 10_000);
          await sql`select 1`.execute(trx);
        })
        .catch((e: unknown) => e);
      expect(isDatabaseUnavailable(failure)).toBe(true);
      // The one pooled connection was replaced.
      expect((await sql<{ one: number }>`select 1 as one`.execute(db)).rows).toEqual([{ one: 1 }]);
    } finally {
      await db.destroy();
    }
  });

  it('a statement not answered in time fails as unavailable; its connection is closed, not reused', async () => {
    const db = createDb({ url, max: 1, connectTimeoutMs: 2_000, queryTimeoutMs: 300 });
    try {
      const before = await backendPid(db);
      const failure = await sql`select pg_sleep(5)`.execute(db).catch((e: unknown) => e);
      expect(failure).toMatchObject({ message: 'Query read timeout' });
      expect(isDatabaseUnavailable(failure)).toBe(true);
      // A new connection (another backend) answers at once; the old one is gone, not left queued behind the sleep.
      const after = await backendPid(db);
      expect(after).not.toBe(before);
    } finally {
      await db.destroy();
    }
  });

  it('a handle without the statement limit (migrations) lets a long statement finish', async () => {
    const db = createDb({ url, max: 1, connectTimeoutMs: 2_000, queryTimeoutMs: 200 });
    const long = unboundedDb(db)!;
    try {
      await expect(sql`select pg_sleep(0.5)`.execute(db)).rejects.toThrow('Query read timeout');
      expect((await sql<{ one: number }>`select 1 as one from pg_sleep(0.5)`.execute(long)).rows).toEqual([{ one: 1 }]);
    } finally {
      await long.destroy();
      await db.destroy();
    }
  });
});
