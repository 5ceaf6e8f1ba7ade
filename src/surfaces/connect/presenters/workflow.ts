/** Workflows, runs and step results (connect-api.md §7). */
import { encodeId } from '../../../core/ids.js';
import type { StepResult, Workflow, WorkflowRun, WorkflowStep } from '../../../workflows/index.js';
import { iso, rel } from '../jsonapi.js';
import type { StepResult as StepResultItem, WorkflowResource, WorkflowRunResource, WorkflowStep as WireStep } from '../schemas/workflows.js';
import { recordIdentifier } from './connect.js';
import type { SnapshotPresenter } from './registry.js';
import type { Snapshotted } from './snapshot-types.js';

export type WorkflowLike = Snapshotted<Workflow>;
export type WorkflowRunLike = Snapshotted<WorkflowRun>;

/** A step as the API takes it: `type` beside its parameters (optional ones `null` when unset). */
export function presentStep(step: WorkflowStep): WireStep {
  switch (step.type) {
    case 'create-share-token':
      return { type: step.type, 'connection-id': encodeId('cxn', step.connectionId), 'expires-in-seconds': step.expiresInSeconds };
    case 'redeem-share-token':
      return {
        type: step.type,
        'destination-id': step.destination ? recordIdentifier(step.destination.kind, step.destination.id).id : null,
        'field-mappings': step.fieldMappings
          ? step.fieldMappings.map((m) => ({ 'source-field-name': m.sourceFieldName, 'destination-field-name': m.destinationFieldName }))
          : null,
      };
    case 'expire-share-token':
      return { type: step.type };
    case 'wait':
      return { type: step.type, seconds: step.seconds };
  }
}

export function presentWorkflow(w: WorkflowLike): WorkflowResource {
  return {
    type: 'workflow',
    id: encodeId('wfl', w.id),
    attributes: {
      name: w.name,
      status: w.status,
      trigger: { 'event-name': w.trigger.eventName, filter: w.trigger.filter },
      steps: w.steps.map(presentStep),
      'created-at': iso(w.createdAt),
      'updated-at': iso(w.updatedAt),
    },
  };
}

/** A workflow in a run's `included`: only what the reference's `workflow` has. */
export function presentIncludedWorkflow(w: WorkflowLike): WorkflowResource {
  return { type: 'workflow', id: encodeId('wfl', w.id), attributes: { status: w.status, name: w.name, 'created-at': iso(w.createdAt) } };
}

function processingSeconds(run: WorkflowRunLike): number | null {
  if (!run.finishedAt) return null;
  return Math.max(0, new Date(run.finishedAt).getTime() - new Date(run.createdAt).getTime()) / 1000;
}

/**
 * `workflow-run`: `creator` is the triggering event (null for API runs). The
 * API adds `meta.processing-time-seconds`; event payloads have no `meta`.
 */
export function presentWorkflowRun(run: WorkflowRunLike, opts: { meta?: boolean } = {}): WorkflowRunResource {
  const resource: WorkflowRunResource = {
    type: 'workflow-run',
    id: encodeId('wfr', run.id),
    attributes: {
      status: run.status,
      'created-at': iso(run.createdAt),
      'completed-at': iso(run.completedAt),
    },
    relationships: {
      workflow: rel({ type: 'workflow', id: encodeId('wfl', run.workflowId) }),
      creator: rel(run.triggerEventId ? { type: 'event', id: encodeId('evt', run.triggerEventId) } : null),
    },
  };
  if (opts.meta) resource.meta = { 'processing-time-seconds': processingSeconds(run) };
  return resource;
}

export function presentStepResult(r: StepResult): StepResultItem {
  let output: StepResultItem['output'] = null;
  if (r.output?.shareTokenId) output = { 'share-token-id': encodeId('cnst', r.output.shareTokenId) };
  else if (r.output?.resumesAt) output = { 'resumes-at': iso(r.output.resumesAt) };
  return {
    index: r.index,
    type: r.type,
    status: r.status,
    'started-at': iso(r.startedAt),
    'finished-at': iso(r.finishedAt),
    output,
    error: r.error,
  };
}

export const workflowRunSnapshot: SnapshotPresenter = (s) => presentWorkflowRun(s as unknown as WorkflowRunLike);
