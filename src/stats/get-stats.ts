/** The overview of one environment over a window, in fixed buckets (issue 13, deliverable 6). */
import type { EnvironmentActor } from '../core/actor.js';
import { authorize } from '../core/actor.js';
import type { StatsStore } from './ports.js';
import { STATS_WINDOWS, type EnvironmentStats, type StatsBucket, type StatsCounts, type StatsRow, type StatsWindow } from './types.js';

export interface StatsContext {
  actor: EnvironmentActor;
  store: StatsStore;
  now: Date;
  /** Writes what this process has buffered of the API log first, so the latest requests are counted. */
  flush?: () => Promise<void>;
}

/**
 * Reading the stats reveals no more than the API logs do (counts of requests, and of
 * share tokens and deliveries whose requests are in the log), so it takes their permission.
 */
export const STATS_PERMISSION = 'api_log.read';

const zero = (): StatsCounts => ({
  requests: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
  verifications: { succeeded: 0, failed: 0 },
  shareTokens: { created: 0, redeemed: 0, expired: 0 },
  webhookDeliveries: { succeeded: 0, failed: 0 },
});

/** Adds what a row carries to `into`, group by group. */
function add(into: StatsCounts, row: StatsRow): void {
  for (const group of Object.keys(into) as (keyof StatsCounts)[]) {
    const target = into[group] as Record<string, number>;
    const source = (row[group] ?? {}) as Record<string, number | undefined>;
    for (const key of Object.keys(target)) target[key]! += source[key] ?? 0;
  }
}

export async function getStats({ ctx, input }: { ctx: StatsContext; input: { window: StatsWindow } }): Promise<EnvironmentStats> {
  authorize(ctx.actor, STATS_PERMISSION);
  await ctx.flush?.();
  const { bucketSeconds, buckets: count } = STATS_WINDOWS[input.window];
  const size = bucketSeconds * 1000;
  // Buckets are aligned to the epoch (UTC), so the same hour is the same bucket on every call;
  // the last one is the bucket now is in, still filling.
  const end = new Date(Math.floor(ctx.now.getTime() / size) * size + size);
  const start = new Date(end.getTime() - count * size);
  const rows = await ctx.store.stats.countByBucket(ctx.actor.environmentId, { start, end, bucketSeconds, now: ctx.now });

  const buckets: StatsBucket[] = Array.from({ length: count }, (_, i) => ({ start: new Date(start.getTime() + i * size), ...zero() }));
  const totals = zero();
  for (const row of rows) {
    const i = Math.floor((row.bucket.getTime() - start.getTime()) / size);
    const bucket = buckets[i];
    if (!bucket) continue; // the database's clock and ours may disagree at a bucket's edge
    add(bucket, row);
    add(totals, row);
  }
  return { window: input.window, bucketSeconds, start, end, buckets, totals };
}
