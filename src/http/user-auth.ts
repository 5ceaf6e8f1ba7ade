/**
 * Authentication and rate limiting shared by the user-facing surfaces (`/v3`,
 * Astra): a bearer that is a session JWT, a personal access token or a user
 * API token (raw or base64) becomes the Actor through the one authentication
 * path (authenticate.ts); API keys are not accepted there. One fixed window
 * per credential (per user for sessions, per client IP before
 * authentication), shared by both surfaces.
 */
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import type { CredentialKind } from '../core/actor.js';
import { authenticate, type AuthOutcome } from './authenticate.js';
import { bearerToken } from './bearer.js';
import type { RateLimitResult } from './rate-limit.js';

export interface UserAuth {
  /** null: an anonymous route (login), no credential looked at. */
  outcome: AuthOutcome | null;
  rateLimit: RateLimitResult & { windowSeconds: number; resetAt: Date };
}

const USER_KINDS: ReadonlySet<CredentialKind> = new Set(['session', 'personal_access_token', 'user_api_token']);

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function authenticateUser(
  req: FastifyRequest,
  deps: Pick<AppDeps, 'verifier' | 'rateLimiter' | 'clock' | 'config' | 'store'>,
  opts: { surface: 'v3' | 'astra'; anonymous?: boolean },
): Promise<UserAuth> {
  const outcome = opts.anonymous
    ? null
    : await authenticate(deps, { surface: opts.surface, token: bearerToken(header(req, 'authorization')), ip: req.ip, kinds: USER_KINDS });
  const actor = outcome?.ok ? outcome.actor : null;
  const windowMs = deps.config.userRateWindowSeconds * 1000;
  const key = actor ? (actor.credentialId ? `user-surface:cred:${actor.credentialId}` : `user-surface:user:${actor.userId}`) : `user-surface:ip:${req.ip}`;
  const now = deps.clock.now().getTime();
  const result = await deps.rateLimiter.hit(key, deps.config.userRateLimit, windowMs, now);
  const resetAt = new Date((Math.floor(now / windowMs) + 1) * windowMs);
  return { outcome, rateLimit: { ...result, windowSeconds: deps.config.userRateWindowSeconds, resetAt } };
}
