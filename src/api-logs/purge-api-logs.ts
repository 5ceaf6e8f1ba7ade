/**
 * Retention (connect-api.md §9): deletes API logs older than 14 days in
 * batches, so one run never holds a long lock or a huge transaction.
 */
import type { Clock } from '../core/clock.js';
import type { ApiLogStore } from './ports.js';
import { API_LOG_RETENTION_MS } from './types.js';
import type { JobKind } from '../jobs/index.js';

/** Job kind of the periodic retention sweep. */
export const API_LOG_RETENTION_JOB = 'api-log.retention' satisfies JobKind;

export interface PurgeApiLogsInput {
  retentionMs?: number;
  batchSize?: number;
  /** Upper bound of batches per run; the next run continues. */
  maxBatches?: number;
}

export async function purgeExpiredApiLogs({ ctx, input = {} }: { ctx: { store: ApiLogStore; clock: Clock }; input?: PurgeApiLogsInput }): Promise<number> {
  const cutoff = new Date(ctx.clock.now().getTime() - (input.retentionMs ?? API_LOG_RETENTION_MS));
  const batchSize = input.batchSize ?? 5_000;
  const maxBatches = input.maxBatches ?? 200;
  let deleted = 0;
  for (let i = 0; i < maxBatches; i++) {
    const n = await ctx.store.apiLogs.deleteCreatedBefore(cutoff, batchSize);
    deleted += n;
    if (n < batchSize) break;
  }
  return deleted;
}
