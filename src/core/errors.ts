/**
 * The one registry of error codes. Use cases throw `AppError` with a code from
 * here; each surface maps codes to its own wire format in one place.
 */
export const ERROR_CODES = {
  BAD_REQUEST: 400,
  /** The body is not JSON at all (surfaces that tell it apart from a schema failure). */
  MALFORMED_JSON: 400,
  /** A known query parameter with a bad value. */
  INVALID_QUERY: 400,
  UNAUTHENTICATED: 401,
  TOKEN_INVALID: 401,
  /** Login: wrong alias, email or password, or a disabled user — one answer for all. */
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  /** A user credential's scopes (or its owner's role) do not cover the operation or the grant. */
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
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetails {
  /** JSON pointer (kebab) to the field at fault, e.g. `/data/attributes/source-id`. */
  pointer?: string;
  /** Seconds until a retry may succeed (429). */
  retryAfter?: number;
  /** Extra machine-readable data a surface may expose. */
  meta?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = details;
  }
}

export const notFound = (message = 'Record not found', details?: ErrorDetails) =>
  new AppError('NOT_FOUND', message, details);
export const forbidden = (message = 'Forbidden', details?: ErrorDetails) => new AppError('FORBIDDEN', message, details);
export const unprocessable = (message: string, pointer?: string) =>
  new AppError('UNPROCESSABLE', message, pointer ? { pointer } : {});
export const badRequest = (message: string, details?: ErrorDetails) => new AppError('BAD_REQUEST', message, details);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
