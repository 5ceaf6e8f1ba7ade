import type { Job, NewJob } from './types.js';

/** Which kinds a claim may take: only `kinds`, or every kind but `exceptKinds` (a worker's lanes). */
export interface KindFilter {
  kinds?: readonly string[];
  exceptKinds?: readonly string[];
}

export interface JobRepository {
  enqueue(jobs: NewJob[], now: Date): Promise<void>;
  /** Claims up to `limit` due jobs (of the kinds `filter` allows) for `leaseMs`; each claim counts as an attempt. */
  claim(workerId: string, limit: number, leaseMs: number, now: Date, filter?: KindFilter): Promise<Job[]>;
  complete(id: string, workerId: string, now: Date): Promise<void>;
  /** Schedules a retry at `retryAt`, or marks the job dead when `retryAt` is null. */
  fail(id: string, workerId: string, error: string, retryAt: Date | null, now: Date): Promise<void>;
  /**
   * Gives a claimed job back to run at `runAt`, without counting the claim as an
   * attempt (its handler chose not to run it yet, e.g. its receiver is saturated).
   */
  postpone?(id: string, workerId: string, runAt: Date): Promise<void>;
  /** Gives leases back so another process can take the jobs at once (graceful shutdown). */
  release(workerId: string): Promise<void>;
  /**
   * Calls `onNotify` whenever jobs become due in any process (enqueue announces them on
   * commit, with the kinds due), and once after each (re)connection (with no kinds: any
   * may be due); resolves to the function that stops it. Optional: without it workers
   * only poll. `onError` hears each failed (re)connection.
   */
  listen?(onNotify: (kinds?: string[]) => void, onError?: (error: unknown) => void): Promise<() => Promise<void>>;
}

export interface JobStore {
  jobs: JobRepository;
}
