/** Durable background work: a PostgreSQL table claimed with FOR UPDATE SKIP LOCKED and a lease. */
export interface Job {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  attempts: number;
  maxAttempts: number;
}

export interface NewJob {
  kind: string;
  payload: Record<string, unknown>;
  /** At most one job with this key ever exists (e.g. one sweep per minute across processes). */
  dedupeKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

export interface JobContext {
  job: Job;
  /** True on the last allowed attempt: the handler should record a final failure itself. */
  lastAttempt: boolean;
}

/** Handlers must be idempotent: a job whose lease ran out is run again. */
export type JobHandler = (ctx: JobContext) => Promise<void>;

/**
 * Thrown by a handler that chose not to run its job yet (its receiver is
 * saturated, say): the worker gives the job back to run at `runAt`, and the
 * claim does not count as an attempt.
 */
export class PostponeJob extends Error {
  constructor(readonly runAt: Date) {
    super(`postponed until ${runAt.toISOString()}`);
    this.name = 'PostponeJob';
  }
}
