/** GET /api-keys: the caller's environment's keys, newest first, optionally by name (any of). */
import type { Page, PageQuery } from '../core/store.js';
import type { ApiKeyReadContext } from './api-key-context.js';
import type { Credential } from './types.js';
import { authorize } from '../core/actor.js';

export async function listApiKeys({ ctx, input }: { ctx: ApiKeyReadContext; input: { names?: string[]; page: PageQuery } }): Promise<Page<Credential>> {
  authorize(ctx.actor, 'api_key.read');
  return ctx.store.credentials.listApiKeys(ctx.actor.environmentId, input.names ? { names: input.names } : {}, input.page);
}
