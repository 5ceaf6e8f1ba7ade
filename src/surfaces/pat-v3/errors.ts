/**
 * The one place where internal error codes become `/v3` errors
 * (pat-v3-api.md §8): `{"message", "code"}` with a code from a closed list,
 * plus `errors[]` naming the fields of a 400 ValidationFailed.
 */
import type { FastifyError } from 'fastify';
import { isAppError, type AppError, type ErrorCode, type FieldPath } from '../../core/errors.js';
import { httpStatusOf } from '../../http/error-status.js';
import { unavailableAsAppError } from '../../http/unavailable.js';
import { databaseInputAsAppError } from '../../http/database-input.js';

export const V3_CODES = [
  'InvalidJson',
  'ValidationFailed',
  'InvalidQueryParameter',
  'AuthenticationRequired',
  'InvalidToken',
  'InvalidCredentials',
  'Forbidden',
  'InsufficientScope',
  'NotFound',
  'MethodNotAllowed',
  'IdempotencyKeyInUse',
  'PayloadTooLarge',
  'UnsupportedMediaType',
  'TokenRevoked',
  'TokenExpired',
  'IdempotencyKeyReused',
  'RateLimitExceeded',
  'TooManyLoginAttempts',
  'InternalError',
  'ServiceUnavailable',
] as const;
export type V3Code = (typeof V3_CODES)[number];

const BY_CODE: Partial<Record<ErrorCode, [number, V3Code]>> = {
  BAD_REQUEST: [400, 'ValidationFailed'],
  MALFORMED_JSON: [400, 'InvalidJson'],
  INVALID_QUERY: [400, 'InvalidQueryParameter'],
  UNAUTHENTICATED: [401, 'AuthenticationRequired'],
  TOKEN_INVALID: [401, 'InvalidToken'],
  INVALID_CREDENTIALS: [401, 'InvalidCredentials'],
  FORBIDDEN: [403, 'Forbidden'],
  INSUFFICIENT_SCOPE: [403, 'InsufficientScope'],
  NOT_FOUND: [404, 'NotFound'],
  METHOD_NOT_ALLOWED: [405, 'MethodNotAllowed'],
  IDEMPOTENCY_IN_FLIGHT: [409, 'IdempotencyKeyInUse'],
  PAYLOAD_TOO_LARGE: [413, 'PayloadTooLarge'],
  UNSUPPORTED_MEDIA_TYPE: [415, 'UnsupportedMediaType'],
  TOKEN_REVOKED: [422, 'TokenRevoked'],
  TOKEN_EXPIRED: [422, 'TokenExpired'],
  IDEMPOTENCY_MISMATCH: [422, 'IdempotencyKeyReused'],
  RATE_LIMITED: [429, 'RateLimitExceeded'],
  LOGIN_THROTTLED: [429, 'TooManyLoginAttempts'],
  INTERNAL: [500, 'InternalError'],
  UNAVAILABLE: [503, 'ServiceUnavailable'],
};

/** One generic message per 401, whatever failed. */
const MESSAGES: Partial<Record<V3Code, string>> = {
  AuthenticationRequired: 'Authentication is required: send Authorization: Bearer <token>',
  InvalidToken: 'The access token is invalid',
  InvalidCredentials: 'Invalid account alias, email or password',
  NotFound: 'Not found',
};

export interface FieldError {
  field: string;
  message: string;
}

export interface V3Error {
  status: number;
  body: { message: string; code: V3Code; errors?: FieldError[] };
  retryAfter?: number;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A use case's input field in /v3's words (its JSON keys): `['scopes', 1]` → `scopes[1]`, `['user', 'name']` → `user.name`. */
export function fieldName(field: FieldPath): string {
  return field.map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : `${i === 0 ? '' : '.'}${typeof seg === 'string' ? seg : seg.key}`)).join('');
}

/** `/scopes/1` → `scopes[1]`; `/user/name` → `user.name`. */
export function fieldOf(pointer: string): string {
  return pointer
    .split('/')
    .filter(Boolean)
    .map((seg, i) => (/^\d+$/.test(seg) ? `[${seg}]` : i === 0 ? seg : `.${seg}`))
    .join('');
}

function validationErrors(errors: AjvError[]): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    if (e.keyword === 'required') out.push({ field: fieldOf(`${e.instancePath}/${String(e.params.missingProperty)}`), message: 'is required' });
    else if (e.keyword === 'additionalProperties') out.push({ field: fieldOf(`${e.instancePath}/${String(e.params.additionalProperty)}`), message: 'is not allowed' });
    else out.push({ field: fieldOf(e.instancePath) || 'body', message: e.message ?? 'is invalid' });
  }
  return out.filter((e, i) => out.findIndex((o) => o.field === e.field && o.message === e.message) === i);
}

function fromAppError(e: AppError, requestId: string): V3Error {
  const [status, code] = BY_CODE[e.code] ?? (httpStatusOf(e.code) >= 500 ? [500, 'InternalError' as const] : [400, 'ValidationFailed' as const]);
  const body: V3Error['body'] = { message: MESSAGES[code] ?? e.message, code };
  if (code === 'InternalError') body.message = `An unexpected error occurred (Request-Id ${requestId})`;
  if (code === 'ValidationFailed') {
    const listed = e.details.meta?.errors as Array<{ field: FieldPath; message: string }> | undefined;
    if (listed?.length) body.errors = listed.map((x) => ({ field: fieldName(x.field), message: x.message }));
    else if (e.details.field) body.errors = [{ field: fieldName(e.details.field), message: e.message.replace(/^\S+\s/, '') }];
    else if (e.details.pointer) body.errors = [{ field: fieldOf(e.details.pointer), message: e.message.replace(/^\S+\s/, '') }];
  }
  return { status, body, ...(e.details.retryAfter !== undefined ? { retryAfter: e.details.retryAfter } : {}) };
}

/** Maps anything thrown on `/v3` to its error response. */
export function toV3Error(thrown: unknown, requestId: string): V3Error {
  const error = databaseInputAsAppError(unavailableAsAppError(thrown));
  if (isAppError(error)) return fromAppError(error, requestId);
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    if (fe.validationContext && fe.validationContext !== 'body') {
      return { status: 400, body: { message: `Invalid ${fe.validationContext} parameter`, code: 'InvalidQueryParameter' } };
    }
    const errors = validationErrors(fe.validation);
    const first = errors[0];
    return { status: 400, body: { message: first ? `${first.field} ${first.message}` : 'The request body is invalid', code: 'ValidationFailed', errors } };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, body: { message: 'Bodies must be application/json', code: 'UnsupportedMediaType' } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: { message: 'The request body must not exceed 1 MiB', code: 'PayloadTooLarge' } };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, body: { message: 'The request body is not valid JSON', code: 'InvalidJson' } };
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: 400, body: { message: fe.message, code: 'ValidationFailed' } };
  }
  return { status: 500, body: { message: `An unexpected error occurred (Request-Id ${requestId})`, code: 'InternalError' } };
}
