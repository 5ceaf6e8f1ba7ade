import { sql } from 'kysely';
import { newUuid } from '../../core/ids.js';
import type { JobRepository } from '../../jobs/ports.js';
import type { Job } from '../../jobs/types.js';
import type { Db, Tx } from '../database.js';

export function jobRepository(db: Db | Tx): JobRepository {
  return {
    async enqueue(jobs, now) {
      if (jobs.length === 0) return;
      await db
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
        .onConflict((oc) => oc.column('dedupe_key').where('dedupe_key', 'is not', null).doNothing())
        .execute();
    },
    async claim(workerId, limit, leaseMs, now) {
      // A job is claimable when queued, due, and not leased (or its lease ran out).
      const rows = await sql<{ id: string; kind: string; payload: Record<string, unknown>; attempts: number; max_attempts: number }>`
        UPDATE jobs SET locked_by = ${workerId},
          locked_until = ${new Date(now.getTime() + leaseMs)},
          attempts = attempts + 1
        WHERE id IN (
          SELECT id FROM jobs
          WHERE status = 'queued' AND run_at <= ${now}
            AND (locked_until IS NULL OR locked_until < ${now})
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
      await db
        .updateTable('jobs')
        .set({ status: 'done', finished_at: now, locked_until: null, locked_by: null })
        .where('id', '=', id)
        .where('locked_by', '=', workerId)
        .execute();
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
