/**
 * Starting, advancing and ending runs. Each step is one job (`workflow.run`,
 * payload `{runId, step}`) whose dedupe key names the run and the step, so a
 * step is enqueued at most once; the job that finishes a step enqueues the
 * next one in the same transaction.
 */
import { newUuid } from '../core/ids.js';
import { newJob, type JobKind, type NewJob } from '../jobs/index.js';
import type { WorkflowDeps } from './context.js';
import type { WorkflowStore } from './ports.js';
import { emitRunEvent } from './run-events.js';
import { MAX_CHAIN_RUNS, type RunSubject, type StepResult, type Workflow, type WorkflowRun } from './types.js';

export const WORKFLOW_RUN_JOB = 'workflow.run' satisfies JobKind;

export function stepJob(runId: string, index: number, opts: { resumeAt?: Date } = {}): NewJob {
  return newJob(
    WORKFLOW_RUN_JOB,
    { runId, step: index },
    { dedupeKey: `${WORKFLOW_RUN_JOB}:${runId}:${index}${opts.resumeAt ? ':resume' : ''}`, ...(opts.resumeAt ? { runAt: opts.resumeAt } : {}) },
  );
}

export interface StartRunInput {
  workflow: Workflow;
  subject: RunSubject;
  /** Null for runs started through the API. */
  triggerEventId: string | null;
  chainDepth: number;
}

/**
 * Creates the run, its pending step results, `workflow-run.created` and the
 * first step's job in one transaction. A run for the same workflow and event
 * is made once: a second call returns the existing run. A run deeper than
 * MAX_CHAIN_RUNS is created failed (the loop guard), its steps not run.
 */
export async function startRun(deps: WorkflowDeps, input: StartRunInput): Promise<WorkflowRun> {
  const now = deps.clock.now();
  const { workflow } = input;
  const run: WorkflowRun = {
    id: newUuid(now.getTime()),
    workflowId: workflow.id,
    organizationId: workflow.organizationId,
    environmentId: workflow.environmentId,
    status: 'in_progress',
    triggerEventId: input.triggerEventId,
    chainDepth: input.chainDepth,
    steps: workflow.steps,
    subject: input.subject,
    nextStep: 0,
    failureReason: null,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    finishedAt: null,
  };
  const steps: StepResult[] = workflow.steps.map((s, index) => ({
    runId: run.id,
    index,
    type: s.type,
    status: 'pending',
    attempts: 0,
    output: null,
    error: null,
    startedAt: null,
    finishedAt: null,
  }));
  return deps.store.transaction(async (store) => {
    if (!(await store.workflowRuns.insert(run, steps))) {
      const existing = await store.workflowRuns.findByEvent(workflow.id, input.triggerEventId!);
      if (!existing) throw new Error(`workflow run of ${workflow.id} for event ${input.triggerEventId} vanished`);
      return existing;
    }
    await emitRunEvent(store, 'created', run, now);
    if (run.chainDepth > MAX_CHAIN_RUNS) {
      return failRun(store, run, 0, `Workflow chain limit: this run would be run ${run.chainDepth} of a chain of workflow runs (at most ${MAX_CHAIN_RUNS})`, now);
    }
    await store.jobs.enqueue([stepJob(run.id, 0)], now);
    return run;
  });
}

/** After step `index` completed: enqueue the next step, or complete the run. */
export async function advanceRun(store: WorkflowStore, run: WorkflowRun, index: number, now: Date): Promise<WorkflowRun> {
  if (index + 1 < run.steps.length) {
    const next = await store.workflowRuns.update(run.id, { nextStep: index + 1, subject: run.subject, updatedAt: now });
    await store.jobs.enqueue([stepJob(run.id, index + 1)], now);
    return next;
  }
  const done = await store.workflowRuns.update(run.id, {
    status: 'completed',
    nextStep: index + 1,
    subject: run.subject,
    completedAt: now,
    finishedAt: now,
    updatedAt: now,
  });
  await emitRunEvent(store, 'completed', done, now);
  return done;
}

/** Step `index` failed for good: it reads `failed` with the reason, later steps `skipped`, the run `failed`. */
export async function failRun(store: WorkflowStore, run: WorkflowRun, index: number, reason: string, now: Date): Promise<WorkflowRun> {
  await store.workflowRuns.updateStep(run.id, index, { status: 'failed', error: reason, startedAt: now, finishedAt: now });
  for (let i = index + 1; i < run.steps.length; i++) await store.workflowRuns.updateStep(run.id, i, { status: 'skipped' });
  const failed = await store.workflowRuns.update(run.id, { status: 'failed', failureReason: reason, finishedAt: now, updatedAt: now });
  await emitRunEvent(store, 'failed', failed, now);
  return failed;
}
