/**
 * Astra problem details (astra-api.md §7): `application/problem+json` with
 * `type`, `title`, `detail`, `status` (a string) and a `correlationID` (the
 * request id's UUID). Types 1–11 carry the one title and detail the reference
 * allows; specifics go in `invalidParams`, `invalidFields` or
 * `schemaValidationFailure`. Internal error codes map to types here only.
 */
import type { FastifyError } from 'fastify';
import { decodeId } from '../../core/ids.js';
import { isAppError, type AppError, type ErrorCode } from '../../core/errors.js';
import { httpStatusOf } from '../../http/error-status.js';
import { unavailableAsAppError } from '../../http/unavailable.js';
import { databaseInputAsAppError } from '../../http/database-input.js';

export type ProblemId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 30 | 32 | 34 | 38 | 41 | 69 | 85 | 'too-many-requests' | 'idempotency-key-in-use' | 'idempotency-key-reused';

export const PROBLEMS: Record<ProblemId, { status: number; title: string; detail: string }> = {
  1: { status: 404, title: 'Resource not found', detail: "The resource specified in the request URI wasn't found." },
  2: { status: 404, title: 'Collection not found', detail: "The collection specified in the request URI wasn't found." },
  3: { status: 401, title: 'Missing bearer token', detail: 'The request is missing the required bearer token.' },
  4: { status: 401, title: 'Invalid bearer token', detail: "The bearer token provided is invalid, revoked, or doesn't exist." },
  5: { status: 400, title: 'Invalid query parameters', detail: 'The supplied query parameters are invalid.' },
  6: { status: 400, title: 'Query parameters not supported', detail: "The supplied query parameters aren't supported for this endpoint." },
  7: { status: 400, title: 'Invalid JSON payload', detail: 'The request body is not valid JSON.' },
  8: { status: 400, title: 'Invalid JSON resource', detail: "The request body JSON doesn't conform to the schema." },
  9: { status: 400, title: 'Invalid JSON resource', detail: "The request body JSON didn't pass extended validation." },
  10: { status: 409, title: 'JSON resource conflict', detail: 'The request body JSON contains a field that conflicts with an idempotent value.' },
  11: { status: 403, title: 'Operation not permitted', detail: "The requested operation isn't permitted." },
  12: { status: 400, title: 'Invalid headers', detail: 'The supplied request headers are invalid.' },
  30: { status: 404, title: 'Version not available', detail: 'The requested API version is not available.' },
  32: { status: 406, title: 'Unsupported content type', detail: 'None of the media types in the Accept header can be produced.' },
  34: { status: 500, title: 'Internal server error', detail: 'The server encountered an unexpected error.' },
  38: { status: 412, title: 'Precondition not met', detail: 'The resource has changed since the supplied ETag.' },
  41: { status: 503, title: 'Service not ready', detail: 'The service is not ready to handle requests.' },
  69: { status: 405, title: 'Method not supported', detail: "The request method isn't supported for this resource." },
  85: { status: 413, title: 'Request body too large', detail: 'The request body exceeds the size limit.' },
  'too-many-requests': { status: 429, title: 'Too many requests', detail: 'The rate limit for this credential has been exceeded.' },
  'idempotency-key-in-use': { status: 409, title: 'Idempotency key in use', detail: 'A request with this Idempotency-Key is still in progress.' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency key reused', detail: 'The Idempotency-Key was already used with a different request.' },
};

export interface NameReason {
  name: string;
  reason: string;
}

/** A problem the surface raises itself (query, headers, media types), with its extension members. */
export class AstraProblem extends Error {
  constructor(
    readonly id: ProblemId,
    readonly extra: { invalidParams?: NameReason[]; invalidFields?: NameReason[]; schemaValidationFailure?: string } = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(PROBLEMS[id].title);
    this.name = 'AstraProblem';
  }
}

const BY_CODE: Partial<Record<ErrorCode, ProblemId>> = {
  BAD_REQUEST: 9,
  MALFORMED_JSON: 7,
  INVALID_QUERY: 5,
  UNAUTHENTICATED: 3,
  TOKEN_INVALID: 4,
  FORBIDDEN: 11,
  INSUFFICIENT_SCOPE: 11,
  METHOD_NOT_ALLOWED: 69,
  NOT_ACCEPTABLE: 32,
  CONFLICT: 10,
  NOT_UNIQUE: 10,
  PRECONDITION_FAILED: 38,
  PAYLOAD_TOO_LARGE: 85,
  UNSUPPORTED_MEDIA_TYPE: 12,
  IDEMPOTENCY_IN_FLIGHT: 'idempotency-key-in-use',
  IDEMPOTENCY_MISMATCH: 'idempotency-key-reused',
  RATE_LIMITED: 'too-many-requests',
  INTERNAL: 34,
  UNAVAILABLE: 41,
};

export interface ProblemResponse {
  status: number;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** The UUID behind `req_…`: Astra's correlationID. */
export function correlationId(requestId: string): string | undefined {
  return decodeId('req', requestId) ?? undefined;
}

export function problemBody(id: ProblemId, requestId: string, docsBase: string, extra: AstraProblem['extra'] = {}): Record<string, unknown> {
  const p = PROBLEMS[id];
  const type = typeof id === 'number' ? `https://astra.netapp.io/problems/${id}` : `${docsBase}/docs/problems/${id}`;
  const correlationID = correlationId(requestId);
  return { type, title: p.title, detail: p.detail, status: String(p.status), ...(correlationID ? { correlationID } : {}), ...extra };
}

function invalidFieldsOf(e: AppError): NameReason[] {
  const listed = e.details.meta?.invalidFields as NameReason[] | undefined;
  if (listed?.length) return listed;
  const name = e.details.field
    ? e.details.field.map((s) => (typeof s === 'object' ? s.key : String(s))).join('.')
    : (e.details.pointer ?? '/body').split('/').filter(Boolean).join('.') || 'body';
  return [{ name, reason: e.message }];
}

function schemaFailure(errors: AjvError[]): string {
  const e = errors[0];
  if (!e) return 'The body does not conform to the schema';
  const at = e.instancePath.split('/').filter(Boolean).join('.') || 'body';
  if (e.keyword === 'required') return `${at === 'body' ? '' : at + '.'}${String(e.params.missingProperty)} is required`;
  if (e.keyword === 'additionalProperties') return `${at === 'body' ? '' : at + '.'}${String(e.params.additionalProperty)} is not allowed`;
  if (e.keyword === 'enum') return `${at} must be one of ${(e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  return `${at} ${e.message ?? 'is invalid'}`;
}

/** Maps anything thrown on the Astra surface to a problem; `notFound` is the operation's 404 type (1 or 2). */
export function toProblem(thrown: unknown, ctx: { requestId: string; docsBase: string; notFound: 1 | 2 }): ProblemResponse {
  const error = databaseInputAsAppError(unavailableAsAppError(thrown));
  const make = (id: ProblemId, extra: AstraProblem['extra'] = {}, headers: Record<string, string> = {}): ProblemResponse => ({
    status: PROBLEMS[id].status,
    body: problemBody(id, ctx.requestId, ctx.docsBase, extra),
    headers,
  });
  if (error instanceof AstraProblem) return make(error.id, error.extra, error.headers);
  if (isAppError(error)) {
    if (error.code === 'NOT_FOUND') return make(ctx.notFound);
    const id = BY_CODE[error.code] ?? (httpStatusOf(error.code) >= 500 ? 34 : 9);
    const headers: Record<string, string> = {};
    if (error.details.retryAfter !== undefined) headers['retry-after'] = String(error.details.retryAfter);
    if (id === 9 || id === 10) return make(id, { invalidFields: invalidFieldsOf(error) }, headers);
    if (id === 5) return make(id, { invalidParams: [{ name: error.details.pointer ?? error.details.field?.join('.') ?? 'query', reason: error.message }] }, headers);
    return make(id, {}, headers);
  }
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    if (fe.validationContext === 'body') return make(8, { schemaValidationFailure: schemaFailure(fe.validation) });
    return make(ctx.notFound);
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return make(12, { invalidParams: [{ name: 'Content-Type', reason: 'must be application/astra-token+json or application/json' }] });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return make(85);
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return make(7);
  }
  return make(34);
}
