/**
 * Every route declares the error answers its surface can send, in the
 * surface's own format: the ones any request may get (a bad header or query,
 * no or a bad credential, a missing permission, the rate limit, a timeout,
 * an outage), a 404 where the path names an object, and for requests with a
 * body the body's own failures (too large, wrong media type, idempotency).
 * A route lists only what is particular to it (a 422 of its rules); this hook
 * adds the rest, so `/openapi.json` declares every status the server sends.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import type { TSchema } from 'typebox';

export interface ErrorFormat {
  /** The body schema's `$id`: one shared component in the document, referenced by every route. */
  id: string;
  /** The error body's schema (documentation and the contract check; errors are serialized by each surface's handler). */
  schema: TSchema;
  /** Its media type, when not `application/json`. */
  contentType?: string;
}

export type ErrorDescriptions = Partial<Record<number, string>>;

export interface SurfaceErrors {
  format: ErrorFormat;
  /** Statuses any route may answer. */
  always: ErrorDescriptions;
  /** Statuses of a route whose path names an object (`/:id`). */
  withId?: ErrorDescriptions;
  /** Statuses of a request that carries a body (POST, PUT, PATCH). */
  withBody?: ErrorDescriptions;
  /** Statuses of a route open without credentials (`config.anonymous`) replace `always` when given. */
  anonymous?: ErrorDescriptions;
}

const RETRY_AFTER = { 'Retry-After': { type: 'integer', description: 'Seconds to wait before retrying' } };

/**
 * Fastify's own error shape: Node's answer to a request that arrives too slowly
 * (http/client-errors.ts, on every surface), and the errors of routes outside the surfaces.
 */
const PLAIN_ERROR = {
  $id: 'PlainError',
  type: 'object',
  properties: { error: { type: 'string' }, message: { type: 'string' }, statusCode: { type: 'integer' } },
  required: ['error', 'message', 'statusCode'],
};

/**
 * Registers the error bodies once, on the root instance (before the surfaces): the document
 * then holds each as one component that every route's answers reference.
 */
export function registerErrorSchemas(app: FastifyInstance, formats: ErrorFormat[]): void {
  app.addSchema(PLAIN_ERROR);
  for (const f of formats) app.addSchema({ ...(f.schema as object), $id: f.id });
}

function answer(format: ErrorFormat, status: number, description: string): Record<string, unknown> {
  if (status === 408) return { description, $ref: 'PlainError#' };
  const headers = status === 429 || status === 503 ? { headers: RETRY_AFTER } : {};
  const ref = { $ref: `${format.id}#` };
  if (format.contentType) return { description, ...headers, content: { [format.contentType]: { schema: ref } } };
  return { description, ...headers, ...ref };
}

/** Adds the surface's error answers to each route registered after it in this scope. */
export function declareErrorResponses(app: FastifyInstance, errors: SurfaceErrors): void {
  app.addHook('onRoute', (route: RouteOptions) => {
    const schema = (route.schema ?? {}) as Record<string, unknown>;
    if (schema.hide) return;
    const methods = [route.method].flat().map((m) => m.toUpperCase());
    const anonymous = (route.config as { anonymous?: boolean } | undefined)?.anonymous === true;
    const statuses: ErrorDescriptions = {
      ...(anonymous && errors.anonymous ? errors.anonymous : errors.always),
      ...(route.url.includes(':') ? errors.withId : {}),
      ...(methods.some((m) => m === 'POST' || m === 'PUT' || m === 'PATCH') ? errors.withBody : {}),
    };
    const response = { ...((schema.response as Record<string, unknown> | undefined) ?? {}) };
    for (const [status, description] of Object.entries(statuses)) {
      if (description !== undefined && !(status in response)) response[status] = answer(errors.format, Number(status), description);
    }
    route.schema = { ...schema, response };
  });
}

/** The errors a route outside the surfaces may answer (app.ts's handler), in Fastify's shape. */
export const PLAIN_ERRORS = {
  400: { description: 'A query string or header with NUL or a lone surrogate', $ref: 'PlainError#' },
  408: { description: 'The request did not arrive within the request timeout', $ref: 'PlainError#' },
  500: { description: 'Unexpected error; the message names the Request-Id', $ref: 'PlainError#' },
} as const;
