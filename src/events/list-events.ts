import type { EnvironmentActor } from '../core/actor.js';
import { notFound } from '../core/errors.js';
import type { Page, PageQuery } from '../core/store.js';
import type { EventFilter, EventStore } from './ports.js';
import type { EventRecord } from './types.js';
import { authorize } from '../core/actor.js';

export async function listEvents({
  ctx,
  input,
}: {
  ctx: { actor: EnvironmentActor; store: EventStore };
  input: { filter: EventFilter; page: PageQuery };
}): Promise<Page<EventRecord>> {
  authorize(ctx.actor, 'event.read');
  return ctx.store.events.list(ctx.actor.environmentId, input.filter, input.page);
}

export async function getEvent({
  ctx,
  input,
}: {
  ctx: { actor: EnvironmentActor; store: EventStore };
  input: { id: string };
}): Promise<EventRecord> {
  authorize(ctx.actor, 'event.read');
  const event = await ctx.store.events.find(ctx.actor.environmentId, input.id);
  if (!event) throw notFound();
  return event;
}
