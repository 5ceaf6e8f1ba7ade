/** What every records use case receives: who is calling, the store (with its unit of work), the time. */
import type { EnvironmentActor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import type { Transactional } from '../core/store.js';
import type { EventStore } from '../events/index.js';
import type { RecordsStore } from './ports.js';

export type RecordsTxStore = RecordsStore & EventStore;

export interface RecordsContext {
  actor: EnvironmentActor;
  store: RecordsTxStore & Transactional<RecordsTxStore>;
  clock: Clock;
}

/** Read-only use cases need no clock or transaction. */
export interface RecordsReadContext {
  actor: EnvironmentActor;
  store: RecordsStore;
}
