/**
 * The one credential verifier: format + checksum → LRU cache → database →
 * revoked / expired / owner disabled or deleted. A warm verification costs one
 * HMAC and one cache lookup; `last-used-at` is written behind, at most once a
 * minute per credential, never on the request path.
 */
import { LRUCache } from 'lru-cache';
import type { Actor } from '../core/actor.js';
import type { Clock } from '../core/clock.js';
import { keyedHash } from '../core/crypto.js';
import { parseCredential } from './format.js';
import type { CredentialRepository } from './ports.js';
import type { CredentialForVerification } from './types.js';

export interface VerifierOptions {
  credentials: Pick<CredentialRepository, 'findByHash' | 'touchLastUsed'>;
  secret: Buffer;
  clock: Clock;
  cacheMax: number;
  cacheTtlMs: number;
  /** How often buffered `last-used-at` values are flushed. */
  usageFlushMs?: number;
  onCacheResult?: (hit: boolean) => void;
}

export interface Verifier {
  /** The Actor for a valid credential, or null for anything else. */
  verify(token: string): Promise<Actor | null>;
  /** Drops a credential from the cache at once (revocation, rotation, role change). */
  invalidate(credentialId: string): void;
  /** Drops every cached credential of a user or organization. */
  invalidateOwner(ownerId: string): void;
  flushUsage(): Promise<void>;
  close(): Promise<void>;
}

interface CacheEntry {
  actor: Actor;
  credentialId: string;
  ownerIds: string[];
  expiresAt: number | null;
}

const USAGE_INTERVAL_MS = 60_000;

function toActor(c: CredentialForVerification): Actor {
  return {
    organizationId: c.organizationId,
    environmentId: c.environmentId,
    environmentKind: c.environmentKind,
    userId: c.userId,
    credentialId: c.id,
    credentialKind: c.kind,
    permissions: new Set(c.permissions),
    apiVersion: c.apiVersion,
    keyInflection: c.keyInflection,
    ipAllowlist: c.ipAllowlist,
    attributesBlocklist: c.attributesBlocklist,
    rateLimitPerMinute: c.organizationRateLimit,
  };
}

function usable(c: CredentialForVerification, now: number): boolean {
  if (c.revokedAt || c.deletedAt) return false;
  if (c.expiresAt && c.expiresAt.getTime() <= now) return false;
  if (c.userId && (c.userDisabledAt || c.userDeletedAt)) return false;
  return true;
}

export function createVerifier(opts: VerifierOptions): Verifier {
  /** credential or owner id → cache keys, so invalidation needs no scan. */
  const keysById = new Map<string, Set<string>>();
  const cache =
    opts.cacheMax > 0 && opts.cacheTtlMs > 0
      ? new LRUCache<string, CacheEntry>({
          max: opts.cacheMax,
          ttl: opts.cacheTtlMs,
          // Keep the reverse index as small as the cache itself.
          dispose: (entry, key) => {
            for (const id of entry.ownerIds) {
              const keys = keysById.get(id);
              keys?.delete(key);
              if (keys?.size === 0) keysById.delete(id);
            }
          },
        })
      : null;
  const lastWritten = new Map<string, number>();
  let pendingUsage = new Map<string, Date>();

  function index(id: string, key: string) {
    let set = keysById.get(id);
    if (!set) keysById.set(id, (set = new Set()));
    set.add(key);
  }

  function dropAll(id: string) {
    const keys = keysById.get(id);
    if (!keys) return;
    for (const key of [...keys]) cache?.delete(key);
    keysById.delete(id);
  }

  function recordUse(id: string, now: number) {
    const last = lastWritten.get(id) ?? 0;
    if (now - last < USAGE_INTERVAL_MS) return;
    lastWritten.set(id, now);
    pendingUsage.set(id, new Date(now));
  }

  async function flushUsage() {
    if (pendingUsage.size === 0) return;
    const batch = [...pendingUsage].map(([id, at]) => ({ id, at }));
    pendingUsage = new Map();
    await opts.credentials.touchLastUsed(batch).catch(() => undefined);
  }

  const timer = setInterval(() => void flushUsage(), opts.usageFlushMs ?? 5_000);
  timer.unref();

  return {
    async verify(token) {
      if (typeof token !== 'string' || parseCredential(token) === null) return null;
      const hash = keyedHash(opts.secret, token);
      const key = hash.toString('base64');
      const now = opts.clock.now().getTime();
      const cached = cache?.get(key);
      if (cached) {
        opts.onCacheResult?.(true);
        if (cached.expiresAt !== null && cached.expiresAt <= now) {
          cache?.delete(key);
          return null;
        }
        recordUse(cached.credentialId, now);
        return cached.actor;
      }
      opts.onCacheResult?.(false);
      const found = await opts.credentials.findByHash(hash);
      if (!found || !usable(found, now)) return null;
      const actor = toActor(found);
      if (cache) {
        const ownerIds = [found.id, found.organizationId, ...(found.userId ? [found.userId] : [])];
        cache.set(key, { actor, credentialId: found.id, ownerIds, expiresAt: found.expiresAt?.getTime() ?? null });
        for (const id of ownerIds) index(id, key);
      }
      recordUse(found.id, now);
      return actor;
    },
    invalidate: dropAll,
    invalidateOwner: dropAll,
    flushUsage,
    async close() {
      clearInterval(timer);
      await flushUsage();
    },
  };
}
