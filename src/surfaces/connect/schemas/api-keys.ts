/** Request schemas of API keys (connect-api.md §8; kebab keys; unknown keys → 400). */
import { Type, type Static } from 'typebox';
import { API_KEY_PERMISSIONS, MAX_EXPIRES_IN_SECONDS } from '../../../credentials/index.js';
import { INFLECTIONS } from '../inflection.js';
import { PERSONA_VERSIONS } from '../state.js';

const closed = { additionalProperties: false } as const;

const attributes = {
  name: Type.String({ minLength: 1, maxLength: 255 }),
  note: Type.Union([Type.String({ maxLength: 10_000 }), Type.Null()]),
  'api-version': Type.Enum([...PERSONA_VERSIONS]),
  'api-key-inflection': Type.Enum([...INFLECTIONS]),
  'api-attributes-blocklist': Type.Array(Type.String({ minLength: 1, maxLength: 255 }), { maxItems: 100 }),
  'ip-address-allowlist': Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 100 }),
  permissions: Type.Array(Type.Enum([...API_KEY_PERMISSIONS]), { maxItems: API_KEY_PERMISSIONS.length * 2 }),
  'file-access-token-expires-in': Type.Integer({ minimum: 1, maximum: 604_800 }),
};

const optional = {
  note: Type.Optional(attributes.note),
  'api-version': Type.Optional(attributes['api-version']),
  'api-key-inflection': Type.Optional(attributes['api-key-inflection']),
  'api-attributes-blocklist': Type.Optional(attributes['api-attributes-blocklist']),
  'ip-address-allowlist': Type.Optional(attributes['ip-address-allowlist']),
  permissions: Type.Optional(attributes.permissions),
  'file-access-token-expires-in': Type.Optional(attributes['file-access-token-expires-in']),
};

export const CreateApiKeyBody = Type.Object(
  { data: Type.Object({ attributes: Type.Object({ name: attributes.name, ...optional }, closed) }, closed) },
  closed,
);
export type CreateApiKeyBody = Static<typeof CreateApiKeyBody>;

export const UpdateApiKeyBody = Type.Object(
  { data: Type.Object({ attributes: Type.Object({ name: Type.Optional(attributes.name), ...optional }, closed) }, closed) },
  closed,
);
export type UpdateApiKeyBody = Static<typeof UpdateApiKeyBody>;

export const ExpireApiKeyBody = Type.Object(
  { meta: Type.Object({ 'expires-in-seconds': Type.Integer({ minimum: 0, maximum: MAX_EXPIRES_IN_SECONDS }) }, closed) },
  closed,
);
export type ExpireApiKeyBody = Static<typeof ExpireApiKeyBody>;
