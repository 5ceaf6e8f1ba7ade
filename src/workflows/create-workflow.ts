/** Defines a workflow in the caller's environment; `running` unless created `paused`. */
import { newUuid } from '../core/ids.js';
import type { WorkflowContext } from './context.js';
import { validateSteps, validateTrigger, type StepInput, type TriggerInput } from './definition.js';
import type { Workflow } from './types.js';
import { authorize } from '../core/actor.js';

export interface CreateWorkflowInput {
  name: string;
  status?: 'running' | 'paused';
  trigger: TriggerInput;
  steps: StepInput[];
}

export async function createWorkflow({ ctx, input }: { ctx: WorkflowContext; input: CreateWorkflowInput }): Promise<Workflow> {
  authorize(ctx.actor, 'workflow.write');
  const trigger = validateTrigger(input.trigger);
  const steps = await validateSteps(ctx, input.steps);
  const now = ctx.clock.now();
  const workflow: Workflow = {
    id: newUuid(now.getTime()),
    organizationId: ctx.actor.organizationId,
    environmentId: ctx.actor.environmentId,
    name: input.name,
    status: input.status ?? 'running',
    trigger,
    steps,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.workflows.insert(workflow);
  return workflow;
}
