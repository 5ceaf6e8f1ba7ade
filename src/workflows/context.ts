/** What every workflows use case receives, and the actor a workflow acts as. */
import { systemActor, type EnvironmentActor, type EnvironmentKind } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import type { WorkflowStore } from './ports.js';

export interface WorkflowContext {
  actor: EnvironmentActor;
  store: WorkflowStore & Transactional<WorkflowStore>;
  clock: Clock;
}

/** Background work (the event subscriber, the run job): no caller, just the store and the time. */
export interface WorkflowDeps {
  store: WorkflowStore & Transactional<WorkflowStore>;
  clock: Clock;
}

/**
 * What a workflow's steps may do: share and redeem (create-share-token, redeem-share-token),
 * reading the connections and records they name. Creating or changing a workflow needs
 * workflow.write; running it grants no more than this.
 */
export const WORKFLOW_PERMISSIONS = [
  'share_token.read',
  'share_token.write',
  'share_token.redeem',
  'connection.read',
  'inquiry.read',
  'account.read',
  'transaction.read',
  'verification.read',
] as const;

/** A workflow acts as its organization in its environment, with no credential (see systemActor). */
export function workflowActor(organizationId: string, environmentId: string, environmentKind: EnvironmentKind): EnvironmentActor {
  return systemActor(organizationId, environmentId, environmentKind, WORKFLOW_PERMISSIONS);
}

/**
 * A store bound to an open transaction that use cases can still call
 * `transaction(fn)` on: `fn` joins the open transaction. A step's Connect use
 * case, its step result and the next step's job commit together, so a crash
 * can never leave a share token made but its step not recorded.
 */
export function joinTransaction<S extends object>(tx: S): S & Transactional<S> {
  return { ...tx, transaction: <T>(fn: (store: S) => Promise<T>) => fn(tx) };
}
