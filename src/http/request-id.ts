/** `Request-Id: req_…` on every response of every surface; the same id keys logs and the API log. */
import { randomUUID } from 'node:crypto';
import { encodeId, newId } from '../core/ids.js';

/** Astra surface paths: their problem details carry the request id as a UUIDv4 `correlationID`. */
const ASTRA_PATH = /^\/accounts\//;

/**
 * A time-ordered UUIDv7 behind `req_…`; on the Astra surface a UUIDv4, since
 * Astra's `correlationID` must match its identifier pattern (v4, v5, nil).
 */
export function newRequestId(url?: string): string {
  return url !== undefined && ASTRA_PATH.test(url) ? encodeId('req', randomUUID()) : newId('req');
}
