/** Connect's error body (connect-api.md §1.4), also the admin API's. */
import { Type } from 'typebox';
import type { SurfaceErrors } from '../../../http/error-responses.js';

export const ConnectErrorBody = Type.Object(
  {
    errors: Type.Array(
      Type.Object({
        title: Type.String(),
        details: Type.Optional(Type.String()),
        source: Type.Optional(Type.Object({ pointer: Type.String() })),
        meta: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
      }),
    ),
  },
  { description: 'JSON:API errors: `title` fixed per status, `details` the reason, `source.pointer` the field of a 422' },
);

/** The statuses every Connect and admin route may answer, in this format. */
export const CONNECT_ERRORS: SurfaceErrors = {
  format: { id: 'ConnectError', schema: ConnectErrorBody },
  always: {
    400: 'Bad request: a query parameter, header (Key-Inflection, Persona-Version) or body field is invalid',
    401: 'No credential, or one that is unknown, revoked or expired',
    403: 'The credential lacks the permission, or the client address is not allowed',
    408: 'The request did not arrive within the request timeout',
    429: 'Rate limit exceeded (or too many failed authentications); see Retry-After',
    500: 'Unexpected error; the details name the Request-Id',
    503: 'The database is unreachable; retry after Retry-After',
  },
  withId: { 404: 'No such object in this environment (another organization’s objects answer 404 too)' },
  withBody: {
    409: 'A request with this Idempotency-Key is still in progress',
    413: 'The body exceeds 1 MiB',
    422: 'The request breaks a rule of the object (source.pointer names the field), or the Idempotency-Key was used with another body',
  },
};

/** A route's own 404 (e.g. an id in the body names nothing), in this format. */
export const NOT_FOUND = (description: string) => ({ description, $ref: 'ConnectError#' });
