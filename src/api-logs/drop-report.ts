/**
 * What an operator learns of API log entries given up: every one is counted
 * (`tessera_api_log_dropped_total{reason}`); a row the database refused on
 * its own is logged with what identifies it (request id, method, path,
 * status — already redacted, never a body or header) and the database's
 * error code and message. Overflow happens entry by entry while the database
 * is away, so it is logged at most once per window, with the count.
 */
import type { ApiLogDropReason } from './writer.js';
import type { ApiLogEntry } from './types.js';

interface WarnLogger {
  warn(obj: object, msg: string): void;
}

const OVERFLOW_LOG_WINDOW_MS = 10_000;

function describeError(error: unknown): { code?: unknown; message?: unknown } {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const e = error as { code?: unknown; message?: unknown };
  // Only the code and message: a database error's detail and context can quote the row.
  return { code: e.code, message: e.message };
}

export function reportApiLogDrops(
  logger: WarnLogger,
  metrics: { apiLogDropped(reason: string, count: number): void },
  now: () => number = Date.now,
): (reason: ApiLogDropReason, entries: Array<Pick<ApiLogEntry, 'id' | 'method' | 'path' | 'status'>>, error?: unknown) => void {
  let overflowLoggedAt = -Infinity;
  let overflowUnlogged = 0;
  return (reason, entries, error) => {
    metrics.apiLogDropped(reason, entries.length);
    if (reason === 'rejected') {
      for (const e of entries) {
        logger.warn({ apiLog: { id: e.id, method: e.method, path: e.path, status: e.status }, err: describeError(error) }, 'api log entry dropped: the database refused it');
      }
      return;
    }
    if (reason === 'overflow') {
      overflowUnlogged += entries.length;
      if (now() - overflowLoggedAt < OVERFLOW_LOG_WINDOW_MS) return;
      overflowLoggedAt = now();
    }
    const count = reason === 'overflow' ? overflowUnlogged : entries.length;
    overflowUnlogged = reason === 'overflow' ? 0 : overflowUnlogged;
    logger.warn({ reason, entries: count }, reason === 'overflow' ? 'api log entries dropped: the buffer is full while the database is away' : 'api log entries dropped: unwritten at shutdown');
  };
}
