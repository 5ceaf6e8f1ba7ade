/** Repositories the workflows domain needs; storage/ implements them. */
import type { ConnectStore } from '../connect/index.js';
import type { Page, PageQuery } from '../core/store.js';
import type { RunStatus, StepResult, Workflow, WorkflowRun } from './types.js';

export interface WorkflowRepository {
  insert(workflow: Workflow): Promise<void>;
  find(environmentId: string, id: string): Promise<Workflow | null>;
  findById(id: string): Promise<Workflow | null>;
  update(id: string, patch: Partial<Pick<Workflow, 'name' | 'status' | 'trigger' | 'steps' | 'updatedAt'>>): Promise<Workflow>;
  list(environmentId: string, page: PageQuery): Promise<Page<Workflow>>;
  /** The `running` workflows of an environment triggered by `eventName`. */
  listTriggered(environmentId: string, eventName: string): Promise<Workflow[]>;
}

export interface WorkflowRunFilter {
  statuses?: RunStatus[];
  workflowIds?: string[];
}

/** What caused an event, for the chain guard: a run itself, a share token, or a record a token was redeemed into. */
export type ChainCause = { type: 'workflow-run' | 'share-token' | 'record'; id: string };

export interface WorkflowRunRepository {
  /**
   * Inserts the run and its pending step results. False (and nothing written)
   * when the workflow already has a run for the same trigger event.
   */
  insert(run: WorkflowRun, steps: StepResult[]): Promise<boolean>;
  find(environmentId: string, id: string): Promise<WorkflowRun | null>;
  findForUpdate(id: string): Promise<WorkflowRun | null>;
  findByEvent(workflowId: string, eventId: string): Promise<WorkflowRun | null>;
  update(id: string, patch: Partial<Pick<WorkflowRun, 'status' | 'subject' | 'nextStep' | 'failureReason' | 'updatedAt' | 'completedAt' | 'finishedAt'>>): Promise<WorkflowRun>;
  list(environmentId: string, filter: WorkflowRunFilter, page: PageQuery): Promise<Page<WorkflowRun>>;
  steps(runId: string): Promise<StepResult[]>;
  /**
   * Updates one step result. `startedAt` is kept once set (retries keep the first start);
   * `shareTokenId` indexes the token the step acted on, for the chain guard.
   */
  updateStep(runId: string, index: number, patch: Partial<Omit<StepResult, 'runId' | 'index' | 'type'>> & { shareTokenId?: string }): Promise<void>;
  /** Counts a failed attempt: the step reads `running` with the error until it is retried. */
  recordAttempt(runId: string, index: number, error: string, now: Date): Promise<void>;
  /** The deepest chain of runs that led to `cause` (0 when no run did). */
  chainDepthOf(cause: ChainCause): Promise<number>;
}

export interface WorkflowStore extends ConnectStore {
  workflows: WorkflowRepository;
  workflowRuns: WorkflowRunRepository;
}
