/**
 * OAuth endpoints over every Tessera credential kind: token introspection
 * (RFC 7662) and revocation (RFC 7009). Form-encoded requests, authenticated
 * by a client credential — an API key holding `oauth.introspect` (its own
 * organization's tokens) or the admin token (all). Errors are RFC 6749's
 * `{"error", "error_description"}`.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { isAppError } from '../../core/errors.js';
import { INTROSPECT_PERMISSION, introspectCredential, revokeByToken, type IntrospectionClient } from '../../credentials/index.js';
import type { CredentialKind } from '../../core/actor.js';
import { authenticate, type AuthFailure } from '../../http/authenticate.js';
import { registerIdempotency } from '../../http/idempotency.js';
import { logServerError, unavailableAsAppError } from '../../http/unavailable.js';
import { isUnsafeText, toSafeText, unsafeTextError } from '../../http/text-safety.js';
import { databaseInputAsAppError } from '../../http/database-input.js';

const FORM = 'application/x-www-form-urlencoded';
const digest = (s: string) => hash('sha256', s, 'buffer');

type OAuthError =
  | 'invalid_request'
  | 'invalid_client'
  | 'unauthorized_client'
  | 'unsupported_token_type'
  // RFC 8628 §3.5's "slow down", with 429 and Retry-After: too many failed client authentications.
  | 'slow_down'
  | 'server_error'
  // RFC 6749 §4.1.2.1, with 503 and Retry-After as RFC 7009 §2.2.1 describes.
  | 'temporarily_unavailable';

class OAuthFailure extends Error {
  /** Seconds a throttled client waits (429). */
  retryAfter?: number;
  constructor(
    readonly status: number,
    readonly error: OAuthError,
    description: string,
  ) {
    super(description);
  }
}

const clients = new WeakMap<FastifyRequest, { client: IntrospectionClient; key: string }>();
const API_KEYS: ReadonlySet<CredentialKind> = new Set(['api_key']);

/** RFC 6749 §5.2 for a client that did not authenticate (429 `slow_down` when its address is past its failure limit). */
function clientFailure(failure: AuthFailure): OAuthFailure {
  switch (failure.reason) {
    case 'missing':
      return new OAuthFailure(401, 'invalid_client', 'client authentication is required');
    case 'ip_not_allowed':
      return new OAuthFailure(401, 'invalid_client', 'requests from this IP address are not allowed for this client');
    case 'throttled':
      return Object.assign(new OAuthFailure(429, 'slow_down', `too many failed client authentications from this address; try again in ${failure.retryAfter} s`), {
        retryAfter: failure.retryAfter,
      });
    default:
      return new OAuthFailure(401, 'invalid_client', 'client authentication failed');
  }
}

/** `Bearer <secret>`, or `Basic` with the secret as password (RFC 6749 §2.3.1). */
function clientSecret(header: string | undefined): string | null {
  if (!header) return null;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer) return bearer[1]!;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return null;
  try {
    return decodeURIComponent(decoded.slice(colon + 1));
  } catch {
    return null;
  }
}

function tokenParam(req: FastifyRequest): string {
  const body = req.body as Record<string, unknown> | undefined;
  const token = body?.token;
  if (typeof token !== 'string' || token === '') throw new OAuthFailure(400, 'invalid_request', 'token is required');
  return token;
}

export async function oauthSurface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const adminDigest = digest(deps.adminToken);

  app.addContentTypeParser(FORM, { parseAs: 'string' }, (_req, body, done) => {
    const params = new URLSearchParams(String(body));
    const out: Record<string, string> = {};
    for (const [k, v] of params) {
      if (k in out) return done(new OAuthFailure(400, 'invalid_request', `${k} is given more than once`), undefined);
      if (isUnsafeText(k) || isUnsafeText(v)) return done(unsafeTextError('body', `/${toSafeText(k)}`), undefined);
      out[k] = v;
    }
    done(null, out);
  });

  app.addHook('onRequest', async (req, reply) => {
    reply.header('Cache-Control', 'no-store');
    reply.header('Pragma', 'no-cache');
    const authorization = req.headers.authorization;
    const secret = clientSecret(authorization);
    if (secret !== null && timingSafeEqual(digest(secret), adminDigest)) {
      clients.set(req, { client: null, key: 'oauth:admin' });
      return;
    }
    // Every other client is an API key, through the path every surface shares (allowlist included).
    const outcome = await authenticate(deps, { surface: 'oauth', token: authorization ? secret : undefined, ip: req.ip, kinds: API_KEYS });
    if (!outcome.ok) throw clientFailure(outcome);
    const actor = outcome.actor;
    req.actor = actor;
    if (!actor.permissions.has(INTROSPECT_PERMISSION)) {
      throw new OAuthFailure(403, 'unauthorized_client', `the API key lacks the ${INTROSPECT_PERMISSION} permission`);
    }
    clients.set(req, { client: actor, key: `oauth:${actor.credentialId}` });
  });
  // A callback, not async: it runs on every request and never waits.
  app.addHook('preValidation', (req, _reply, done) => {
    const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    done(type !== FORM ? new OAuthFailure(400, 'invalid_request', `the body must be ${FORM}`) : undefined);
  });
  registerIdempotency(app, { store: deps.store.idempotency, clock: deps.clock, secret: deps.secret, scope: (req) => clients.get(req)?.key ?? null });

  app.setErrorHandler(async (thrown, req, reply: FastifyReply) => {
    const error = databaseInputAsAppError(unavailableAsAppError(thrown));
    let failure: OAuthFailure;
    if (error instanceof OAuthFailure) failure = error;
    else if (isAppError(error) && error.code === 'UNAVAILABLE') {
      logServerError(req.log, thrown);
      failure = new OAuthFailure(503, 'temporarily_unavailable', error.message);
      failure.retryAfter = error.details.retryAfter;
    } else if (isAppError(error) && error.status < 500) {
      failure = new OAuthFailure(error.status === 401 ? 401 : 400, error.status === 401 ? 'invalid_client' : 'invalid_request', error.message);
      if (error.code === 'UNPROCESSABLE') failure = new OAuthFailure(400, 'unsupported_token_type', error.message);
    } else if ((error as { statusCode?: number }).statusCode === 413 || (error as { statusCode?: number }).statusCode === 415) {
      failure = new OAuthFailure(400, 'invalid_request', (error as Error).message);
    } else {
      req.log.error({ err: error }, 'unexpected error');
      failure = new OAuthFailure(500, 'server_error', `An unexpected error occurred (Request-Id ${req.requestId})`);
    }
    if (failure.status === 401) reply.header('WWW-Authenticate', 'Basic realm="tessera", Bearer');
    if (failure.retryAfter !== undefined) reply.header('Retry-After', failure.retryAfter);
    return reply.code(failure.status).type('application/json').send({ error: failure.error, error_description: failure.message });
  });
  app.setNotFoundHandler(async () => {
    throw new OAuthFailure(404, 'invalid_request', 'unknown endpoint');
  });

  app.post('/introspect', async (req) => {
    const { client } = clients.get(req)!;
    const result = await introspectCredential({ ctx: { client, verifier: deps.verifier }, input: { token: tokenParam(req) } });
    const v = result.credential;
    if (!result.active || !v) return { active: false };
    const isUser = v.kind !== 'api_key';
    return {
      active: true,
      scope: result.scope,
      client_id: v.id,
      ...(v.username ? { username: v.username } : {}),
      token_type: v.kind,
      ...(v.expiresAt ? { exp: Math.floor(v.expiresAt.getTime() / 1000) } : {}),
      iat: Math.floor(v.issuedAt.getTime() / 1000),
      sub: isUser ? v.actor.userId : v.actor.organizationId,
      aud: v.actor.organizationId,
    };
  });

  app.post('/revoke', async (req, reply) => {
    const { client } = clients.get(req)!;
    try {
      await revokeByToken({ ctx: { client, verifier: deps.verifier, store: deps.store, clock: deps.clock }, input: { token: tokenParam(req) } });
    } catch (e) {
      if (isAppError(e) && e.code === 'UNPROCESSABLE') throw new OAuthFailure(400, 'unsupported_token_type', e.message);
      throw e;
    }
    return reply.code(200).send();
  });
}

