import { sql } from 'kysely';
import pg from 'pg';
import { newUuid } from '../../core/ids.js';
import { coalesce } from '../../core/coalesce.js';
import type { JobRepository, KindFilter } from '../../jobs/ports.js';
import type { Job, NewJob } from '../../jobs/types.js';
import { settlesWithin } from '../../core/deadline.js';
import { connectionLimitsOf, connectionUrlOf, type ConnectionLimits, type Db, type Tx } from '../database.js';

/** NOTIFY channel announcing due jobs; sent inside the enqueuing transaction, so listeners hear it on commit. */
export const JOBS_CHANNEL = 'tessera_jobs';
const RELISTEN_MS = 1_000;
/** A polite goodbye to the server; a hung server never answers it, so then the socket is cut. */
const END_GRACE_MS = 500;

async function endClient(c: pg.Client): Promise<void> {
  if (!(await settlesWithin(c.end(), END_GRACE_MS))) (c as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
}

/**
 * LISTEN on a dedicated connection (not one of the pool's), reconnecting after
 * a lost connection; every notification, and every (re)connection, calls
 * `onNotify`; every failed connection or lost connection, `onError`. A
 * connection attempt is bounded like the pool's, so a hung server cannot stall it.
 */
function listenForJobs(url: string, limits: ConnectionLimits, onNotify: (kinds?: string[]) => void, onError: (error: unknown) => void): () => Promise<void> {
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | null = null;

  const again = () => {
    if (stopped || retry) return;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, RELISTEN_MS);
    retry.unref?.();
  };

  async function connect(): Promise<void> {
    const c = new pg.Client({
      connectionString: url,
      keepAlive: true,
      ...(limits.connectTimeoutMs > 0 ? { connectionTimeoutMillis: limits.connectTimeoutMs } : {}),
      ...(limits.queryTimeoutMs > 0 ? { query_timeout: limits.queryTimeoutMs } : {}),
    });
    // A lost connection ends the client ('end' follows, and a reconnection); polling goes on meanwhile.
    c.on('error', (error) => {
      if (!stopped) onError(error);
    });
    // The payload names the kinds that became due (see enqueue); an empty one names none in particular.
    c.on('notification', (msg) => onNotify(msg.payload ? msg.payload.split(',') : undefined));
    c.on('end', () => {
      if (client === c) client = null;
      again();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${JOBS_CHANNEL}`);
    } catch (error) {
      if (!stopped) onError(error);
      await endClient(c);
      again();
      return;
    }
    if (stopped) {
      await endClient(c);
      return;
    }
    client = c;
    // Jobs announced while no one listened are found by this poll.
    onNotify();
  }

  void connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = null;
    if (c) await endClient(c);
  };
}

/**
 * New jobs as parallel arrays (id, kind, payload, dedupe key, run at, max attempts), for statements
 * that insert them with `unnest` next to the rows they belong to; null entries for rows without one.
 */
export function jobArrays(jobs: Array<NewJob | undefined>, now: Date): unknown[][] {
  return [
    jobs.map((j) => (j ? newUuid(now.getTime()) : null)),
    jobs.map((j) => j?.kind ?? null),
    jobs.map((j) => (j ? JSON.stringify(j.payload) : null)),
    jobs.map((j) => j?.dedupeKey ?? null),
    jobs.map((j) => (j ? (j.runAt ?? now) : null)),
    jobs.map((j) => (j ? (j.maxAttempts ?? 5) : null)),
  ];
}

type ClaimedRow = { id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number };

function kindCondition(filter: KindFilter | undefined) {
  // One kind as an equality, so the claim reads the (kind, run_at) index in order and stops at its limit.
  if (filter?.kinds?.length === 1) return sql`AND kind = ${filter.kinds[0]}`;
  if (filter?.kinds) return sql`AND kind = ANY(${[...filter.kinds]}::text[])`;
  if (filter?.exceptKinds?.length) return sql`AND kind <> ALL(${[...filter.exceptKinds]}::text[])`;
  return sql``;
}

/** Many jobs done in one statement (the worker finishes hundreds a second under load). */
async function completeMany(db: Db | Tx, items: Array<{ id: string; workerId: string; now: Date }>): Promise<void> {
  await sql`
    UPDATE jobs SET status = 'done', finished_at = u.finished_at, locked_until = NULL, locked_by = NULL
    FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.workerId)}::text[], ${items.map((i) => i.now)}::timestamptz[])
      AS u(id, worker, finished_at)
    WHERE jobs.id = u.id AND jobs.locked_by = u.worker
  `.execute(db);
}

async function postponeMany(db: Db | Tx, items: Array<{ id: string; workerId: string; runAt: Date }>): Promise<void> {
  await sql`
    UPDATE jobs SET run_at = u.run_at, locked_until = NULL, locked_by = NULL, attempts = greatest(jobs.attempts - 1, 0)
    FROM unnest(${items.map((i) => i.id)}::uuid[], ${items.map((i) => i.workerId)}::text[], ${items.map((i) => i.runAt)}::timestamptz[])
      AS u(id, worker, run_at)
    WHERE jobs.id = u.id AND jobs.locked_by = u.worker AND jobs.status = 'queued'
  `.execute(db);
}

export function jobRepository(db: Db | Tx): JobRepository {
  // Outside a transaction, completions and postponements of one turn share a statement.
  const complete = db.isTransaction
    ? null
    : coalesce(async (items: Array<{ id: string; workerId: string; now: Date }>) => {
        await completeMany(db, items);
        return items.map(() => undefined);
      });
  const postpone = db.isTransaction
    ? null
    : coalesce(async (items: Array<{ id: string; workerId: string; runAt: Date }>) => {
        await postponeMany(db, items);
        return items.map(() => undefined);
      });
  return {
    async enqueue(jobs, now) {
      if (jobs.length === 0) return;
      const insert = db
        .insertInto('jobs')
        .values(
          jobs.map((j) => ({
            id: newUuid(now.getTime()),
            kind: j.kind,
            payload: JSON.stringify(j.payload),
            dedupe_key: j.dedupeKey ?? null,
            run_at: j.runAt ?? now,
            max_attempts: j.maxAttempts ?? 5,
            created_at: now,
          })),
        )
        .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing());
      const dueKinds = [...new Set(jobs.filter((j) => !j.runAt || j.runAt <= now).map((j) => j.kind))];
      if (dueKinds.length === 0) {
        await insert.execute();
        return;
      }
      // Due now: announce them, by kind, to the LISTENing workers (on commit), in the same round trip.
      await db
        .with('inserted', () => insert.returning('id'))
        .selectNoFrom(sql<string>`pg_notify(${JOBS_CHANNEL}, ${dueKinds.join(',')})`.as('notified'))
        .execute();
    },
    async claim(workerId, limit, leaseMs, now, filter) {
      // A job is claimable when queued, due, and not leased (or its lease ran out).
      const rows = await sql<ClaimedRow>`
        UPDATE jobs SET locked_by = ${workerId},
          locked_until = ${new Date(now.getTime() + leaseMs)},
          attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM jobs
          WHERE status = 'queued' AND run_at <= ${now}
            AND (locked_until IS NULL OR locked_until < ${now})
            ${kindCondition(filter)}
          ORDER BY run_at
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED
        )
        RETURNING id, kind, payload, attempts, max_attempts
      `.execute(db);
      return rows.rows.map(
        (r): Job => ({ id: r.id, kind: r.kind, payload: r.payload, attempts: r.attempts, maxAttempts: r.max_attempts }),
      );
    },
    async complete(id, workerId, now) {
      if (complete) return complete({ id, workerId, now });
      await completeMany(db, [{ id, workerId, now }]);
    },
    async postpone(id, workerId, runAt) {
      if (postpone) return postpone({ id, workerId, runAt });
      await postponeMany(db, [{ id, workerId, runAt }]);
    },
    async fail(id, workerId, error, retryAt, now) {
      await db
        .updateTable('jobs')
        .set(
          retryAt
            ? { run_at: retryAt, last_error: error.slice(0, 2000), locked_until: null, locked_by: null }
            : { status: 'dead', last_error: error.slice(0, 2000), finished_at: now, locked_until: null, locked_by: null },
        )
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .execute();
    },
    async listen(onNotify, onError = () => undefined) {
      const url = connectionUrlOf(db);
      if (!url) return async () => undefined;
      return listenForJobs(url, connectionLimitsOf(db), onNotify, onError);
    },
    async release(workerId) {
      await db
        .updateTable('jobs')
        .set({ locked_until: null, locked_by: null, attempts: sql`greatest(attempts - 1, 0)` })
        .where('locked_by', '=', workerId)
        .where('status', '=', 'queued')
        .execute();
    },
  };
}
