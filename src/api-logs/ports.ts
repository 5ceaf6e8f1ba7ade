import type { Page, PageQuery } from '../core/store.js';
import type { ApiLogEntry, ApiLogFilter } from './types.js';

export interface ApiLogRepository {
  /** One COPY per batch; an id seen before is ignored (a retried batch). */
  insertMany(entries: ApiLogEntry[]): Promise<void>;
  find(environmentId: string, id: string): Promise<ApiLogEntry | null>;
  list(environmentId: string, filter: ApiLogFilter, page: PageQuery): Promise<Page<ApiLogEntry>>;
  /** Deletes up to `limit` of the oldest entries created before `cutoff`; returns how many. */
  deleteCreatedBefore(cutoff: Date, limit: number): Promise<number>;
}

export interface ApiLogStore {
  apiLogs: ApiLogRepository;
}
