/**
 * `POST /workflows/:id/trigger`: a run started by the caller, on the record
 * (`fields.source-id`) or share token (`fields.share-token-id`) it names.
 */
import { partyOf, type RecordKind } from '../connect/index.js';
import { notFound, unprocessable } from '../core/errors.js';
import type { WorkflowContext } from './context.js';
import { getWorkflow } from './get-workflow.js';
import { recordVisible } from './records.js';
import { startRun } from './run-lifecycle.js';
import type { RecordRef, WorkflowRun } from './types.js';
import { authorize } from '../core/actor.js';

export interface TriggerWorkflowInput {
  id: string;
  /** `fields.source-id`: kind null when the prefix is not a record's, id null when malformed. */
  source?: { kind: RecordKind | null; id: string | null };
  /** `fields.share-token-id`, null when malformed. */
  shareTokenId?: string | null;
}

export async function triggerWorkflow({ ctx, input }: { ctx: WorkflowContext; input: TriggerWorkflowInput }): Promise<WorkflowRun> {
  authorize(ctx.actor, 'workflow.write');
  const workflow = await getWorkflow({ ctx, input: { id: input.id } });
  if (workflow.status !== 'running') throw unprocessable(`Workflow is ${workflow.status}, not running`);
  const env = ctx.actor.environmentId;
  let source: RecordRef | null = null;
  if (input.source) {
    const { kind, id } = input.source;
    if (!kind) throw unprocessable('fields.source-id must be an account, inquiry, transaction or verification id', ['fields', 'sourceId']);
    if (!id || !(await recordVisible(ctx.store, env, { kind, id }))) throw notFound('data.attributes.fields.source-id is not found');
    source = { kind, id };
  }
  let shareTokenId: string | null = null;
  if (input.shareTokenId !== undefined) {
    const token = input.shareTokenId ? await ctx.store.shareTokens.find(input.shareTokenId) : null;
    if (!token || !partyOf(token, env)) throw notFound('data.attributes.fields.share-token-id is not found');
    shareTokenId = token.id;
  }
  return startRun(ctx, { workflow, subject: { source, shareTokenId }, triggerEventId: null, chainDepth: 1 });
}
