/**
 * Workflows (connect-api.md §7): a definition reacts to one event name (with
 * optional filters on the event's payload) by running a short list of steps
 * on the event's object. Every run is durable: one job per step, retried with
 * backoff, so a crash mid-run loses nothing and repeats nothing.
 */
import type { FieldMapping, RecordKind } from '../connect/index.js';
import type { EventName } from '../events/index.js';

export type WorkflowStatus = 'running' | 'paused' | 'archived';

export interface WorkflowTrigger {
  eventName: EventName;
  /** Kebab JSON pointers into the event's `payload.data` → required value (an array: any of its elements). */
  filter: Record<string, unknown>;
}

export interface RecordRef {
  kind: RecordKind;
  id: string;
}

export const STEP_TYPES = ['create-share-token', 'redeem-share-token', 'expire-share-token', 'wait'] as const;
export type StepType = (typeof STEP_TYPES)[number];

export type WorkflowStep =
  | { type: 'create-share-token'; connectionId: string; expiresInSeconds: number | null }
  | { type: 'redeem-share-token'; destination: RecordRef | null; fieldMappings: FieldMapping[] | null }
  | { type: 'expire-share-token' }
  | { type: 'wait'; seconds: number };

export const MIN_STEPS = 1;
export const MAX_STEPS = 10;
export const MIN_WAIT_SECONDS = 1;
export const MAX_WAIT_SECONDS = 604_800;
/** A run whose trigger was caused by this many runs before it fails at once (loop guard). */
export const MAX_CHAIN_RUNS = 5;

export interface Workflow {
  id: string;
  organizationId: string;
  environmentId: string;
  name: string;
  status: WorkflowStatus;
  trigger: WorkflowTrigger;
  steps: WorkflowStep[];
  createdAt: Date;
  updatedAt: Date;
}

export type RunStatus = 'in_progress' | 'completed' | 'failed';

/** What the steps act on: the trigger's record (create) and the run's current share token (redeem, expire). */
export interface RunSubject {
  source: RecordRef | null;
  shareTokenId: string | null;
}

export interface WorkflowRun {
  id: string;
  workflowId: string;
  organizationId: string;
  environmentId: string;
  status: RunStatus;
  /** The event that started the run; null when started through the API. */
  triggerEventId: string | null;
  /** 1 for a run nothing automated caused; a run caused by run n has n + 1. */
  chainDepth: number;
  /** The workflow's steps when the run started (later edits do not change a run). */
  steps: WorkflowStep[];
  subject: RunSubject;
  /** Index of the step to run next. */
  nextStep: number;
  failureReason: string | null;
  createdAt: Date;
  updatedAt: Date;
  completedAt: Date | null;
  /** When the run completed or failed (processing time); null while in progress. */
  finishedAt: Date | null;
}

export type StepStatus = 'pending' | 'running' | 'completed' | 'failed' | 'skipped';

export interface StepOutput {
  shareTokenId?: string;
  /** A `wait` step: when the run resumes. */
  resumesAt?: string;
}

export interface StepResult {
  runId: string;
  index: number;
  type: StepType;
  status: StepStatus;
  attempts: number;
  output: StepOutput | null;
  /** Why the last attempt failed (kept while the step is retried). */
  error: string | null;
  startedAt: Date | null;
  finishedAt: Date | null;
}
