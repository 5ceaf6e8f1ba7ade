/**
 * Request options for what a route accepts but the contract does not declare:
 * a JSON body the route checks itself. A typed openapi-fetch option, spread
 * into a call's options, so no call needs a cast. (Query parameters are all
 * in the contract: pass them as `params.query`.)
 */
import type { Middleware } from 'openapi-fetch';

/** Sends a JSON body. */
export type BodyOption = {
  middleware: Middleware[];
};

/**
 * A JSON body for an operation whose body the contract does not declare (the
 * route reads and checks it itself, e.g. `/v3` rotate's optional
 * `{gracePeriodSeconds}`); for a declared body, pass `body` instead, typed.
 *
 * @example
 * await unwrap(tessera.v3.POST('/v3/personal-access-tokens/{id}/rotate', { params: { path: { id } }, ...undeclaredBody({ gracePeriodSeconds: 300 }) }));
 */
export function undeclaredBody(body: unknown): BodyOption {
  const text = JSON.stringify(body);
  return {
    middleware: [
      {
        onRequest({ request }) {
          const headers = new Headers(request.headers);
          headers.set('content-type', 'application/json');
          return new Request(request, { body: text, headers });
        },
      },
    ],
  };
}
