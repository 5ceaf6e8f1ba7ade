/** Request schemas of connections and share tokens (kebab keys; unknown keys → 400). */
import { Type, type Static } from 'typebox';

const closed = { additionalProperties: false } as const;

export const CreateShareTokenBody = Type.Object(
  {
    data: Type.Object(
      {
        attributes: Type.Object(
          {
            'connection-id': Type.String({ maxLength: 255 }),
            'source-id': Type.String({ maxLength: 255 }),
            'expires-in-seconds': Type.Optional(Type.Integer({ minimum: 60, maximum: 1_814_400 })),
          },
          closed,
        ),
      },
      closed,
    ),
  },
  closed,
);
export type CreateShareTokenBody = Static<typeof CreateShareTokenBody>;

const FieldMappingSchema = Type.Object({ 'source-field-name': Type.String({ maxLength: 255 }), 'destination-field-name': Type.String({ maxLength: 255 }) }, closed);

/** Redeem takes no body, `{}`, `{"data": {"attributes": {}}}`, or a destination with optional mappings. */
export const RedeemShareTokenBody = Type.Union([
  Type.Null(),
  Type.Object(
    {
      data: Type.Optional(Type.Object({ attributes: Type.Optional(Type.Object({ 'destination-id': Type.Optional(Type.String({ maxLength: 255 })) }, closed)) }, closed)),
      meta: Type.Optional(Type.Object({ 'field-mappings': Type.Optional(Type.Array(FieldMappingSchema, { maxItems: 200 })) }, closed)),
    },
    closed,
  ),
]);
export type RedeemShareTokenBody = Static<typeof RedeemShareTokenBody>;

/** Actions that take no attributes accept an empty body or an empty envelope. */
export const EmptyBody = Type.Union([
  Type.Null(),
  Type.Object({ data: Type.Optional(Type.Object({ attributes: Type.Optional(Type.Object({}, closed)) }, closed)) }, closed),
]);

export const CreateConnectionBody = Type.Object(
  { data: Type.Object({ attributes: Type.Object({ 'destination-organization-id': Type.String({ maxLength: 255 }) }, closed) }, closed) },
  closed,
);
export type CreateConnectionBody = Static<typeof CreateConnectionBody>;

export const UpdatePeekSettingsBody = Type.Object(
  {
    data: Type.Object(
      {
        attributes: Type.Object(
          {
            'peek-source-data': Type.Optional(Type.Boolean()),
            'peek-visible-fields': Type.Optional(Type.Array(Type.String({ maxLength: 255 }), { maxItems: 100 })),
          },
          closed,
        ),
      },
      closed,
    ),
  },
  closed,
);
export type UpdatePeekSettingsBody = Static<typeof UpdatePeekSettingsBody>;
