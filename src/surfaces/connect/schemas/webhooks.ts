/**
 * Request schemas of webhooks (connect-api.md §6; kebab keys; unknown keys →
 * 400). URLs, event names and custom headers are business rules, checked by
 * the webhooks domain (422 with a pointer).
 */
import { Type, type Static } from 'typebox';
import { PERSONA_VERSIONS } from '../state.js';

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

const settings = {
  description: Type.Optional(NullableText(10_000)),
  'api-version': Type.Optional(ApiVersion),
  'api-key-inflection': Type.Optional(Inflection),
  'api-attributes-blocklist': Type.Optional(Type.Array(Type.String({ maxLength: 255 }), { maxItems: 100 })),
  'file-access-token-expires-in': Type.Optional(Type.Integer({ minimum: 0, maximum: 604_800 })),
  'payload-filter': Type.Optional(Type.Union([Type.Object({ data: Type.Optional(Type.Record(Type.String(), Type.Unknown())) }, closed), Type.Null()])),
  'included-allowlist': Type.Optional(Type.Union([IncludedAllowlist, Type.Null()])),
  'relationship-allowlist': Type.Optional(RelationshipAllowlist),
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
