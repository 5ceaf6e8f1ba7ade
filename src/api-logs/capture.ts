/**
 * What a finished request leaves for its API log entry, as raw values read
 * off the request and reply (no redaction, no JSON, no id decoding), and the
 * entry built from it. The request path only captures; the entry is built
 * where it is written — in the API log thread when there is one — since
 * redaction and encoding cost more than the capture itself.
 *
 * A capture holds secrets as the client sent them (the Authorization header,
 * a form's `client_secret`): it never leaves the process, and `entryOf` is
 * the one place that turns it into something kept.
 */
import { decodeId } from '../core/ids.js';
import { sliceText } from '../core/safe-text.js';
import { MAX_PARAMS_BYTES, maskAuthorization, redactHeader, redactParams, redactString } from './redact.js';
import type { ApiLogEntry } from './types.js';

/** Request headers kept, by their lower-case and their logged names (connect-api.md §9); `authorization` is masked apart. */
export const CAPTURED_REQUEST_HEADERS = [
  ['accept', 'Accept'],
  ['host', 'Host'],
  ['persona-version', 'Persona-Version'],
  ['user-agent', 'User-Agent'],
] as const;
export const CAPTURED_RESPONSE_HEADERS = [
  ['cache-control', 'Cache-Control'],
  ['content-type', 'Content-Type'],
  ['ratelimit-limit', 'RateLimit-Limit'],
  ['ratelimit-remaining', 'RateLimit-Remaining'],
  ['ratelimit-reset', 'RateLimit-Reset'],
  ['request-id', 'Request-Id'],
] as const;
const INTEGER_HEADERS = new Set<string>(['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']);
const MAX_PATH = 2048;

export interface ApiLogCapture {
  /** `req_…`, as sent in `Request-Id`. */
  requestId: string;
  method: string;
  /** The request URL, query string included. */
  url: string;
  status: number;
  elapsedMs: number;
  /** When the response ended (epoch ms, the app's clock). */
  endedAt: number;
  ip: string;
  /** Values of CAPTURED_REQUEST_HEADERS, in order, then `authorization`; undefined when absent. */
  requestHeaders: Array<string | undefined>;
  /** Values of CAPTURED_RESPONSE_HEADERS, in order; undefined when absent. */
  responseHeaders: Array<string | number | string[] | undefined>;
  organizationId: string | null;
  environmentId: string | null;
  credentialId: string | null;
  /** The parsed query string; undefined when it has no parameter. */
  query: unknown;
  /** The body as the client sent it (before a surface rewrote it); undefined when none. */
  body: unknown;
  /** The request's Content-Length (0 when none). */
  contentLength: number;
}

function postParams(body: unknown, contentLength: number): Record<string, unknown> {
  if (body === undefined || body === null) return {};
  // A body far over the cap is not walked at all: its size says enough.
  if (contentLength > MAX_PARAMS_BYTES * 4) return { '[TRUNCATED]': `${contentLength} bytes exceed the ${MAX_PARAMS_BYTES}-byte limit` };
  return redactParams(body);
}

/** The API log entry of a captured request; null when it has no `req_…` id. */
export function entryOf(c: ApiLogCapture): ApiLogEntry | null {
  const id = decodeId('req', c.requestId);
  if (!id) return null;
  const headers: Record<string, string> = {};
  for (let i = 0; i < CAPTURED_REQUEST_HEADERS.length; i++) {
    const v = c.requestHeaders[i];
    if (v !== undefined) headers[CAPTURED_REQUEST_HEADERS[i]![1]] = redactHeader(v);
  }
  const authorization = c.requestHeaders[CAPTURED_REQUEST_HEADERS.length];
  if (authorization !== undefined) headers.Authorization = maskAuthorization(authorization);
  const responseHeaders: Record<string, string | number> = {};
  for (let i = 0; i < CAPTURED_RESPONSE_HEADERS.length; i++) {
    const v = c.responseHeaders[i];
    if (v === undefined) continue;
    const [name, logged] = CAPTURED_RESPONSE_HEADERS[i]!;
    const text = Array.isArray(v) ? v.join(', ') : String(v);
    responseHeaders[logged] = INTEGER_HEADERS.has(name) && /^\d+$/.test(text) ? Number(text) : text;
  }
  const q = c.url.indexOf('?');
  const path = sliceText(redactString(q === -1 ? c.url : c.url.slice(0, q)), MAX_PATH);
  return {
    id,
    organizationId: c.organizationId,
    environmentId: c.environmentId,
    credentialId: c.credentialId,
    method: c.method,
    path,
    status: c.status,
    latencyMs: Math.round(c.elapsedMs * 1000) / 1000,
    ipAddress: c.ip,
    userAgent: headers['User-Agent'] ?? null,
    request: { headers, getParams: c.query === undefined ? {} : redactParams(c.query), postParams: postParams(c.body, c.contentLength) },
    responseHeaders,
    // The request's arrival, never before it: `endedAt` is whole milliseconds, so round the difference up.
    createdAt: new Date(Math.ceil(c.endedAt - c.elapsedMs)),
    redactedAt: null,
  };
}
