import type { Page, PageQuery } from '../core/store.js';
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
  list(environmentId: string, filter: EventFilter, page: PageQuery): Promise<Page<EventRecord>>;
}

export interface EventStore {
  events: EventRepository;
}
