/**
 * The query parameters of each operation in `/openapi.json`. No surface
 * validates its query string with a schema — Connect's bracketed names come in
 * any inflection, `/v3` ignores names it does not know, Astra answers its own
 * problems — so @fastify/swagger sees none. Each surface lists instead what its
 * routes parse (connect/query-parameters.ts, pat-v3/…, astra/…, admin/…), keyed
 * by the route as Fastify registers it under the surface; this module adds
 * them to the document, so generated clients type them.
 */
import type { OpenApiDoc } from './openapi-examples.js';
import { openApiPath } from './openapi.js';
import { ADMIN_QUERY_PARAMETERS } from '../surfaces/admin/query-parameters.js';
import { ASTRA_QUERY_PARAMETERS } from '../surfaces/astra/query-parameters.js';
import { CONNECT_QUERY_PARAMETERS } from '../surfaces/connect/query-parameters.js';
import { V3_QUERY_PARAMETERS } from '../surfaces/pat-v3/query-parameters.js';

/** An OpenAPI 3.1 query parameter. Every one is optional. */
export interface QueryParameter {
  name: string;
  in: 'query';
  description: string;
  /** `deepObject` for a family of bracketed names (`page[size]`, `filter[status]`): one object parameter. */
  style?: 'form' | 'deepObject';
  explode?: boolean;
  schema: Record<string, unknown>;
}

/** A surface's operations (`GET /accounts/:id`, the route as registered under the prefix) and their parameters. */
export type OperationQueries = Readonly<Record<string, readonly QueryParameter[]>>;

/** The surfaces' parameter lists by the prefix they are mounted on (app.ts). */
export const SURFACE_QUERIES: ReadonlyArray<{ prefix: string; operations: OperationQueries }> = [
  { prefix: '/api/v1', operations: CONNECT_QUERY_PARAMETERS },
  { prefix: '/v3', operations: V3_QUERY_PARAMETERS },
  { prefix: '/accounts', operations: ASTRA_QUERY_PARAMETERS },
  { prefix: '/admin/v1', operations: ADMIN_QUERY_PARAMETERS },
];

/** `GET /accounts/:id` under `/api/v1` → the document's `get` of `/api/v1/accounts/{id}`. */
export function documentedOperation(prefix: string, key: string): { method: string; path: string } {
  const space = key.indexOf(' ');
  return { method: key.slice(0, space).toLowerCase(), path: openApiPath(prefix + key.slice(space + 1)) };
}

/**
 * Adds each listed operation's query parameters; one the document already names
 * (a seed's richer description: openapi-examples.ts) is kept as it is.
 */
export function addQueryParameters(doc: OpenApiDoc): void {
  for (const { prefix, operations } of SURFACE_QUERIES) {
    for (const [key, parameters] of Object.entries(operations)) {
      const { method, path } = documentedOperation(prefix, key);
      const op = doc.paths?.[path]?.[method];
      if (!op) continue;
      const named = new Set((op.parameters ?? []).map((p) => `${String(p.in)}:${String(p.name)}`));
      const added = parameters.filter((p) => !named.has(`query:${p.name}`)).map((p) => ({ ...p, required: false }));
      if (added.length > 0) op.parameters = [...(op.parameters ?? []), ...added];
    }
  }
}
