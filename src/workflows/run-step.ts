/**
 * The `workflow.run` job: runs one step of one run through the Connect use
 * cases, as the workflow's organization (creator of its tokens: the
 * workflow). The step's effect, its result and the next step's job commit in
 * one transaction under a lock on the run, so a repeated job (a lease that ran
 * out, a second worker) finds the step done and does nothing. A failing step
 * is retried with the job's backoff; after the last attempt the run fails with
 * the step's error as the reason. A `wait` step schedules its own resumption.
 */
import {
  createShareToken,
  expireShareToken,
  redeemShareToken,
  type ConnectContext,
} from '../connect/index.js';
import { isAppError, unprocessable } from '../core/errors.js';
import type { TypedJobHandler } from '../jobs/index.js';
import type { WORKFLOW_RUN_JOB } from './run-lifecycle.js';
import { joinTransaction, workflowActor, type WorkflowDeps } from './context.js';
import type { WorkflowStore } from './ports.js';
import { advanceRun, failRun, stepJob } from './run-lifecycle.js';
import type { WorkflowRun, WorkflowStep } from './types.js';

/** Runs a share-token step; returns the token it acted on. */
async function perform(ctx: ConnectContext, run: WorkflowRun, step: Exclude<WorkflowStep, { type: 'wait' }>): Promise<string> {
  switch (step.type) {
    case 'create-share-token': {
      const source = run.subject.source;
      if (!source) {
        throw unprocessable('The run has no record to share: its trigger is not an inquiry, account, transaction or verification, and no fields.source-id was given');
      }
      const token = await createShareToken({
        ctx,
        input: {
          connectionId: step.connectionId,
          sourceKind: source.kind,
          sourceId: source.id,
          ...(step.expiresInSeconds !== null ? { expiresInSeconds: step.expiresInSeconds } : {}),
          creator: { type: 'workflow', id: run.workflowId },
        },
      });
      return token.id;
    }
    case 'redeem-share-token':
    case 'expire-share-token': {
      const id = run.subject.shareTokenId;
      if (!id) throw unprocessable('The run has no share token: no earlier step made one, its trigger is not a share token, and no fields.share-token-id was given');
      if (step.type === 'expire-share-token') return (await expireShareToken({ ctx, input: { id } })).id;
      const token = await redeemShareToken({
        ctx,
        input: {
          id,
          ...(step.destination ? { destination: step.destination } : {}),
          ...(step.fieldMappings ? { fieldMappings: step.fieldMappings } : {}),
        },
      });
      return token.id;
    }
  }
}

async function waitStep(store: WorkflowStore, run: WorkflowRun, index: number, seconds: number, now: Date): Promise<void> {
  const result = (await store.workflowRuns.steps(run.id))[index];
  const resumesAt = result?.output?.resumesAt;
  if (!resumesAt) {
    const at = new Date(now.getTime() + seconds * 1000);
    await store.workflowRuns.updateStep(run.id, index, { status: 'running', startedAt: now, output: { resumesAt: at.toISOString() } });
    await store.jobs.enqueue([stepJob(run.id, index, { resumeAt: at })], now);
    return;
  }
  // A resumption that ran early (clocks of two processes apart) is retried.
  if (now.getTime() < new Date(resumesAt).getTime()) throw new Error(`waiting until ${resumesAt}`);
  await store.workflowRuns.updateStep(run.id, index, { status: 'completed', error: null, finishedAt: now });
  await advanceRun(store, run, index, now);
}

/** Runs step `index` of the run unless the run has moved on (then the job is a repeat). */
export async function runWorkflowStep(deps: WorkflowDeps, runId: string, index: number): Promise<void> {
  const now = deps.clock.now();
  await deps.store.transaction(async (store) => {
    const run = await store.workflowRuns.findForUpdate(runId);
    if (!run || run.status !== 'in_progress' || run.nextStep !== index) return;
    const step = run.steps[index];
    if (!step) return;
    if (step.type === 'wait') return waitStep(store, run, index, step.seconds, now);
    const environment = await store.identity.findEnvironment(run.environmentId);
    if (!environment) throw new Error(`environment ${run.environmentId} not found`);
    const ctx: ConnectContext = {
      actor: workflowActor(run.organizationId, run.environmentId, environment.kind),
      store: joinTransaction(store),
      clock: deps.clock,
    };
    const shareTokenId = await perform(ctx, run, step);
    await store.workflowRuns.updateStep(run.id, index, { status: 'completed', output: { shareTokenId }, shareTokenId, error: null, startedAt: now, finishedAt: now });
    await advanceRun(store, { ...run, subject: { ...run.subject, shareTokenId } }, index, now);
  });
}

function reasonOf(error: unknown): string {
  if (isAppError(error)) return error.message;
  return `Unexpected error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 1000);
}

export function workflowRunJobHandler(deps: WorkflowDeps): TypedJobHandler<typeof WORKFLOW_RUN_JOB> {
  return async ({ job, lastAttempt }) => {
    const { runId, step: index } = job.payload;
    try {
      await runWorkflowStep(deps, runId, index);
    } catch (error) {
      const now = deps.clock.now();
      if (!lastAttempt) {
        // The step's own error decides the retry, even if recording it fails.
        await deps.store.workflowRuns.recordAttempt(runId, index, reasonOf(error), now).catch(() => undefined);
        throw error;
      }
      await deps.store.transaction(async (store) => {
        const run = await store.workflowRuns.findForUpdate(runId);
        if (run?.status === 'in_progress' && run.nextStep === index) await failRun(store, run, index, reasonOf(error), now);
      });
    }
  };
}
