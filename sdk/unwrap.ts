/** Turns openapi-fetch's `{ data, error, response }` into the data or a thrown TesseraApiError. */
import { apiErrorFromResponse, networkError } from './errors.js';

interface FetchResult<D, E> {
  data?: D;
  error?: E;
  response: Response;
}

/**
 * Awaits a client call and returns its data; a non-2xx answer throws a
 * `TesseraApiError` with the surface's code, detail and `Request-Id`, and a
 * request without an answer throws one with status 0.
 *
 * @example
 * const keys = await unwrap(tessera.connect.GET('/api/v1/api-keys'));
 */
export async function unwrap<D, E>(call: Promise<FetchResult<D, E>>): Promise<D> {
  let result: FetchResult<D, E>;
  try {
    result = await call;
  } catch (e) {
    throw networkError(e);
  }
  if (!result.response.ok) throw apiErrorFromResponse(result.response, result.error ?? null);
  // 204 No Content and other empty answers have no data.
  return result.data as D;
}
