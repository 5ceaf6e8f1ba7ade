/**
 * Fixed-window rate limiting. In-process by default; the interface lets a
 * Redis-backed counter replace it so that several processes share one count.
 */
export interface RateLimitResult {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window ends. */
  resetSeconds: number;
}

export interface RateLimiter {
  /** Counts one request against `key` unless the window is already full. */
  hit(key: string, limit: number, windowMs: number, now: number): Promise<RateLimitResult> | RateLimitResult;
  /** Reads the window without counting. */
  peek(key: string, limit: number, windowMs: number, now: number): Promise<RateLimitResult> | RateLimitResult;
}

export function createMemoryRateLimiter(): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;

  function current(key: string, windowMs: number, now: number) {
    const start = now - (now % windowMs);
    if (now - lastSweep > windowMs) {
      // Drop finished windows so the map never outgrows the keys active in one window.
      for (const [k, w] of windows) if (w.start < start) windows.delete(k);
      lastSweep = now;
    }
    let w = windows.get(key);
    if (!w || w.start !== start) windows.set(key, (w = { start, count: 0 }));
    return w;
  }

  function result(w: { start: number; count: number }, limit: number, windowMs: number, now: number, allowed: boolean): RateLimitResult {
    return {
      allowed,
      limit,
      remaining: Math.max(0, limit - w.count),
      resetSeconds: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)),
    };
  }

  return {
    hit(key, limit, windowMs, now) {
      const w = current(key, windowMs, now);
      if (w.count >= limit) return result(w, limit, windowMs, now, false);
      w.count++;
      return result(w, limit, windowMs, now, true);
    },
    peek(key, limit, windowMs, now) {
      return result(current(key, windowMs, now), limit, windowMs, now, true);
    },
  };
}
