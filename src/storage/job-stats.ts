/** Job queue depth and the age of the oldest due job, for `/metrics`: one query on the partial index of queued jobs. */
import { sql } from 'kysely';
import type { JobQueueStats } from '../http/metrics.js';
import type { Db } from './database.js';

export async function jobQueueStats(db: Db, now: Date): Promise<JobQueueStats> {
  const row = await db
    .selectFrom('jobs')
    .select([sql<string>`count(*)`.as('depth'), sql<Date | null>`min(run_at)`.as('oldest')])
    .where('status', '=', 'queued')
    .where('run_at', '<=', now)
    .executeTakeFirstOrThrow();
  const oldest = row.oldest === null ? null : new Date(row.oldest);
  return { depth: Number(row.depth), oldestAgeSeconds: oldest === null ? 0 : Math.max(0, (now.getTime() - oldest.getTime()) / 1000) };
}
