/**
 * The job runner. Polls for due jobs — at once when the queue announces new
 * ones (LISTEN/NOTIFY) or a running job frees a slot — runs their handlers
 * with bounded concurrency, and retries failures with exponential backoff and
 * jitter. A process killed mid-job loses nothing: its lease runs out and
 * another worker (or the restarted one) claims the job again.
 *
 * Jobs run in lanes: each lane claims only its own kinds and has its own
 * slots, so a flood of one kind (webhook deliveries to a slow receiver) cannot
 * make another wait (a share-token redemption). A handler may postpone its job
 * (`PostponeJob`): it is given back to run later without counting an attempt.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../core/clock.js';
import { createLogThrottle, errorKey, type WarnLogger } from '../core/log-throttle.js';
import type { JobRepository, KindFilter } from './ports.js';
import { PostponeJob, type Job, type JobHandler } from './types.js';

export interface LaneOptions {
  name: string;
  /** The kinds this lane runs; omitted: every kind no other lane names. */
  kinds?: readonly string[];
  concurrency: number;
  /** Most jobs one claim takes (default 100): a big claim holds its row locks longer. */
  claimLimit?: number;
  /**
   * How long a lane woken by a notification waits before claiming, so that the jobs
   * of a burst of commits are claimed (and their handlers' queries coalesced) together.
   */
  wakeDelayMs?: number;
}

export interface WorkerOptions {
  jobs: JobRepository;
  handlers: Record<string, JobHandler>;
  clock: Clock;
  leaseMs: number;
  pollMs: number;
  /** Slots of the single lane when `lanes` is omitted (default 4). */
  concurrency?: number;
  /** Default: one lane for every kind. */
  lanes?: LaneOptions[];
  onError?: (job: Job, error: unknown) => void;
  /** Called on every loop (of the lane that runs the kinds no other lane names), to enqueue periodic jobs (sweeps). */
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
  /** Polls now rather than at the next interval (e.g. on a NOTIFY that jobs of `kinds` are due; omitted: any kind). */
  wake(kinds?: readonly string[]): void;
}

/** Backoff before attempt n+1: 1 s, 2 s, 4 s … capped at 5 min, ±20 % jitter. */
export function backoffMs(attempts: number): number {
  const base = Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000);
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

interface Lane {
  options: LaneOptions;
  filter: KindFilter | undefined;
  /** Whether a notification about `kind` concerns this lane. */
  runs(kind: string): boolean;
  /** Whether this lane enqueues the periodic jobs. */
  ticks: boolean;
  running: number;
  timer: NodeJS.Timeout | null;
  /** When the timer fires (epoch ms). */
  dueAt: number;
  ticking: boolean;
  wakeRequested: boolean;
  /** The last claim filled every free slot (or its limit): more jobs may be due. */
  moreMayBeDue: boolean;
}

export function createWorker(opts: WorkerOptions): Worker {
  const id = `worker-${randomUUID()}`;
  const laneOptions: LaneOptions[] = opts.lanes?.length ? opts.lanes : [{ name: 'jobs', concurrency: opts.concurrency ?? 4 }];
  const named = laneOptions.flatMap((l) => l.kinds ?? []);
  const restLanes = laneOptions.filter((l) => !l.kinds);
  if (restLanes.length > 1) throw new Error('at most one lane may run the kinds no other lane names');
  const lanes: Lane[] = laneOptions.map((options, i) => {
    const own = options.kinds ? new Set(options.kinds) : null;
    const others = new Set(named);
    // The rest: the kinds with a handler that no other lane names (a kind nobody handles is left in the queue).
    const rest = Object.keys(opts.handlers).filter((k) => !others.has(k));
    return {
      options,
      // One lane for everything claims without a filter, as a worker without lanes always did.
      filter: own ? { kinds: [...own] } : named.length ? { kinds: rest } : undefined,
      runs: (kind) => (own ? own.has(kind) : !others.has(kind)),
      ticks: restLanes.length ? !options.kinds : i === 0,
      running: 0,
      timer: null,
      dueAt: 0,
      ticking: false,
      wakeRequested: false,
      moreMayBeDue: false,
    };
  });
  let stopped = true;
  const inFlight = new Set<Promise<void>>();
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
      if (error instanceof PostponeJob) {
        // Not an attempt: given back as it was, to run at the time the handler chose.
        const given = opts.jobs.postpone
          ? opts.jobs.postpone(job.id, id, error.runAt)
          : opts.jobs.fail(job.id, id, error.message, error.runAt, opts.clock.now());
        await given.catch(report('postpone', 'could not postpone a job'));
        return;
      }
      opts.onError?.(job, error);
      const now = opts.clock.now();
      const retryAt = job.attempts >= job.maxAttempts ? null : new Date(now.getTime() + backoffMs(job.attempts));
      // Not recorded: the lease runs out and the job is claimed again, so it is not lost, but someone should know.
      await opts.jobs.fail(job.id, id, error instanceof Error ? error.message : String(error), retryAt, now).catch(report('fail', 'could not record a job failure'));
    }
  }

  async function tick(lane: Lane): Promise<number> {
    // Periodic jobs not enqueued this time are enqueued on a later tick; due jobs are still claimed.
    if (lane.ticks && opts.onTick) await opts.onTick().catch(report('tick', 'could not enqueue periodic jobs'));
    const free = lane.options.concurrency - lane.running;
    if (free <= 0) {
      // Asked to look while every slot is busy: look again when one frees up.
      lane.moreMayBeDue = true;
      return 0;
    }
    const limit = Math.min(free, lane.options.claimLimit ?? 100);
    const jobs = await opts.jobs.claim(id, limit, opts.leaseMs, opts.clock.now(), lane.filter);
    lane.moreMayBeDue = jobs.length === limit;
    for (const job of jobs) {
      lane.running++;
      const p = runOne(job).finally(() => {
        lane.running--;
        inFlight.delete(p);
        // A free slot: jobs left behind by a full claim need not wait for the next poll.
        if (lane.moreMayBeDue) wakeLane(lane, 0);
      });
      inFlight.add(p);
    }
    return jobs.length;
  }

  /** Stops the LISTEN for due jobs, once `start()` began it. */
  let unlisten: Promise<(() => Promise<void>) | null> | null = null;

  async function loop(lane: Lane) {
    lane.timer = null;
    lane.ticking = true;
    let claimed = 0;
    try {
      claimed = await tick(lane);
    } catch (error) {
      // Database unavailable, most likely: tried again at the next poll.
      report('claim', 'could not claim due jobs')(error);
    }
    lane.ticking = false;
    // A full claim: more are due now. A notification meanwhile: claim after the usual pause.
    const full = claimed > 0 && lane.moreMayBeDue;
    const woken = lane.wakeRequested || claimed > 0;
    lane.wakeRequested = false;
    schedule(lane, full ? 0 : woken ? (lane.options.wakeDelayMs ?? 0) : opts.pollMs);
  }

  function schedule(lane: Lane, delay: number) {
    if (stopped) return;
    if (lane.timer) clearTimeout(lane.timer);
    lane.dueAt = Date.now() + delay;
    lane.timer = setTimeout(() => void loop(lane), delay);
    lane.timer.unref?.();
  }

  /** Claims for `lane` within `delay` ms instead of at its next poll. */
  function wakeLane(lane: Lane, delay: number) {
    if (stopped) return;
    if (lane.ticking) {
      lane.wakeRequested = true;
      return;
    }
    // Already due sooner than `delay`: leave it (a burst of notifications is claimed at once).
    if (lane.timer && lane.dueAt <= Date.now() + delay) return;
    schedule(lane, delay);
  }

  function wake(kinds?: readonly string[]) {
    for (const lane of lanes) {
      if (!kinds || kinds.some((k) => lane.runs(k))) wakeLane(lane, lane.options.wakeDelayMs ?? 0);
    }
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
      for (const lane of lanes) schedule(lane, 0);
    },
    async drain() {
      let total = 0;
      for (;;) {
        let n = 0;
        for (const lane of lanes) n += await tick(lane);
        await Promise.all([...inFlight]);
        if (n === 0) return total;
        total += n;
      }
    },
    wake,
    async stop() {
      stopped = true;
      for (const lane of lanes) if (lane.timer) clearTimeout(lane.timer);
      const stopListening = await unlisten;
      unlisten = null;
      await stopListening?.();
      await Promise.all([...inFlight]);
      // Leases not given back run out by themselves (leaseMs); other workers then take the jobs.
      await opts.jobs.release(id).catch(report('release', 'could not release job leases'));
    },
  };
}
