import type { Job, NewJob } from './types.js';

export interface JobRepository {
  enqueue(jobs: NewJob[], now: Date): Promise<void>;
  /** Claims up to `limit` due jobs for `leaseMs`; each claim counts as an attempt. */
  claim(workerId: string, limit: number, leaseMs: number, now: Date): Promise<Job[]>;
  complete(id: string, workerId: string, now: Date): Promise<void>;
  /** Schedules a retry at `retryAt`, or marks the job dead when `retryAt` is null. */
  fail(id: string, workerId: string, error: string, retryAt: Date | null, now: Date): Promise<void>;
  /** Gives leases back so another process can take the jobs at once (graceful shutdown). */
  release(workerId: string): Promise<void>;
  /**
   * Calls `onNotify` whenever jobs become due in any process (enqueue announces them on
   * commit), and once after each (re)connection; resolves to the function that stops it.
   * Optional: without it workers only poll. `onError` hears each failed (re)connection.
   */
  listen?(onNotify: () => void, onError?: (error: unknown) => void): Promise<() => Promise<void>>;
}

export interface JobStore {
  jobs: JobRepository;
}
