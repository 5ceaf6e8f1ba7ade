/** Inquiry events: the payload snapshot carries the verifications too, so it renders as the org saw it then. */
import type { EnvironmentActor } from '../core/actor.js';
import { emitEvents, type EventName, type EventStore } from '../events/index.js';
import type { Inquiry, Verification } from './types.js';

/** What an inquiry event's payload object holds: the inquiry plus its verification ids and kinds. */
export type InquirySnapshot = Inquiry & { verifications: Array<Pick<Verification, 'id' | 'kind'>> };

export async function emitInquiryEvent(
  store: EventStore,
  actor: EnvironmentActor,
  name: EventName,
  inquiry: Inquiry,
  verifications: Verification[],
  now: Date,
): Promise<void> {
  const object: InquirySnapshot = { ...inquiry, verifications: verifications.map((v) => ({ id: v.id, kind: v.kind })) };
  await emitEvents(
    store,
    [{ organizationId: actor.organizationId, environmentId: actor.environmentId, name, objectType: 'inquiry', objectId: inquiry.id, object }],
    now,
  );
}
