/**
 * The webhook subscriber of the outbox dispatcher: each committed event gets a
 * delivery (and its first attempt's job) for every `enabled` webhook of its
 * environment that subscribes to the event's name and whose payload filter the
 * event matches. Disabled and archived webhooks get nothing queued. Running it
 * again for the same event adds nothing: one delivery per (webhook, event).
 * The fan-outs of one turn (the worker dispatches many events at once) write
 * their deliveries and jobs in one statement.
 */
import type { Clock } from '../../core/clock.js';
import { coalesce } from '../../core/coalesce.js';
import { newUuid } from '../../core/ids.js';
import type { Transactional } from '../../core/store.js';
import type { EventSubscriber } from '../dispatch.js';
import { scheduledAttemptJob } from './jobs.js';
import type { WebhookRenderer, WebhookStore } from './ports.js';
import { attemptDelayMs } from './schedule.js';
import { payloadMatches, subscribesTo } from './settings.js';
import type { WebhookDelivery } from './types.js';

export interface FanOutDeps {
  store: WebhookStore & Transactional<WebhookStore>;
  clock: Clock;
  renderer: Pick<WebhookRenderer, 'payload'>;
  schedule: readonly number[];
}

export function webhookFanOut(deps: FanOutDeps): EventSubscriber {
  const queue = coalesce(async (batches: WebhookDelivery[][]) => {
    const now = deps.clock.now();
    // One statement: the deliveries not there yet and, for those inserted, their first attempt's job.
    await deps.store.webhookDeliveries.insertMissingWithJobs(batches.flat(), (d) => scheduledAttemptJob(d.id, 1, d.nextAttemptAt ?? now), now);
    return batches.map(() => undefined);
  });
  return async (event) => {
    if (!event.environmentId) return;
    const environmentId = event.environmentId;
    const subscribed = (await deps.store.webhooks.listEnabled(environmentId)).filter((w) => subscribesTo(w, event.name));
    if (subscribed.length === 0) return;
    let payload: Record<string, unknown> | undefined;
    const targets = subscribed.filter((w) => w.payloadFilter === null || payloadMatches((payload ??= deps.renderer.payload(event)), w.payloadFilter));
    if (targets.length === 0) return;
    const now = deps.clock.now();
    const firstAt = new Date(now.getTime() + (attemptDelayMs(deps.schedule, 1) ?? 0));
    const deliveries: WebhookDelivery[] = targets.map((w) => ({
      id: newUuid(now.getTime()),
      webhookId: w.id,
      environmentId,
      eventId: event.id,
      eventName: event.name,
      status: 'pending',
      attemptsMade: 0,
      nextAttempt: 1,
      nextAttemptAt: firstAt,
      firstAttemptedAt: null,
      createdAt: now,
      updatedAt: now,
    }));
    await queue(deliveries);
  };
}
