/** The delivery job kind and the jobs that make attempts: one per scheduled attempt, one per manual redeliver. */
import { newUuid } from '../../core/ids.js';
import { newJob, type JobKind, type NewJob } from '../../jobs/index.js';

export const WEBHOOK_DELIVER_JOB = 'webhook.deliver' satisfies JobKind;

/** Scheduled attempt `attempt` of a delivery; the dedupe key makes it exist once, however often it is enqueued. */
export function scheduledAttemptJob(deliveryId: string, attempt: number, runAt: Date): NewJob {
  return newJob(WEBHOOK_DELIVER_JOB, { deliveryId, attempt }, { dedupeKey: `${WEBHOOK_DELIVER_JOB}:${deliveryId}:${attempt}`, runAt });
}

export function manualAttemptJob(deliveryId: string, now: Date): NewJob {
  return newJob(WEBHOOK_DELIVER_JOB, { deliveryId, manual: true }, { dedupeKey: `${WEBHOOK_DELIVER_JOB}:${deliveryId}:manual:${newUuid(now.getTime())}`, runAt: now });
}
