/**
 * The one registry of error codes. Use cases throw `AppError` with a code from
 * here and, when one input field is at fault, that field as a path of the use
 * case's own input names (`['sourceId']`, `['steps', 2, 'connectionId']`).
 * Errors carry no wire words: each surface maps the code to its status and
 * body, and the field to its own pointer or parameter name, in one place
 * (HTTP statuses: src/http/error-status.ts).
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  /** The body is not JSON at all (surfaces that tell it apart from a schema failure). */
  'MALFORMED_JSON',
  /** A known query parameter with a bad value. */
  'INVALID_QUERY',
  'UNAUTHENTICATED',
  'TOKEN_INVALID',
  /** Login: wrong alias, email or password, or a disabled user — one answer for all. */
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  /** A user credential's scopes (or its owner's role) do not cover the operation or the grant. */
  'INSUFFICIENT_SCOPE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'NOT_ACCEPTABLE',
  'CONFLICT',
  'NOT_UNIQUE',
  'IDEMPOTENCY_IN_FLIGHT',
  'PRECONDITION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'UNPROCESSABLE',
  'IDEMPOTENCY_MISMATCH',
  'TOKEN_REVOKED',
  'TOKEN_EXPIRED',
  'RATE_LIMITED',
  'LOGIN_THROTTLED',
  'INTERNAL',
  'UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * An input field of a use case: property names of its input (camelCase), array indexes, and
 * `{ key }` for a name the caller chose (a custom field, a header name), kept as it is.
 */
export type FieldPath = readonly (string | number | { key: string })[];

export interface ErrorDetails {
  /** The use-case input field at fault. */
  field?: FieldPath;
  /**
   * Where a surface found the fault itself, in its own words (a query parameter name, a body
   * pointer): only surfaces set this; use cases name a `field`.
   */
  pointer?: string;
  /** Seconds until a retry may succeed (429). */
  retryAfter?: number;
  /** Extra machine-readable data a surface may expose. */
  meta?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const notFound = (message = 'Record not found', details?: ErrorDetails) =>
  new AppError('NOT_FOUND', message, details);
export const forbidden = (message = 'Forbidden', details?: ErrorDetails) => new AppError('FORBIDDEN', message, details);
/** A rule of the use case is broken: `at` is the input field (a string: a surface's own pointer, surfaces only). */
export const unprocessable = (message: string, at?: FieldPath | string) =>
  new AppError('UNPROCESSABLE', message, at === undefined ? {} : typeof at === 'string' ? { pointer: at } : { field: at });
export const badRequest = (message: string, details?: ErrorDetails) => new AppError('BAD_REQUEST', message, details);

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
