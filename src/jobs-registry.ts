/**
 * Every background job kind and the periodic jobs, wired to their domain
 * handlers. Periodic jobs carry a per-period dedupe key, so any number of
 * processes enqueue each sweep once.
 */
import type { AppDeps } from './app-deps.js';
import { REDEEM_JOB, SWEEP_JOB, redemptionJobHandler, sweepExpiredShareTokens } from './connect/index.js';
import { DISPATCH_JOB, dispatchJobHandler, type EventSubscriber } from './events/index.js';
import type { JobHandler, NewJob } from './jobs/index.js';

export function jobHandlers(deps: AppDeps): Record<string, JobHandler> {
  const ctx = { store: deps.store, clock: deps.clock };
  /** Who hears about each committed event (webhooks, workflows). */
  const subscribers: EventSubscriber[] = [];
  return {
    [DISPATCH_JOB]: dispatchJobHandler({ events: deps.store.events, subscribers }),
    [REDEEM_JOB]: redemptionJobHandler(ctx),
    [SWEEP_JOB]: async () => {
      await sweepExpiredShareTokens({ ctx });
    },
  };
}

interface Periodic {
  kind: string;
  everyMs: number;
}

const PERIODIC: Periodic[] = [{ kind: SWEEP_JOB, everyMs: 60_000 }];

/** A tick function for the worker that enqueues each periodic job once per period. */
export function periodicJobs(deps: AppDeps): () => Promise<void> {
  let lastEnqueued = 0;
  return async () => {
    const now = deps.clock.now();
    // Check at most every 5 s per process; the dedupe key makes it once per period overall.
    if (now.getTime() - lastEnqueued < 5_000) return;
    lastEnqueued = now.getTime();
    const jobs: NewJob[] = PERIODIC.map((p) => ({
      kind: p.kind,
      payload: {},
      dedupeKey: `${p.kind}:${Math.floor(now.getTime() / p.everyMs)}`,
    }));
    await deps.store.jobs.enqueue(jobs, now);
  };
}
