/**
 * The outbox dispatcher: the `event.dispatch` job hands one committed event to
 * every subscriber (webhook fan-out, workflow triggers). Subscribers must be
 * idempotent, since a job whose lease runs out runs again.
 */
import type { TypedJobHandler } from '../jobs/index.js';
import type { EventRepository } from './ports.js';
import type { EventRecord } from './types.js';

export type EventSubscriber = (event: EventRecord) => Promise<void>;

export function dispatchJobHandler(deps: { events: Pick<EventRepository, 'findById'>; subscribers: EventSubscriber[] }): TypedJobHandler<'event.dispatch'> {
  return async ({ job }) => {
    const event = await deps.events.findById(job.payload.eventId);
    if (!event) return;
    // Side by side; a failure of any runs them all again with the job (each is idempotent), once all have ended.
    const outcomes = await Promise.allSettled(deps.subscribers.map((subscriber) => subscriber(event)));
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw failed.reason;
  };
}
