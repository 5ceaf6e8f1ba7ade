/**
 * Platform administration (`/admin/v1`), authenticated by the admin token from
 * configuration: organizations (each with sandbox and production), users with
 * roles, environment API keys. Bodies are JSON:API-like and errors use the
 * Connect format, so one client library reads both. The routes (routes/*.ts)
 * only adapt.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { AppError } from '../../core/errors.js';
import { authError, countFailure, failureBackoff } from '../../http/authenticate.js';
import { bearerToken } from '../../http/bearer.js';
import { registerIdempotency } from '../../http/idempotency.js';
import { typed } from '../../http/typed.js';
import { toConnectError } from '../connect/errors.js';
import { logServerError } from '../../http/unavailable.js';
import { declareErrorResponses } from '../../http/error-responses.js';
import { CONNECT_ERRORS } from '../connect/schemas/errors.js';
import { credentialRoutes } from './routes/credentials.js';
import { organizationRoutes } from './routes/organizations.js';
import { userRoutes } from './routes/users.js';

const digest = (s: string) => createHash('sha256').update(s).digest();

export async function adminSurface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  declareErrorResponses(app, CONNECT_ERRORS);
  const expected = digest(deps.adminToken);

  app.addHook('onRequest', async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (token && timingSafeEqual(digest(token), expected)) return;
    // Failed attempts count per address like on every surface (http/authenticate.ts); the token itself is one comparison.
    const backoff = await failureBackoff(deps, 'admin', req.ip);
    if (backoff > 0) throw authError({ reason: 'throttled', retryAfter: backoff });
    if (token === undefined) throw new AppError('UNAUTHENTICATED', 'no credential');
    throw authError(await countFailure(deps, 'admin', req.ip, { reason: 'invalid' }));
  });
  app.setErrorHandler(async (error, req, reply) => {
    const mapped = toConnectError(error, 'kebab', req.requestId);
    if (mapped.status >= 500) logServerError(req.log, error);
    if (mapped.retryAfter !== undefined) reply.header('Retry-After', mapped.retryAfter);
    return reply.code(mapped.status).send(mapped.body);
  });
  app.setNotFoundHandler(async (_req, reply) => reply.code(404).send({ errors: [{ title: 'Record not found' }] }));
  // Idempotency-Key on every POST (platform.md §3); the admin token is one caller.
  registerIdempotency(app, { store: deps.store.idempotency, clock: deps.clock, secret: deps.secret, scope: () => 'admin', keepHeaders: ['cache-control'] });

  organizationRoutes(typed(app), deps);
  userRoutes(typed(app), deps);
  credentialRoutes(typed(app), deps);
}
