/**
 * The delivery job: one attempt of one delivery. It signs the rendered event
 * with every live secret, POSTs it, and records the attempt; on failure it
 * schedules the next attempt of the retry schedule, and after the last one
 * marks the delivery `failed` — and disables a webhook that has not succeeded
 * since the delivery's first attempt, emitting `webhook.disabled` (reason
 * `failing`). A receiver answering 410 Gone asks for nothing more (Standard
 * Webhooks): the delivery fails at once and the webhook is disabled (reason
 * `gone`), so its pending deliveries end without another attempt.
 *
 * A worker killed mid-attempt records nothing; the job's lease runs out and
 * the same attempt is made again, with the same `webhook-id` (the delivery's
 * id). Recording is conditional on the delivery still awaiting this attempt,
 * so a repeated job never records an attempt twice.
 *
 * Under load the worker runs hundreds of attempts at once: their reads and
 * their records are coalesced into a few statements (a record and the next
 * attempt's job in one transaction), and each receiver has a bounded number
 * of attempts in flight (`gate`): an attempt it turns away is postponed, not
 * made, so a slow receiver cannot hold the slots that others' deliveries need.
 */
import type { Clock } from '../../core/clock.js';
import { coalesce } from '../../core/coalesce.js';
import { encodeId, newUuid } from '../../core/ids.js';
import type { Transactional } from '../../core/store.js';
import { PostponeJob, type TypedJobHandler } from '../../jobs/index.js';
import type { EndpointGate } from './endpoint-gate.js';
import type { WEBHOOK_DELIVER_JOB } from './jobs.js';
import { scheduledAttemptJob } from './jobs.js';
import type { AttemptRecord, OutboundResult, WebhookRenderer, WebhookStore, WebhookTransport } from './ports.js';
import { attemptDelayMs, attemptsLeftAfter } from './schedule.js';
import { open } from './secret-box.js';
import { liveSecrets } from './secrets.js';
import { signWebhookPayload } from './signing.js';
import type { EventRecord } from '../types.js';
import type { Webhook, WebhookDelivery } from './types.js';
import { emitWebhookDisabled, type WebhookDisabledReason } from './webhook-events.js';

export interface DeliveryDeps {
  store: WebhookStore & Transactional<WebhookStore>;
  clock: Clock;
  sealingKey: Buffer;
  renderer: WebhookRenderer;
  send: WebhookTransport;
  schedule: readonly number[];
  /** Told each attempt's outcome as it is recorded (metrics). */
  onAttempt?: (succeeded: boolean) => void;
  /** Bounds the attempts in flight per receiver; an attempt it turns away is postponed (PostponeJob). */
  gate?: EndpointGate;
}

export const USER_AGENT = 'Tessera-Webhooks/1.0';

/** `scheduled`: the attempt's position in the retry schedule; null for a manual redeliver. */
function attemptsLeft(deps: DeliveryDeps, delivery: WebhookDelivery, scheduled: number | null): number {
  if (scheduled !== null) return attemptsLeftAfter(deps.schedule, scheduled);
  if (delivery.status !== 'pending' || delivery.nextAttempt === null) return 0;
  return attemptsLeftAfter(deps.schedule, delivery.nextAttempt - 1);
}

function customHeaders(deps: DeliveryDeps, webhook: Webhook): Record<string, string> {
  return webhook.customHttpHeadersSealed ? (JSON.parse(open(deps.sealingKey, webhook.customHttpHeadersSealed)) as Record<string, string>) : {};
}

/** Whether `delivery` still awaits scheduled attempt `scheduled` (a manual attempt is always awaited). */
function awaited(delivery: WebhookDelivery, scheduled: number | null): boolean {
  return scheduled === null || (delivery.status === 'pending' && delivery.nextAttempt === scheduled);
}

/** Makes one attempt of `deliveryId` now, unless it is no longer awaited. */
export async function attemptDelivery(deps: DeliveryDeps, deliveryId: string, scheduled: number | null): Promise<void> {
  const delivery = await deps.store.webhookDeliveries.findById(deliveryId);
  if (!delivery || !awaited(delivery, scheduled)) return;
  const now = deps.clock.now();
  const [webhook, event, secrets] = await Promise.all([
    deps.store.webhooks.findById(delivery.webhookId),
    deps.store.events.findById(delivery.eventId),
    liveSecrets(deps.store.webhooks, deps.sealingKey, delivery.webhookId, now),
  ]);
  if (!webhook || !event) return;
  if (webhook.status === 'archived' || (scheduled !== null && webhook.status !== 'enabled')) {
    // Nothing more goes to a webhook disabled (or archived) since: a scheduled delivery ends without an attempt.
    if (scheduled === null) return;
    await deps.store.transaction(async (store) => {
      const d = await store.webhookDeliveries.findForUpdate(deliveryId);
      if (d && awaited(d, scheduled)) {
        await store.webhookDeliveries.update(d.id, { status: 'failed', nextAttempt: null, nextAttemptAt: null, updatedAt: deps.clock.now() });
      }
    });
    return;
  }

  // A receiver with enough attempts waiting already: this one comes back later, not counted as an attempt.
  const receiver = new URL(webhook.url).origin;
  const entered = deps.gate?.enter(receiver);
  if (entered === null) throw new PostponeJob(deps.gate!.retryAt(receiver, now));
  const release = await entered;
  let latencyMs = 0;
  try {
    // After any wait for the receiver's slot: the attempt starts now.
    const startedAt = release ? deps.clock.now() : now;
    const result = await send(deps, { delivery, webhook, event, secrets, scheduled }, startedAt);
    latencyMs = result.latencyMs;
    release?.(latencyMs);
    await recordAttempt(deps, deliveryId, scheduled, startedAt, result);
  } finally {
    release?.(latencyMs);
  }
}

interface Attempt {
  delivery: WebhookDelivery;
  webhook: Webhook;
  event: EventRecord;
  secrets: Awaited<ReturnType<typeof liveSecrets>>;
  scheduled: number | null;
}

async function send(deps: DeliveryDeps, { delivery, webhook, event, secrets, scheduled }: Attempt, now: Date): Promise<OutboundResult> {
  const body = deps.renderer.body(event, webhook);
  const timestamp = Math.floor(now.getTime() / 1000);
  const firstAttemptedAt = delivery.firstAttemptedAt ?? now;
  const headers: Record<string, string> = {
    ...customHeaders(deps, webhook),
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
    ...signWebhookPayload({ body, messageId: encodeId('dlv', delivery.id), timestamp, secrets: secrets.map((s) => s.value) }),
    'Persona-Webhook-Attempts-Made': String(delivery.attemptsMade + 1),
    'Persona-Webhook-Attempts-Left': String(attemptsLeft(deps, delivery, scheduled)),
    'Persona-Webhook-First-Attempted-At': String(Math.floor(firstAttemptedAt.getTime() / 1000)),
  };
  return deps.send({ url: webhook.url, headers, body });
}

/** When this process last noted a success per webhook: noteSuccess keeps a 1 s resolution anyway. */
const notedSuccess = new WeakMap<DeliveryDeps, Map<string, number>>();

function shouldNoteSuccess(deps: DeliveryDeps, webhookId: string, now: Date): boolean {
  let noted = notedSuccess.get(deps);
  if (!noted) notedSuccess.set(deps, (noted = new Map()));
  const last = noted.get(webhookId);
  if (last !== undefined && now.getTime() - last < 1_000) return false;
  if (noted.size > 10_000) noted.clear();
  noted.set(webhookId, now.getTime());
  return true;
}

/** A recorded failure's next scheduled attempt, enqueued with the record. */
interface NextAttempt {
  attempt: number;
  at: Date;
}

const recorders = new WeakMap<DeliveryDeps, (item: AttemptRecord) => Promise<WebhookDelivery | null>>();

/**
 * Records an attempt (see `recordAttempt` of the repository) and enqueues `next` if it was recorded:
 * the records of one turn, with their next attempts' jobs, go in one statement.
 */
function record(deps: DeliveryDeps, item: AttemptRecord, next: NextAttempt | null = null): Promise<WebhookDelivery | null> {
  let recorder = recorders.get(deps);
  if (!recorder) {
    recorder = coalesce((items: AttemptRecord[]) => deps.store.webhookDeliveries.recordAttempts(items, deps.clock.now()));
    recorders.set(deps, recorder);
  }
  return recorder(next ? { ...item, next: scheduledAttemptJob(item.deliveryId, next.attempt, next.at) } : item);
}

async function recordAttempt(deps: DeliveryDeps, deliveryId: string, scheduled: number | null, attemptedAt: Date, result: OutboundResult): Promise<void> {
  const now = deps.clock.now();
  const attempt = {
    id: newUuid(now.getTime()),
    trigger: scheduled === null ? ('manual' as const) : ('scheduled' as const),
    attemptedAt,
    statusCode: result.statusCode,
    latencyMs: result.latencyMs,
    responseExcerpt: result.excerpt,
    error: result.error,
  };
  deps.onAttempt?.(result.error === null);
  // Each outcome is recorded only while the delivery still awaits this attempt: a job run
  // again after its lease ran out (while the first run was still sending) records nothing.
  if (result.error === null) {
    const d = await record(deps, { deliveryId, awaiting: scheduled, attempt, outcome: { status: 'succeeded', nextAttempt: null, nextAttemptAt: null } });
    if (d && shouldNoteSuccess(deps, d.webhookId, now)) await deps.store.webhooks.noteSuccess(d.webhookId, now);
    return;
  }
  if (result.statusCode === 410) {
    // Gone: the receiver asks for nothing more. This delivery ends now; the webhook's others end unsent once it is disabled.
    await deps.store.transaction(async (store) => {
      const gone = await store.webhookDeliveries.recordAttempt(deliveryId, scheduled, attempt, { status: 'failed', nextAttempt: null, nextAttemptAt: null }, now);
      if (gone) await disableWebhook(store, gone, 'gone', now);
    });
    return;
  }
  if (scheduled === null) {
    // A failed manual attempt leaves a pending delivery's schedule as it was.
    await record(deps, { deliveryId, awaiting: null, attempt, outcome: { status: 'pending-or-failed' } });
    return;
  }
  const delay = attemptDelayMs(deps.schedule, scheduled + 1);
  if (delay !== null) {
    const next = new Date(now.getTime() + delay);
    await record(deps, { deliveryId, awaiting: scheduled, attempt, outcome: { status: 'pending', nextAttempt: scheduled + 1, nextAttemptAt: next } }, { attempt: scheduled + 1, at: next });
    return;
  }
  await deps.store.transaction(async (store) => {
    const failed = await store.webhookDeliveries.recordAttempt(deliveryId, scheduled, attempt, { status: 'failed', nextAttempt: null, nextAttemptAt: null }, now);
    if (failed) await disableIfFailing(store, failed, now);
  });
}

/** After a delivery's last attempt: a webhook with no success since that delivery began is disabled. */
async function disableIfFailing(store: WebhookStore, delivery: WebhookDelivery, now: Date): Promise<void> {
  // `lastSucceededAt` may lag by a second (noteSuccess): a success that close counts.
  const since = new Date((delivery.firstAttemptedAt ?? delivery.createdAt).getTime() - 1_000);
  await disableWebhook(store, delivery, 'failing', now, (w) => !w.lastSucceededAt || w.lastSucceededAt < since);
}

/** Disables the delivery's webhook if it is still enabled (and `when` holds), emitting `webhook.disabled` once. */
async function disableWebhook(
  store: WebhookStore,
  delivery: WebhookDelivery,
  reason: WebhookDisabledReason,
  now: Date,
  when: (webhook: Webhook) => boolean = () => true,
): Promise<void> {
  const webhook = await store.webhooks.findForUpdate(delivery.environmentId, delivery.webhookId);
  if (!webhook || webhook.status !== 'enabled' || !when(webhook)) return;
  const disabled = await store.webhooks.update(webhook.id, { status: 'disabled', updatedAt: now });
  await emitWebhookDisabled(store, disabled, reason, now);
}

export function webhookDeliveryJobHandler(deps: DeliveryDeps): TypedJobHandler<typeof WEBHOOK_DELIVER_JOB> {
  return async ({ job }) => {
    const { deliveryId } = job.payload;
    const scheduled = job.payload.manual === true ? null : job.payload.attempt;
    await attemptDelivery(deps, deliveryId, scheduled);
  };
}
