/** Issues an environment API key; the secret is returned once and stored only as a keyed hash. */
import type { Clock } from '../core/clock.js';
import { keyedHash } from '../core/crypto.js';
import { newUuid } from '../core/ids.js';
import type { Transactional } from '../core/store.js';
import type { EnvironmentKind } from '../core/actor.js';
import { emitEvents, type EventStore } from '../events/index.js';
import { CREDENTIAL_PREFIXES, displayPrefix, generateCredential } from '../core/secret-format.js';
import type { CredentialStore } from './ports.js';
import { API_KEY_PERMISSIONS, type Credential } from './types.js';

export interface IssueApiKeyInput {
  organizationId: string;
  environmentId: string;
  environmentKind: EnvironmentKind;
  name: string;
  note?: string | null;
  permissions?: string[];
  apiVersion?: string | null;
  keyInflection?: string | null;
  attributesBlocklist?: string[];
  ipAllowlist?: string[];
  fileAccessTokenExpiresIn?: number;
  expiresAt?: Date | null;
  creator?: { type: string; id: string | null };
}

export interface IssuedCredential {
  credential: Credential;
  /** The secret, shown this once. */
  token: string;
}

export async function issueApiKey({
  ctx,
  input,
}: {
  ctx: { store: Transactional<CredentialStore & EventStore>; secret: Buffer; clock: Clock };
  input: IssueApiKeyInput;
}): Promise<IssuedCredential> {
  const prefix = input.environmentKind === 'sandbox' ? CREDENTIAL_PREFIXES.apiKeySandbox : CREDENTIAL_PREFIXES.apiKeyProduction;
  const token = generateCredential(prefix);
  const now = ctx.clock.now();
  const credential: Credential = {
    id: newUuid(now.getTime()),
    kind: 'api_key',
    organizationId: input.organizationId,
    environmentId: input.environmentId,
    userId: null,
    displayPrefix: displayPrefix(token, prefix),
    name: input.name,
    note: input.note ?? null,
    permissions: input.permissions ?? [...API_KEY_PERMISSIONS],
    apiVersion: input.apiVersion ?? null,
    keyInflection: input.keyInflection ?? null,
    attributesBlocklist: input.attributesBlocklist ?? [],
    ipAllowlist: input.ipAllowlist ?? ['*'],
    fileAccessTokenExpiresIn: input.fileAccessTokenExpiresIn ?? 21600,
    metadata: {},
    creatorType: input.creator?.type ?? null,
    creatorId: input.creator?.id ?? null,
    lastUsedAt: null,
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
    deletedAt: null,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.transaction(async (store) => {
    await store.credentials.insert({ ...credential, hash: keyedHash(ctx.secret, token) });
    await emitEvents(
      store,
      [
        {
          organizationId: credential.organizationId,
          environmentId: credential.environmentId,
          name: 'api-key.created',
          objectType: 'api-key',
          objectId: credential.id,
          object: credential,
        },
      ],
      now,
    );
  });
  return { credential, token };
}
