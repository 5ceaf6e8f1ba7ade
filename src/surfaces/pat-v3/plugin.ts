/**
 * The `/v3` surface (Cryptlex Web API v3 compatible, pat-v3-api.md): the
 * pipeline every route shares — bearer → Actor (session, personal access
 * token or user API token), `X-Rate-Limit-*` headers, idempotency on POST,
 * `{message, code}` errors, 404/405 — then the routes, which only adapt.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../core/errors.js';
import { registerIdempotency } from '../../http/idempotency.js';
import { trackRouteMethods } from '../../http/method-not-allowed.js';
import { authError } from '../../http/authenticate.js';
import { authenticateUser } from '../../http/user-auth.js';
import { toV3Error } from './errors.js';
import { logServerError } from '../../http/unavailable.js';
import { loginRoutes } from './routes/login.js';
import { personalAccessTokenRoutes } from './routes/personal-access-tokens.js';
import { userRoutes } from './routes/users.js';
import { declareErrorResponses } from '../../http/error-responses.js';
import { V3_ERRORS } from './error-schema.js';
import { typed } from '../../http/typed.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route needs no credential (login). */
    anonymous?: boolean;
  }
}

async function authenticate(req: FastifyRequest, reply: FastifyReply, deps: AppDeps): Promise<void> {
  const anonymous = req.routeOptions.config?.anonymous === true;
  const { outcome, rateLimit: rl } = await authenticateUser(req, deps, { surface: 'v3', anonymous });
  reply.header('X-Rate-Limit-Limit', `${rl.windowSeconds}s`);
  reply.header('X-Rate-Limit-Remaining', rl.remaining);
  reply.header('X-Rate-Limit-Reset', rl.resetAt.toISOString());
  reply.header('RateLimit-Policy', `"default";q=${rl.limit};w=${rl.windowSeconds}`);
  reply.header('RateLimit', `"default";r=${rl.remaining};t=${rl.resetSeconds}`);
  if (!rl.allowed) throw new AppError('RATE_LIMITED', `Rate limit of ${rl.limit} requests per ${rl.windowSeconds} s exceeded`, { retryAfter: rl.resetSeconds });
  if (!outcome) return;
  if (!outcome.ok) throw authError(outcome);
  req.actor = outcome.actor;
}

/** A login body's field, lowercase ('' when absent): the body is not validated yet when the key is claimed. */
function bodyField(body: unknown, name: string): string {
  const value: unknown = typeof body === 'object' && body !== null ? Object.getOwnPropertyDescriptor(body, name)?.value : undefined;
  return String(value ?? '').toLowerCase();
}

export async function patV3Surface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  declareErrorResponses(app, V3_ERRORS);
  const methods = trackRouteMethods(app);
  app.addHook('onRequest', async (req, reply) => authenticate(req, reply, deps));
  registerIdempotency(app, {
    store: deps.store.idempotency,
    clock: deps.clock,
    secret: deps.secret,
    // Login has no caller yet: its keys are scoped to the account it logs in to.
    scope: (req) => {
      if (req.actor) return `v3:${req.actor.organizationId}:${req.actor.userId}`;
      return `v3:login:${bodyField(req.body, 'accountAlias')}:${bodyField(req.body, 'email')}`;
    },
    keepHeaders: ['location', 'cache-control'],
  });

  app.setErrorHandler(async (error, req, reply) => {
    const mapped = toV3Error(error, req.requestId);
    if (mapped.status >= 500) logServerError(req.log, error);
    if (mapped.status === 401 && mapped.body.code !== 'InvalidCredentials') reply.header('WWW-Authenticate', 'Bearer');
    if (mapped.retryAfter !== undefined) reply.header('Retry-After', mapped.retryAfter);
    const allow = (error as { allow?: string[] }).allow;
    if (allow) reply.header('Allow', allow.join(', '));
    reply.serializer((p: unknown) => JSON.stringify(p));
    return reply.code(mapped.status).type('application/json; charset=utf-8').send(mapped.body);
  });

  // Unknown routes pass through the onRequest hook first: authenticated and counted like any other.
  app.setNotFoundHandler(async (req) => {
    const path = req.url.split('?')[0]!;
    const allowed = methods.allowed(path);
    if (allowed && !allowed.includes(req.method)) {
      throw Object.assign(new AppError('METHOD_NOT_ALLOWED', `${req.method} is not allowed here`), { allow: allowed });
    }
    throw new AppError('NOT_FOUND', 'Not found');
  });

  await loginRoutes(typed(app), deps);
  await personalAccessTokenRoutes(typed(app), deps);
  await userRoutes(typed(app), deps);
}
