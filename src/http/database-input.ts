/**
 * The last net under the request schemas: PostgreSQL refusing a value the
 * client sent — a data exception (SQLSTATE class 22: invalid text, a number
 * out of range, a string too long) or an index row too big (54000) — is the
 * client's bad input, a 400 in the surface's format, not a 500. The schemas'
 * length and range limits are the real fix; this keeps a limit someone forgot
 * from turning into a server error.
 */
import { AppError } from '../core/errors.js';

const INPUT_SQLSTATE = /^(?:22[0-9A-Z]{3}|54000)$/;

/** Whether `error` is PostgreSQL refusing a value (class 22, or an index row over its limit). */
export function isDatabaseInputError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && INPUT_SQLSTATE.test(code);
}

/** The error a surface maps: a refused value becomes BAD_REQUEST; anything else is returned as it is. */
export function databaseInputAsAppError(error: unknown): unknown {
  if (error instanceof AppError || !isDatabaseInputError(error)) return error;
  return new AppError('BAD_REQUEST', 'A value in the request cannot be stored: it is out of range, too long or not valid text');
}
