/** Workflows, runs and step results (migration 0005). Definitions and step parameters are stored as the domain's JSON. */
import { sql } from 'kysely';
import type { EventName } from '../../events/index.js';
import type { ChainCause, WorkflowRepository, WorkflowRunRepository } from '../../workflows/ports.js';
import type { RunSubject, StepOutput, StepResult, StepType, Workflow, WorkflowRun, WorkflowStep } from '../../workflows/types.js';
import type { Db, Tx } from '../database.js';
import { paginate } from '../paging.js';
import type { Row } from '../schema.js';

const workflow = (r: Row<'workflows'>): Workflow => ({
  id: r.id,
  organizationId: r.organization_id,
  environmentId: r.environment_id,
  name: r.name,
  status: r.status,
  trigger: { eventName: r.trigger_event_name as EventName, filter: r.trigger_filter },
  steps: r.steps as WorkflowStep[],
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function workflowRepository(db: Db | Tx): WorkflowRepository {
  return {
    async insert(w) {
      await db
        .insertInto('workflows')
        .values({
          id: w.id,
          organization_id: w.organizationId,
          environment_id: w.environmentId,
          name: w.name,
          status: w.status,
          trigger_event_name: w.trigger.eventName,
          trigger_filter: JSON.stringify(w.trigger.filter),
          steps: JSON.stringify(w.steps),
          created_at: w.createdAt,
          updated_at: w.updatedAt,
        })
        .execute();
    },
    async find(environmentId, id) {
      const r = await db.selectFrom('workflows').selectAll().where('id', '=', id).where('environment_id', '=', environmentId).executeTakeFirst();
      return r ? workflow(r) : null;
    },
    async findById(id) {
      const r = await db.selectFrom('workflows').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? workflow(r) : null;
    },
    async update(id, patch) {
      const values: Record<string, unknown> = {};
      if (patch.name !== undefined) values.name = patch.name;
      if (patch.status !== undefined) values.status = patch.status;
      if (patch.trigger !== undefined) {
        values.trigger_event_name = patch.trigger.eventName;
        values.trigger_filter = JSON.stringify(patch.trigger.filter);
      }
      if (patch.steps !== undefined) values.steps = JSON.stringify(patch.steps);
      if (patch.updatedAt !== undefined) values.updated_at = patch.updatedAt;
      const r = await db.updateTable('workflows').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      return workflow(r);
    },
    async list(environmentId, page) {
      const p = await paginate(db.selectFrom('workflows').selectAll().where('environment_id', '=', environmentId), 'id', page);
      return { items: p.items.map(workflow), hasMore: p.hasMore };
    },
    async listTriggered(environmentId, eventName) {
      const rows = await db
        .selectFrom('workflows')
        .selectAll()
        .where('environment_id', '=', environmentId)
        .where('trigger_event_name', '=', eventName)
        .where('status', '=', 'running')
        .orderBy('id')
        .execute();
      return rows.map(workflow);
    },
  };
}

const run = (r: Row<'workflow_runs'>): WorkflowRun => ({
  id: r.id,
  workflowId: r.workflow_id,
  organizationId: r.organization_id,
  environmentId: r.environment_id,
  status: r.status,
  triggerEventId: r.trigger_event_id,
  chainDepth: r.chain_depth,
  steps: r.steps as WorkflowStep[],
  subject: r.subject as unknown as RunSubject,
  nextStep: r.next_step,
  failureReason: r.failure_reason,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  completedAt: r.completed_at,
  finishedAt: r.finished_at,
});

const stepResult = (r: Row<'workflow_step_results'>): StepResult => ({
  runId: r.run_id,
  index: r.step_index,
  type: r.type as StepType,
  status: r.status,
  attempts: r.attempts,
  output: r.output as StepOutput | null,
  error: r.error,
  startedAt: r.started_at,
  finishedAt: r.finished_at,
});

const RUN_COLUMNS: Record<string, string> = {
  status: 'status',
  nextStep: 'next_step',
  failureReason: 'failure_reason',
  updatedAt: 'updated_at',
  completedAt: 'completed_at',
  finishedAt: 'finished_at',
};

export function workflowRunRepository(db: Db | Tx): WorkflowRunRepository {
  return {
    async insert(r, steps) {
      const inserted = await db
        .insertInto('workflow_runs')
        .values({
          id: r.id,
          workflow_id: r.workflowId,
          organization_id: r.organizationId,
          environment_id: r.environmentId,
          status: r.status,
          trigger_event_id: r.triggerEventId,
          chain_depth: r.chainDepth,
          steps: JSON.stringify(r.steps),
          subject: JSON.stringify(r.subject),
          next_step: r.nextStep,
          failure_reason: r.failureReason,
          created_at: r.createdAt,
          updated_at: r.updatedAt,
          completed_at: r.completedAt,
          finished_at: r.finishedAt,
        })
        .onConflict((oc) => oc.columns(['workflow_id', 'trigger_event_id']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) return false;
      if (steps.length > 0) {
        await db
          .insertInto('workflow_step_results')
          .values(
            steps.map((s) => ({
              run_id: s.runId,
              step_index: s.index,
              type: s.type,
              status: s.status,
              attempts: s.attempts,
              output: s.output === null ? null : JSON.stringify(s.output),
              error: s.error,
              started_at: s.startedAt,
              finished_at: s.finishedAt,
            })),
          )
          .execute();
      }
      return true;
    },
    async find(environmentId, id) {
      const r = await db.selectFrom('workflow_runs').selectAll().where('id', '=', id).where('environment_id', '=', environmentId).executeTakeFirst();
      return r ? run(r) : null;
    },
    async findForUpdate(id) {
      const r = await db.selectFrom('workflow_runs').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      return r ? run(r) : null;
    },
    async findByEvent(workflowId, eventId) {
      const r = await db.selectFrom('workflow_runs').selectAll().where('workflow_id', '=', workflowId).where('trigger_event_id', '=', eventId).executeTakeFirst();
      return r ? run(r) : null;
    },
    async update(id, patch) {
      const values: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(patch)) if (RUN_COLUMNS[k] && v !== undefined) values[RUN_COLUMNS[k]] = v;
      if (patch.subject !== undefined) values.subject = JSON.stringify(patch.subject);
      const r = await db.updateTable('workflow_runs').set(values).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
      return run(r);
    },
    async list(environmentId, filter, page) {
      let q = db.selectFrom('workflow_runs').selectAll().where('environment_id', '=', environmentId);
      if (filter.statuses?.length) q = q.where('status', 'in', filter.statuses);
      if (filter.workflowIds?.length) q = q.where('workflow_id', 'in', filter.workflowIds);
      const p = await paginate(q, 'id', page);
      return { items: p.items.map(run), hasMore: p.hasMore };
    },
    async steps(runId) {
      const rows = await db.selectFrom('workflow_step_results').selectAll().where('run_id', '=', runId).orderBy('step_index').execute();
      return rows.map(stepResult);
    },
    async updateStep(runId, index, patch) {
      const values: Record<string, unknown> = {};
      if (patch.status !== undefined) values.status = patch.status;
      if (patch.attempts !== undefined) values.attempts = patch.attempts;
      if (patch.output !== undefined) values.output = patch.output === null ? null : JSON.stringify(patch.output);
      if (patch.error !== undefined) values.error = patch.error;
      if (patch.shareTokenId !== undefined) values.share_token_id = patch.shareTokenId;
      // A step keeps the time it first started, across retries.
      if (patch.startedAt !== undefined) values.started_at = sql`coalesce(started_at, ${patch.startedAt})`;
      if (patch.finishedAt !== undefined) values.finished_at = patch.finishedAt;
      if (Object.keys(values).length === 0) return;
      await db.updateTable('workflow_step_results').set(values).where('run_id', '=', runId).where('step_index', '=', index).execute();
    },
    async recordAttempt(runId, index, error, now) {
      await db
        .updateTable('workflow_step_results')
        .set({ status: 'running', error, attempts: sql`attempts + 1`, started_at: sql`coalesce(started_at, ${now})` })
        .where('run_id', '=', runId)
        .where('step_index', '=', index)
        .where('status', 'in', ['pending', 'running'])
        .execute();
    },
    async chainDepthOf(cause: ChainCause) {
      let q;
      if (cause.type === 'workflow-run') {
        q = sql<{ depth: number | null }>`SELECT max(chain_depth) AS depth FROM workflow_runs WHERE id = ${cause.id}`;
      } else if (cause.type === 'share-token') {
        q = sql<{ depth: number | null }>`
          SELECT max(r.chain_depth) AS depth FROM workflow_step_results s JOIN workflow_runs r ON r.id = s.run_id
          WHERE s.share_token_id = ${cause.id}`;
      } else {
        // A record a share token was redeemed into continues the chain of the runs that made or redeemed that token.
        q = sql<{ depth: number | null }>`
          SELECT max(r.chain_depth) AS depth FROM share_tokens t
          JOIN workflow_step_results s ON s.share_token_id = t.id
          JOIN workflow_runs r ON r.id = s.run_id
          WHERE t.destination_id = ${cause.id}`;
      }
      const result = await q.execute(db);
      return Number(result.rows[0]?.depth ?? 0);
    },
  };
}
