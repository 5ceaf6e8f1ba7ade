/**
 * The one place where error codes become Connect's `{"errors": [...]}` bodies
 * (connect-api.md §1.4): the item shape is fixed per status.
 */
import type { FastifyError } from 'fastify';
import type { AppError, FieldPath } from '../../core/errors.js';
import { fieldPointer, httpStatusOf } from '../../http/error-status.js';
import { isAppError } from '../../core/errors.js';
import { unavailableAsAppError } from '../../http/unavailable.js';
import { databaseInputAsAppError } from '../../http/database-input.js';
import { inflectPath, type Inflection } from './inflection.js';

export interface ConnectErrorItem {
  title: string;
  details?: string;
  source?: { pointer: string };
  meta?: Record<string, unknown>;
}

export const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Record not found',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  422: 'Unprocessable entity',
  429: 'Rate limit exceeded',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const UNAUTHENTICATED_TITLE = 'Must be authenticated to access this endpoint';
export const TOKEN_INVALID_TITLE = 'Token is invalid';

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** Messages start with the path at fault; only that word follows the caller's inflection. */
function inflectLeadingPath(message: string, inflection: Inflection): string {
  return message.replace(/^\S+/, (path) => inflectPath(path, inflection));
}

function dotted(instancePath: string): string {
  return instancePath.split('/').filter(Boolean).join('.');
}

/** One readable sentence naming the path at fault, e.g. `data.attributes.source-id is missing`. */
export function describeValidation(errors: AjvError[], part: string): string {
  const e = errors[0];
  if (!e) return 'Request is invalid';
  const base = dotted(e.instancePath);
  const at = (k: string) => (base ? `${base}.${k}` : k);
  const prefix = part === 'body' ? '' : `${part} parameter `;
  switch (e.keyword) {
    case 'required':
      return `${prefix}${at(String(e.params.missingProperty))} is missing`;
    case 'additionalProperties':
      return `${prefix}${at(String(e.params.additionalProperty))} is not allowed`;
    case 'type':
      return `${prefix}${base || 'body'} must be of type ${String(e.params.type)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${prefix}${base} must be ${e.message?.replace(/^must be /, '') ?? 'in range'}`;
    case 'enum':
      return `${prefix}${base} must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    case 'const':
      return `${prefix}${base} must be ${JSON.stringify(e.params.allowedValue)}`;
    default:
      return `${prefix}${base || 'body'} ${e.message ?? 'is invalid'}`;
  }
}

function item(status: number, message: string, pointer: string | undefined, meta: Record<string, unknown> | undefined, inflection: Inflection): ConnectErrorItem {
  // A 401 never echoes why a credential failed, unless the error names a header the caller can fix (meta.details).
  if (status === 401) return typeof meta?.details === 'string' ? { title: message, details: meta.details } : { title: message };
  const title = TITLES[status] ?? TITLES[500]!;
  const out: ConnectErrorItem = { title };
  if (status === 400 || status === 422 || status === 429 || status === 500 || message !== title) out.details = message;
  if (status === 422 && pointer) out.source = { pointer: inflectPath(pointer, inflection) };
  if (meta && status !== 422 && status !== 429 && status !== 500) out.meta = meta;
  return out;
}

export interface MappedError {
  status: number;
  body: { errors: ConnectErrorItem[] };
  retryAfter?: number;
}

/** Maps any thrown value to a Connect error response. */
export function toConnectError(thrown: unknown, inflection: Inflection, requestId: string): MappedError {
  const error = databaseInputAsAppError(unavailableAsAppError(thrown));
  if (isAppError(error)) return fromAppError(error, inflection);
  const fe = error as FastifyError & { validation?: AjvError[]; validationContext?: string };
  if (fe.validation) {
    const details = inflectLeadingPath(describeValidation(fe.validation, fe.validationContext ?? 'body'), inflection);
    return { status: 400, body: { errors: [{ title: TITLES[400]!, details }] } };
  }
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, body: { errors: [{ title: TITLES[400]!, details: 'Content-Type must be application/json' }] } };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: { errors: [{ title: TITLES[413]!, details: 'Request body must not exceed 1 MiB' }] } };
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: 400, body: { errors: [{ title: TITLES[400]!, details: fe.message }] } };
  }
  return { status: 500, body: { errors: [{ title: TITLES[500]!, details: `Unexpected error; Request-Id ${requestId}` }] } };
}

/** Inputs Connect takes in the document's `meta` rather than its attributes. */
const META_INPUTS = new Set(['fieldMappings']);
const camelToKebab = (name: string) => name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());

/** A use case's input field as Connect's JSON pointer into the request document. */
export function connectPointer(field: FieldPath): string {
  const first = field[0];
  const base = typeof first === 'string' && META_INPUTS.has(first) ? '/meta' : '/data/attributes';
  return fieldPointer(field, base, camelToKebab);
}

function fromAppError(e: AppError, inflection: Inflection): MappedError {
  let message = e.message;
  const status = httpStatusOf(e.code);
  if (status === 401) message = e.code === 'UNAUTHENTICATED' ? UNAUTHENTICATED_TITLE : TOKEN_INVALID_TITLE;
  if (status === 400 || status === 404) message = inflectLeadingPath(message, inflection);
  const pointer = e.details.pointer ?? (e.details.field ? connectPointer(e.details.field) : undefined);
  return {
    status,
    body: { errors: [item(status, message, pointer, e.details.meta, inflection)] },
    ...(e.details.retryAfter !== undefined ? { retryAfter: e.details.retryAfter } : {}),
  };
}
