/**
 * The JSON:API shapes Connect answers with, for reading responses whose
 * contract does not spell out their attributes yet, and the query-string
 * helper for Connect's bracketed list parameters.
 */

export interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface Relationship {
  data: ResourceIdentifier | ResourceIdentifier[] | null;
}

export interface Resource<A = Record<string, unknown>> {
  type: string;
  id: string;
  attributes: A;
  relationships?: Record<string, Relationship>;
}

export interface ResourceDocument<A = Record<string, unknown>> {
  data: Resource<A>;
  included?: Resource[];
}

export interface ListDocument<A = Record<string, unknown>> {
  data: Resource<A>[];
  links: { prev: string | null; next: string | null };
}

export type ShareTokenStatus = 'created' | 'pending' | 'redeemed' | 'expired' | 'failed';

export interface ShareTokenAttributes {
  status: ShareTokenStatus;
  direction: 'outbound' | 'inbound';
  'created-at': string;
  'updated-at': string;
  'pending-at': string | null;
  'redeemed-at': string | null;
  'failed-at': string | null;
  'expires-at': string | null;
  'failure-reason': string | null;
  'redeem-mode': 'clone' | 'hydrate' | null;
  [key: string]: unknown;
}

/** A Connect answer read as a single resource (`{data: {...}}`). */
export function asResource<A = Record<string, unknown>>(body: unknown): ResourceDocument<A> {
  if (typeof body !== 'object' || body === null || typeof (body as { data?: unknown }).data !== 'object' || Array.isArray((body as { data: unknown }).data)) {
    throw new TypeError('expected a JSON:API document with one resource');
  }
  return body as ResourceDocument<A>;
}

/** A Connect answer read as a list (`{data: [...], links}`). */
export function asList<A = Record<string, unknown>>(body: unknown): ListDocument<A> {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { data?: unknown }).data)) {
    throw new TypeError('expected a JSON:API list document');
  }
  return body as ListDocument<A>;
}

/** The id a to-one relationship points at, or null. */
export function relatedId(resource: Resource<unknown>, name: string): string | null {
  const data = resource.relationships?.[name]?.data;
  return data && !Array.isArray(data) ? data.id : null;
}

export interface ListQuery {
  /** `page[size]`, 1–100. */
  size?: number;
  /** `page[after]`: older than this id. */
  after?: string;
  /** `page[before]`: newer than this id. */
  before?: string;
  /** `filter[name]=a,b` (any of). */
  filter?: Record<string, string | string[] | undefined>;
}

/**
 * Connect's bracketed list parameters (`page[size]`, `filter[status]`) as an
 * openapi-fetch `params.query`. Typed loosely on purpose: list routes parse
 * their query strings themselves, so the contract does not declare them.
 *
 * @example
 * await unwrap(tessera.connect.GET('/api/v1/connect/share-tokens', { params: { query: listQuery({ size: 20, filter: { status: 'created' } }) } }));
 */
export function listQuery(q: ListQuery): never {
  const out: Record<string, string> = {};
  if (q.size !== undefined) out['page[size]'] = String(q.size);
  if (q.after !== undefined) out['page[after]'] = q.after;
  if (q.before !== undefined) out['page[before]'] = q.before;
  for (const [name, value] of Object.entries(q.filter ?? {})) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    out[`filter[${name}]`] = Array.isArray(value) ? value.join(',') : value;
  }
  return out as never;
}
