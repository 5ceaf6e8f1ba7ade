/** Edits a workflow's name, status (running ⇄ paused), trigger or steps; archived ones are final. Runs in progress keep the steps they started with. */
import { unprocessable } from '../core/errors.js';
import type { WorkflowContext } from './context.js';
import { validateSteps, validateTrigger, type StepInput, type TriggerInput } from './definition.js';
import { getWorkflow } from './get-workflow.js';
import type { Workflow } from './types.js';
import { authorize } from '../core/actor.js';

export interface UpdateWorkflowInput {
  id: string;
  name?: string;
  status?: 'running' | 'paused';
  trigger?: TriggerInput;
  steps?: StepInput[];
}

export async function updateWorkflow({ ctx, input }: { ctx: WorkflowContext; input: UpdateWorkflowInput }): Promise<Workflow> {
  authorize(ctx.actor, 'workflow.write');
  const current = await getWorkflow({ ctx, input: { id: input.id } });
  if (current.status === 'archived') throw unprocessable('An archived workflow cannot be changed', ['status']);
  const trigger = input.trigger ? validateTrigger(input.trigger) : undefined;
  const steps = input.steps ? await validateSteps(ctx, input.steps) : undefined;
  return ctx.store.workflows.update(current.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(trigger ? { trigger } : {}),
    ...(steps ? { steps } : {}),
    updatedAt: ctx.clock.now(),
  });
}

/** DELETE archives for good; archiving an archived workflow changes nothing. Runs in progress finish. */
export async function archiveWorkflow({ ctx, input }: { ctx: WorkflowContext; input: { id: string } }): Promise<Workflow> {
  authorize(ctx.actor, 'workflow.write');
  const current = await getWorkflow({ ctx, input });
  if (current.status === 'archived') return current;
  return ctx.store.workflows.update(current.id, { status: 'archived', updatedAt: ctx.clock.now() });
}
