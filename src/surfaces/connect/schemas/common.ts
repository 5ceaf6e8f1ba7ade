/** Wire schemas shared by Connect routes (TypeBox: validates, serializes, documents). */
import { Type } from 'typebox';

export const IdParams = Type.Object({ id: Type.String() });

export const ResourceIdentifier = Type.Object({ type: Type.String({ maxLength: 255 }), id: Type.String({ maxLength: 255 }) }, { additionalProperties: false });

export const Relationship = Type.Object(
  { data: Type.Union([ResourceIdentifier, Type.Null(), Type.Array(ResourceIdentifier)]) },
  { additionalProperties: false },
);

export const NullableString = Type.Union([Type.String({ maxLength: 255 }), Type.Null()]);
