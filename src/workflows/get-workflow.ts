/** Retrieve and list workflow definitions of the caller's environment. */
import { notFound } from '../core/errors.js';
import type { Page, PageQuery } from '../core/store.js';
import type { WorkflowContext } from './context.js';
import type { Workflow } from './types.js';
import { authorize } from '../core/actor.js';

type ReadContext = Pick<WorkflowContext, 'actor' | 'store'>;

export async function getWorkflow({ ctx, input }: { ctx: ReadContext; input: { id: string } }): Promise<Workflow> {
  authorize(ctx.actor, 'workflow.read');
  const workflow = await ctx.store.workflows.find(ctx.actor.environmentId, input.id);
  if (!workflow) throw notFound();
  return workflow;
}

export function listWorkflows({ ctx, input }: { ctx: ReadContext; input: { page: PageQuery } }): Promise<Page<Workflow>> {
  authorize(ctx.actor, 'workflow.read');
  return ctx.store.workflows.list(ctx.actor.environmentId, input.page);
}
