/** One API log of the caller's environment by its request id; any other is "not found". */
import { notFound } from '../core/errors.js';
import type { ApiLogReadContext } from './list-api-logs.js';
import type { ApiLogEntry } from './types.js';
import { authorize } from '../core/actor.js';

export async function getApiLog({ ctx, input }: { ctx: ApiLogReadContext; input: { id: string } }): Promise<ApiLogEntry> {
  authorize(ctx.actor, 'api_log.read');
  // Looked up first: a log already written (nearly every one asked for) costs no flush. Only a miss
  // waits for this process's buffered entries, so a request's own log is found right after it.
  let entry = await ctx.store.apiLogs.find(ctx.actor.environmentId, input.id);
  if (!entry && ctx.flush) {
    await ctx.flush();
    entry = await ctx.store.apiLogs.find(ctx.actor.environmentId, input.id);
  }
  if (!entry) throw notFound();
  return entry;
}
