/**
 * The job runner. Polls for due jobs — at once when the queue announces new
 * ones (LISTEN/NOTIFY) or a running job frees a slot — runs their handlers
 * with bounded concurrency, and retries failures with exponential backoff and
 * jitter. A process killed mid-job loses nothing: its lease runs out and
 * another worker (or the restarted one) claims the job again.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { createLogThrottle, errorKey, type WarnLogger } from '../core/log-throttle.js';
import type { JobRepository } from './ports.js';
import type { Job, JobHandler } from './types.js';

export interface WorkerOptions {
  jobs: JobRepository;
  handlers: Record<string, JobHandler>;
  clock: Clock;
  leaseMs: number;
  pollMs: number;
  concurrency?: number;
  onError?: (job: Job, error: unknown) => void;
  /** Called on every loop, to enqueue periodic jobs (sweeps). */
  onTick?: () => Promise<void>;
  /**
   * Where the worker's own failures go (a tick, claiming jobs, recording a
   * failure, LISTEN, releasing leases): at warn, each distinct message at most
   * once per 10 s, so an outage that fails every poll does not flood the log.
   */
  logger?: WarnLogger;
}

export interface Worker {
  readonly id: string;
  start(): void;
  /** Runs due jobs until none is left; for tests and one-shot commands. */
  drain(): Promise<number>;
  /** Stops polling, waits for running jobs, releases leases. */
  stop(): Promise<void>;
  /** Polls now rather than at the next interval (e.g. on a NOTIFY that new jobs are due). */
  wake(): void;
}

/** Backoff before attempt n+1: 1 s, 2 s, 4 s … capped at 5 min, ±20 % jitter. */
export function backoffMs(attempts: number): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

export function createWorker(opts: WorkerOptions): Worker {
  const id = `worker-${randomUUID()}`;
  const concurrency = opts.concurrency ?? 4;
  let running = 0;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  const inFlight = new Set<Promise<void>>();
  /** The last claim filled every free slot: more jobs may be due. */
  let moreMayBeDue = false;
  const throttle = createLogThrottle();
  const report = (kind: string, msg: string) => (error: unknown) => {
    if (opts.logger) throttle.warn(opts.logger, errorKey(kind, error), error, msg, { worker: id });
  };

  async function runOne(job: Job): Promise<void> {
    const handler = opts.handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler({ job, lastAttempt: job.attempts >= job.maxAttempts });
      await opts.jobs.complete(job.id, id, opts.clock.now());
    } catch (error) {
      opts.onError?.(job, error);
      const now = opts.clock.now();
      const retryAt = job.attempts >= job.maxAttempts ? null : new Date(now.getTime() + backoffMs(job.attempts));
      // Not recorded: the lease runs out and the job is claimed again, so it is not lost, but someone should know.
      await opts.jobs.fail(job.id, id, error instanceof Error ? error.message : String(error), retryAt, now).catch(report('fail', 'could not record a job failure'));
    }
  }

  async function tick(): Promise<number> {
    // Periodic jobs not enqueued this time are enqueued on a later tick; due jobs are still claimed.
    if (opts.onTick) await opts.onTick().catch(report('tick', 'could not enqueue periodic jobs'));
    const free = concurrency - running;
    if (free <= 0) {
      // Asked to look while every slot is busy: look again when one frees up.
      moreMayBeDue = true;
      return 0;
    }
    const jobs = await opts.jobs.claim(id, free, opts.leaseMs, opts.clock.now());
    moreMayBeDue = jobs.length === free;
    for (const job of jobs) {
      running++;
      const p = runOne(job).finally(() => {
        running--;
        inFlight.delete(p);
        // A free slot: jobs left behind by a full claim need not wait for the next poll.
        if (moreMayBeDue) wake();
      });
      inFlight.add(p);
    }
    return jobs.length;
  }

  let ticking = false;
  let wakeRequested = false;
  /** Stops the LISTEN for due jobs, once `start()` began it. */
  let unlisten: Promise<(() => Promise<void>) | null> | null = null;

  async function loop() {
    timer = null;
    ticking = true;
    let claimed = 0;
    try {
      claimed = await tick();
    } catch (error) {
      // Database unavailable, most likely: tried again at the next poll.
      report('claim', 'could not claim due jobs')(error);
    }
    ticking = false;
    const again = claimed > 0 || wakeRequested;
    wakeRequested = false;
    schedule(again ? 0 : opts.pollMs);
  }

  function schedule(delay: number) {
    if (stopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void loop(), delay);
    timer.unref?.();
  }

  /** Polls at once instead of at the next interval (a slot freed up, or new jobs were announced). */
  function wake() {
    if (stopped) return;
    if (ticking) wakeRequested = true;
    else schedule(0);
  }

  return {
    id,
    start() {
      if (!stopped) return;
      stopped = false;
      const listenFailed = report('listen', 'job queue LISTEN connection failed; polling meanwhile');
      unlisten =
        opts.jobs.listen?.(wake, listenFailed).catch((error: unknown) => {
          listenFailed(error);
          return null;
        }) ?? null;
      schedule(0);
    },
    async drain() {
      let total = 0;
      for (;;) {
        const n = await tick();
        await Promise.all([...inFlight]);
        if (n === 0) return total;
        total += n;
      }
    },
    wake,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      const stopListening = await unlisten;
      unlisten = null;
      await stopListening?.();
      await Promise.all([...inFlight]);
      // Leases not given back run out by themselves (leaseMs); other workers then take the jobs.
      await opts.jobs.release(id).catch(report('release', 'could not release job leases'));
    },
  };
}
