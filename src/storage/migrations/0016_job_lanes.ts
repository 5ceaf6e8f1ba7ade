/**
 * Job lanes (issue 15): each lane of the worker claims only its own kinds
 * (deliveries, the event dispatch, and the rest — redemptions and sweeps), so
 * a lane's claim reads the due jobs of its kinds in run order instead of
 * skipping past every other kind's backlog. The index on run_at alone goes:
 * every claim names its kinds now, and each job row written (three times in
 * its life) costs one index fewer.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS jobs_kind_due_idx ON jobs (kind, run_at) WHERE status = 'queued'`.execute(db);
  await sql`DROP INDEX IF EXISTS jobs_due_idx`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS jobs_due_idx ON jobs (run_at) WHERE status = 'queued'`.execute(db);
  await sql`DROP INDEX IF EXISTS jobs_kind_due_idx`.execute(db);
}
