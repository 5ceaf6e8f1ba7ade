/**
 * Records every request of every surface in the API log (connect-api.md §9,
 * platform.md §3). `onResponse` captures what the request already holds and
 * hands it to the sink: no query, no await and no redaction on the request
 * path (the entry is built, and written, in the API log thread: see
 * src/api-logs/threaded-sink.ts). Surfaces only set `req.actor` when they authenticate.
 * `/oauth` requests keep their row too: introspection is authenticated by an
 * API key, and its use is exactly what an environment's log should show.
 * The row is made cheap instead (COPY, two secondary indexes, fast paths).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CAPTURED_REQUEST_HEADERS, CAPTURED_RESPONSE_HEADERS, type ApiLogCapture } from '../api-logs/capture.js';
import type { ApiLogSink } from '../api-logs/sink.js';
import type { Actor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The verified caller; each surface's authentication sets it (API log, metrics). */
    actor: Actor | null;
    /** The body as the client sent it, before a surface rewrites it (e.g. Connect's key inflection). */
    apiLogBody: unknown;
  }
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

/** Whether a parsed query string has any parameter (most requests have none: nothing to send or redact). */
function hasKeys(query: unknown): boolean {
  if (query === null || typeof query !== 'object') return query !== undefined && query !== null;
  for (const _ in query) return true;
  return false;
}

/**
 * What the API log keeps of a finished request, as raw values: reading them
 * is all the request path does; the entry is built where it is written
 * (src/api-logs/capture.ts).
 */
export function captureApiLog(req: FastifyRequest, reply: FastifyReply, endedAt: number): ApiLogCapture {
  const h = req.headers;
  const requestHeaders: Array<string | undefined> = [];
  for (const [name] of CAPTURED_REQUEST_HEADERS) requestHeaders.push(first(h[name]));
  requestHeaders.push(first(h.authorization));
  const responseHeaders: ApiLogCapture['responseHeaders'] = [];
  for (const [name] of CAPTURED_RESPONSE_HEADERS) responseHeaders.push(reply.getHeader(name) as string | number | string[] | undefined);
  const actor = req.actor;
  const body = req.apiLogBody;
  return {
    requestId: req.id,
    method: req.method,
    url: req.url,
    status: reply.statusCode,
    elapsedMs: reply.elapsedTime,
    endedAt,
    ip: req.ip,
    requestHeaders,
    responseHeaders,
    organizationId: actor?.organizationId ?? null,
    environmentId: actor?.environmentId ?? null,
    credentialId: actor?.credentialId ?? null,
    query: hasKeys(req.query) ? req.query : undefined,
    body: body === null ? undefined : body,
    contentLength: body === undefined || body === null ? 0 : Number(first(h['content-length']) ?? 0),
  };
}

export interface ApiLogHookOptions {
  writer: Pick<ApiLogSink, 'record'>;
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
      opts.writer.record(captureApiLog(req, reply, opts.clock.now().getTime()));
    } catch (error) {
      // The log is diagnostics: a failure to record one must never touch the response.
      opts.onError?.(error);
    }
    done();
  });
}
