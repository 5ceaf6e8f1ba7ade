/**
 * OAuth endpoints over every Tessera credential kind: token introspection
 * (RFC 7662) and revocation (RFC 7009). Form-encoded requests, authenticated
 * by a client credential — an API key holding `oauth.introspect` (its own
 * organization's tokens) or the admin token (all) — given as HTTP Basic
 * (`client_secret_basic`), in the form (`client_secret_post`) or as a Bearer.
 * The client id is the API key's id (`api_…`), or `admin` for the admin token.
 * Errors are RFC 6749's `{"error", "error_description"}`.
 */
import { hash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { isAppError } from '../../core/errors.js';
import { INTROSPECT_PERMISSION, introspectCredential, revokeByToken, type Introspection as IntrospectionResult, type IntrospectionClient } from '../../credentials/index.js';
import type { CredentialKind } from '../../core/actor.js';
import { authenticate, type AuthFailure, type AuthOutcome } from '../../http/authenticate.js';
import { maybeAsyncHook, type MaybeAsync } from '../../http/maybe-async-hook.js';
import { andThen, type MaybePromise } from '../../core/maybe-async.js';
import { registerIdempotency } from '../../http/idempotency.js';
import { logServerError, unavailableAsAppError } from '../../http/unavailable.js';
import { isUnsafeText, toSafeText, unsafeTextError } from '../../http/text-safety.js';
import { databaseInputAsAppError } from '../../http/database-input.js';
import { encodeIdMemo } from '../../core/encoded-ids.js';
import type { VerifiedCredential } from '../../credentials/index.js';
import { publicBase } from '../astra/base.js';
import { issuerOf } from './metadata.js';
import { Introspection, IntrospectForm, OAuthErrorBody, RevokeForm, type IntrospectionBody } from './schemas.js';
import { httpStatusOf } from '../../http/error-status.js';

const FORM = 'application/x-www-form-urlencoded';
/** What every API key starts with (sandbox and production alike). */
const API_KEY_PREFIX = 'tsk_';
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

const clients = new WeakMap<FastifyRequest, { client: IntrospectionClient; key: string; clientId: string }>();
/** The client id an authenticated client goes by. */
const ADMIN_CLIENT_ID = 'admin';
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

/** `Bearer <secret>` (no client id), or `Basic` with the client id and secret, each form-encoded (RFC 6749 §2.3.1). */
function clientCredentials(header: string | undefined): { secret: string; clientId: string | null } | null {
  if (!header) return null;
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (bearer) return { secret: bearer[1]!, clientId: null };
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!basic) return null;
  const decoded = Buffer.from(basic[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return null;
  try {
    return { clientId: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

function isForm(req: FastifyRequest): boolean {
  const type = req.headers['content-type'];
  // Nearly every client sends exactly this: one comparison instead of a split, a trim and a copy.
  if (type === FORM) return true;
  return String(type ?? '').split(';')[0]!.trim().toLowerCase() === FORM;
}
/** The content type check every /oauth request ends its preValidation with. */
function requireForm(req: FastifyRequest): void {
  if (!isForm(req)) throw new OAuthFailure(400, 'invalid_request', `the body must be ${FORM}`);
}
const formOf = (req: FastifyRequest) => (isForm(req) ? ((req.body ?? {}) as Record<string, string | undefined>) : {});

/** A client id that names another client than the secret's: RFC 6749 §5.2's invalid_client. */
function checkClientId(given: string | null | undefined, actual: string): void {
  if (given !== null && given !== undefined && given !== actual) throw new OAuthFailure(401, 'invalid_client', 'client_id does not match the client secret');
}

/** The Tessera details of an active credential, under RFC 7662's members where they mean the same. */
function introspectionBody(v: VerifiedCredential, scope: string | undefined, issuer: string): IntrospectionBody {
  const a = v.actor;
  const isSession = v.kind === 'session';
  // Assigned in the documented order, not spread: this runs on every warm introspection.
  const body: IntrospectionBody = { active: true };
  if (scope !== undefined) body.scope = scope;
  if (v.username) body.username = v.username;
  body.token_type = 'Bearer';
  if (v.expiresAt) body.exp = Math.floor(v.expiresAt.getTime() / 1000);
  body.iat = Math.floor(v.issuedAt.getTime() / 1000);
  body.sub = v.kind === 'api_key' ? a.organizationId : a.userId!;
  body.iss = issuer;
  if (isSession) body.jti = v.id;
  body.tessera_credential_kind = v.kind;
  if (!isSession) body.tessera_credential_id = v.kind === 'api_key' ? encodeIdMemo('api', v.id) : v.id;
  body.tessera_organization_id = a.organizationId;
  if (a.environmentId) body.tessera_environment_id = encodeIdMemo('env', a.environmentId);
  if (a.environmentKind) body.tessera_environment = a.environmentKind;
  if (a.userRole) body.tessera_user_role = a.userRole;
  return body;
}

function tokenParam(req: FastifyRequest): string {
  const token = formOf(req).token;
  if (typeof token !== 'string' || token === '') throw new OAuthFailure(400, 'invalid_request', 'token is required');
  return token;
}

const header = (description: string, type: 'string' | 'integer' = 'string') => ({ description, schema: { type } });
/** Every /oauth answer is uncacheable (RFC 7662 §2.2 and RFC 6749 §5.1's practice). */
const NO_STORE = { 'Cache-Control': header('`no-store`'), Pragma: header('`no-cache`') };
const errorResponse = (description: string, headers: Record<string, ReturnType<typeof header>> = {}) => ({ description, headers: { ...NO_STORE, ...headers }, ...OAuthErrorBody });
const ERROR_RESPONSES = {
  400: errorResponse('`invalid_request` (no token, not a form, a parameter given twice, two client authentications) or `unsupported_token_type`'),
  401: errorResponse('`invalid_client`: no, unknown or wrong client credentials, or a client_id that is not the secret\'s', {
    'WWW-Authenticate': header('`Basic realm="tessera", Bearer`'),
  }),
  403: errorResponse('`unauthorized_client`: the API key lacks `oauth.introspect`'),
  429: errorResponse('`slow_down`: too many failed client authentications from this address', { 'Retry-After': header('Seconds to wait', 'integer') }),
  503: errorResponse('`temporarily_unavailable`: the database does not answer', { 'Retry-After': header('Seconds to wait', 'integer') }),
};
const INTROSPECT_SCHEMA = {
  summary: 'Token introspection (RFC 7662)',
  consumes: [FORM],
  body: IntrospectForm,
  response: {
    200: { description: 'The credential\'s state: `{"active": false}` alone when it is not usable or not visible to the client', headers: NO_STORE, ...Introspection },
    ...ERROR_RESPONSES,
  },
};
const REVOKE_SCHEMA = {
  summary: 'Token revocation (RFC 7009)',
  consumes: [FORM],
  body: RevokeForm,
  // No content: an empty 200, also for unknown and other organizations' tokens (RFC 7009 §2.2).
  response: { 200: { description: 'Revoked, or nothing to revoke; the body is empty', headers: NO_STORE, type: 'null' }, ...ERROR_RESPONSES },
};

export async function oauthSurface(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const adminDigest = digest(deps.adminToken);
  /**
   * An API key (`tsk_…`) cannot be the admin token unless the admin token has that prefix too:
   * such a secret skips the admin comparison (a digest per request), and the comparison still
   * runs in constant time for everything else. The prefix of a presented secret is no secret.
   */
  const adminMayBeApiKey = deps.adminToken.startsWith(API_KEY_PREFIX);
  let lastBase = '';
  let lastIssuer = '';
  /** The issuer of a request's public base, kept for the last base seen (one base in practice). */
  const issuerFor = (req: FastifyRequest) => {
    const base = publicBase(req, deps);
    if (base !== lastBase) [lastBase, lastIssuer] = [base, issuerOf(base)];
    return lastIssuer;
  };
  // The body schemas document the form; the form parser and the handlers check it (with OAuth's errors).
  app.setValidatorCompiler(() => () => true);

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

  // Not async: a client whose key is in the verifier's cache authenticates without a promise.
  app.addHook(
    'onRequest',
    maybeAsyncHook((req, reply) => {
      reply.header('Cache-Control', 'no-store');
      reply.header('Pragma', 'no-cache');
      const authorization = req.headers.authorization;
      // Without a header the client may authenticate in the form (client_secret_post): after the body is read.
      if (!authorization) return;
      const credentials = clientCredentials(authorization);
      return authenticateClient(req, credentials?.secret ?? null, credentials?.clientId ?? null);
    }),
  );

  /** Authenticates `secret` (null: malformed, undefined: none) as the client `clientId` (when given), or throws. */
  function authenticateClient(req: FastifyRequest, secret: string | null | undefined, clientId: string | null): MaybeAsync {
    if (typeof secret === 'string' && (adminMayBeApiKey || !secret.startsWith(API_KEY_PREFIX)) && timingSafeEqual(digest(secret), adminDigest)) {
      checkClientId(clientId, ADMIN_CLIENT_ID);
      clients.set(req, { client: null, key: 'oauth:admin', clientId: ADMIN_CLIENT_ID });
      return;
    }
    // Every other client is an API key, through the path every surface shares (allowlist included).
    const outcome = authenticate(deps, { surface: 'oauth', token: secret, ip: req.ip, kinds: API_KEYS });
    return andThen(outcome, (o) => admitClient(req, clientId, o));
  }

  function admitClient(req: FastifyRequest, clientId: string | null, outcome: AuthOutcome): void {
    if (!outcome.ok) throw clientFailure(outcome);
    const actor = outcome.actor;
    req.actor = actor;
    const id = encodeIdMemo('api', actor.credentialId!);
    checkClientId(clientId, id);
    if (!actor.permissions.has(INTROSPECT_PERMISSION)) {
      throw new OAuthFailure(403, 'unauthorized_client', `the API key lacks the ${INTROSPECT_PERMISSION} permission`);
    }
    clients.set(req, { client: actor, key: `oauth:${actor.credentialId}`, clientId: id });
  }

  app.addHook(
    'preValidation',
    maybeAsyncHook((req) => {
      const form = formOf(req);
      const authenticated = clients.get(req);
      if (authenticated) {
        if (form.client_secret !== undefined) throw new OAuthFailure(400, 'invalid_request', 'use one client authentication method: the Authorization header or client_secret in the form');
        checkClientId(form.client_id, authenticated.clientId);
        return requireForm(req);
      }
      // client_secret_post (RFC 6749 §2.3.1): both in the form; nothing at all is a missing credential.
      if (form.client_secret !== undefined && !form.client_id) throw new OAuthFailure(401, 'invalid_client', 'client_id is required with client_secret');
      return andThen(authenticateClient(req, form.client_secret, form.client_id ?? null), () => requireForm(req));
    }),
  );
  registerIdempotency(app, { store: deps.store.idempotency, clock: deps.clock, secret: deps.secret, scope: (req) => clients.get(req)?.key ?? null });

  app.setErrorHandler(async (thrown, req, reply: FastifyReply) => {
    const error = databaseInputAsAppError(unavailableAsAppError(thrown));
    let failure: OAuthFailure;
    if (error instanceof OAuthFailure) failure = error;
    else if (isAppError(error) && error.code === 'UNAVAILABLE') {
      logServerError(req.log, thrown);
      failure = new OAuthFailure(503, 'temporarily_unavailable', error.message);
      failure.retryAfter = error.details.retryAfter;
    } else if (isAppError(error) && httpStatusOf(error.code) < 500) {
      const unauthenticated = httpStatusOf(error.code) === 401;
      failure = new OAuthFailure(unauthenticated ? 401 : 400, unauthenticated ? 'invalid_client' : 'invalid_request', error.message);
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

  /** The response body of an introspection. */
  const introspected = (req: FastifyRequest, result: IntrospectionResult): IntrospectionBody => {
    const v = result.credential;
    if (!result.active || !v) return { active: false };
    return introspectionBody(v, result.scope, issuerFor(req));
  };
  // Not async: a warm introspection is answered without a promise (Fastify sends a returned value).
  app.post('/introspect', { schema: INTROSPECT_SCHEMA }, (req): MaybePromise<IntrospectionBody> => {
    const { client } = clients.get(req)!;
    return andThen(introspectCredential({ ctx: { client, verifier: deps.verifier }, input: { token: tokenParam(req) } }), (r) => introspected(req, r));
  });

  app.post('/revoke', { schema: REVOKE_SCHEMA }, async (req, reply) => {
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

