/**
 * Request options for what a route accepts but the contract does not declare:
 * query parameters the route parses itself (Connect's bracketed `page[size]`
 * and `filter[status]`, `peek-source-data`, `/v3` paging) and a JSON body the
 * route checks itself. Both are typed openapi-fetch options, spread into a
 * call's options, so no call needs a cast.
 */
import type { Middleware } from 'openapi-fetch';

/** A query parameter's value; undefined and null leave the parameter out. */
export type QueryValue = string | number | boolean | null | undefined;

/**
 * Sends these query parameters. They replace `params.query` (openapi-fetch
 * serializes one or the other): put every parameter of the call here.
 */
// A type alias, not an interface: openapi-fetch wants options with an implicit index signature.
export type QueryOption = {
  querySerializer: () => string;
};

/**
 * Query parameters as given, names unchanged (`page[size]` stays bracketed).
 *
 * @example
 * await unwrap(tessera.connect.GET('/api/v1/connect/share-tokens/{id}', { params: { path: { id } }, ...query({ 'peek-source-data': true }) }));
 */
export function query(params: Record<string, QueryValue>): QueryOption {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value !== undefined && value !== null) search.set(name, String(value));
  const text = search.toString();
  return { querySerializer: () => text };
}

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
