import type { ApiLogEntry } from '../../../api-logs/index.js';
import { encodeId } from '../../../core/ids.js';
import { iso } from '../jsonapi.js';
import type { ApiLogResource } from '../schemas/api-logs.js';

/** `api-log` (connect-api.md §9): attributes `request`, `response`, `created-at`, `redacted-at`, nothing else. */
export function presentApiLog(e: ApiLogEntry): ApiLogResource {
  return {
    type: 'api-log',
    id: encodeId('req', e.id),
    attributes: {
      request: {
        method: e.method,
        path: e.path,
        headers: e.request.headers,
        'get-params': e.request.getParams,
        'post-params': e.request.postParams,
        'ip-address': e.ipAddress,
      },
      response: { status: e.status, headers: e.responseHeaders },
      'created-at': iso(e.createdAt),
      'redacted-at': iso(e.redactedAt),
    },
  };
}
