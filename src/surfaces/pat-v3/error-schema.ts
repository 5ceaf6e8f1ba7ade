/** The `/v3` error body (pat-v3-api.md §8) and the statuses every route may answer. */
import { Type } from 'typebox';
import type { SurfaceErrors } from '../../http/error-responses.js';
import { V3_CODES } from './errors.js';

export const V3ErrorBody = Type.Object(
  {
    message: Type.String(),
    code: Type.Union(V3_CODES.map((c) => Type.Literal(c))),
    errors: Type.Optional(Type.Array(Type.Object({ field: Type.String(), message: Type.String() }))),
  },
  { description: '`code` from a closed list; `errors` names the fields of a 400 ValidationFailed' },
);

export const V3_ERRORS: SurfaceErrors = {
  format: { id: 'V3Error', schema: V3ErrorBody },
  always: {
    400: 'InvalidQueryParameter, ValidationFailed or InvalidJson',
    401: 'AuthenticationRequired, InvalidToken (unknown, revoked or expired credential)',
    403: 'Forbidden or InsufficientScope',
    408: 'The request did not arrive within the request timeout',
    429: 'RateLimitExceeded (see Retry-After)',
    500: 'InternalError (the message names the Request-Id)',
    503: 'ServiceUnavailable: the database is unreachable (see Retry-After)',
  },
  anonymous: {
    400: 'ValidationFailed or InvalidJson',
    401: 'InvalidCredentials',
    408: 'The request did not arrive within the request timeout',
    429: 'TooManyLoginAttempts or RateLimitExceeded (see Retry-After)',
    500: 'InternalError (the message names the Request-Id)',
    503: 'ServiceUnavailable: the database is unreachable (see Retry-After)',
  },
  withId: { 404: 'NotFound (also for other organizations’ objects)' },
  withBody: {
    409: 'IdempotencyKeyInUse',
    413: 'PayloadTooLarge (over 1 MiB)',
    415: 'UnsupportedMediaType (bodies are application/json)',
    422: 'TokenRevoked, TokenExpired or IdempotencyKeyReused',
  },
};
