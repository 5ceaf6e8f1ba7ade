/**
 * "The database is unavailable", recognised in one place: every surface's
 * error handler turns such an error into the registry's UNAVAILABLE code
 * (503 with Retry-After) in its own format, instead of a 500.
 */
import { AppError } from '../core/errors.js';
import { createLogThrottle, errorKey, type WarnLogger } from '../core/log-throttle.js';

/** Seconds a client should wait before retrying while the database is away. */
export const UNAVAILABLE_RETRY_AFTER_S = 5;

/** Socket errors of a connection (or connection attempt) to the server. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/** Only on `connect`: a Unix socket that is gone (server stopped) or whose backlog is full (server hung). */
const CONNECT_CODES = new Set(['ENOENT', 'EAGAIN']);
/** PostgreSQL: admin shutdown, crash shutdown, cannot connect now (starting or stopping), too many connections. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** node-postgres and pg-pool: the connection ended, timed out or cannot be used. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Cannot use a pool after calling end|driver has already been destroyed|Client was closed and is not queryable|Client has encountered a connection error and is not queryable/;

export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; syscall?: unknown; cause?: unknown; statusCode?: unknown };
  // A client's own socket failing (a body cut off mid-way: Node's "aborted", ECONNRESET) is a 4xx, not an outage.
  if (typeof e.statusCode === 'number' && e.statusCode < 500) return false;
  if (typeof e.code === 'string') {
    if (SOCKET_CODES.has(e.code) || SQLSTATES.has(e.code)) return true;
    if (e.syscall === 'connect' && CONNECT_CODES.has(e.code)) return true;
  }
  return typeof e.message === 'string' && MESSAGES.test(e.message);
}

/**
 * The error a surface maps: a database outage becomes UNAVAILABLE (503, Retry-After);
 * anything else is returned as it is.
 */
export function unavailableAsAppError(error: unknown): unknown {
  if (error instanceof AppError || !isDatabaseUnavailable(error)) return error;
  return new AppError('UNAVAILABLE', 'The service is temporarily unavailable; try again shortly', { retryAfter: UNAVAILABLE_RETRY_AFTER_S });
}

/** One line per distinct outage message per window, across every surface. */
const outageLog = createLogThrottle();

/**
 * Logs a 5xx a surface answered: an outage at warn, once per message per 10 s
 * (every request fails alike while it lasts); anything else at error, each time.
 */
export function logServerError(log: { error(obj: object, msg: string): void } & WarnLogger, error: unknown): void {
  if (isDatabaseUnavailable(error)) outageLog.warn(log, errorKey('db', error), error, 'database unavailable: answering 503');
  else log.error({ err: error }, 'unexpected error');
}
