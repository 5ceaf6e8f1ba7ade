/** Lists the API logs of the caller's environment, newest first (connect-api.md §9). */
import type { EnvironmentActor } from '../core/actor.js';
import type { Page, PageQuery } from '../core/store.js';
import type { ApiLogStore } from './ports.js';
import type { ApiLogEntry, ApiLogFilter } from './types.js';
import { authorize } from '../core/actor.js';

export interface ApiLogReadContext {
  actor: EnvironmentActor;
  store: ApiLogStore;
  /** Writes what this process has buffered first, so a log of an earlier request is found at once. */
  flush?: () => Promise<void>;
}

export async function listApiLogs({ ctx, input }: { ctx: ApiLogReadContext; input: { filter: ApiLogFilter; page: PageQuery } }): Promise<Page<ApiLogEntry>> {
  authorize(ctx.actor, 'api_log.read');
  await ctx.flush?.();
  return ctx.store.apiLogs.list(ctx.actor.environmentId, input.filter, input.page);
}
