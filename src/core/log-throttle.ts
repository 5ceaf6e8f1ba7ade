/**
 * Logs a repeating failure once per window instead of once per occurrence: a
 * database outage fails every poll and every request, and a log flooded with
 * one message hides the rest. The next line after a quiet window says how many
 * were left out.
 */

/** The logging call used here: pino's signature, `(object, message)`. */
export interface WarnLogger {
  warn(obj: object, msg: string): void;
}

export interface LogThrottle {
  /** Logs `msg` (with the error) at warn on `logger`, unless the same `key` was logged within the window. */
  warn(logger: WarnLogger, key: string, error: unknown, msg: string, extra?: object): void;
}

export const LOG_THROTTLE_WINDOW_MS = 10_000;

export function createLogThrottle(windowMs = LOG_THROTTLE_WINDOW_MS, now: () => number = Date.now): LogThrottle {
  const seen = new Map<string, { at: number; suppressed: number }>();
  return {
    warn(logger, key, error, msg, extra = {}) {
      const t = now();
      const last = seen.get(key);
      if (last && t - last.at < windowMs) {
        last.suppressed++;
        return;
      }
      // Keys are few (one per kind of failure and message), but the map must not grow without end.
      if (seen.size > 1_000) seen.clear();
      seen.set(key, { at: t, suppressed: 0 });
      logger.warn({ ...extra, err: error, ...(last?.suppressed ? { suppressed: last.suppressed } : {}) }, msg);
    },
  };
}

/** A key per distinct failure: its kind and its message. */
export function errorKey(kind: string, error: unknown): string {
  return `${kind}:${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
}
