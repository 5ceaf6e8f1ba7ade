/**
 * POST /api-keys (connect-api.md §8): a key in the caller's environment whose
 * permissions default to, and may not exceed, the caller's. The secret is
 * returned this once; `api-key.created` is emitted in the same transaction, without it.
 */
import { issueApiKey, type IssuedCredential } from './issue-api-key.js';
import type { ApiKeyContext } from './api-key-context.js';
import { assertWithinCeiling, normalizePermissions } from './permissions.js';
import { authorize } from '../core/actor.js';

export interface CreateApiKeyInput {
  name: string;
  note?: string | null;
  /** The key's default Persona-Version; the surface passes the request's when absent. */
  apiVersion: string;
  keyInflection?: string;
  attributesBlocklist?: string[];
  ipAllowlist?: string[];
  permissions?: string[];
  fileAccessTokenExpiresIn?: number;
}

export async function createApiKey({ ctx, input }: { ctx: ApiKeyContext; input: CreateApiKeyInput }): Promise<IssuedCredential> {
  authorize(ctx.actor, 'api_key.write');
  const { actor } = ctx;
  const requested = input.permissions ?? [...actor.permissions];
  assertWithinCeiling(actor.permissions, requested);
  return issueApiKey({
    ctx,
    input: {
      organizationId: actor.organizationId,
      environmentId: actor.environmentId,
      environmentKind: actor.environmentKind,
      name: input.name,
      note: input.note ?? null,
      permissions: normalizePermissions(requested),
      apiVersion: input.apiVersion,
      keyInflection: input.keyInflection ?? 'kebab',
      attributesBlocklist: input.attributesBlocklist ?? [],
      ipAllowlist: input.ipAllowlist ?? ['*'],
      ...(input.fileAccessTokenExpiresIn !== undefined ? { fileAccessTokenExpiresIn: input.fileAccessTokenExpiresIn } : {}),
      // A dashboard session (a user) creates keys as that user, not as a key with no id.
      creator: actor.credentialKind === 'api_key' ? { type: 'api-key', id: actor.credentialId } : { type: 'user', id: actor.userId },
    },
  });
}
