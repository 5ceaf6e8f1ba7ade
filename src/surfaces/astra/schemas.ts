/**
 * Astra request bodies (`token_1.0_post_request_body`, `token_1.0_put_request_body`):
 * what the reference requires, with no other key anywhere (problem 8 otherwise).
 */
import { Type, type Static } from 'typebox';

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
