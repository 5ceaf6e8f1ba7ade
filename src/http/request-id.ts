/** `Request-Id: req_…` on every response of every surface; the same id keys logs and the API log. */
import { encodeId, newUuid } from '../core/ids.js';

export function newRequestId(): string {
  return encodeId('req', newUuid());
}
