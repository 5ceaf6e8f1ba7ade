/**
 * Composition root of the HTTP server: shared plumbing (request id, JSON
 * parsing, validation, logging) and the surfaces mounted on their prefixes.
 * `buildApp` never listens; main.ts does, and tests use `inject()`.
 */
import http from 'node:http';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { AppDeps } from './app-deps.js';
import { registerApiLog } from './http/api-log.js';
import { closeUnreadableRequest } from './http/client-errors.js';
import { UNAVAILABLE_RETRY_AFTER_S } from './http/unavailable.js';
import { pingDb } from './storage/database.js';
import { registerJsonParser } from './http/json-parser.js';
import { registerTextSafety } from './http/text-safety.js';
import { registerMetrics } from './http/metrics.js';
import { newRequestId } from './http/request-id.js';
import { lazyRequestLogger } from './http/request-logger.js';
import { registerOpenApi } from './http/openapi.js';
import { registerErrorSchemas } from './http/error-responses.js';
import { httpStatusOf } from './http/error-status.js';
import { isAppError } from './core/errors.js';
import { CONNECT_ERRORS } from './surfaces/connect/schemas/errors.js';
import { V3_ERRORS } from './surfaces/pat-v3/error-schema.js';
import { ASTRA_ERRORS } from './surfaces/astra/problem-schema.js';
import { registerDashboard } from './http/dashboard.js';
import { createValidatorCompiler } from './http/validation.js';
import { connectSurface } from './surfaces/connect/plugin.js';
import { connectRoutes } from './surfaces/connect/routes/index.js';
import { adminSurface } from './surfaces/admin/plugin.js';
import { patV3Surface } from './surfaces/pat-v3/plugin.js';
import { astraSurface } from './surfaces/astra/plugin.js';
import { oauthSurface } from './surfaces/oauth/plugin.js';
import { oauthMetadataRoute } from './surfaces/oauth/metadata.js';
import { secretScanningSurface } from './surfaces/secret-scanning/plugin.js';
import { routerErrorHandler } from './surfaces/router-errors.js';

export const BODY_LIMIT = 1024 * 1024;
/** How long `/readyz` waits for the database's answer. */
const READY_TIMEOUT_MS = 1_000;

/** One registered route: what the OpenAPI document and the shared security tests enumerate. */
export interface RouteEntry {
  method: string;
  url: string;
  permission: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

/**
 * Per-request log lines at debug level: at info they cost more than the
 * credential check itself. Every request is still recorded in the API log,
 * and unexpected errors are logged by the surfaces' error handlers.
 */
class QuietRequestLogs extends LogController {
  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ req: request }, 'incoming request');
  }
  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    if (error) reply.log.error({ res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

/**
 * Node answers 408 and closes a connection whose headers, or whole request, arrive too slowly
 * (a byte a second would otherwise hold a socket forever). It looks for such connections every
 * `connectionsCheckingInterval` (30 s by default), so that follows the timeout.
 */
function httpTimeouts(config: AppDeps['config']) {
  const { requestTimeoutMs, headersTimeoutMs, keepAliveTimeoutMs } = config;
  const connectionsCheckingInterval = Math.min(1000, Math.max(50, Math.floor(headersTimeoutMs / 4)));
  return {
    requestTimeout: requestTimeoutMs,
    keepAliveTimeout: keepAliveTimeoutMs,
    clientErrorHandler: closeUnreadableRequest,
    http: { requestTimeout: requestTimeoutMs, headersTimeout: headersTimeoutMs, connectionsCheckingInterval },
  };
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.logger as unknown as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    genReqId: (req) => newRequestId(req.url),
    logController: new QuietRequestLogs({ requestIdLogLabel: 'requestId' }),
    // Each request's pino child only once it writes a line (most never do).
    childLoggerFactory: lazyRequestLogger,
    requestIdHeader: false,
    trustProxy: false,
    return503OnClosing: true,
    // Undecodable or over-long path segments: the owning surface's 404, not Fastify's own format.
    frameworkErrors: routerErrorHandler(deps),
    routerOptions: { ignoreTrailingSlash: true },
    ...httpTimeouts(deps.config),
  });
  app.setValidatorCompiler(createValidatorCompiler());
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue;
      routeTable.push({ method, url: route.url, permission: route.config?.permission });
    }
  });
  registerJsonParser(app);

  app.decorateRequest('requestId', '');
  // A callback, not async: every request runs it, and it never waits.
  app.addHook('onRequest', (req, reply, done) => {
    req.requestId = req.id;
    reply.header('Request-Id', req.id);
    done();
  });
  // Answered before its body arrived (a 401, a 415): the connection closes after the answer, rather
  // than waiting for the rest of a body nobody will read (and timing it out with a second status line).
  app.addHook('onSend', (req, reply, payload, done) => {
    if (req.raw.complete === false) reply.header('connection', 'close');
    done(null, payload);
  });
  // NUL and lone surrogates in query strings and path parameters: a 400, never a database error.
  registerTextSafety(app);
  // Every request of every surface lands in the API log; hooked here, before any surface is mounted.
  registerApiLog(app, { writer: deps.apiLogs, clock: deps.clock, onError: (err) => deps.logger.warn({ err }, 'api log entry not recorded') });
  // Request latency by route and status, and GET /metrics (Prometheus).
  registerMetrics(app, deps.metrics);

  // Routes outside the surfaces (health, metadata, dashboard): an AppError gets its status and
  // Fastify's own error shape; the surfaces set their own handlers.
  app.setErrorHandler(async (error, req, reply) => {
    const status = isAppError(error) ? httpStatusOf(error.code) : typeof (error as { statusCode?: unknown }).statusCode === 'number' ? (error as { statusCode: number }).statusCode : 500;
    if (status >= 500) req.log.error({ err: error }, 'unexpected error');
    const message = status >= 500 ? `Unexpected error; Request-Id ${req.requestId}` : (error as Error).message;
    return reply.code(status).send({ statusCode: status, error: http.STATUS_CODES[status] ?? 'Error', message });
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  // Its own short limit: a probe learns "not ready" in a second while the database does not answer.
  app.get('/readyz', async (_req, reply) => {
    if (await pingDb(deps.db, READY_TIMEOUT_MS)) return { status: 'ready' };
    return reply.code(503).header('Retry-After', UNAVAILABLE_RETRY_AFTER_S).send({ status: 'unavailable' });
  });

  // OpenAPI 3.1 at /openapi.json and the reference at /docs; before the surfaces, so it sees their routes.
  await registerOpenApi(app);
  // Each surface's error body, one shared schema each (routes reference them: src/http/error-responses.ts).
  registerErrorSchemas(app, [CONNECT_ERRORS.format, V3_ERRORS.format, ASTRA_ERRORS.format]);
  // The dashboard's static files at /dashboard (hidden from the contract).
  await registerDashboard(app);
  await app.register(async (scope) => connectSurface(scope, { ...deps, routes: connectRoutes }), { prefix: '/api/v1' });
  await app.register(async (scope) => adminSurface(scope, deps), { prefix: '/admin/v1' });
  await app.register(async (scope) => patV3Surface(scope, deps), { prefix: '/v3' });
  await app.register(async (scope) => astraSurface(scope, deps), { prefix: '/accounts' });
  await app.register(async (scope) => oauthSurface(scope, deps), { prefix: '/oauth' });
  // Leaked-secret reports from secret scanners, authenticated by the scanner's signature (404 unless configured).
  await app.register(async (scope) => secretScanningSurface(scope, deps), { prefix: '/secret-scanning/v1' });
  // RFC 8414 metadata, outside /oauth (and its client authentication).
  oauthMetadataRoute(app, deps);
  return app;
}
