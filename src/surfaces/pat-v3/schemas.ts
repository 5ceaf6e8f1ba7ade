/** `/v3` request bodies (pat-v3-api.md §2, §5): strict, an unknown or mistyped field is 400 ValidationFailed. */
import { Type, type Static } from 'typebox';

const DateTime = Type.String({ format: 'date-time', maxLength: 64 });
/** Generous caps (the exact rules, e.g. a name of 1–255 characters after trimming, are the domain's): they keep any value within its column and index. */
const Name = Type.String({ maxLength: 512 });
const Scopes = Type.Array(Type.String({ maxLength: 64 }), { maxItems: 100 });

export const LoginBody = Type.Object(
  // Longer than any alias, address or password Tessera stores: a wrong one is still a plain 401.
  { accountAlias: Type.String({ maxLength: 255 }), email: Type.String({ maxLength: 320 }), password: Type.String({ maxLength: 1024 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const CreatePatBody = Type.Object(
  {
    name: Name,
    scopes: Scopes,
    expiresAt: Type.Optional(Type.Union([DateTime, Type.Null()])),
    revoked: Type.Optional(Type.Literal(false)),
  },
  { additionalProperties: false },
);
export type CreatePatBody = Static<typeof CreatePatBody>;

export const UpdatePatBody = Type.Object(
  {
    name: Type.Optional(Name),
    scopes: Type.Optional(Scopes),
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
