/**
 * Job lanes (issue 15): each lane of the worker claims only its own kinds
 * (deliveries, the event dispatch, and the rest — redemptions and sweeps), so
 * a lane's claim reads the due jobs of its kinds in run order instead of
 * skipping past every other kind's backlog.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS jobs_kind_due_idx ON jobs (kind, run_at) WHERE status = 'queued'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS jobs_kind_due_idx`.execute(db);
}
