/** Retrieve and list runs of the caller's environment, and a run's step results. */
import { notFound } from '../core/errors.js';
import type { Page, PageQuery } from '../core/store.js';
import type { WorkflowContext } from './context.js';
import type { WorkflowRunFilter } from './ports.js';
import type { StepResult, WorkflowRun } from './types.js';
import { authorize } from '../core/actor.js';

type ReadContext = Pick<WorkflowContext, 'actor' | 'store'>;

export async function getWorkflowRun({ ctx, input }: { ctx: ReadContext; input: { id: string } }): Promise<WorkflowRun> {
  authorize(ctx.actor, 'workflow.read');
  const run = await ctx.store.workflowRuns.find(ctx.actor.environmentId, input.id);
  if (!run) throw notFound();
  return run;
}

export function listWorkflowRuns({ ctx, input }: { ctx: ReadContext; input: { filter: WorkflowRunFilter; page: PageQuery } }): Promise<Page<WorkflowRun>> {
  authorize(ctx.actor, 'workflow.read');
  return ctx.store.workflowRuns.list(ctx.actor.environmentId, input.filter, input.page);
}

export async function listStepResults({ ctx, input }: { ctx: ReadContext; input: { id: string } }): Promise<StepResult[]> {
  authorize(ctx.actor, 'workflow.read');
  const run = await getWorkflowRun({ ctx, input });
  return ctx.store.workflowRuns.steps(run.id);
}
