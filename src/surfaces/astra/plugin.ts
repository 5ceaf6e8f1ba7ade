/**
 * The Astra surface (`/accounts/{account_id}/core/v1`, NetApp Astra Control
 * compatible, astra-api.md): bearer → Actor, IETF rate-limit fields, the
 * account check (another account is a 404, never a 403), media types and
 * Accept, idempotency on POST, problem+json errors, 404/405 problems. Routes
 * only adapt.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../core/errors.js';
import { registerIdempotency } from '../../http/idempotency.js';
import { trackRouteMethods } from '../../http/method-not-allowed.js';
import { authError } from '../../http/authenticate.js';
import { authenticateUser } from '../../http/user-auth.js';
import { publicBase } from './base.js';
import { acceptable, checkRequestContentType } from './media.js';
import { AstraProblem, toProblem } from './problems.js';
import { logServerError } from '../../http/unavailable.js';
import { tokenRoutes } from './routes/tokens.js';
import { userRoutes } from './routes/users.js';
import { declareErrorResponses } from '../../http/error-responses.js';
import { ASTRA_ERRORS } from './problem-schema.js';
import { typed } from '../../http/typed.js';

export interface AstraRouteConfig {
  /** The operation's 404 problem type. */
  notFound: 1 | 2;
  /** The success response's media type (for Accept); null: no body. */
  media: string | null;
  /** Whether the operation takes query parameters (only lists do). */
  query?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    astra?: AstraRouteConfig;
  }
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** A path parameter, before the route's schemas have run (hooks see the raw router values). */
function pathParam(req: FastifyRequest, name: string): string | undefined {
  const params: unknown = req.params;
  const value: unknown = typeof params === 'object' && params !== null ? Reflect.get(params, name) : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** The names of the request's query parameters. */
function queryNames(req: FastifyRequest): string[] {
  const query: unknown = req.query;
  return typeof query === 'object' && query !== null ? Object.keys(query) : [];
}

async function authenticate(req: FastifyRequest, reply: FastifyReply, deps: AppDeps): Promise<void> {
  const { outcome, rateLimit: rl } = await authenticateUser(req, deps, { surface: 'astra' });
  reply.header('RateLimit-Policy', `"default";q=${rl.limit};w=${rl.windowSeconds}`);
  reply.header('RateLimit', `"default";r=${rl.remaining};t=${rl.resetSeconds}`);
  if (!rl.allowed) throw new AppError('RATE_LIMITED', 'rate limit exceeded', { retryAfter: rl.resetSeconds });
  if (!outcome?.ok) throw authError(outcome ?? { reason: 'missing' });
  const actor = outcome.actor;
  req.actor = actor;

  const config = req.routeOptions.config?.astra;
  if (!config) return;
  // Another organization's account is answered exactly like one that does not exist.
  const accountId = pathParam(req, 'account_id');
  if (accountId === undefined || accountId.toLowerCase() !== actor.organizationId) throw new AppError('NOT_FOUND', 'unknown account');
  if (config.media !== null && !acceptable(header(req, 'accept'), config.media)) throw new AstraProblem(32);
  const unexpected = config.query ? [] : queryNames(req);
  if (unexpected.length > 0) throw new AstraProblem(6, { invalidParams: unexpected.map((name) => ({ name, reason: 'this operation takes no query parameters' })) });
}

export async function astraSurface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  declareErrorResponses(app, ASTRA_ERRORS);
  const methods = trackRouteMethods(app);
  app.addHook('onRequest', async (req, reply) => authenticate(req, reply, deps));
  app.addHook('preValidation', async (req) => {
    if ((req.method !== 'POST' && req.method !== 'PUT') || !req.routeOptions.schema?.body) return;
    checkRequestContentType(header(req, 'content-type'));
    if (req.body === undefined || req.body === null) throw new AstraProblem(7);
  });
  registerIdempotency(app, {
    store: deps.store.idempotency,
    clock: deps.clock,
    secret: deps.secret,
    scope: (req) => (req.actor ? `astra:${req.actor.organizationId}:${req.actor.userId}` : null),
    keepHeaders: ['location', 'cache-control', 'etag'],
  });

  app.setErrorHandler(async (error, req, reply) => {
    const notFound = req.routeOptions.config?.astra?.notFound ?? 2;
    const mapped = toProblem(error, { requestId: req.requestId, docsBase: publicBase(req, deps), notFound });
    if (mapped.status >= 500) logServerError(req.log, error);
    if (mapped.status === 401) reply.header('WWW-Authenticate', 'Bearer');
    for (const [name, value] of Object.entries(mapped.headers)) reply.header(name, value);
    reply.removeHeader('etag');
    reply.removeHeader('location');
    return reply.code(mapped.status).type('application/problem+json').send(JSON.stringify(mapped.body));
  });

  // Unknown paths pass the onRequest hook first (authenticated and counted), then land here.
  app.setNotFoundHandler(async (req) => {
    const path = req.url.split('?')[0]!;
    const version = /^\/accounts\/[^/]+\/core\/(v[^/]*)(\/|$)/.exec(path);
    if (version && version[1] !== 'v1') throw new AstraProblem(30);
    const allowed = methods.allowed(path);
    if (allowed && !allowed.includes(req.method)) throw new AstraProblem(69, {}, { allow: allowed.join(', ') });
    // Includes the LDAP-group family (…/groups/{group_id}/users/…), which Tessera does not serve.
    throw new AppError('NOT_FOUND', 'unknown collection');
  });

  await tokenRoutes(typed(app), deps);
  await userRoutes(typed(app), deps);
}
