/**
 * The numbers behind the dashboard's overview charts (issue 13): per time
 * bucket of a window, counts of what happened in one environment. Every count
 * is computed by the database from rows already kept (API logs, share tokens,
 * webhook delivery attempts); nothing is recorded for the stats alone.
 */

/** The windows a caller may ask for, and how each is cut into buckets. */
export const STATS_WINDOWS = {
  /** 12 buckets of 5 minutes. */
  '1h': { bucketSeconds: 5 * 60, buckets: 12 },
  /** 24 buckets of 1 hour. */
  '24h': { bucketSeconds: 60 * 60, buckets: 24 },
  /** 28 buckets of 6 hours. */
  '7d': { bucketSeconds: 6 * 60 * 60, buckets: 28 },
} as const;

export type StatsWindow = keyof typeof STATS_WINDOWS;
export const DEFAULT_STATS_WINDOW: StatsWindow = '24h';

export function isStatsWindow(value: string): value is StatsWindow {
  return Object.hasOwn(STATS_WINDOWS, value);
}

/** The span asked of the repository: buckets of `bucketSeconds` from `start` (inclusive) to `end` (exclusive). */
export interface StatsRange {
  start: Date;
  end: Date;
  bucketSeconds: number;
  /** Tokens whose expiry is after this have not expired yet. */
  now: Date;
}

export interface RequestCounts {
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}

export interface StatsCounts {
  requests: RequestCounts;
  verifications: { succeeded: number; failed: number };
  shareTokens: { created: number; redeemed: number; expired: number };
  webhookDeliveries: { succeeded: number; failed: number };
}

/** One bucket: `[start, start + bucketSeconds)`; the last one is the bucket now is in. */
export interface StatsBucket extends StatsCounts {
  start: Date;
}

/** What the repository answers: only buckets with something in them, any order. */
export type StatsRow = { bucket: Date } & Partial<{ [K in keyof StatsCounts]: Partial<StatsCounts[K]> }>;

export interface EnvironmentStats {
  window: StatsWindow;
  bucketSeconds: number;
  start: Date;
  end: Date;
  buckets: StatsBucket[];
  totals: StatsCounts;
}
