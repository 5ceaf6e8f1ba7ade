/**
 * Redis, when REDIS_URL is set: what several Tessera processes share besides
 * PostgreSQL. Rate-limit counters (one fixed window per key, counted by one
 * Lua script: one round trip, atomic) and cache invalidation (every
 * `invalidate` / `invalidateOwner` is published and applied by every other
 * process at once).
 *
 * Redis is never on the critical path: while it is unreachable each process
 * counts rate limits in process (a warning is logged once per outage), and
 * invalidations reach other processes only through the cache TTL; when it
 * returns, the shared counters are used again and every process drops its
 * whole verification cache, since it may have missed invalidations meanwhile.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Verifier } from '../credentials/index.js';
import { createMemoryRateLimiter, type RateLimiter, type RateLimitResult } from '../http/rate-limit.js';

export const INVALIDATION_CHANNEL = 'tessera:invalidate';
const KEY_PREFIX = 'tessera:rl:';
/** A lost connection must not hold a request: a command waits at most this long. */
const COMMAND_TIMEOUT_MS = 1_000;
const CONNECT_WAIT_MS = 3_000;

/** Counts one hit; the key expires a little after its window (the first hit sets the expiry). */
const HIT_SCRIPT = `
local c = redis.call('INCR', KEYS[1])
if c == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return c`;

type HitClient = Redis & { tesseraHit(key: string, ttlMs: number): Promise<number> };

export interface RedisOptions {
  url: string;
  logger: Logger;
  /** Called with each rate-limit decision taken by the in-process fallback. */
  onFallback?: () => void;
}

export interface RedisScale {
  rateLimiter: RateLimiter;
  /** Wraps a verifier so that its invalidations reach every process, and applies theirs to it. */
  shareInvalidation(verifier: Verifier): Verifier;
  /** Whether the shared counters are in use right now. */
  connected(): boolean;
  close(): Promise<void>;
}

function clientOptions(extra: { enableOfflineQueue: boolean }) {
  return {
    lazyConnect: true,
    enableOfflineQueue: extra.enableOfflineQueue,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
  };
}

function result(count: number, limit: number, start: number, windowMs: number, now: number): RateLimitResult {
  return {
    allowed: count <= limit,
    limit,
    remaining: Math.max(0, limit - count),
    resetSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)),
  };
}

/** Connects (waiting briefly; a Redis that is down at start is retried in the background). */
export async function connectRedis(opts: RedisOptions): Promise<RedisScale> {
  const { logger } = opts;
  const origin = randomUUID();
  // Loaded here, not at import: a single process without REDIS_URL starts without it (cold start).
  const { Redis } = await import('ioredis');
  // Commands fail at once while disconnected (no offline queue): the fallback answers instead.
  const client = new Redis(opts.url, clientOptions({ enableOfflineQueue: false })) as HitClient;
  // The subscriber queues its SUBSCRIBE until connected and resubscribes after each reconnection.
  const subscriber = new Redis(opts.url, { ...clientOptions({ enableOfflineQueue: true }), commandTimeout: undefined });
  client.defineCommand('tesseraHit', { numberOfKeys: 1, lua: HIT_SCRIPT });
  const fallback = createMemoryRateLimiter();
  const verifiers = new Set<Verifier>();
  let closing = false;
  let degraded = false;
  let lostSubscriber = false;

  function degrade(reason: string, err?: unknown) {
    if (degraded || closing) return;
    degraded = true;
    logger.warn({ err, reason }, 'redis unavailable: rate limits are counted in this process only until it returns');
  }

  client.on('error', (err: Error) => degrade('connection error', err));
  client.on('close', () => degrade('connection closed'));
  client.on('ready', () => {
    if (degraded && !closing) logger.info('redis available again: rate limits are shared');
    degraded = false;
  });
  subscriber.on('error', (err: Error) => logger.debug({ err }, 'redis subscriber error'));
  subscriber.on('close', () => {
    if (!closing) lostSubscriber = true;
  });
  subscriber.on('ready', () => {
    // Invalidations published while disconnected were missed: start every cache afresh.
    if (lostSubscriber) for (const v of verifiers) v.invalidateAll();
    lostSubscriber = false;
  });
  subscriber.on('message', (_channel: string, message: string) => {
    const first = message.indexOf(' ');
    const second = message.indexOf(' ', first + 1);
    if (first < 0 || second < 0 || message.slice(0, first) === origin) return;
    const kind = message.slice(first + 1, second);
    const id = message.slice(second + 1);
    for (const v of verifiers) {
      if (kind === 'owner') v.invalidateOwner(id);
      else v.invalidate(id);
    }
  });

  function publish(kind: 'credential' | 'owner', id: string) {
    if (client.status !== 'ready') return;
    client.publish(INVALIDATION_CHANNEL, `${origin} ${kind} ${id}`).catch((err: unknown) => degrade('publish failed', err));
  }

  const connectAll = Promise.all([
    client.connect(),
    subscriber.connect().then(() => subscriber.subscribe(INVALIDATION_CHANNEL)),
  ]);
  let timer: NodeJS.Timeout | undefined;
  const waited = await Promise.race([
    connectAll.then(() => true),
    new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), CONNECT_WAIT_MS))),
  ]).catch(() => false);
  clearTimeout(timer);
  connectAll.catch(() => undefined); // reconnection continues in the background
  if (!waited) degrade('not reachable at start');

  const rateLimiter: RateLimiter = {
    async hit(key, limit, windowMs, now) {
      if (client.status !== 'ready') {
        degrade('not connected');
        opts.onFallback?.();
        return fallback.hit(key, limit, windowMs, now);
      }
      const start = now - (now % windowMs);
      try {
        const count = await client.tesseraHit(`${KEY_PREFIX}${key}:${start}`, windowMs + 1_000);
        return result(Number(count), limit, start, windowMs, now);
      } catch (err) {
        degrade('command failed', err);
        opts.onFallback?.();
        return fallback.hit(key, limit, windowMs, now);
      }
    },
    async peek(key, limit, windowMs, now) {
      const start = now - (now % windowMs);
      if (client.status === 'ready') {
        try {
          const raw = await client.get(`${KEY_PREFIX}${key}:${start}`);
          return { ...result(Number(raw ?? 0), limit, start, windowMs, now), allowed: true };
        } catch (err) {
          degrade('command failed', err);
        }
      }
      return fallback.peek(key, limit, windowMs, now);
    },
  };

  return {
    rateLimiter,
    connected: () => client.status === 'ready',
    shareInvalidation(verifier) {
      verifiers.add(verifier);
      return {
        ...verifier,
        invalidate(id) {
          verifier.invalidate(id);
          publish('credential', id);
        },
        invalidateOwner(id) {
          verifier.invalidateOwner(id);
          publish('owner', id);
        },
      };
    },
    async close() {
      closing = true;
      verifiers.clear();
      client.disconnect();
      subscriber.disconnect();
      await Promise.resolve();
    },
  };
}
