/**
 * Connect's JSON:API shapes and query strings: the share token's types as the
 * contract declares them, the generic shapes of a resource, and the bracketed
 * parameters (`page[size]`, `filter[status]`, `peek-source-data`) that Connect
 * routes parse themselves, so the contract does not declare them.
 */
import { query, type QueryOption, type QueryValue } from './options.js';
import type { Answer } from './types.js';

export interface ResourceIdentifier {
  type: string;
  id: string;
}

export interface Relationship {
  data: ResourceIdentifier | ResourceIdentifier[] | null;
}

/** Any Connect resource. The contract's resources are narrower (a literal `type`, optional attributes). */
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

/** A share token as `GET /api/v1/connect/share-tokens/{id}` answers it. */
export type ShareToken = Answer<'/api/v1/connect/share-tokens/{id}', 'get'>['data'];
/**
 * A share token's attributes. Each is optional in the type, as on the wire:
 * a sparse fieldset (`fields[connect/share-token]=…`) may leave any out.
 */
export type ShareTokenAttributes = ShareToken['attributes'];
export type ShareTokenStatus = NonNullable<ShareTokenAttributes['status']>;

/**
 * A Connect answer read as a single resource (`{data: {...}}`), for answers the
 * contract does not type. Checks the outline only; the attributes are what the
 * caller says they are.
 */
export function asResource<A = Record<string, unknown>>(body: unknown): ResourceDocument<A> {
  if (typeof body !== 'object' || body === null || typeof (body as { data?: unknown }).data !== 'object' || Array.isArray((body as { data: unknown }).data)) {
    throw new TypeError('expected a JSON:API document with one resource');
  }
  return body as ResourceDocument<A>;
}

/** A Connect answer read as a list (`{data: [...], links}`), for answers the contract does not type. */
export function asList<A = Record<string, unknown>>(body: unknown): ListDocument<A> {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { data?: unknown }).data)) {
    throw new TypeError('expected a JSON:API list document');
  }
  return body as ListDocument<A>;
}

/** What `relatedId` reads: any resource, typed by the contract or not. */
interface WithRelationships {
  relationships?: { [name: string]: Relationship | undefined };
}

/** The id a to-one relationship points at, or null. */
export function relatedId(resource: WithRelationships, name: string): string | null {
  return related(resource, name)?.id ?? null;
}

/** The resource a to-one relationship points at (`{type, id}`), or null. */
export function related(resource: WithRelationships, name: string): ResourceIdentifier | null {
  const data = resource.relationships?.[name]?.data;
  return data && !Array.isArray(data) ? data : null;
}

export interface ListQuery {
  /** `page[size]`, 1–100. */
  size?: number | undefined;
  /** `page[after]`: older than this id. */
  after?: string | undefined;
  /** `page[before]`: newer than this id. */
  before?: string | undefined;
  /** `filter[name]=a,b` (any of); an empty list or undefined leaves the filter out. */
  filter?: Record<string, string | string[] | undefined>;
}

/**
 * Connect's list parameters (`page[size]`, `page[after]`, `filter[status]=a,b`)
 * as request options.
 *
 * @example
 * await unwrap(tessera.connect.GET('/api/v1/connect/share-tokens', listQuery({ size: 20, filter: { status: 'created' } })));
 */
export function listQuery(q: ListQuery): QueryOption {
  const params: Record<string, QueryValue> = { 'page[size]': q.size, 'page[after]': q.after, 'page[before]': q.before };
  for (const [name, value] of Object.entries(q.filter ?? {})) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    params[`filter[${name}]`] = Array.isArray(value) ? value.join(',') : value;
  }
  return query(params);
}

/**
 * The parameters of a list's `links.next` (or `prev`) — the page size,
 * filters and cursor — to pass to `query()` for the next page; null on the
 * last page.
 *
 * @example
 * const next = pageParams(first.links.next);
 * if (next) await unwrap(tessera.connect.GET('/api/v1/connect/share-tokens', query(next)));
 */
export function pageParams(link: string | null | undefined): Record<string, string> | null {
  if (!link) return null;
  // A path with its query string (what Connect sends) or a full URL; the base is never used.
  return Object.fromEntries(new URL(link, 'http://link.invalid').searchParams);
}
