/**
 * The query parameters of the Astra collections, for `/openapi.json`: the ones
 * list-query.ts parses, with each collection's own fields (the CollectionSpec
 * its route parses with). Another name is problem 6; so is any parameter on an
 * operation that is not a collection.
 */
import type { QueryParameter } from '../../http/openapi-query.js';
import { VERSION_PREFIX } from './base.js';
import { COLLECTION_PARAMETERS, MAX_LIMIT, MAX_SKIP, type CollectionSpec } from './list-query.js';
import { TOKEN_COLLECTION } from './routes/tokens.js';
import { USER_COLLECTION } from './routes/users.js';

const names = (list: readonly string[]) => list.map((n) => `\`${n}\``).join(', ');

type Name = (typeof COLLECTION_PARAMETERS)[number];

/** Each parameter of a collection described by `spec`. */
export function collectionParameters<F extends string>(spec: CollectionSpec<F>): QueryParameter[] {
  const field = spec.includable.join('|');
  const orderable = Object.keys(spec.orderable);
  const byName: Record<Name, Omit<QueryParameter, 'name' | 'in'>> = {
    include: {
      description: `Comma-separated top-level fields: each item becomes the array of their values, in that order. Fields: ${names(spec.includable)}.`,
      schema: { type: 'string', pattern: `^(${field})(,(${field}))*$` },
    },
    filter: {
      description:
        `Comma-separated conditions \`<field> <op> '<value>'\`, all of which must hold; \`op\` is \`eq\`, \`lt\`, \`gt\`, \`lte\`, \`gte\` or \`in\` (\`'a,b'\`: any of). ` +
        `Fields: ${names(Object.keys(spec.filters))}.`,
      schema: { type: 'string' },
    },
    orderBy: {
      description: 'The field to sort by, ascending, or descending with ` desc`; the default is creation order.',
      schema: { type: 'string', enum: orderable.flatMap((f) => [f, `${f} desc`]) },
    },
    limit: { description: `Items per page (default ${MAX_LIMIT}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT } },
    skip: { description: 'Items to skip before the page starts.', schema: { type: 'integer', minimum: 1, maximum: MAX_SKIP } },
    count: { description: '`true`: `metadata.count` counts every matching item.', schema: { type: 'boolean', enum: [true] } },
    continue: {
      description: 'The previous page’s `metadata.continue`: the page after it, with the same `filter` and `orderBy`.',
      schema: { type: 'string', contentEncoding: 'base64' },
    },
  };
  return COLLECTION_PARAMETERS.map((name) => ({ name, in: 'query', ...byName[name] }));
}

/** By the route as registered under `/accounts`. */
export const ASTRA_QUERY_PARAMETERS: Readonly<Record<string, readonly QueryParameter[]>> = {
  [`GET /:account_id${VERSION_PREFIX}/users`]: collectionParameters(USER_COLLECTION),
  [`GET /:account_id${VERSION_PREFIX}/users/:user_id/tokens`]: collectionParameters(TOKEN_COLLECTION),
};
