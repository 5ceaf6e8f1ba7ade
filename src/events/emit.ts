/**
 * Writes events inside the caller's transaction, each with its dispatch job
 * (transactional outbox): nothing is published from memory only.
 */
import { newUuid } from '../core/ids.js';
import type { EventStore } from './ports.js';
import { SNAPSHOT_VERSION, type EventRecord, type NewEvent } from './types.js';
import { newJob, type JobKind } from '../jobs/index.js';

/** One job per event fans it out to webhooks and workflows (see dispatch.ts). */
export const DISPATCH_JOB = 'event.dispatch' satisfies JobKind;

/** JSON round trip so the stored snapshot is exactly what a later reader gets back. */
function snapshot(object: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(object)) as Record<string, unknown>;
}

export async function emitEvents(store: EventStore, events: NewEvent[], now: Date): Promise<EventRecord[]> {
  const records: EventRecord[] = events.map((e) => ({
    id: newUuid(now.getTime()),
    organizationId: e.organizationId,
    environmentId: e.environmentId,
    name: e.name,
    objectId: e.objectId,
    payload: { version: SNAPSHOT_VERSION, objectType: e.objectType, object: snapshot(e.object), ...(e.context ? { context: snapshot(e.context) } : {}) },
    createdAt: now,
  }));
  if (records.length > 0) {
    await store.events.insert(records);
    // No dedupe key: the event is new, so is its job (a key would cost a unique index entry per event).
    await store.jobs.enqueue(
      records.map((r) => newJob(DISPATCH_JOB, { eventId: r.id })),
      now,
    );
  }
  return records;
}
