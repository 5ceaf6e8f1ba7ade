import type { StatsRange, StatsRow } from './types.js';

export interface StatsRepository {
  /**
   * Counts per bucket in one environment, grouped by the database (never by
   * reading rows here): API log requests by status class and verification
   * outcome, share tokens the environment issued by creation, redemption and
   * expiry, webhook delivery attempts by outcome.
   */
  countByBucket(environmentId: string, range: StatsRange): Promise<StatsRow[]>;
}

export interface StatsStore {
  stats: StatsRepository;
}
