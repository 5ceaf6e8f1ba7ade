import type { Page, PageQuery } from '../core/store.js';
import type { JobRepository } from '../jobs/index.js';
import type { EventRecord } from './types.js';

export interface EventFilter {
  names?: string[];
  objectIds?: string[];
  ids?: string[];
  createdAtStart?: Date;
  createdAtEnd?: Date;
}

export interface EventRepository {
  insert(events: EventRecord[]): Promise<void>;
  find(environmentId: string, id: string): Promise<EventRecord | null>;
  /** By id alone, for the dispatcher (which works across environments). */
  findById(id: string): Promise<EventRecord | null>;
  list(environmentId: string, filter: EventFilter, page: PageQuery): Promise<Page<EventRecord>>;
}

/** Emitting an event also enqueues its dispatch job, in the same transaction. */
export interface EventStore {
  events: EventRepository;
  jobs: JobRepository;
}
