export * from './types.js';
export type { EventFilter, EventRepository, EventStore } from './ports.js';
export { emitEvents } from './emit.js';
export { listEvents, getEvent } from './list-events.js';
