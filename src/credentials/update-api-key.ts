/**
 * PATCH /api-keys/:id: edits everything but the secret. New permissions may
 * not exceed the caller's. The verifier forgets the key at once, so the
 * change holds from the very next request.
 */
import { findOwnApiKey, type ApiKeyContext } from './api-key-context.js';
import { assertWithinCeiling, normalizePermissions } from './permissions.js';
import type { Credential } from './types.js';
import { authorize } from '../core/actor.js';

export interface UpdateApiKeyInput {
  id: string;
  name?: string;
  note?: string | null;
  apiVersion?: string;
  keyInflection?: string;
  attributesBlocklist?: string[];
  ipAllowlist?: string[];
  permissions?: string[];
  fileAccessTokenExpiresIn?: number;
}

export async function updateApiKey({ ctx, input }: { ctx: ApiKeyContext; input: UpdateApiKeyInput }): Promise<Credential> {
  authorize(ctx.actor, 'api_key.write');
  if (input.permissions !== undefined) assertWithinCeiling(ctx.actor.permissions, input.permissions);
  const current = await findOwnApiKey(ctx.store, ctx.actor, input.id);
  const updated = await ctx.store.credentials.update(current.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(input.apiVersion !== undefined ? { apiVersion: input.apiVersion } : {}),
    ...(input.keyInflection !== undefined ? { keyInflection: input.keyInflection } : {}),
    ...(input.attributesBlocklist !== undefined ? { attributesBlocklist: input.attributesBlocklist } : {}),
    ...(input.ipAllowlist !== undefined ? { ipAllowlist: input.ipAllowlist } : {}),
    ...(input.permissions !== undefined ? { permissions: normalizePermissions(input.permissions) } : {}),
    ...(input.fileAccessTokenExpiresIn !== undefined ? { fileAccessTokenExpiresIn: input.fileAccessTokenExpiresIn } : {}),
    updatedAt: ctx.clock.now(),
  });
  ctx.verifier.invalidate(current.id);
  return updated ?? current;
}
