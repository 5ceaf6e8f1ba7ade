/** `/v3` request bodies (pat-v3-api.md §2, §5): strict, an unknown or mistyped field is 400 ValidationFailed. */
import { Type, type Static } from 'typebox';

const DateTime = Type.String({ format: 'date-time' });

export const LoginBody = Type.Object(
  { accountAlias: Type.String(), email: Type.String(), password: Type.String() },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const CreatePatBody = Type.Object(
  {
    name: Type.String(),
    scopes: Type.Array(Type.String()),
    expiresAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    revoked: Type.Optional(Type.Literal(false)),
  },
  { additionalProperties: false },
);
export type CreatePatBody = Static<typeof CreatePatBody>;

export const UpdatePatBody = Type.Object(
  {
    name: Type.Optional(Type.String()),
    scopes: Type.Optional(Type.Array(Type.String())),
    expiresAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    revoked: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type UpdatePatBody = Static<typeof UpdatePatBody>;

export const RotateBody = Type.Union([
  Type.Object({ gracePeriodSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 86_400 })) }, { additionalProperties: false }),
  Type.Null(),
]);
export type RotateBody = Static<typeof RotateBody>;

export const IdParams = Type.Object({ id: Type.String() });
