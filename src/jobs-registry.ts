/**
 * Every background job kind and the periodic jobs, wired to their domain
 * handlers. Periodic jobs carry a per-period dedupe key, so any number of
 * processes enqueue each sweep once.
 */
import type { AppDeps } from './app-deps.js';
import { coalesce } from './core/coalesce.js';
import { REDEEM_JOB, SWEEP_JOB, redemptionJobHandler, sweepExpiredShareTokens } from './connect/index.js';
import { DISPATCH_JOB, dispatchJobHandler, type EventSubscriber } from './events/index.js';
import type { Logger } from 'pino';
import { createWorker, newJob, workerHandlers, type JobHandlers, type LaneOptions, type NewJob, type Worker } from './jobs/index.js';
import type { Metrics } from './http/metrics.js';
import { API_KEY_EXPIRY_JOB, apiKeyExpiryJobHandler } from './credentials/index.js';
import { EXPIRY_WARNING_JOB, warnExpiringCredentials } from './lifecycle/index.js';
import { LOGIN_WINDOW_MS } from './identity/index.js';
import { API_LOG_RETENTION_JOB, purgeExpiredApiLogs } from './api-logs/index.js';
import {
  createEndpointGate,
  createHttpTransport,
  WEBHOOK_DELIVER_JOB,
  webhookDeliveryJobHandler,
  webhookFanOut,
  webhookSealingKey,
  type DeliveryDeps,
} from './events/index.js';
import { connectWebhookRenderer } from './surfaces/connect/webhook-payload.js';
import { presentSnapshot } from './surfaces/connect/presenters/index.js';
import { WORKFLOW_RUN_JOB, workflowEventSubscriber, workflowRunJobHandler } from './workflows/index.js';

/** Attempts in flight per receiver (and as many more waiting for a slot); the rest are postponed. */
const RECEIVER_CONCURRENCY = 32;

/**
 * The worker's lanes, each with its own slots: deliveries (most slots, since each mostly waits on a
 * receiver, and bounded per receiver), the dispatch of events into deliveries, and the rest — share-token
 * redemptions, workflow runs, sweeps — which thus never queue behind a flood of deliveries.
 *
 * Deliveries and dispatch gather for 25 ms after a notification (or a claim) before claiming: each
 * claim then takes the jobs of a burst together, and their reads, inserts, attempt records and
 * completions go in a statement per batch instead of one per few jobs. At 2 ms the claims held about
 * two jobs each; at 25 ms the machine was 58–65 % busy instead of 88–92 % at 300 and 500 events/s,
 * PostgreSQL's CPU down by 40 %, and share-token redemptions p95 70 ms instead of 116–139, for about
 * 12 ms more from event to attempt (p50 34 ms; bench/results/pipeline-2026-12-04T20-38 vs T19-51).
 */
export const JOB_LANES: LaneOptions[] = [
  { name: 'deliveries', kinds: [WEBHOOK_DELIVER_JOB], concurrency: 512, claimLimit: 200, wakeDelayMs: 25 },
  { name: 'dispatch', kinds: [DISPATCH_JOB], concurrency: 200, claimLimit: 200, wakeDelayMs: 25 },
  { name: 'other', concurrency: 8 },
];

/**
 * What the jobs need: less than the HTTP app, and nothing that lives only on the
 * thread that answers requests, so the worker can run on a thread of its own
 * (src/job-thread.ts) with a store and metrics of its own.
 */
export type JobDeps = Pick<AppDeps, 'config' | 'store' | 'clock' | 'secret'> & { metrics: Pick<Metrics, 'webhookAttempt'> };

/** Webhook deliveries render events as the Connect surface shows them and send them over HTTP. */
function webhookDeps(deps: JobDeps): DeliveryDeps {
  return {
    store: deps.store,
    clock: deps.clock,
    sealingKey: webhookSealingKey(deps.secret),
    renderer: connectWebhookRenderer,
    send: createHttpTransport({ allowPrivate: deps.config.webhookAllowPrivate, connections: RECEIVER_CONCURRENCY }).send,
    gate: createEndpointGate({ limit: RECEIVER_CONCURRENCY }),
    schedule: deps.config.webhookRetrySchedule,
    onAttempt: deps.metrics.webhookAttempt,
  };
}

type Workflows = AppDeps['store']['workflows'];

/**
 * The events the worker dispatches at once mostly ask for the same environment's triggers of the
 * same event name: one query per distinct (environment, name) per turn of the event loop.
 */
function sharedTriggerReads(workflows: Workflows): Workflows {
  const list = coalesce(async (keys: Array<{ environmentId: string; eventName: string }>) => {
    const asked = new Map<string, ReturnType<Workflows['listTriggered']>>();
    return Promise.all(
      keys.map(({ environmentId, eventName }) => {
        const key = `${environmentId} ${eventName}`;
        let found = asked.get(key);
        if (!found) asked.set(key, (found = workflows.listTriggered(environmentId, eventName)));
        return found;
      }),
    );
  });
  return { ...workflows, listTriggered: (environmentId, eventName) => list({ environmentId, eventName }) };
}

export function jobHandlers(deps: JobDeps): JobHandlers {
  const ctx = { store: deps.store, clock: deps.clock };
  /** Who hears about each committed event (webhooks, workflows). */
  const subscribers: EventSubscriber[] = [];
  const webhooks = webhookDeps(deps);
  subscribers.push(webhookFanOut(webhooks));
  // Workflow triggers read the event's payload.data as the organization sees it on the Connect surface.
  subscribers.push(
    workflowEventSubscriber({ ...ctx, store: { ...deps.store, workflows: sharedTriggerReads(deps.store.workflows) }, render: (event) => presentSnapshot(event) }),
  );
  return {
    [WEBHOOK_DELIVER_JOB]: webhookDeliveryJobHandler(webhooks),
    [DISPATCH_JOB]: dispatchJobHandler({ events: deps.store.events, subscribers }),
    [REDEEM_JOB]: redemptionJobHandler(ctx),
    [WORKFLOW_RUN_JOB]: workflowRunJobHandler(ctx),
    [SWEEP_JOB]: async () => {
      await sweepExpiredShareTokens({ ctx });
    },
    [API_KEY_EXPIRY_JOB]: apiKeyExpiryJobHandler(ctx),
    [API_LOG_RETENTION_JOB]: async () => {
      await purgeExpiredApiLogs({ ctx, input: { retentionDays: deps.config.apiLogRetentionDays } });
    },
    // `<type>.expiring` at each lead time, once each; stale login throttle windows go too,
    // and so do ended sessions that have expired anyway.
    [EXPIRY_WARNING_JOB]: async () => {
      await warnExpiringCredentials({ ctx: { ...ctx, defaultLeads: deps.config.expiryWarningLeads } });
      await deps.store.loginThrottle.prune(new Date(deps.clock.now().getTime() - LOGIN_WINDOW_MS));
      await deps.store.sessions.prune(deps.clock.now());
    },
  };
}

interface Periodic {
  kind: typeof SWEEP_JOB | typeof API_LOG_RETENTION_JOB | typeof EXPIRY_WARNING_JOB;
  everyMs: number;
}

const PERIODIC: Periodic[] = [
  { kind: SWEEP_JOB, everyMs: 60_000 },
  { kind: API_LOG_RETENTION_JOB, everyMs: 10 * 60_000 },
  // Every minute: a warning is due at most a minute late, and the shortest lead allowed is 1m.
  { kind: EXPIRY_WARNING_JOB, everyMs: 60_000 },
];

/** A tick function for the worker that enqueues each periodic job once per period. */
export function periodicJobs(deps: Pick<JobDeps, 'clock' | 'store'>): () => Promise<void> {
  let lastEnqueued = 0;
  return async () => {
    const now = deps.clock.now();
    // Check at most every 5 s per process; the dedupe key makes it once per period overall.
    if (now.getTime() - lastEnqueued < 5_000) return;
    lastEnqueued = now.getTime();
    const jobs: NewJob[] = PERIODIC.map((p) => newJob(p.kind, {}, { dedupeKey: `${p.kind}:${Math.floor(now.getTime() / p.everyMs)}` }));
    await deps.store.jobs.enqueue(jobs, now);
  };
}

/** The job worker of a Tessera process (or of its job thread), with every kind, lane and periodic job. */
export function createJobWorker(deps: JobDeps, logger: Logger): Worker {
  return createWorker({
    jobs: deps.store.jobs,
    // Throws at start-up when a job kind has no handler.
    handlers: workerHandlers(jobHandlers(deps)),
    clock: deps.clock,
    leaseMs: deps.config.jobLeaseMs,
    pollMs: deps.config.jobPollMs,
    lanes: JOB_LANES,
    onError: (job, err) => logger.warn({ job: { id: job.id, kind: job.kind, attempts: job.attempts }, err }, 'job failed'),
    onTick: periodicJobs(deps),
    logger,
  });
}
