import { encodeId } from '../../../core/ids.js';
import type { ApiKeyPermissionInfo, Credential } from '../../../credentials/index.js';
import { INFLECTIONS } from '../inflection.js';
import { iso } from '../jsonapi.js';
import type { ApiKeyPermissionResource, ApiKeyResource } from '../schemas/api-keys.js';
import { DEFAULT_PERSONA_VERSION } from '../state.js';
import type { SnapshotPresenter } from './registry.js';

type CredentialLike = Omit<Credential, 'createdAt' | 'updatedAt' | 'lastUsedAt' | 'expiresAt' | 'revokedAt' | 'deletedAt'> & {
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  expiresAt: Date | string | null;
  revokedAt?: Date | string | null;
};

/** Persona has no revocation: a key revoked by an administrator reads as expired since then. */
function expiresAt(key: CredentialLike): string | null {
  const expires = iso(key.expiresAt);
  const revoked = iso(key.revokedAt ?? null);
  if (expires === null || revoked === null) return expires ?? revoked;
  return new Date(expires) < new Date(revoked) ? expires : revoked;
}

/** `api-key` (connect-api.md §8); `value` is added only by the create response. */
export function presentApiKey(key: CredentialLike): ApiKeyResource {
  return {
    type: 'api-key',
    id: encodeId('api', key.id),
    attributes: {
      name: key.name,
      note: key.note,
      // A key without its own version follows the default (the reference types this as a version, never null).
      'api-version': key.apiVersion ?? DEFAULT_PERSONA_VERSION,
      'api-key-inflection': INFLECTIONS.find((i) => i === key.keyInflection) ?? 'kebab',
      'api-attributes-blocklist': key.attributesBlocklist,
      permissions: key.permissions,
      'ip-address-allowlist': key.ipAllowlist,
      'file-access-token-expires-in': key.fileAccessTokenExpiresIn,
      'last-used-at': iso(key.lastUsedAt),
      'expires-at': expiresAt(key),
      'created-at': iso(key.createdAt),
    },
  };
}

/** (ext) `api-key-permission`: id = the permission's name. */
export function presentApiKeyPermission(p: ApiKeyPermissionInfo): ApiKeyPermissionResource {
  return { type: 'api-key-permission', id: p.name, attributes: { description: p.description, granted: p.granted } };
}

export const apiKeySnapshot: SnapshotPresenter = (s) => presentApiKey(s as unknown as CredentialLike);
