/**
 * Bounded concurrency per receiver (its URL's origin, which is also what the
 * HTTP client pools connections by): at most `limit` attempts in flight, and
 * more waiting for a slot only as long as their expected wait stays short
 * (`maxWaitMs`, from how fast the receiver has been answering — or how long its
 * oldest request has been going). A slow receiver thus holds a few of the
 * worker's slots however many deliveries it has queued, and the rest are
 * turned away — given back to the queue for later (`retryAt`), spread at the
 * pace the receiver has been answering — so deliveries to healthy receivers
 * never wait behind it, while a fast one can have hundreds waiting a moment.
 */

export interface EndpointGate {
  /**
   * A slot for `key`: resolves to its release (called with the attempt's latency)
   * once one is free; null when the wait for one would be too long.
   */
  enter(key: string): Promise<(latencyMs: number) => void> | null;
  /** When an attempt turned away from `key` should come back. */
  retryAt(key: string, now: Date): Date;
}

interface Endpoint {
  inFlight: number;
  /** Start times (epoch ms) of the attempts in flight, oldest first. */
  started: number[];
  waiting: Array<() => void>;
  /** Moving average of the attempts' latency, ms. */
  latencyMs: number;
  /** Where the last turned-away attempt was put back (epoch ms). */
  nextAt: number;
}

export interface EndpointGateOptions {
  /** Attempts in flight per receiver. */
  limit: number;
  /** Longest expected wait for a slot (ms) before an attempt is turned away (default 2 s). */
  maxWaitMs?: number;
  /** Most attempts waiting per receiver, whatever their expected wait (default 1,000). */
  maxWaiting?: number;
  /** Turned-away attempts come back no sooner than this (ms). */
  minDelayMs?: number;
  /** …and no later than this after `now` (ms). */
  maxDelayMs?: number;
}

export function createEndpointGate(opts: EndpointGateOptions): EndpointGate {
  const minDelay = opts.minDelayMs ?? 1_000;
  const maxDelay = opts.maxDelayMs ?? 10 * 60_000;
  const maxWait = opts.maxWaitMs ?? 2_000;
  const maxWaiting = opts.maxWaiting ?? 1_000;
  const endpoints = new Map<string, Endpoint>();

  const endpointOf = (key: string): Endpoint => {
    let e = endpoints.get(key);
    if (!e) endpoints.set(key, (e = { inFlight: 0, started: [], waiting: [], latencyMs: 0, nextAt: 0 }));
    return e;
  };

  /** What one attempt takes at this receiver, as far as we can tell now (ms). */
  const latencyOf = (e: Endpoint, now: number) => Math.max(e.latencyMs, e.started.length ? now - e.started[0]! : 0);

  const releaser = (key: string, e: Endpoint) => {
    let released = false;
    const startedAt = Date.now();
    e.started.push(startedAt);
    return (latencyMs: number) => {
      if (released) return;
      released = true;
      const at = e.started.indexOf(startedAt);
      if (at >= 0) e.started.splice(at, 1);
      e.latencyMs = e.latencyMs === 0 ? latencyMs : e.latencyMs * 0.8 + latencyMs * 0.2;
      const next = e.waiting.shift();
      // The slot passes to the next waiting attempt; otherwise it is free.
      if (next) next();
      else e.inFlight--;
      if (e.inFlight === 0 && e.nextAt < Date.now() && endpoints.size > 10_000) endpoints.delete(key);
    };
  };

  return {
    enter(key) {
      const e = endpointOf(key);
      if (e.inFlight < opts.limit) {
        e.inFlight++;
        return Promise.resolve(releaser(key, e));
      }
      // Those waiting go one slot-time each, `limit` at a time.
      const expectedWait = ((e.waiting.length + 1) * latencyOf(e, Date.now())) / opts.limit;
      if (e.waiting.length >= maxWaiting || expectedWait > maxWait) return null;
      return new Promise((resolve) => e.waiting.push(() => resolve(releaser(key, e))));
    },
    retryAt(key, now) {
      const e = endpointOf(key);
      // The receiver finishes about limit / latency attempts a second: put each one back one such step
      // after the previous, behind the ones waiting now, so they come back about when they can be sent.
      const step = Math.max(latencyOf(e, now.getTime()), 1) / opts.limit;
      const earliest = now.getTime() + Math.max(minDelay, e.waiting.length * step);
      e.nextAt = Math.min(Math.max(e.nextAt + step, earliest), now.getTime() + maxDelay);
      return new Date(Math.round(e.nextAt));
    },
  };
}
