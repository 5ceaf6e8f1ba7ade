/**
 * One error type for every surface: `TesseraApiError` reads Connect's
 * `{"errors": [...]}`, `/v3`'s `{"message", "code"}`, Astra's problem+json and
 * OAuth's `{"error", "error_description"}` into the same fields, so callers
 * handle a failed call the same way whichever surface answered.
 */

export interface TesseraApiErrorInit {
  status: number;
  code: string;
  title: string;
  detail: string | null;
  requestId: string | null;
  body: unknown;
}

/**
 * A non-2xx answer from Tessera, or a request that got no answer (`status` 0,
 * code `NETWORK_ERROR`).
 *
 * @example
 * try {
 *   await unwrap(tessera.connect.GET('/api/v1/connect/share-tokens/{id}', { params: { path: { id } } }));
 * } catch (e) {
 *   if (e instanceof TesseraApiError && e.status === 404) console.log('no such token', e.requestId);
 * }
 */
export class TesseraApiError extends Error {
  /** The HTTP status; 0 when no response arrived. */
  readonly status: number;
  /** The surface's error code: `/v3` `code`, Astra problem `type`, OAuth `error`, else Connect's `title`. */
  readonly code: string;
  /** The short, fixed description (Connect/Astra `title`, `/v3` `message`). */
  readonly title: string;
  /** The specific explanation when the surface gives one (Connect `details`, Astra `detail`, `/v3` field errors). */
  readonly detail: string | null;
  /** The `Request-Id` header (`req_…`): the API log entry of the failed call. */
  readonly requestId: string | null;
  /** The parsed response body, as received. */
  readonly body: unknown;

  constructor(init: TesseraApiErrorInit) {
    super(describe(init));
    this.name = 'TesseraApiError';
    this.status = init.status;
    this.code = init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.requestId = init.requestId;
    this.body = init.body;
  }
}

/** `404 Record not found: share token not found (request req_…)`. */
function describe(e: TesseraApiErrorInit): string {
  const detail = e.detail && e.detail !== e.code ? `: ${e.detail}` : e.title && e.title !== e.code ? `: ${e.title}` : '';
  return `${e.status} ${e.code}${detail}${e.requestId ? ` (request ${e.requestId})` : ''}`;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The fields of an error body in any surface's format; unknown shapes fall back to the status text. */
function parseBody(status: number, statusText: string, body: unknown): Pick<TesseraApiErrorInit, 'code' | 'title' | 'detail'> {
  if (isObject(body)) {
    // Connect (JSON:API): the first item carries the title and details.
    if (Array.isArray(body.errors) && isObject(body.errors[0]) && str(body.errors[0].title) && !str(body.code)) {
      const item = body.errors[0];
      const title = str(item.title)!;
      return { code: title, title, detail: str(item.details) ?? str(item.detail) };
    }
    // /v3: a code from a closed list, a message and, for a 400, the fields at fault.
    if (str(body.code) && str(body.message)) {
      const fields = Array.isArray(body.errors)
        ? body.errors.filter(isObject).map((f) => [str(f.field), str(f.message)].filter(Boolean).join(' ')).filter(Boolean)
        : [];
      return { code: str(body.code)!, title: str(body.message)!, detail: fields.length ? fields.join('; ') : str(body.message) };
    }
    // Astra (RFC 9457 problem details).
    if (str(body.title) && (str(body.type) || body.status !== undefined)) {
      const type = str(body.type);
      return { code: type ?? str(body.title)!, title: str(body.title)!, detail: str(body.detail) };
    }
    // OAuth (RFC 6749 §5.2).
    if (str(body.error)) return { code: str(body.error)!, title: str(body.error)!, detail: str(body.error_description) };
  }
  const title = statusText || `HTTP ${status}`;
  return { code: title, title, detail: typeof body === 'string' && body !== '' ? body.slice(0, 200) : null };
}

/** A TesseraApiError from a failed response and its parsed body. */
export function apiErrorFromResponse(response: Response, body: unknown): TesseraApiError {
  return new TesseraApiError({
    status: response.status,
    ...parseBody(response.status, response.statusText, body),
    requestId: response.headers.get('request-id'),
    body,
  });
}

/** A TesseraApiError for a request that got no response (DNS, refused connection, timeout). */
export function networkError(cause: unknown): TesseraApiError {
  const message = cause instanceof Error ? (cause.cause instanceof Error ? `${cause.message} (${cause.cause.message})` : cause.message) : String(cause);
  return new TesseraApiError({ status: 0, code: 'NETWORK_ERROR', title: 'No response', detail: message, requestId: null, body: null });
}
