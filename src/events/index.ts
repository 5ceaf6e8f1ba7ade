export * from './types.js';
export type { EventFilter, EventRepository, EventStore } from './ports.js';
export { emitEvents, DISPATCH_JOB } from './emit.js';
export { dispatchJobHandler, type EventSubscriber } from './dispatch.js';
export { listEvents, getEvent } from './list-events.js';
export * from './webhooks/index.js';
