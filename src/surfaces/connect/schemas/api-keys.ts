/** Request and response schemas of API keys (connect-api.md §8; kebab keys; unknown request keys → 400). */
import { Type, type Static } from 'typebox';
import { API_KEY_PERMISSIONS, DEFAULT_API_KEY_GRACE_SECONDS, MAX_API_KEY_GRACE_SECONDS, MAX_EXPIRES_IN_SECONDS } from '../../../credentials/index.js';
import { INFLECTIONS } from '../inflection.js';
import { PERSONA_VERSIONS } from '../state.js';
import { AnyResource, ListDocument, Nullable, NullableTimestamp, PlainResourceSchema, SingleDocument, Timestamp } from './documents.js';

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

/**
 * No body, `{}`, or `{"meta": {"grace-period-seconds": n}}`: like expire's `meta.expires-in-seconds`
 * and a webhook's rotate-secret, a number about the action, not an attribute of the key. The object
 * comes first so errors name its fields.
 */
export const RotateApiKeyBody = Type.Union([
  Type.Object(
    {
      meta: Type.Optional(
        Type.Object(
          {
            'grace-period-seconds': Type.Optional(
              Type.Integer({
                minimum: 0,
                maximum: MAX_API_KEY_GRACE_SECONDS,
                description: `How long the old secret keeps working, in seconds (default ${DEFAULT_API_KEY_GRACE_SECONDS}); 0 stops it at once`,
              }),
            ),
          },
          closed,
        ),
      ),
    },
    closed,
  ),
  Type.Null(),
]);
export type RotateApiKeyBody = Static<typeof RotateApiKeyBody>;

// ---- Responses -------------------------------------------------------------------------------

const apiKeyAttributes = {
  name: Type.String(),
  note: Nullable(Type.String()),
  'api-version': Type.String({ description: 'The Persona-Version (YYYY-MM-DD) its requests default to' }),
  'api-key-inflection': Type.Enum([...INFLECTIONS]),
  'api-attributes-blocklist': Type.Array(Type.String()),
  permissions: Type.Array(Type.String(), { description: 'Permission names, as GET /api-keys/permissions lists them' }),
  'ip-address-allowlist': Type.Array(Type.String(), { description: '`*`, IP addresses and CIDR blocks' }),
  'file-access-token-expires-in': Type.Integer({ description: 'Seconds' }),
  'last-used-at': NullableTimestamp,
  'expires-at': NullableTimestamp,
  'created-at': Timestamp,
};

export const ApiKeyResource = PlainResourceSchema('api-key', apiKeyAttributes, 'An API key; its secret is never shown again after create');
export type ApiKeyResource = Static<typeof ApiKeyResource>;
export const ApiKeyDocument = SingleDocument(ApiKeyResource);
export const ApiKeyList = ListDocument(ApiKeyResource);

/** POST /api-keys: the key with its secret, shown this once (sparse fieldsets and the blocklist never strip it). */
export const ApiKeyWithValueResource = PlainResourceSchema(
  'api-key',
  { ...apiKeyAttributes, value: Type.String({ description: 'The secret; store it now, it is never shown again' }) },
  'A new API key with its secret',
  'ApiKeyWithValue',
);
export const ApiKeyWithValueDocument = SingleDocument(ApiKeyWithValueResource);
export type ApiKeyWithValueDocument = Static<typeof ApiKeyWithValueDocument>;

/** POST /api-keys/{id}/rotate: the key with its new secret, shown this once, and until when the old one works. */
export const RotatedApiKeyDocument = Type.Object(
  {
    data: ApiKeyWithValueResource,
    included: Type.Optional(Type.Array(AnyResource)),
    meta: Type.Object({
      'previous-value-expires-at': Type.Union([Timestamp, Type.Null()], {
        description: 'When the replaced secret stops working (the end of the grace period, or the key\'s own expiry if sooner); null: it stopped at once',
      }),
    }),
  },
  { description: 'The API key with its new secret' },
);
export type RotatedApiKeyDocument = Static<typeof RotatedApiKeyDocument>;

/** (ext) `api-key-permission`: the id is the permission's name. */
export const ApiKeyPermissionResource = PlainResourceSchema('api-key-permission', {
  description: Type.String(),
  granted: Type.Boolean({ description: 'Whether the calling key holds it' }),
});
export type ApiKeyPermissionResource = Static<typeof ApiKeyPermissionResource>;
export const ApiKeyPermissionList = ListDocument(ApiKeyPermissionResource);
