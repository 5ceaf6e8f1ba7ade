/**
 * Response schemas of API logs (connect-api.md §9). The recorded headers and
 * params are kept as the client sent them (never key-inflected), already
 * redacted: their names are open.
 */
import { Type, type Static } from 'typebox';
import { ListDocument, NullableTimestamp, PlainResourceSchema, SingleDocument, Timestamp } from './documents.js';

export const ApiLogResource = PlainResourceSchema(
  'api-log',
  {
    request: Type.Object({
      method: Type.String(),
      path: Type.String({ description: 'The path without its query string' }),
      headers: Type.Record(Type.String(), Type.String(), { description: 'Selected request headers by canonical name; Authorization masked' }),
      'get-params': Type.Record(Type.String(), Type.Unknown()),
      'post-params': Type.Record(Type.String(), Type.Unknown(), { description: 'The body, secrets redacted' }),
      'ip-address': Type.String(),
    }),
    response: Type.Object({
      status: Type.Integer(),
      headers: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), { description: 'Selected response headers; RateLimit-* as numbers' }),
    }),
    'created-at': Timestamp,
    'redacted-at': NullableTimestamp,
  },
  'One request to any surface and its answer, in the caller’s environment',
);
export type ApiLogResource = Static<typeof ApiLogResource>;
export const ApiLogDocument = SingleDocument(ApiLogResource);
export const ApiLogList = ListDocument(ApiLogResource);
