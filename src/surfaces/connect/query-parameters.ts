/**
 * The query parameters of each Connect operation, for `/openapi.json`. A route
 * parses its query itself — `parseQuery(req.query, spec)` (query.ts) — with a
 * spec written in its handler, so the document cannot read it from the route:
 * this table repeats, per operation, the very spec the handler passes, and
 * test/openapi/query-specs.test.ts runs every handler to check that it does.
 * An operation that is not listed reads no query parameter (it ignores them).
 */
import type { QueryParameter } from '../../http/openapi-query.js';
import { DEFAULT_STATS_WINDOW, STATS_WINDOWS } from '../../stats/index.js';
import type { QuerySpec } from './query.js';
import { SHARE_TOKEN_INCLUDES } from './routes/share-token-included.js';

/** A single resource with no relationships: `include=` answers `included: []`, any name is a 400. */
const NO_INCLUDES: QuerySpec = { include: [] };
const NOTHING: QuerySpec = {};
const INQUIRY: QuerySpec = { include: ['verifications', 'account'] };
const VERIFICATION: QuerySpec = { include: ['inquiry'] };
const SHARE_TOKEN: QuerySpec = { include: SHARE_TOKEN_INCLUDES };
const WORKFLOW_RUN: QuerySpec = { include: ['workflow', 'creator'] };

/** The spec each route passes to parseQuery, by the route as registered under `/api/v1`. */
export const CONNECT_QUERY_SPECS: Readonly<Record<string, QuerySpec>> = {
  'POST /accounts': NO_INCLUDES,
  'GET /accounts': { cursor: 'act', filters: ['reference-id'] },
  'GET /accounts/:id': NO_INCLUDES,
  'PATCH /accounts/:id': NO_INCLUDES,
  'DELETE /accounts/:id': NO_INCLUDES,

  'GET /api-keys': { cursor: 'api', filters: ['name'] },
  'POST /api-keys': NO_INCLUDES,
  'GET /api-keys/permissions': NOTHING,
  'GET /api-keys/:id': NO_INCLUDES,
  'PATCH /api-keys/:id': NO_INCLUDES,
  'POST /api-keys/:id/expire': NO_INCLUDES,
  'POST /api-keys/:id/rotate': NO_INCLUDES,

  'GET /api-logs': { cursor: 'req', filters: ['status', 'path', 'method', 'created-at-start', 'created-at-end'] },
  'GET /api-logs/:id': NO_INCLUDES,

  'POST /connect/connections': NOTHING,
  'GET /connect/connections': { cursor: 'cxn', filters: ['status', 'destination-organization-id'] },
  'GET /connect/connections/:id': NOTHING,
  'POST /connect/connections/:id/activate': NOTHING,
  'POST /connect/connections/:id/deactivate': NOTHING,
  'POST /connect/connections/:id/reactivate': NOTHING,
  'GET /connect/connections/:id/peek-settings': NOTHING,
  'GET /connect/organizations': NOTHING,
  'PATCH /connect/connections/:id/peek-settings': NOTHING,

  'POST /connect/share-tokens': SHARE_TOKEN,
  'GET /connect/share-tokens': { cursor: 'cnst', filters: ['status', 'connection-id', 'direction'] },
  'GET /connect/share-tokens/:id': { ...SHARE_TOKEN, flags: ['peek-source-data'] },
  'POST /connect/share-tokens/:id/redeem': SHARE_TOKEN,
  'POST /connect/share-tokens/:id/expire': SHARE_TOKEN,

  'GET /events': { cursor: 'evt', filters: ['name', 'object-id', 'id', 'created-at-start', 'created-at-end'] },
  'GET /events/:id': NOTHING,

  'POST /inquiries': INQUIRY,
  'GET /inquiries': {
    cursor: 'inq',
    filters: ['inquiry-id', 'account-id', 'reference-id', 'status', 'created-at-start', 'created-at-end', 'note', 'inquiry-template-id', 'template-id'],
  },
  'GET /inquiries/:id': INQUIRY,
  'PATCH /inquiries/:id': INQUIRY,
  'DELETE /inquiries/:id': INQUIRY,
  'POST /inquiries/:id/approve': INQUIRY,
  'POST /inquiries/:id/decline': INQUIRY,
  'POST /inquiries/:id/mark-for-review': INQUIRY,
  'POST /inquiries/:id/expire': INQUIRY,
  'POST /inquiries/:id/complete': INQUIRY,
  'POST /inquiries/:id/fail': INQUIRY,

  'GET /stats': { flags: ['window'] },

  'GET /expiring-credentials': NOTHING,

  'POST /transactions': NO_INCLUDES,
  'GET /transactions': { cursor: 'txn', filters: ['reference-id', 'transaction-type-id'] },
  'GET /transactions/:id': NO_INCLUDES,
  'PATCH /transactions/:id': NO_INCLUDES,
  'DELETE /transactions/:id': NO_INCLUDES,

  'POST /verifications': VERIFICATION,
  'GET /verifications/:id': VERIFICATION,
  'DELETE /verifications/:id': VERIFICATION,

  'GET /webhooks': { cursor: 'wbh' },
  'POST /webhooks': NO_INCLUDES,
  'GET /webhooks/:id': NO_INCLUDES,
  'PATCH /webhooks/:id': NO_INCLUDES,
  'POST /webhooks/:id/enable': NO_INCLUDES,
  'POST /webhooks/:id/disable': NO_INCLUDES,
  'POST /webhooks/:id/archive': NO_INCLUDES,
  'POST /webhooks/:id/rotate-secret': NO_INCLUDES,
  'GET /webhooks/:id/deliveries': { cursor: 'dlv', filters: ['event-id'] },
  'POST /webhooks/deliveries/:id/redeliver': NOTHING,

  'POST /workflows': NOTHING,
  'GET /workflows': { cursor: 'wfl' },
  'GET /workflows/:id': NOTHING,
  'PATCH /workflows/:id': NOTHING,
  'DELETE /workflows/:id': NOTHING,
  'POST /workflows/:id/trigger': WORKFLOW_RUN,
  'GET /workflow-runs': { cursor: 'wfr', filters: ['status', 'workflow-id'] },
  'GET /workflow-runs/:id': WORKFLOW_RUN,
  'GET /workflow-runs/:id/step-results': NOTHING,
};

/** The plain parameters (`flags`) a route may take, with what they mean. */
const FLAGS: Readonly<Record<string, Omit<QueryParameter, 'name' | 'in'>>> = {
  'peek-source-data': {
    description:
      'When `true` and the caller is the destination of a connection that allows peeking, `data.attributes.source-data` carries the source record’s visible fields. `true` or `false` (default).',
    schema: { type: 'boolean', default: false },
  },
  window: {
    description: 'The span the counts cover, cut into buckets: `1h` (12 × 5 minutes), `24h` (24 × 1 hour) or `7d` (28 × 6 hours).',
    schema: { type: 'string', enum: Object.keys(STATS_WINDOWS), default: DEFAULT_STATS_WINDOW },
  },
};

/** `page[size|after|before]`: keyset paging over ids of the list's own kind (`act_…`). */
export function pageParameter(cursor: NonNullable<QuerySpec['cursor']>): QueryParameter {
  const id = { type: 'string', pattern: `^${cursor}_[0-9A-Za-z]{24}$` };
  return {
    name: 'page',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description:
      'Keyset paging, newest first: `page[size]` items (1–100, default 10); `page[after]` an id of the list to read the older items after it, `page[before]` one to read the newer items before it (not both). ' +
      '`links.next` and `links.prev` carry them.',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        size: { type: 'integer', minimum: 1, maximum: 100, default: 10 },
        after: { ...id, description: `An id (\`${cursor}_…\`): the page after it (older)` },
        before: { ...id, description: `An id (\`${cursor}_…\`): the page before it (newer)` },
      },
    },
  };
}

/** A comma-separated list of these names, or nothing. */
const listPattern = (names: readonly string[]) => (names.length === 0 ? '^$' : `^((${names.join('|')})(,(${names.join('|')}))*)?$`);

/** What parseQuery(…, spec) accepts, as OpenAPI parameters. */
export function connectQueryParameters(spec: QuerySpec): QueryParameter[] {
  const parameters: QueryParameter[] = [];
  if (spec.cursor) parameters.push(pageParameter(spec.cursor));
  if (spec.filters) {
    const filters = Object.fromEntries(spec.filters.map((name) => [name, { type: 'string' }]));
    parameters.push({
      name: 'filter',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description: '`filter[<name>]=a,b`: items matching any of the comma-separated values; several filters all apply.',
      schema: { type: 'object', additionalProperties: false, properties: filters },
    });
  }
  if (spec.include) {
    parameters.push({
      name: 'include',
      in: 'query',
      description:
        spec.include.length === 0
          ? 'Only `include=` (empty): the answer carries `included: []`. This resource has no relationships to include.'
          : `Comma-separated relationships to serialize in \`included\`: ${spec.include.map((n) => `\`${n}\``).join(', ')}. \`include=\` answers \`included: []\`.`,
      schema: { type: 'string', pattern: listPattern(spec.include), examples: [spec.include.join(',')] },
    });
  }
  parameters.push({
    name: 'fields',
    in: 'query',
    style: 'deepObject',
    explode: true,
    description: 'Sparse fieldsets: `fields[<type>]=a,b` answers only those attributes of resources of that type (e.g. `fields[connect/share-token]=status`).',
    schema: { type: 'object', additionalProperties: { type: 'string' } },
  });
  for (const flag of spec.flags ?? []) parameters.push({ name: flag, in: 'query', ...(FLAGS[flag] ?? { description: flag, schema: { type: 'string' } }) });
  return parameters;
}

export const CONNECT_QUERY_PARAMETERS: Readonly<Record<string, readonly QueryParameter[]>> = Object.fromEntries(
  Object.entries(CONNECT_QUERY_SPECS).map(([key, spec]) => [key, connectQueryParameters(spec)]),
);
