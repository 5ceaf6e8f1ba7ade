/**
 * Request and response schemas of webhooks (connect-api.md §6; kebab keys;
 * unknown request keys → 400). URLs, event names and custom headers are
 * business rules, checked by the webhooks domain (422 with a pointer).
 */
import { Type, type Static } from 'typebox';
import { PERSONA_VERSIONS } from '../state.js';
import { ListDocument, Nullable, NullableTimestamp, PlainResourceSchema, ResourceSchema, SingleDocument, Timestamp } from './documents.js';

const closed = { additionalProperties: false } as const;
const NullableText = (maxLength: number) => Type.Union([Type.String({ maxLength }), Type.Null()]);

const ApiVersion = Type.Union(PERSONA_VERSIONS.map((v) => Type.Literal(v)));
const Inflection = Type.Union([Type.Literal('kebab'), Type.Literal('camel'), Type.Literal('snake')]);
const State = <S extends string>(state: S) => Type.Object({ state: Type.Literal(state) }, closed);

const IncludedAllowlist = Type.Union([
  State('include_all'),
  State('include_none'),
  Type.Object(
    {
      state: Type.Literal('custom'),
      'event-types': Type.Array(
        Type.Object(
          { 'event-type': Type.String({ maxLength: 255 }), relationships: Type.Array(Type.String({ maxLength: 255 }), { minItems: 1, maxItems: 100 }) },
          closed,
        ),
        { minItems: 1, maxItems: 200 },
      ),
    },
    closed,
  ),
]);
const RelationshipAllowlist = Type.Union([State('include_all'), State('include_none')]);
const SigningAlgorithm = Type.Union([Type.Literal('hmac-sha256'), Type.Literal('ed25519')], {
  description:
    '(ext) `hmac-sha256` (default; the attribute is shown only on webhooks using Ed25519): `whsec_` secrets sign `Persona-Signature` and Standard Webhooks `v1`. ' +
    '`ed25519`: Tessera keeps an Ed25519 private key and signs ' +
    'Standard Webhooks `v1a` only (no `Persona-Signature`); receivers verify with the public key (`public-key`, `whpk_…`). Changing it rotates into the new ' +
    'algorithm: the old key keeps signing for the default rotation overlap (24 h).',
});

const settings = {
  description: Type.Optional(NullableText(10_000)),
  'api-version': Type.Optional(ApiVersion),
  'api-key-inflection': Type.Optional(Inflection),
  'api-attributes-blocklist': Type.Optional(Type.Array(Type.String({ maxLength: 255 }), { maxItems: 100 })),
  'file-access-token-expires-in': Type.Optional(Type.Integer({ minimum: 0, maximum: 604_800 })),
  'payload-filter': Type.Optional(Type.Union([Type.Object({ data: Type.Optional(Type.Record(Type.String(), Type.Unknown())) }, closed), Type.Null()])),
  'included-allowlist': Type.Optional(Type.Union([IncludedAllowlist, Type.Null()])),
  'relationship-allowlist': Type.Optional(RelationshipAllowlist),
  'signing-algorithm': Type.Optional(SigningAlgorithm),
  'custom-http-headers': Type.Optional(Type.Union([Type.Record(Type.String(), Type.String({ maxLength: 8192 }), { maxProperties: 50 }), Type.Null()])),
};
const Url = Type.String({ minLength: 1, maxLength: 4096 });
const Name = Type.String({ maxLength: 255 });
const EnabledEvents = Type.Array(Type.String({ maxLength: 255 }), { maxItems: 200 });

export const CreateWebhookBody = Type.Object(
  { data: Type.Object({ attributes: Type.Object({ name: Name, url: Url, 'enabled-events': EnabledEvents, ...settings }, closed) }, closed) },
  closed,
);
export type CreateWebhookBody = Static<typeof CreateWebhookBody>;

export const UpdateWebhookBody = Type.Object(
  {
    data: Type.Optional(
      Type.Object(
        {
          attributes: Type.Optional(
            Type.Object({ name: Type.Optional(Name), url: Type.Optional(Url), 'enabled-events': Type.Optional(EnabledEvents), ...settings }, closed),
          ),
        },
        closed,
      ),
    ),
  },
  closed,
);
export type UpdateWebhookBody = Static<typeof UpdateWebhookBody>;
export type WebhookAttributes = NonNullable<NonNullable<UpdateWebhookBody['data']>['attributes']>;

/** No body, or `{"meta": {"expires-in-seconds": n}}`; the object comes first so errors name its fields. */
export const RotateWebhookSecretBody = Type.Union([
  Type.Object({ meta: Type.Optional(Type.Object({ 'expires-in-seconds': Type.Optional(Type.Integer({ minimum: 0, maximum: 604_800 })) }, closed)) }, closed),
  Type.Null(),
]);
export type RotateWebhookSecretBody = Static<typeof RotateWebhookSecretBody>;

// ---- Responses -------------------------------------------------------------------------------

const literals = <const T extends string>(values: readonly T[]) => Type.Enum(values as T[]);

const WebhookSecret = Type.Object({ value: Type.String(), 'expires-at': NullableTimestamp });
const WebhookPublicKey = Type.Object({
  value: Type.String({ pattern: '^whpk_[A-Za-z0-9+/]{43}=$', description: '`whpk_` and the base64 of the raw 32-byte Ed25519 public key' }),
  'expires-at': NullableTimestamp,
});

export const WebhookResource = PlainResourceSchema(
  'webhook',
  {
    status: literals(['enabled', 'disabled', 'archived'] as const),
    url: Type.String(),
    name: Nullable(Type.String()),
    description: Nullable(Type.String()),
    // Present only for a caller holding webhook.write (create, rotate-secret, retrieve); the presenter decides.
    secret: Nullable(Type.String({ description: 'The current signing secret (deprecated in favour of `secrets`); only shown to callers holding webhook.write' })),
    secrets: Type.Array(WebhookSecret, { description: 'Live signing secrets, the current one first; only shown to callers holding webhook.write' }),
    'signing-algorithm': SigningAlgorithm,
    // Only on webhooks using Ed25519 (an HMAC webhook is Persona's resource as it is). The keys are not secret: shown on
    // create, retrieve (to any reader), update and rotate-secret; not in lists.
    'public-key': Nullable(
      Type.String({ description: '(ext) The current Ed25519 public key (`whpk_…`) that verifies `v1a` signatures; null when the current key is an HMAC secret' }),
    ),
    'public-keys': Type.Array(WebhookPublicKey, {
      description: '(ext) Live Ed25519 public keys, the current one first: during a rotation overlap the replaced key still signs, so accept a signature by either',
    }),
    // A webhook keeps the version it was made with, which may be one the server no longer lists.
    'api-version': Type.String(),
    'api-key-inflection': literals(['kebab', 'camel', 'snake'] as const),
    'api-attributes-blocklist': Type.Array(Type.String()),
    'file-access-token-expires-in': Type.Integer(),
    'enabled-events': Type.Array(Type.String()),
    'payload-filter': Nullable(Type.Record(Type.String(), Type.Unknown())),
    'included-allowlist': Nullable(IncludedAllowlist),
    'relationship-allowlist': RelationshipAllowlist,
    'created-at': Timestamp,
  },
  'A webhook; `secret` and `secrets` only for callers holding webhook.write, an Ed25519 private key and custom headers never',
);
export type WebhookResource = Static<typeof WebhookResource>;
export const WebhookDocument = SingleDocument(WebhookResource);
export const WebhookList = ListDocument(WebhookResource);

const DeliveryAttempt = Type.Object({
  'attempted-at': Timestamp,
  'status-code': Nullable(Type.Integer({ description: 'The receiver\'s HTTP status; null when no answer came' })),
  'latency-ms': Type.Integer(),
  'response-excerpt': Nullable(Type.String({ description: 'The first 1 KiB of the response body' })),
  error: Nullable(Type.String()),
});

export const WebhookDeliveryResource = ResourceSchema(
  'webhook-delivery',
  {
    status: literals(['pending', 'succeeded', 'failed'] as const),
    'event-name': Type.String(),
    'attempts-made': Type.Integer(),
    'next-attempt-at': NullableTimestamp,
    'created-at': Timestamp,
    attempts: Type.Array(DeliveryAttempt),
  },
  { relationships: ['webhook', 'event'] as const, description: '(ext) One event to one webhook, with every attempt made' },
);
export type WebhookDeliveryResource = Static<typeof WebhookDeliveryResource>;
export const WebhookDeliveryDocument = SingleDocument(WebhookDeliveryResource);
export const WebhookDeliveryList = ListDocument(WebhookDeliveryResource);
