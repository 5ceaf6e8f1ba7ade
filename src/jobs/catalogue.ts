/**
 * Every kind of background job and the payload it carries, declared once: an
 * enqueue (`newJob`) and the handler that runs it agree on the payload at
 * compile time, and `JobHandlers` must name a handler for every kind. The
 * worker's start-up checks the same at run time (`assertEveryKindHandled`),
 * so a kind added without a handler stops the process instead of leaving
 * jobs to fail forever.
 *
 * Kinds are plain strings here (this module imports no domain module); each
 * domain names its kind with `satisfies JobKind`.
 */
import type { Job, JobContext, JobHandler, NewJob } from './types.js';

type NoPayload = Record<string, never>;

export interface JobPayloads {
  /** Copy a redeemed share token's source into the destination (connect/run-redemption.ts). */
  'share-token.redeem': { shareTokenId: string; redeemerId: string | null };
  /** Periodic: expire share tokens past their expiry. */
  'share-token.expire-sweep': NoPayload;
  /** An API key's expiry time came: announce it (credentials/expiry-job.ts). */
  'api-key.expiry': { credentialId: string; expiresAt: string };
  /** Periodic (every minute): expiry warnings of every credential (lifecycle/), and pruning of login throttles and ended sessions. */
  'credentials.expiring-notices': NoPayload;
  /** Periodic: API log retention. */
  'api-log.retention': NoPayload;
  /** Run step `step` of a workflow run. */
  'workflow.run': { runId: string; step: number };
  /** Hand a committed event to its subscribers (webhooks, workflows). */
  'event.dispatch': { eventId: string };
  /** One attempt of a webhook delivery: scheduled attempt n, or a manual redelivery. */
  'webhook.deliver': { deliveryId: string; attempt: number; manual?: never } | { deliveryId: string; manual: true; attempt?: never };
}

export type JobKind = keyof JobPayloads;

/** The kinds at run time (the `satisfies` keeps the list and the interface equal). */
export const JOB_KINDS = [
  'share-token.redeem',
  'share-token.expire-sweep',
  'api-key.expiry',
  'credentials.expiring-notices',
  'api-log.retention',
  'workflow.run',
  'event.dispatch',
  'webhook.deliver',
] as const satisfies readonly JobKind[];
type Listed = (typeof JOB_KINDS)[number];
// Fails to compile when a kind is declared above but missing from JOB_KINDS.
const everyKindListed: Record<Exclude<JobKind, Listed>, never> = {};
void everyKindListed;

export interface TypedJob<K extends JobKind> extends Job {
  kind: K;
  payload: JobPayloads[K];
}

export type TypedJobHandler<K extends JobKind> = (ctx: Omit<JobContext, 'job'> & { job: TypedJob<K> }) => Promise<void>;

/** A handler for every kind. */
export type JobHandlers = { [K in JobKind]: TypedJobHandler<K> };

/** A job of `kind` with its payload. */
export function newJob<K extends JobKind>(kind: K, payload: JobPayloads[K], opts: Omit<NewJob, 'kind' | 'payload'> = {}): NewJob {
  return { kind, payload: payload as Record<string, unknown>, ...opts };
}

/** Throws, naming them, when some kinds have no handler. */
export function assertEveryKindHandled(handlers: Record<string, unknown>): void {
  const missing = JOB_KINDS.filter((k) => typeof handlers[k] !== 'function');
  if (missing.length > 0) throw new Error(`no handler for job kind${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
}

/**
 * The worker's view of the handlers (it dispatches on the row's `kind`): checked at run time
 * that every kind has one. The one place the typed payloads meet the untyped rows; a row's
 * payload was written by `newJob` for its kind.
 */
export function workerHandlers(handlers: JobHandlers): Record<string, JobHandler> {
  assertEveryKindHandled(handlers);
  return handlers as unknown as Record<string, JobHandler>;
}
