/**
 * Workflows (connect-api.md §7): definitions, runs (one per workflow and
 * trigger event, even with several workers), step results; plus the index
 * the chain guard uses to find the share token a record was redeemed from.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE workflows (
      id uuid PRIMARY KEY,
      organization_id uuid NOT NULL REFERENCES organizations(id),
      environment_id uuid NOT NULL REFERENCES environments(id),
      name text NOT NULL,
      status text NOT NULL CHECK (status IN ('running', 'paused', 'archived')),
      trigger_event_name text NOT NULL,
      trigger_filter jsonb NOT NULL DEFAULT '{}',
      steps jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX workflows_env_idx ON workflows (environment_id, id DESC);
    -- The event subscriber: running workflows of an environment by event name.
    CREATE INDEX workflows_trigger_idx ON workflows (environment_id, trigger_event_name) WHERE status = 'running';

    CREATE TABLE workflow_runs (
      id uuid PRIMARY KEY,
      workflow_id uuid NOT NULL REFERENCES workflows(id),
      organization_id uuid NOT NULL REFERENCES organizations(id),
      environment_id uuid NOT NULL REFERENCES environments(id),
      status text NOT NULL CHECK (status IN ('in_progress', 'completed', 'failed')),
      trigger_event_id uuid,
      chain_depth integer NOT NULL,
      steps jsonb NOT NULL,
      subject jsonb NOT NULL,
      next_step integer NOT NULL DEFAULT 0,
      failure_reason text,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      finished_at timestamptz,
      -- One run per workflow and event (API-triggered runs have no event: NULLs are distinct).
      UNIQUE (workflow_id, trigger_event_id)
    );
    CREATE INDEX workflow_runs_env_idx ON workflow_runs (environment_id, id DESC);
    CREATE INDEX workflow_runs_env_status_idx ON workflow_runs (environment_id, status, id DESC);
    CREATE INDEX workflow_runs_workflow_idx ON workflow_runs (workflow_id, id DESC);
    CREATE INDEX workflow_runs_workflow_status_idx ON workflow_runs (workflow_id, status, id DESC);

    CREATE TABLE workflow_step_results (
      run_id uuid NOT NULL REFERENCES workflow_runs(id),
      step_index integer NOT NULL,
      type text NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'running', 'completed', 'failed', 'skipped')),
      attempts integer NOT NULL DEFAULT 0,
      output jsonb,
      error text,
      share_token_id uuid,
      started_at timestamptz,
      finished_at timestamptz,
      PRIMARY KEY (run_id, step_index)
    );
    CREATE INDEX workflow_step_results_token_idx ON workflow_step_results (share_token_id) WHERE share_token_id IS NOT NULL;
    CREATE INDEX share_tokens_destination_record_idx ON share_tokens (destination_id) WHERE destination_id IS NOT NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS share_tokens_destination_record_idx;
    DROP TABLE workflow_step_results, workflow_runs, workflows;
  `.execute(db);
}
