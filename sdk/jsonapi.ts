/**
 * Connect's JSON:API shapes: the share token's types as the contract declares
 * them, the generic shapes of a resource, and the list parameters of a
 * `links.next` to follow a list page by page.
 */
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

/**
 * The parameters of a Connect list's `links.next` (or `prev`) as the contract
 * types a list's query: `page[after]=…&filter[status]=…` is
 * `{ page: { after }, filter: { status } }`. A list takes nothing else.
 */
export interface PageQuery {
  page?: { size?: number; after?: string; before?: string };
  filter?: Record<string, string>;
  fields?: Record<string, string>;
}

/**
 * The parameters of a list's `links.next` (or `prev`) — the page size, the
 * filters and the cursor — for the next call's `params.query`; null on the
 * last page.
 *
 * @example
 * const next = pageParams(first.links.next);
 * if (next) await unwrap(tessera.connect.GET('/api/v1/connect/share-tokens', { params: { query: next } }));
 */
export function pageParams(link: string | null | undefined): PageQuery | null {
  if (!link) return null;
  const out: PageQuery = {};
  // A path with its query string (what Connect sends) or a full URL; the base is never used.
  for (const [name, value] of new URL(link, 'http://link.invalid').searchParams) {
    const member = /^(page|filter|fields)\[([^\]]+)\]$/i.exec(name);
    if (!member) continue;
    const family = member[1]!.toLowerCase() as keyof PageQuery;
    const key = member[2]!;
    if (family === 'page') out.page = { ...out.page, [key]: key === 'size' ? Number(value) : value };
    else out[family] = { ...out[family], [key]: value };
  }
  return out;
}
