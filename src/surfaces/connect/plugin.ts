/**
 * The Connect surface (`/api/v1`, Persona-compatible). This file holds the
 * request pipeline every Connect route shares: API key → Actor, headers,
 * rate limit, Key-Inflection and Persona-Version, idempotency, permission
 * check, response inflection and the error format. Routes only adapt.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import type { CredentialKind, EnvironmentActor } from '../../core/actor.js';
import { encodeIdMemo } from '../../core/encoded-ids.js';
import { AppError, badRequest, forbidden } from '../../core/errors.js';
import { bearerToken } from '../../http/bearer.js';
import { beginIdempotency, carriesSecret, finishIdempotency, requestFingerprint } from '../../http/idempotency.js';
import { INFLECTIONS, inflectKeys, keysToKebab, type Inflection } from './inflection.js';
import { toConnectError } from './errors.js';
import { logServerError } from '../../http/unavailable.js';
import { DEFAULT_PERSONA_VERSION, PERSONA_VERSIONS, type ConnectState } from './state.js';
import { authenticate as authenticateCaller, authError, type AuthOutcome } from '../../http/authenticate.js';
import type { RateLimitResult } from '../../http/rate-limit.js';
import { maybeAsyncHook, type MaybeAsync } from '../../http/maybe-async-hook.js';
import { andThen } from '../../core/maybe-async.js';
import { ENVIRONMENT_HEADER } from '../../http/session-environment.js';
import { connectPermissionsOf, sessionRateKey } from './session-actor.js';
import { declareErrorResponses } from '../../http/error-responses.js';
import { typed, type TypedApp } from '../../http/typed.js';
import { CONNECT_ERRORS } from './schemas/errors.js';

const WINDOW_MS = 60_000;

export type ConnectRoutes = (app: TypedApp, deps: AppDeps) => void | Promise<void>;

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

const CONNECT_KINDS: ReadonlySet<CredentialKind> = new Set(['api_key', 'session']);

/**
 * API key or session → `req.connect`, the rate limit counted and its headers set. Synchronous when
 * the credential is in the verifier's cache and the limit is counted in this process (nearly every
 * request); a promise when either has to wait (a database read, Redis).
 */
function authenticate(req: FastifyRequest, reply: FastifyReply, deps: AppDeps): MaybeAsync {
  // API keys, and dashboard sessions naming their environment in a header (session-actor.ts); nothing else.
  const outcome = authenticateCaller(deps, {
    surface: 'connect',
    token: bearerToken(header(req, 'authorization')),
    ip: req.ip,
    kinds: CONNECT_KINDS,
    environment: { header: header(req, ENVIRONMENT_HEADER) },
  });
  return andThen(outcome, (o) => admitted(req, reply, deps, o));
}

function admitted(req: FastifyRequest, reply: FastifyReply, deps: AppDeps, outcome: AuthOutcome): MaybeAsync {
  if (!outcome.ok) throw authError(outcome, 'Requests from this IP address are not allowed for this API key');
  const actor = outcome.actor;
  const envActor = (actor.credentialKind === 'session' ? { ...actor, permissions: connectPermissionsOf(actor.userRole) } : actor) as EnvironmentActor;
  req.actor = envActor;
  reply.header('Persona-Environment-Id', encodeIdMemo('env', envActor.environmentId));
  reply.header('Persona-Organization-Id', encodeIdMemo('org', envActor.organizationId));

  const limit = actor.rateLimitPerMinute ?? deps.config.rateLimitPerMinute;
  const rateKey = actor.credentialKind === 'session' ? sessionRateKey(envActor) : `api-key:${actor.credentialId}`;
  const counted = deps.rateLimiter.hit(rateKey, limit, WINDOW_MS, deps.clock.now().getTime());
  return andThen(counted, (rl) => limited(req, reply, envActor, rl));
}

function limited(req: FastifyRequest, reply: FastifyReply, envActor: EnvironmentActor, rl: RateLimitResult): void {
  reply.header('RateLimit-Limit', rl.limit);
  reply.header('RateLimit-Remaining', rl.remaining);
  reply.header('RateLimit-Reset', rl.resetSeconds);
  reply.header('RateLimit-Policy', `"api-key";q=${rl.limit};w=${WINDOW_MS / 1000}`);
  reply.header('RateLimit', `"api-key";r=${rl.remaining};t=${rl.resetSeconds}`);
  if (!rl.allowed) {
    throw new AppError('RATE_LIMITED', `You have hit your rate limit of ${rl.limit} requests / min.`, { retryAfter: rl.resetSeconds });
  }

  const inflectionHeader = header(req, 'key-inflection');
  if (inflectionHeader !== undefined && !(INFLECTIONS as readonly string[]).includes(inflectionHeader)) {
    throw badRequest(`Key-Inflection must be one of ${INFLECTIONS.join(', ')}`);
  }
  const versionHeader = header(req, 'persona-version');
  if (versionHeader !== undefined && !(PERSONA_VERSIONS as readonly string[]).includes(versionHeader)) {
    throw badRequest(`Persona-Version must be one of ${PERSONA_VERSIONS.join(', ')}`);
  }
  req.connect = {
    actor: envActor,
    inflection: (inflectionHeader ?? envActor.keyInflection ?? 'kebab') as Inflection,
    version: versionHeader ?? envActor.apiVersion ?? DEFAULT_PERSONA_VERSION,
    rateLimit: rl,
    fields: {},
    idempotency: null,
  };
}

/** Claims the request's Idempotency-Key (shared rules: http/idempotency.ts); true when a stored response was replayed. */
async function beginConnectIdempotency(req: FastifyRequest, reply: FastifyReply, deps: AppDeps): Promise<boolean> {
  const key = header(req, 'idempotency-key');
  if (req.method !== 'POST' || key === undefined) return false;
  const start = await beginIdempotency({ store: deps.store.idempotency, clock: deps.clock }, { scope: `connect:${req.connect.actor.environmentId}`, key, fingerprint: requestFingerprint(req, deps.secret) });
  if (start.state === 'claimed') req.connect.idempotency = start.claim;
  if (start.state !== 'replay') return false;
  for (const [name, value] of Object.entries(start.headers)) reply.header(name, value);
  reply.header('Idempotent-Replayed', 'true');
  await reply.code(start.status).send(start.body);
  return true;
}

export async function connectSurface(app: FastifyInstance, deps: AppDeps & { routes: ConnectRoutes[] }): Promise<void> {
  declareErrorResponses(app, CONNECT_ERRORS);
  // Not async: a cached credential authenticates without a promise or a microtask.
  app.addHook('onRequest', maybeAsyncHook((req, reply) => authenticate(req, reply, deps)));

  // Permission first: a key that may not call the route learns nothing about its body rules.
  // The hooks below take a callback rather than being async: they run on every request and most
  // finish at once, so they should not each cost a promise and a trip through the microtask queue.
  app.addHook('preValidation', (req, reply, done) => {
    const permission = req.routeOptions.config.permission;
    if (permission && !req.connect.actor.permissions.has(permission)) {
      done(forbidden(`This API key lacks the ${permission} permission`));
      return;
    }
    if (req.body !== undefined) req.body = keysToKebab(req.body);
    if (req.method !== 'POST' || req.headers['idempotency-key'] === undefined) {
      done();
      return;
    }
    // A replay has been sent already: the chain stops there (no done()).
    beginConnectIdempotency(req, reply, deps).then((replayed) => {
      if (!replayed) done();
    }, done);
  });

  app.addHook('preSerialization', (req: FastifyRequest, reply: FastifyReply, payload: unknown, done: (err: Error | null, value?: unknown) => void) => {
    const inflection = req.connect?.inflection ?? 'kebab';
    if (inflection === 'kebab') {
      done(null, payload);
      return;
    }
    // The response schemas describe kebab keys; inflected bodies bypass them.
    reply.serializer((p: unknown) => JSON.stringify(p));
    done(null, inflectKeys(payload, inflection));
  });

  app.addHook('onSend', (req, reply, payload, done) => {
    const idem = req.connect?.idempotency;
    if (!idem) {
      done(null, payload);
      return;
    }
    req.connect.idempotency = null;
    const contentType = String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8');
    const cacheControl = reply.getHeader('cache-control');
    // A body with a secret (no-store: a new API key's `value`, a webhook secret) is kept with it blanked.
    finishIdempotency(deps.store.idempotency, idem, {
      status: reply.statusCode,
      headers: { 'content-type': contentType, ...(cacheControl !== undefined ? { 'cache-control': String(cacheControl) } : {}) },
      body: String(payload ?? ''),
      carriesSecret: carriesSecret(reply),
    }).then(() => done(null, payload), done);
  });

  app.setErrorHandler(async (error, req, reply) => {
    const mapped = toConnectError(error, req.connect?.inflection ?? 'kebab', req.requestId);
    if (mapped.status >= 500) logServerError(req.log, error);
    if (mapped.retryAfter !== undefined) reply.header('Retry-After', mapped.retryAfter);
    reply.serializer((p: unknown) => JSON.stringify(p));
    // A custom serializer leaves the media type unset; errors are JSON like every other body.
    reply.type('application/json; charset=utf-8');
    return reply.code(mapped.status).send(mapped.body);
  });

  // Unknown routes pass through this scope's onRequest hook first, so they are authenticated and counted once.
  app.setNotFoundHandler(async (_req, reply) => reply.code(404).send({ errors: [{ title: 'Record not found' }] }));

  for (const routes of deps.routes) await routes(typed(app), deps);
}

export type { ConnectState };
