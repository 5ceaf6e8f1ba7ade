/**
 * Astra request bodies (`token_1.0_post_request_body`, `token_1.0_put_request_body`):
 * what the reference requires, with no other key anywhere (problem 8 otherwise);
 * and the answers (`token_1.0_*_response_body`, `user_1.2_*_response_body`) with
 * their media types, from NetApp's reference (../shared/reference/astra-openapi).
 */
import { Type, type Static, type TSchema } from 'typebox';
import { AstraProblemBody } from './problem-schema.js';

const Identifier = Type.String({
  pattern: '^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$',
});
const Time = Type.String({
  pattern: '^[0-9]{4}-(0[1-9]|1[0-2])-([0][1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(|[.,]([0-9]{1,9}))Z$',
});
const Label = Type.Object({ name: Type.String(), value: Type.String() }, { additionalProperties: false });

/** Only `labels` is read; the other keys are accepted and ignored (server-set). */
const Metadata = Type.Object(
  {
    labels: Type.Optional(Type.Array(Label, { uniqueItems: true })),
    creationTimestamp: Type.Optional(Time),
    modificationTimestamp: Type.Optional(Time),
    createdBy: Type.Optional(Identifier),
    modifiedBy: Type.Optional(Identifier),
  },
  { additionalProperties: false },
);

const TokenType = Type.Literal('application/astra-token');
const TokenVersion = Type.Literal('1.0');
const Name = Type.String({ minLength: 1, maxLength: 63 });

export const TokenPostBody = Type.Object(
  { type: TokenType, version: TokenVersion, name: Name, metadata: Type.Optional(Metadata) },
  { additionalProperties: false },
);
export type TokenPostBody = Static<typeof TokenPostBody>;

export const TokenPutBody = Type.Object(
  {
    type: TokenType,
    version: TokenVersion,
    id: Type.Optional(Identifier),
    name: Type.Optional(Name),
    userID: Type.Optional(Identifier),
    metadata: Type.Optional(Metadata),
  },
  { additionalProperties: false },
);
export type TokenPutBody = Static<typeof TokenPutBody>;

// ---- Responses -------------------------------------------------------------------------------
// Keys the server always sends are required; the schemas are the serializer's allowlist too.
// No length limits here: a list item is serialized through `anyOf` (resource or `include` array),
// which validates it, and a value the request rules of its day allowed must never fail an answer.

export const TOKEN_TYPE = 'application/astra-token';
export const TOKEN_VERSION = '1.0';
export const USER_TYPE = 'application/astra-user';
export const USER_VERSION = '1.2';
export const TOKEN_MEDIA = 'application/astra-token+json';
export const USER_MEDIA = 'application/astra-user+json';
export const PROBLEM_MEDIA = 'application/problem+json';

/** `type_base64_data`. */
const Base64 = Type.String({ pattern: '^([A-Za-z0-9+/]{4})*(([A-Za-z0-9+/]{2})==|([A-Za-z0-9+/]{3})=)?$' });
const Labels = Type.Array(Type.Object({ name: Type.String(), value: Type.String() }));

/** `type_astra_metadata_update` as Tessera fills it: `modifiedBy` once someone changed the resource. */
const ResourceMetadata = Type.Object({
  labels: Labels,
  creationTimestamp: Time,
  modificationTimestamp: Time,
  createdBy: Type.String({ ...Identifier, description: 'The creating user, or the nil UUID when the admin API acted' }),
  modifiedBy: Type.Optional(Type.String({ ...Identifier, description: 'The last user to change it (nil UUID: the admin API); absent before any change' })),
});

const tokenProperties = {
  type: Type.Literal(TOKEN_TYPE),
  version: Type.Literal(TOKEN_VERSION),
  id: Identifier,
  name: Type.String({ description: '1–63 characters' }),
  userID: Identifier,
  metadata: ResourceMetadata,
};

/** `token_1.0_get_response_body`: never the secret. */
export const AstraToken = Type.Object(tokenProperties, { description: 'The stored token resource; the "token" value is not returned' });
export type AstraToken = Static<typeof AstraToken>;

/** `token_1.0_post_response_body`: the only answer that carries the secret. */
export const CreatedAstraToken = Type.Object(
  {
    ...tokenProperties,
    // No base64 pattern: a replay of the same Idempotency-Key shows `[REDACTED]` (the secret is never stored).
    token: Type.String({ description: 'Padded standard base64 of the `tut_…` secret (both forms authenticate); `[REDACTED]` in an Idempotency-Key replay' }),
  },
  { description: 'The new token with its secret, shown this once' },
);
export type CreatedAstraToken = Static<typeof CreatedAstraToken>;

/** `user_1.2_get_response_body` as Tessera fills it (no `phone`, no `postalAddress`). */
export const AstraUser = Type.Object(
  {
    type: Type.Literal(USER_TYPE),
    version: Type.Literal(USER_VERSION),
    id: Identifier,
    state: Type.Literal('active'),
    isEnabled: Type.Enum(['true', 'false'] as const),
    authID: Type.String({ description: 'The email address' }),
    authProvider: Type.Literal('local'),
    firstName: Type.String(),
    lastName: Type.String(),
    companyName: Type.Optional(Type.String({ description: 'Omitted when unset' })),
    email: Type.String(),
    sendWelcomeEmail: Type.Literal('false'),
    enableTimestamp: Type.String({ ...Time, description: 'The last enabling, else the creation' }),
    lastActTimestamp: Type.Optional(Type.String({ ...Time, description: 'The last authenticated request; omitted before one' })),
    metadata: ResourceMetadata,
  },
  { description: 'A user of the account (managed through /admin/v1)' },
);
export type AstraUser = Static<typeof AstraUser>;

/** `type_astra_metadata_list` as Tessera fills it. */
const ListMetadata = Type.Object({
  continue: Type.Optional(Type.String({ ...Base64, description: 'Pass as `continue` for the next page; absent on the last one' })),
  count: Type.Optional(Type.Integer({ minimum: 0, description: 'Matching items in all pages; with `count=true` only' })),
});

/** Full resources, or with `include` arrays of the named fields' values in that order. */
const Items = <S extends TSchema>(resource: S) => Type.Array(Type.Union([resource, Type.Array(Type.Unknown())]));

export const AstraTokenList = Type.Object(
  { type: Type.Literal('application/astra-tokens'), version: Type.Literal(TOKEN_VERSION), items: Items(AstraToken), metadata: ListMetadata },
  { description: 'The matching tokens (`token_1.0_list_response_body`)' },
);
export type AstraTokenList = Static<typeof AstraTokenList>;

export const AstraUserList = Type.Object(
  { type: Type.Literal('application/astra-users'), version: Type.Literal(USER_VERSION), items: Items(AstraUser), metadata: ListMetadata },
  { description: 'The matching users (`user_1.2_list_response_body`)' },
);
export type AstraUserList = Static<typeof AstraUserList>;

const header = (description: string) => ({ type: 'string', description });
const ETAG = { ETag: header('Strong entity tag: the hex MD5 of the body (extension)') };

/** An answer of `media`: Astra's own media types are declared as they are sent. */
function answer<S extends TSchema>(description: string, media: string, schema: S, headers?: Record<string, object>) {
  return { description, ...(headers ? { headers } : {}), content: { [media]: { schema } } as Record<string, { schema: S }> };
}

export const TOKEN_CREATED = answer('The new token with its secret, shown this once', TOKEN_MEDIA, CreatedAstraToken, {
  Location: header('The new token’s full URL'),
  'Cache-Control': header('`no-store`: the answer carries a secret (extension)'),
});
export const TOKEN_RETRIEVED = answer('The stored token resource; the "token" value is not returned', TOKEN_MEDIA, AstraToken, ETAG);
export const USER_RETRIEVED = answer('The user', USER_MEDIA, AstraUser, ETAG);
export const TOKEN_LIST = answer('The matching tokens', 'application/json', AstraTokenList);
export const USER_LIST = answer('The matching users', 'application/json', AstraUserList);
/** POST …/users: in NetApp's reference; Tessera answers 403 problem 11 instead (users are managed through /admin/v1). */
export const USER_CREATED = answer('In NetApp’s reference only: Tessera never creates users here (403, problem 11)', USER_MEDIA, AstraUser);

/** An answer without content (204, 304). */
export const NoContent = (description: string, headers?: Record<string, object>) =>
  Type.Unsafe<undefined>({ type: 'null', description, ...(headers ? { headers } : {}) });
export const NOT_MODIFIED = NoContent('If-None-Match names the current ETag (extension)', ETAG);

/** A problem a route can send beyond its surface's usual ones. */
export const problem = (description: string) => ({ description, content: { [PROBLEM_MEDIA]: { schema: AstraProblemBody } } });
export const NOT_ACCEPTABLE = problem('The Accept header names no media type the operation produces (32)');
export const PRECONDITION_FAILED = problem('If-Match names no current ETag (38): nothing changed (extension)');
