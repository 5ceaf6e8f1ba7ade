/**
 * The one credential verifier: format + checksum → LRU cache → database →
 * revoked / expired / owner disabled or deleted. A warm verification costs one
 * SHA-256 digest and one cache lookup (the HMAC only on a miss); `last-used-at` (and a user's `last-seen-at`) is
 * written behind, at most once a minute per credential, never on the request
 * path. It also verifies login sessions (HS256 JWTs): the signature and expiry
 * by jose, then one read of the user's current state, session generation and
 * whether this session was ended, then the same cache.
 *
 * A well-formed credential that does not verify is remembered for a few
 * seconds (negative cache), so repeating it costs no database read; such an
 * entry is indexed under the credential's owners when the row exists, so
 * re-enabling a user drops it. A new credential has a new random secret, whose
 * digest no one can have presented before, so no negative entry can hide it.
 */
import { hash as digestOf } from 'node:crypto';
import { jwtVerify } from 'jose';
import type { Actor, CredentialKind, UserRole } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import { keyedHash } from '../core/crypto.js';
import type { MaybePromise } from '../core/maybe-async.js';
import { unwrapCredential } from '../core/secret-format.js';
import { IndexedCache } from './indexed-cache.js';
import type { CredentialRepository, SessionRepository } from './ports.js';
import { effectiveScopes } from './scopes.js';
import type { CredentialForVerification, SessionUser } from './types.js';

export type { SessionUser };

export interface VerifierOptions {
  credentials: Pick<CredentialRepository, 'findByHash' | 'touchLastUsed'>;
  /** Users, for sessions and `last-seen-at`; without it sessions never verify. */
  users?: Pick<SessionRepository, 'findSessionUser'> & {
    touchLastSeen(usage: Array<{ id: string; at: Date }>): Promise<void>;
  };
  /** HS256 key of login sessions (derived from the server secret). */
  sessionKey?: Uint8Array;
  secret: Buffer;
  clock: Clock;
  cacheMax: number;
  cacheTtlMs: number;
  /** How often buffered `last-used-at` values are flushed. */
  usageFlushMs?: number;
  /** A flush of `last-used-at` / `last-seen-at` that failed (those times are lost; verification is not affected). */
  onFlushError?: (error: unknown, what: 'last-used-at' | 'last-seen-at', count: number) => void;
  /** How long a credential that did not verify is remembered (default 5 s, never longer than `cacheTtlMs`). */
  negativeTtlMs?: number;
  onCacheResult?: (hit: boolean) => void;
  /**
   * The secret a rotation replaced was presented after its grace ended (and is refused all the
   * same). Called only on that refusal, when the database was read (a repeat within the negative
   * cache's few seconds is not seen again), never on a success; awaited, so it must be cheap and
   * throttled, and must not throw.
   */
  onRetiredSecret?: (credential: CredentialForVerification, presenter: Presenter | undefined) => Promise<void>;
}

/** Who presented a credential, as far as a refusal reports it. */
export interface Presenter {
  /** The client's address. */
  ip: string;
}

/** A verified credential with what introspection (RFC 7662) reports about it. */
export interface VerifiedCredential {
  actor: Actor;
  kind: Exclude<CredentialKind, 'admin'>;
  /** The credential's id, or a session's `jti`. */
  id: string;
  issuedAt: Date;
  expiresAt: Date | null;
  /** The owning user's email, for user credentials. */
  username: string | null;
}

export interface Verifier {
  /** The Actor for a valid credential, or null for anything else. */
  verify(token: string): Promise<Actor | null>;
  /**
   * Like `verify`, with the credential's kind, id, issue and expiry times and owner. A credential
   * in the cache is answered at once, without a promise: most requests take that path.
   */
  inspect(token: string, presenter?: Presenter): MaybePromise<VerifiedCredential | null>;
  /** Drops a credential (or session id) from the cache at once (revocation, rotation, deletion). */
  invalidate(credentialId: string): void;
  /** Drops every cached credential of a user or organization (role change, disabling, deletion). */
  invalidateOwner(ownerId: string): void;
  /** Drops the whole cache (after invalidations from other processes may have been missed). */
  invalidateAll(): void;
  flushUsage(): Promise<void>;
  close(): Promise<void>;
}

interface CacheEntry {
  verified: VerifiedCredential;
  ownerIds: string[];
  expiresAt: number | null;
}

/** A lookup's outcome: a usable credential, or a refusal with the ids that may later change it. */
type Lookup = CacheEntry | { refused: true; ownerIds: string[] };
const REFUSED: Lookup = { refused: true, ownerIds: [] };
const isEntry = (l: Lookup): l is CacheEntry => !('refused' in l);

const USAGE_INTERVAL_MS = 60_000;
const NEGATIVE_TTL_MS = 5_000;
const NEGATIVE_MAX = 10_000;
const JWT_RE = /^[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]{2,}$/;
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function toActor(c: CredentialForVerification): Actor {
  const userKind = c.kind !== 'api_key';
  const role = c.userRole as UserRole | null;
  return {
    organizationId: c.organizationId,
    environmentId: c.environmentId,
    environmentKind: c.environmentKind,
    userId: c.userId,
    credentialId: c.id,
    credentialKind: c.kind,
    // Effective rights are cut to the owner's role when the entry is filled; a role change invalidates it.
    permissions: !userKind ? new Set(c.permissions) : effectiveScopes(c.kind === 'personal_access_token' ? c.permissions : null, role!),
    ...(userKind ? { userRole: role } : {}),
    apiVersion: c.apiVersion,
    keyInflection: c.keyInflection,
    ipAllowlist: c.ipAllowlist,
    attributesBlocklist: c.attributesBlocklist,
    rateLimitPerMinute: c.organizationRateLimit,
  };
}

/** Whether a stored credential authenticates now; leaked-secret reports apply the same rule. */
export function usable(c: CredentialForVerification, now: number): boolean {
  if (c.revokedAt || c.deletedAt) return false;
  if (c.expiresAt && c.expiresAt.getTime() <= now) return false;
  if (c.userId && (c.userDisabledAt || c.userDeletedAt)) return false;
  if (c.kind !== 'api_key' && (!c.userId || !c.userRole)) return false;
  if (c.matchedPrevious && !(c.previousHashExpiresAt && c.previousHashExpiresAt.getTime() > now)) return false;
  return true;
}

export function createVerifier(opts: VerifierOptions): Verifier {
  const caching = opts.cacheMax > 0 && opts.cacheTtlMs > 0;
  const cache = caching ? new IndexedCache<CacheEntry>({ max: opts.cacheMax, ttlMs: opts.cacheTtlMs }) : null;
  /** Credentials that did not verify, briefly: guesses repeated by one client cost no read. */
  const negative = caching
    ? new IndexedCache<{ refused: true }>({ max: NEGATIVE_MAX, ttlMs: Math.min(opts.negativeTtlMs ?? NEGATIVE_TTL_MS, opts.cacheTtlMs) })
    : null;
  const lastWritten = new Map<string, number>();
  const lastSeenWritten = new Map<string, number>();
  let pendingUsage = new Map<string, Date>();
  let pendingSeen = new Map<string, Date>();
  /** Bumped by every invalidation: a lookup that raced one is not cached (it may predate the change). */
  let epoch = 0;

  function dropAll(id: string) {
    epoch++;
    cache?.dropId(id);
    negative?.dropId(id);
  }

  function throttled(written: Map<string, number>, pending: Map<string, Date>, id: string, now: number) {
    const last = written.get(id) ?? 0;
    if (now - last < USAGE_INTERVAL_MS) return;
    written.set(id, now);
    pending.set(id, new Date(now));
  }

  function recordUse(v: VerifiedCredential, now: number) {
    if (v.kind !== 'session') throttled(lastWritten, pendingUsage, v.id, now);
    if (v.actor.userId && opts.users) throttled(lastSeenWritten, pendingSeen, v.actor.userId, now);
  }

  function prune(written: Map<string, number>, now: number) {
    for (const [id, at] of written) if (now - at >= USAGE_INTERVAL_MS) written.delete(id);
  }

  // One flush at a time: a caller (shutdown, a test) that flushes while the timer's flush is still
  // writing waits for that write too, so "flushed" means every earlier use is in the database.
  // The chain itself never rejects: one failed flush (an error hook that throws) must not stop
  // every later one from writing.
  let flushing: Promise<void> = Promise.resolve();
  function flushUsage(): Promise<void> {
    const run = flushing.then(writeUsage);
    flushing = run.catch(() => undefined);
    return run;
  }

  async function writeUsage() {
    const now = opts.clock.now().getTime();
    prune(lastWritten, now);
    prune(lastSeenWritten, now);
    if (pendingUsage.size > 0) {
      const batch = [...pendingUsage].map(([id, at]) => ({ id, at }));
      pendingUsage = new Map();
      await opts.credentials.touchLastUsed(batch).catch((error: unknown) => opts.onFlushError?.(error, 'last-used-at', batch.length));
    }
    if (pendingSeen.size > 0 && opts.users) {
      const batch = [...pendingSeen].map(([id, at]) => ({ id, at }));
      pendingSeen = new Map();
      await opts.users.touchLastSeen(batch).catch((error: unknown) => opts.onFlushError?.(error, 'last-seen-at', batch.length));
    }
  }

  // Its failures were handed to onFlushError already; one that throws there has nowhere left to go.
  const timer = setInterval(() => void flushUsage().catch(() => undefined), opts.usageFlushMs ?? 5_000);
  timer.unref();

  const inFlight = new Map<string, Promise<Lookup>>();

  async function fromDatabase(hash: Buffer, now: number, presenter: Presenter | undefined): Promise<Lookup> {
    const found = await opts.credentials.findByHash(hash);
    if (!found) return REFUSED;
    if (!usable(found, now)) {
      // Only this refusal does any work: a rotated credential's old secret, presented after its grace.
      const retired = found.matchedPrevious && !(found.previousHashExpiresAt && found.previousHashExpiresAt.getTime() > now);
      if (retired && !found.deletedAt && opts.onRetiredSecret) await opts.onRetiredSecret(found, presenter);
      return { refused: true, ownerIds: [found.id, found.organizationId, ...(found.userId ? [found.userId] : [])] };
    }
    const actor = toActor(found);
    let expiresAt = found.expiresAt?.getTime() ?? null;
    if (found.matchedPrevious) {
      const grace = found.previousHashExpiresAt!.getTime();
      expiresAt = expiresAt === null ? grace : Math.min(expiresAt, grace);
    }
    return {
      verified: {
        actor,
        kind: found.kind,
        id: found.id,
        issuedAt: found.createdAt,
        expiresAt: found.expiresAt,
        username: found.userEmail,
      },
      ownerIds: [found.id, found.organizationId, ...(found.userId ? [found.userId] : [])],
      expiresAt,
    };
  }

  /** The signed claims of a session JWT, or null (no database read either way). */
  async function sessionClaims(token: string, now: number) {
    if (!opts.sessionKey || !opts.users) return null;
    let claims;
    try {
      ({ payload: claims } = await jwtVerify(token, opts.sessionKey, { algorithms: ['HS256'], currentDate: new Date(now) }));
    } catch {
      return null;
    }
    const { sub, org, jti, iat, exp, gen } = claims;
    if (typeof sub !== 'string' || !UUID_RE.test(sub) || typeof org !== 'string' || typeof jti !== 'string' || !UUID_RE.test(jti)) return null;
    // A session without a generation predates them: it cannot be told from one a password change ended.
    if (typeof iat !== 'number' || typeof exp !== 'number' || !Number.isSafeInteger(gen)) return null;
    return { sub, org, jti, iat, exp, gen: gen as number };
  }

  async function fromSession(token: string, now: number): Promise<Lookup | null> {
    const claims = await sessionClaims(token, now);
    if (!claims || !opts.users) return null;
    const { sub, org, jti, iat, exp, gen } = claims;
    const user = await opts.users.findSessionUser(sub, jti);
    if (!user) return REFUSED;
    if (user.organizationId !== org || user.disabledAt || user.deletedAt || user.sessionRevoked || user.sessionGeneration !== gen) {
      return { refused: true, ownerIds: [jti, user.id] };
    }
    const actor: Actor = {
      organizationId: user.organizationId,
      environmentId: null,
      environmentKind: null,
      userId: user.id,
      credentialId: null,
      credentialKind: 'session',
      permissions: effectiveScopes(null, user.role),
      userRole: user.role,
      apiVersion: null,
      keyInflection: null,
      ipAllowlist: ['*'],
      attributesBlocklist: [],
      rateLimitPerMinute: null,
      session: { id: jti, expiresAt: new Date(exp * 1000) },
    };
    return {
      verified: { actor, kind: 'session', id: jti, issuedAt: new Date(iat * 1000), expiresAt: new Date(exp * 1000), username: user.email },
      ownerIds: [jti, user.id, user.organizationId],
      expiresAt: exp * 1000,
    };
  }

  /** A cache entry as the answer: the credential, or null once it has expired. */
  function fromCache(cached: CacheEntry, key: string, now: number): VerifiedCredential | null {
    opts.onCacheResult?.(true);
    if (cached.expiresAt !== null && cached.expiresAt <= now) {
      cache?.delete(key);
      return null;
    }
    recordUse(cached.verified, now);
    return cached.verified;
  }

  function inspect(token: string, presenter?: Presenter): MaybePromise<VerifiedCredential | null> {
    if (typeof token !== 'string') return null;
    const now = opts.clock.now().getTime();
    // The cache is keyed by a plain one-shot SHA-256 of the presented credential, the database by
    // HMAC(server secret, credential): the HMAC keeps a leaked table useless without the secret,
    // which an in-memory key needs no protection from (the secret lives in the same memory). SHA-256
    // is collision-resistant, so two credentials never share an entry, and the plaintext is never
    // kept. A warm hit costs this one digest (no HMAC object, no key schedule) and one LRU lookup:
    // the cache is asked before the format is checked, since only a credential that passed that
    // check (a well-formed one, or a session) is ever cached under the digest of what was presented.
    const presentedKey = cache ? digestOf('sha256', token, 'base64') : null;
    const hit = presentedKey !== null ? cache!.get(presentedKey) : undefined;
    if (hit) return fromCache(hit, presentedKey!, now);
    // Astra hands user API tokens out base64-encoded; both forms authenticate.
    const credential = unwrapCredential(token);
    const session = credential === null && token.length <= 4096 && JWT_RE.test(token);
    if (credential === null && !session) return null;
    // A user API token presented base64-wrapped (Astra) is cached under its unwrapped form.
    const key = presentedKey !== null && (credential === null || credential === token) ? presentedKey : digestOf('sha256', credential ?? token, 'base64');
    const cached = key !== presentedKey ? cache?.get(key) : undefined;
    if (cached) return fromCache(cached, key, now);
    if (negative?.get(key)) {
      opts.onCacheResult?.(true);
      return null;
    }
    return lookUp(token, key, credential, session, now, presenter);
  }

  /** A credential the cache does not hold: the database (or the session's user), one lookup per key at a time. */
  async function lookUp(token: string, key: string, credential: string | null, session: boolean, now: number, presenter: Presenter | undefined): Promise<VerifiedCredential | null> {
    // Concurrent misses for one credential share one lookup (no stampede when an entry expires).
    let pending = inFlight.get(key);
    if (!pending) {
      opts.onCacheResult?.(false);
      const startEpoch = epoch;
      pending = (session ? fromSession(token, now) : fromDatabase(keyedHash(opts.secret, credential!), now, presenter))
        .then((found) => {
          // A lookup that raced an invalidation may predate the change: neither outcome is kept.
          if (found && epoch === startEpoch) {
            if (isEntry(found)) cache?.set(key, found, found.ownerIds);
            else negative?.set(key, { refused: true }, found.ownerIds);
          }
          return found ?? REFUSED;
        })
        .finally(() => inFlight.delete(key));
      inFlight.set(key, pending);
    }
    const found = await pending;
    if (!isEntry(found)) return null;
    recordUse(found.verified, now);
    return found.verified;
  }

  return {
    async verify(token) {
      return (await inspect(token))?.actor ?? null;
    },
    inspect,
    invalidate: dropAll,
    invalidateOwner: dropAll,
    invalidateAll() {
      epoch++;
      cache?.clear();
      negative?.clear();
    },
    flushUsage,
    async close() {
      clearInterval(timer);
      await flushUsage();
    },
  };
}
