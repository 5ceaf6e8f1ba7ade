import { encodeId } from '../../../core/ids.js';
import type { Credential } from '../../../credentials/index.js';
import { iso, type Resource } from '../jsonapi.js';
import { registerPresenter } from './registry.js';

type CredentialLike = Omit<Credential, 'createdAt' | 'updatedAt' | 'lastUsedAt' | 'expiresAt' | 'revokedAt' | 'deletedAt'> & {
  createdAt: Date | string;
  lastUsedAt: Date | string | null;
  expiresAt: Date | string | null;
};

/** `api-key` (connect-api.md §8); `value` is added only by the create response. */
export function presentApiKey(key: CredentialLike): Resource {
  return {
    type: 'api-key',
    id: encodeId('api', key.id),
    attributes: {
      name: key.name,
      note: key.note,
      'api-version': key.apiVersion,
      'api-key-inflection': key.keyInflection ?? 'kebab',
      'api-attributes-blocklist': key.attributesBlocklist,
      permissions: key.permissions,
      'ip-address-allowlist': key.ipAllowlist,
      'file-access-token-expires-in': key.fileAccessTokenExpiresIn,
      'last-used-at': iso(key.lastUsedAt),
      'expires-at': iso(key.expiresAt),
      'created-at': iso(key.createdAt),
    },
  };
}

registerPresenter('api-key', (s) => presentApiKey(s as unknown as CredentialLike));
