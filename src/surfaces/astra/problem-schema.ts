/**
 * Astra's problem details (astra-api.md §7) and the statuses every route may answer. 406 (an Accept
 * the operation cannot answer) and 412 (If-Match) are not among them: the operations that check
 * Accept or If-Match declare them (routes/*.ts), the others never send them.
 */
import { Type } from 'typebox';
import type { SurfaceErrors } from '../../http/error-responses.js';

const NameReason = Type.Object({ name: Type.String(), reason: Type.String() });

export const AstraProblemBody = Type.Object(
  {
    type: Type.String(),
    title: Type.String(),
    detail: Type.String(),
    status: Type.String({ description: 'The HTTP status as a string' }),
    correlationID: Type.Optional(Type.String({ description: 'The Request-Id’s UUID' })),
    invalidParams: Type.Optional(Type.Array(NameReason)),
    invalidFields: Type.Optional(Type.Array(NameReason)),
    schemaValidationFailure: Type.Optional(Type.String()),
  },
  { description: 'RFC 7807 problem details with Astra’s types and extension members' },
);

export const ASTRA_ERRORS: SurfaceErrors = {
  format: { id: 'AstraProblem', schema: AstraProblemBody, contentType: 'application/problem+json' },
  always: {
    400: 'Invalid query parameters (5, 6) or headers (12), or an invalid body (7, 8, 9)',
    401: 'Missing (3) or invalid (4) bearer token',
    403: 'Operation not permitted (11)',
    404: 'Resource (1) or collection (2) not found; also another account’s',
    408: 'The request did not arrive within the request timeout',
    429: 'Too many requests (see Retry-After)',
    500: 'Internal server error (34)',
    503: 'Service not ready (41): the database is unreachable (see Retry-After)',
  },
  withBody: {
    409: 'Conflict (10), or the Idempotency-Key is still in progress',
    413: 'The body exceeds the size limit (85)',
    422: 'The Idempotency-Key was used with another body',
  },
};
