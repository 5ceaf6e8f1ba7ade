/**
 * The query parameters of the `/v3` lists, for `/openapi.json`: the paging of
 * pat-v3/query.ts with each list's own sorts (the constants its route parses
 * with) and the personal access token filters. Names a list does not know are
 * ignored, as Cryptlex does; a known one with a bad value is a 400.
 */
import type { QueryParameter } from '../../http/openapi-query.js';
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_OFFSET, MAX_PAGE, MAX_QUERY_LENGTH, type PagingSpec } from './query.js';
import { PAT_PAGING } from './routes/personal-access-tokens.js';
import { USER_PAGING } from './routes/users.js';

/** `page`, `limit`, `sort` and `query` of a list sorted by `spec`; `searched` says what `query` looks in. */
function pagingParameters<F extends string>(spec: PagingSpec<F>, searched: string): QueryParameter[] {
  const sorts = Object.keys(spec.sortable);
  const defaultSort = sorts.find((name) => spec.sortable[name] === spec.defaultSort);
  return [
    {
      name: 'page',
      in: 'query',
      description: `The page, from 1; a page may start at most ${MAX_OFFSET} items deep ((page − 1) × limit). The \`Pagination-Count\` header counts every item.`,
      schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 1 },
    },
    { name: 'limit', in: 'query', description: 'Items per page.', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
    {
      name: 'sort',
      in: 'query',
      description: 'The field to sort by, ascending; `-` before it sorts descending.',
      schema: { type: 'string', enum: sorts.flatMap((s) => [s, `-${s}`]), ...(defaultSort ? { default: defaultSort } : {}) },
    },
    { name: 'query', in: 'query', description: `Only items whose ${searched} contains this text (case-insensitive).`, schema: { type: 'string', maxLength: MAX_QUERY_LENGTH } },
  ];
}

const PAT_FILTERS: QueryParameter[] = [
  { name: 'userId', in: 'query', description: 'Only the tokens of this user.', schema: { type: 'string', format: 'uuid' } },
  { name: 'revoked', in: 'query', description: 'Only revoked (`true`) or unrevoked (`false`) tokens.', schema: { type: 'boolean' } },
  {
    name: 'expiresAt',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description: '`expiresAt[gte]` and `expiresAt[lte]`: only tokens expiring at or after, at or before this ISO 8601 time (tokens that never expire match neither).',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { gte: { type: 'string', format: 'date-time' }, lte: { type: 'string', format: 'date-time' } },
    },
  },
];

/** By the route as registered under `/v3`. */
export const V3_QUERY_PARAMETERS: Readonly<Record<string, readonly QueryParameter[]>> = {
  'GET /users': pagingParameters(USER_PAGING, 'name or e-mail address'),
  'GET /personal-access-tokens': [...pagingParameters(PAT_PAGING, 'name'), ...PAT_FILTERS],
};
