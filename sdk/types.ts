/**
 * Names for the contract's types, so callers can type a variable, a table
 * column or a component prop with what an operation answers instead of
 * copying its shape: `Answer<'/api/v1/connect/share-tokens/{id}', 'get'>` is
 * the 200 body of that operation as sdk/schema.ts declares it.
 */
import type { paths } from './schema.js';

/** The HTTP methods an operation may have, as openapi-typescript names them. */
export type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

/** The statuses that carry a success body (openapi-fetch's `OkStatus` without `2XX`). */
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207;

/** The operation at `P` and `M`, or never when the path has no such method. */
type Operation<P extends keyof paths, M extends Method> = M extends keyof paths[P] ? Exclude<paths[P][M], undefined> : never;

/** The bodies of every declared media type of a response (JSON, `application/astra-token+json`, …). */
type BodyOf<R> = R extends { content: infer C } ? (C extends Record<string, unknown> ? C[keyof C] : undefined) : undefined;

/**
 * The success body of an operation: the union of what its 2xx responses
 * declare (`never` for an operation without one, as openapi-fetch's `data` is then).
 *
 * @example
 * type ShareToken = Answer<'/api/v1/connect/share-tokens/{id}', 'get'>['data'];
 * const status: ShareToken['attributes']['status'] = 'created';
 */
export type Answer<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { responses: infer R } ? { [S in keyof R & SuccessStatus]: BodyOf<R[S]> }[keyof R & SuccessStatus] : never;

/** The JSON request body of an operation (undefined when it takes none). */
export type RequestBody<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: infer B } ? (NonNullable<B> extends { content: infer C } ? (C extends Record<string, unknown> ? C[keyof C] : undefined) : undefined) : undefined;

/**
 * The query parameters of an operation, as `params.query` takes them (undefined when it takes none).
 *
 * @example
 * const firstPage: Query<'/api/v1/webhooks', 'get'> = { page: { size: 25 } };
 */
export type Query<P extends keyof paths, M extends Method> = Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : undefined;

/** One element of a list answer (an array, or a `{data: [...]}` / `{items: [...]}` document). */
export type Item<L> = L extends readonly (infer E)[] ? E : L extends { data: readonly (infer E)[] } ? E : L extends { items: readonly (infer E)[] } ? E : never;

