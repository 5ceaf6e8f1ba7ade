/**
 * `POST /v3/accounts/login`: organization alias + email + password → a session
 * JWT. Every wrong part (and a disabled user) gets the same answer after the
 * same work: a dummy hash is checked when the user does not exist. Failures
 * are throttled per alias + email and per client IP, in windows shared by
 * every process; a success clears the alias + email count.
 */
import type { Clock } from '../core/clock.js';
import { AppError } from '../core/errors.js';
import type { IdentityStore, LoginThrottleStore } from './ports.js';
import { hashPassword, verifyPassword } from './password.js';
import { signSession } from './session.js';
import type { User } from './types.js';

export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_IP = 50;

let dummyHash: Promise<string> | null = null;
/** A real scrypt hash of a random password, so a missing user costs what a wrong password costs. */
function dummy(): Promise<string> {
  dummyHash ??= hashPassword(`tessera-dummy-${Math.random()}`);
  return dummyHash;
}

export interface LoginInput {
  alias: string;
  email: string;
  password: string;
  ip: string;
}

export async function login({
  ctx,
  input,
}: {
  ctx: { store: IdentityStore & LoginThrottleStore; clock: Clock; sessionKey: Uint8Array; sessionTtlSeconds: number };
  input: LoginInput;
}): Promise<{ accessToken: string; user: User; expiresAt: Date }> {
  const now = ctx.clock.now();
  const accountKey = `account:${input.alias.trim().toLowerCase()}:${input.email.trim().toLowerCase()}`;
  const ipKey = `ip:${input.ip}`;
  const windowStart = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const states = await ctx.store.loginThrottle.read([accountKey, ipKey], windowStart);
  for (const s of states) {
    const max = s.key === ipKey ? MAX_FAILURES_PER_IP : MAX_FAILURES_PER_ACCOUNT;
    if (s.failures >= max) {
      const retryAfter = Math.max(1, Math.ceil((s.windowStartedAt.getTime() + LOGIN_WINDOW_MS - now.getTime()) / 1000));
      throw new AppError('LOGIN_THROTTLED', 'Too many failed login attempts; try again later', { retryAfter });
    }
  }

  const org = await ctx.store.identity.findOrganizationByAlias(input.alias.trim().toLowerCase());
  const found = await ctx.store.identity.findUserByEmail(input.email.trim());
  const user = org && found && found.organizationId === org.id && !found.deletedAt ? found : null;
  const passwordOk = await verifyPassword(input.password, user?.passwordHash ?? (await dummy()));
  if (!user || !user.passwordHash || !passwordOk || user.disabledAt) {
    await ctx.store.loginThrottle.recordFailure([accountKey, ipKey], now, LOGIN_WINDOW_MS);
    throw new AppError('INVALID_CREDENTIALS', 'Invalid account alias, email or password');
  }
  await ctx.store.loginThrottle.clear(accountKey);
  await ctx.store.identity.recordLogin(user.id, now);
  const session = await signSession({
    key: ctx.sessionKey,
    userId: user.id,
    organizationId: user.organizationId,
    // Read with the password hash above: a change committed since then makes this session stillborn, never immortal.
    generation: user.sessionGeneration,
    now,
    ttlSeconds: ctx.sessionTtlSeconds,
  });
  return { accessToken: session.jwt, user: { ...user, lastLoginAt: now }, expiresAt: session.expiresAt };
}
