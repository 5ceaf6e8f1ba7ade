/**
 * The HTTP status of each error code, where the surfaces share it (a surface
 * may answer otherwise: /v3 and Astra keep their own tables). The domain
 * knows codes only.
 */
import type { ErrorCode } from '../core/errors.js';

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  MALFORMED_JSON: 400,
  INVALID_QUERY: 400,
  UNAUTHENTICATED: 401,
  TOKEN_INVALID: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  INSUFFICIENT_SCOPE: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  NOT_ACCEPTABLE: 406,
  CONFLICT: 409,
  NOT_UNIQUE: 409,
  IDEMPOTENCY_IN_FLIGHT: 409,
  PRECONDITION_FAILED: 412,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  UNPROCESSABLE: 422,
  IDEMPOTENCY_MISMATCH: 422,
  TOKEN_REVOKED: 422,
  TOKEN_EXPIRED: 422,
  RATE_LIMITED: 429,
  LOGIN_THROTTLED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export function httpStatusOf(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/**
 * A field path as JSON pointer segments under `base`: names in kebab-case (the wire of
 * Connect and the admin API), indexes as they are, caller-chosen keys escaped (RFC 6901).
 */
export function fieldPointer(field: readonly (string | number | { key: string })[], base: string, spell: (name: string) => string): string {
  const segments = field.map((s) => (typeof s === 'number' ? String(s) : typeof s === 'string' ? spell(s) : s.key.replace(/~/g, '~0').replace(/\//g, '~1')));
  return [base, ...segments].join('/');
}
