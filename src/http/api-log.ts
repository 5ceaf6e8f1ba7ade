/**
 * Records every request of every surface in the API log (connect-api.md §9,
 * platform.md §3). The entry is built in `onResponse` from what the request
 * already holds and handed to the batching writer: no query and no await on
 * the request path. Surfaces only set `req.actor` when they authenticate.
 * `/oauth` requests keep their row too: introspection is authenticated by an
 * API key, and its use is exactly what an environment's log should show.
 * The row is made cheap instead (COPY, two secondary indexes, fast paths).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  MAX_PARAMS_BYTES,
  maskAuthorization,
  redactHeader,
  redactParams,
  redactString,
  type ApiLogEntry,
  type ApiLogWriter,
} from '../api-logs/index.js';
import type { Actor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import { decodeId } from '../core/ids.js';
import { sliceText } from '../core/safe-text.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller; each surface's authentication sets it (API log, metrics). */
    actor: Actor | null;
    /** The body as the client sent it, before a surface rewrites it (e.g. Connect's key inflection). */
    apiLogBody: unknown;
  }
}

/** Request headers kept, by their lower-case and their logged names (connect-api.md §9). */
const REQUEST_HEADERS = [
  ['accept', 'Accept'],
  ['host', 'Host'],
  ['persona-version', 'Persona-Version'],
  ['user-agent', 'User-Agent'],
] as const;
const RESPONSE_HEADERS = [
  ['cache-control', 'Cache-Control'],
  ['content-type', 'Content-Type'],
  ['ratelimit-limit', 'RateLimit-Limit'],
  ['ratelimit-remaining', 'RateLimit-Remaining'],
  ['ratelimit-reset', 'RateLimit-Reset'],
  ['request-id', 'Request-Id'],
] as const;
const INTEGER_HEADERS = new Set(['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset']);
const MAX_PATH = 2048;

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Whether a parsed query string has any parameter (most requests have none: no redaction walk). */
function hasKeys(query: unknown): boolean {
  if (query === null || typeof query !== 'object') return query !== undefined && query !== null;
  for (const _ in query) return true;
  return false;
}

function postParams(req: FastifyRequest): Record<string, unknown> {
  const body = req.apiLogBody;
  if (body === undefined || body === null) return {};
  // A body far over the cap is not walked at all: its size says enough.
  const length = Number(first(req.headers['content-length']) ?? 0);
  if (length > MAX_PARAMS_BYTES * 4) return { '[TRUNCATED]': `${length} bytes exceed the ${MAX_PARAMS_BYTES}-byte limit` };
  return redactParams(body);
}

/** The API log entry of a finished request; null when it has no `req_…` id. */
export function buildApiLogEntry(req: FastifyRequest, reply: FastifyReply, now: Date): ApiLogEntry | null {
  const id = decodeId('req', req.id);
  if (!id) return null;
  const elapsed = reply.elapsedTime;
  const headers: Record<string, string> = {};
  for (const [name, logged] of REQUEST_HEADERS) {
    const v = first(req.headers[name]);
    if (v !== undefined) headers[logged] = redactHeader(v);
  }
  const authorization = first(req.headers.authorization);
  if (authorization !== undefined) headers.Authorization = maskAuthorization(authorization);
  const responseHeaders: Record<string, string | number> = {};
  for (const [name, logged] of RESPONSE_HEADERS) {
    const v = reply.getHeader(name);
    if (v === undefined) continue;
    const text = Array.isArray(v) ? v.join(', ') : String(v);
    responseHeaders[logged] = INTEGER_HEADERS.has(name) && /^\d+$/.test(text) ? Number(text) : text;
  }
  const q = req.url.indexOf('?');
  const path = sliceText(redactString(q === -1 ? req.url : req.url.slice(0, q)), MAX_PATH);
  const actor = req.actor;
  return {
    id,
    organizationId: actor?.organizationId ?? null,
    environmentId: actor?.environmentId ?? null,
    credentialId: actor?.credentialId ?? null,
    method: req.method,
    path,
    status: reply.statusCode,
    latencyMs: Math.round(elapsed * 1000) / 1000,
    ipAddress: req.ip,
    userAgent: headers['User-Agent'] ?? null,
    request: { headers, getParams: hasKeys(req.query) ? redactParams(req.query) : {}, postParams: postParams(req) },
    responseHeaders,
    // The request's arrival, never before it: `now` is whole milliseconds, so round the difference up.
    createdAt: new Date(Math.ceil(now.getTime() - elapsed)),
    redactedAt: null,
  };
}

export interface ApiLogHookOptions {
  writer: Pick<ApiLogWriter, 'record'>;
  clock: Clock;
  onError?: (error: unknown) => void;
}

/** Registers the API log on `app`; call before any surface is registered so every route inherits it. */
export function registerApiLog(app: FastifyInstance, opts: ApiLogHookOptions): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('apiLogBody', undefined);
  app.addHook('preValidation', (req, _reply, done) => {
    req.apiLogBody = req.body;
    done();
  });
  app.addHook('onResponse', (req, reply, done) => {
    try {
      const entry = buildApiLogEntry(req, reply, opts.clock.now());
      if (entry) opts.writer.record(entry);
    } catch (error) {
      // The log is diagnostics: a failure to record one must never touch the response.
      opts.onError?.(error);
    }
    done();
  });
}
