/**
 * Authentication and rate limiting shared by the user-facing surfaces (`/v3`,
 * Astra): a bearer that is a session JWT, a personal access token or a user
 * API token (raw or base64) becomes the Actor; API keys are not accepted
 * there. One fixed window per credential (per user for sessions, per client
 * IP before authentication), shared by both surfaces.
 */
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.js';
import type { Actor } from '../core/actor.js';
import { bearerToken } from './bearer.js';
import type { RateLimitResult } from './rate-limit.js';

export interface UserAuth {
  /** undefined: no Authorization header; null: a credential that does not verify. */
  actor: Actor | null | undefined;
  rateLimit: RateLimitResult & { windowSeconds: number; resetAt: Date };
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function authenticateUser(req: FastifyRequest, deps: Pick<AppDeps, 'verifier' | 'rateLimiter' | 'clock' | 'config'>, opts: { anonymous?: boolean } = {}): Promise<UserAuth> {
  const token = opts.anonymous ? undefined : bearerToken(header(req, 'authorization'));
  let actor: Actor | null | undefined = token === undefined ? undefined : null;
  if (token) {
    const verified = await deps.verifier.verify(token);
    if (verified && verified.credentialKind !== 'api_key' && verified.userId) actor = verified;
  }
  const windowMs = deps.config.userRateWindowSeconds * 1000;
  const key = actor ? (actor.credentialId ? `user-surface:cred:${actor.credentialId}` : `user-surface:user:${actor.userId}`) : `user-surface:ip:${req.ip}`;
  const now = deps.clock.now().getTime();
  const result = await deps.rateLimiter.hit(key, deps.config.userRateLimit, windowMs, now);
  const resetAt = new Date((Math.floor(now / windowMs) + 1) * windowMs);
  return { actor, rateLimit: { ...result, windowSeconds: deps.config.userRateWindowSeconds, resetAt } };
}
