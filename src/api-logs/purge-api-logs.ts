/**
 * Retention (connect-api.md §9): deletes API logs older than the server's
 * retention (`TESSERA_API_LOG_RETENTION_DAYS`, default 30 days) in batches,
 * each one short statement of its own, never one transaction around the run:
 * a batch locks only the rows it removes, which no writer touches, so the
 * writer's COPYs go on between and during batches, and no run holds a long
 * lock or a huge transaction. A run stops after `maxBatches`; the next run
 * (every 10 minutes) continues.
 */
import type { Clock } from '../core/clock.js';
import type { ApiLogStore } from './ports.js';
import { DEFAULT_API_LOG_RETENTION_DAYS } from './types.js';
import type { JobKind } from '../jobs/index.js';

/** Job kind of the periodic retention sweep. */
export const API_LOG_RETENTION_JOB = 'api-log.retention' satisfies JobKind;

const DAY_MS = 86_400_000;

export interface PurgeApiLogsInput {
  /** Days entries are kept (the server's `TESSERA_API_LOG_RETENTION_DAYS`). */
  retentionDays?: number;
  /** Rows per batch (one DELETE each). */
  batchSize?: number;
  /** Upper bound of batches per run; the next run continues. */
  maxBatches?: number;
  /** Told after each batch with the rows it deleted (progress; tests write in between). */
  onBatch?: (deleted: number) => Promise<void> | void;
}

export async function purgeExpiredApiLogs({ ctx, input = {} }: { ctx: { store: ApiLogStore; clock: Clock }; input?: PurgeApiLogsInput }): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - (input.retentionDays ?? DEFAULT_API_LOG_RETENTION_DAYS) * DAY_MS);
  const batchSize = input.batchSize ?? 5_000;
  const maxBatches = input.maxBatches ?? 200;
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await ctx.store.apiLogs.deleteCreatedBefore(cutoff, batchSize);
    deleted += n;
    await input.onBatch?.(n);
    if (n < batchSize) break;
  }
  return deleted;
}
