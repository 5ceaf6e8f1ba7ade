/**
 * The one authentication path of every surface (Connect, /oauth, /v3, Astra):
 * the bearer goes through the verifier (format and checksum, cache, database;
 * revocation, expiry, a disabled or deleted owner, a session's generation),
 * then the rules every surface shares apply here, not in the surfaces: the
 * credential kinds the surface takes, the credential's IP allowlist, and the
 * environment (an API key's own, or the one a session names in
 * `Tessera-Environment`). Each surface only maps a failure to its format.
 *
 * Failed attempts are counted per surface and client address in the shared
 * rate limiter (Redis when configured). Past the limit (`TESSERA_AUTH_FAILURE_LIMIT`
 * a minute) every failure from the address answers 429 (`throttled`) with
 * Retry-After instead of 401, while valid credentials from that address keep
 * working: a limit that also refused valid keys would let anyone behind the
 * same address (an office NAT) lock out everyone else. Malformed and
 * bad-checksum guesses never reach the database; a repeated well-formed guess
 * is answered by the verifier's negative cache.
 */
import type { AppDeps } from '../app-deps.js';
import type { VerifiedCredential } from '../credentials/index.js';
import type { Actor, CredentialKind } from '../core/actor.js';
import { AppError, forbidden } from '../core/errors.js';
import { andThen, type MaybePromise } from '../core/maybe-async.js';
import { ipAllowed } from './ip-allowlist.js';
import { sessionInEnvironment } from './session-environment.js';

export type AuthSurface = 'connect' | 'oauth' | 'v3' | 'astra' | 'admin' | 'secret-scanning';

export type AuthFailure =
  /** No credential at all. */
  | { reason: 'missing' }
  /** Malformed, unknown, revoked, expired, owner disabled or deleted, or a kind this surface does not take. */
  | { reason: 'invalid' }
  | { reason: 'ip_not_allowed' }
  /** A session without a usable environment; `detail` names the header when it is at fault. */
  | { reason: 'environment'; detail: string | null }
  /** Too many failed attempts from this address on this surface. */
  | { reason: 'throttled'; retryAfter: number };

export type AuthOutcome = { ok: true; actor: Actor } | ({ ok: false } & AuthFailure);

export interface AuthAttempt {
  surface: AuthSurface;
  /** The presented secret: undefined when absent, null when not even shaped like one (bearerToken). */
  token: string | null | undefined;
  /** The client address (allowlist, failure counting). */
  ip: string;
  /** The credential kinds the surface takes. */
  kinds: ReadonlySet<CredentialKind>;
  /** Environment-scoped surfaces: a session acts in the environment this header value names. */
  environment?: { header: string | undefined };
}

export type AuthDeps = Pick<AppDeps, 'verifier' | 'rateLimiter' | 'clock' | 'config' | 'store'>;

const FAILURE_WINDOW_MS = 60_000;
const failureKey = (surface: AuthSurface, ip: string) => `auth-fail:${surface}:${ip}`;

/** Seconds until `ip` may try to authenticate on `surface` again, or 0 when it is under its failure limit. */
export async function failureBackoff(deps: Pick<AuthDeps, 'rateLimiter' | 'clock' | 'config'>, surface: AuthSurface, ip: string): Promise<number> {
  const r = await deps.rateLimiter.peek(failureKey(surface, ip), deps.config.authFailureLimit, FAILURE_WINDOW_MS, deps.clock.now().getTime());
  return r.remaining === 0 ? r.resetSeconds : 0;
}

/** Counts one failed attempt: the failure itself, or `throttled` once the address is past its limit. */
export async function countFailure(
  deps: Pick<AuthDeps, 'rateLimiter' | 'clock' | 'config'>,
  surface: AuthSurface,
  ip: string,
  failure: AuthFailure,
): Promise<AuthFailure> {
  const r = await deps.rateLimiter.hit(failureKey(surface, ip), deps.config.authFailureLimit, FAILURE_WINDOW_MS, deps.clock.now().getTime());
  return r.allowed ? failure : { reason: 'throttled', retryAfter: r.resetSeconds };
}

const fail = (failure: AuthFailure): AuthOutcome => ({ ok: false, ...failure });

/** A failure, counted against the address (or `throttled` once it is past its limit). */
async function refuse(deps: AuthDeps, attempt: AuthAttempt, failure: AuthFailure): Promise<AuthOutcome> {
  return fail(await countFailure(deps, attempt.surface, attempt.ip, failure));
}

/**
 * The outcome of an attempt: at once (no promise) when the credential is in the verifier's cache
 * and passes every rule, which is what nearly every request is; otherwise a promise (a database
 * read, a session's environment, a failure to count).
 */
export function authenticate(deps: AuthDeps, attempt: AuthAttempt): MaybePromise<AuthOutcome> {
  const { token, ip } = attempt;
  if (token === undefined) return missing(deps, attempt);
  // Not even shaped like a credential: refused without a read, throttled like any other failure.
  if (token === null) return refuse(deps, attempt, { reason: 'invalid' });
  // A valid credential works from any address, throttled or not, even one this process has not
  // seen before: that takes one indexed read, and a repeated guess is answered by the verifier's
  // short negative cache, so a throttled guesser still costs at most one read per distinct guess.
  return andThen(deps.verifier.inspect(token, { ip }), (verified) => admit(deps, attempt, verified));
}

async function missing(deps: AuthDeps, attempt: AuthAttempt): Promise<AuthOutcome> {
  // Costs nothing to answer, so it is not counted; but an address past its limit is refused all the same.
  const backoff = await failureBackoff(deps, attempt.surface, attempt.ip);
  return fail(backoff > 0 ? { reason: 'throttled', retryAfter: backoff } : { reason: 'missing' });
}

/** The rules every surface shares, applied to what the verifier answered. */
function admit(deps: AuthDeps, attempt: AuthAttempt, verified: VerifiedCredential | null): MaybePromise<AuthOutcome> {
  if (!verified || !attempt.kinds.has(verified.kind)) return refuse(deps, attempt, { reason: 'invalid' });
  const actor = verified.actor;
  if (!ipAllowed(attempt.ip, actor.ipAllowlist)) return refuse(deps, attempt, { reason: 'ip_not_allowed' });
  if (attempt.environment) {
    if (verified.kind === 'session') return inEnvironment(deps, attempt, actor, attempt.environment.header);
    if (!actor.environmentId) return refuse(deps, attempt, { reason: 'invalid' });
  }
  return { ok: true, actor };
}

async function inEnvironment(deps: AuthDeps, attempt: AuthAttempt, actor: Actor, header: string | undefined): Promise<AuthOutcome> {
  const inEnvironment = await sessionInEnvironment(actor, header, deps.store);
  if ('detail' in inEnvironment) return refuse(deps, attempt, { reason: 'environment', detail: inEnvironment.detail });
  return { ok: true, actor: inEnvironment };
}

/** The internal error of a failure, for surfaces whose error handlers map AppErrors (all but /oauth). */
export function authError(failure: AuthFailure, ipMessage = 'Requests from this IP address are not allowed for this credential'): AppError {
  switch (failure.reason) {
    case 'missing':
      return new AppError('UNAUTHENTICATED', 'no credential');
    case 'invalid':
      return new AppError('TOKEN_INVALID', 'invalid credential');
    case 'environment':
      return new AppError('TOKEN_INVALID', failure.detail ?? 'invalid credential', failure.detail ? { meta: { details: failure.detail } } : {});
    case 'ip_not_allowed':
      return forbidden(ipMessage);
    case 'throttled':
      return new AppError('RATE_LIMITED', `Too many failed authentication attempts from this address; try again in ${failure.retryAfter} s`, {
        retryAfter: failure.retryAfter,
      });
  }
}
