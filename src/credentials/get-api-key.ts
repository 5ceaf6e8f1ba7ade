/** GET /api-keys/:id: a key of the caller's environment (never its secret, which is not stored). */
import { findOwnApiKey, type ApiKeyReadContext } from './api-key-context.js';
import type { Credential } from './types.js';
import { authorize } from '../core/actor.js';

export async function getApiKey({ ctx, input }: { ctx: ApiKeyReadContext; input: { id: string } }): Promise<Credential> {
  authorize(ctx.actor, 'api_key.read');
  return findOwnApiKey(ctx.store, ctx.actor, input.id);
}
