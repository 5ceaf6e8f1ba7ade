/** JSON:API envelope helpers for Connect: resources, relationships, lists, sparse fieldsets. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page } from '../../core/store.js';
import { isoString } from '../../core/iso-time.js';

export interface ResourceId {
  type: string;
  id: string;
}

export interface Resource extends ResourceId {
  attributes: Record<string, unknown>;
  relationships?: Record<string, { data: ResourceId | ResourceId[] | null }>;
  /** Resource-level meta (e.g. a workflow run's `processing-time-seconds`); kept by sparse fieldsets. */
  meta?: Record<string, unknown>;
}

/** Any presenter's resource (a `Static<>` of its schema, or the loose `Resource`). */
export interface ResourceLike {
  type: string;
  id: string;
  attributes: object;
  relationships?: object;
  meta?: object;
}

export const rel = (data: ResourceId | ResourceId[] | null) => ({ data });

/** ISO 8601 UTC with milliseconds, or null. Snapshots carry strings, rows carry Dates. */
export function iso(value: Date | string): string;
export function iso(value: Date | string | null | undefined): string | null;
export function iso(value: Date | string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  return isoString(typeof value === 'string' ? new Date(value) : value);
}

/** Keeps only the requested attributes and relationships (`type` and `id` stay). */
export function sparse(resource: Resource, fields: Record<string, string[]>): Resource {
  const wanted = fields[resource.type];
  if (!wanted) return resource;
  const keep = new Set(wanted);
  const out: Resource = { type: resource.type, id: resource.id, attributes: {} };
  for (const [k, v] of Object.entries(resource.attributes)) if (keep.has(k)) out.attributes[k] = v;
  if (resource.relationships) {
    out.relationships = {};
    for (const [k, v] of Object.entries(resource.relationships)) if (keep.has(k)) out.relationships[k] = v;
  }
  if (resource.meta) out.meta = resource.meta;
  return out;
}

/** Removes attributes named in the API key's `api-attributes-blocklist` (`*` matches any run). */
export function blocklisted(resource: Resource, blocklist: readonly string[]): Resource {
  if (blocklist.length === 0) return resource;
  const patterns = blocklist.map((b) => new RegExp('^' + b.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$'));
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(resource.attributes)) if (!patterns.some((p) => p.test(k))) attributes[k] = v;
  return { ...resource, attributes };
}

function shape(req: FastifyRequest, resource: ResourceLike): Resource {
  const c = req.connect;
  return blocklisted(sparse(resource as Resource, c.fields), c.actor.attributesBlocklist);
}

export function sendResource(req: FastifyRequest, reply: FastifyReply, status: number, resource: ResourceLike, included?: ResourceLike[], meta?: Record<string, unknown>) {
  const body: Record<string, unknown> = { data: shape(req, resource) };
  if (included) body.included = included.map((r) => shape(req, r));
  if (meta) body.meta = meta;
  return reply.code(status).send(body);
}

/** `/api/v1/...?...page[after]=<id>` links for a keyset page (newest first). */
export function sendList<T>(req: FastifyRequest, reply: FastifyReply, page: Page<T>, present: (item: T) => ResourceLike) {
  const data = page.items.map((i) => shape(req, present(i)));
  const url = new URL(req.url, 'http://x');
  const cameBackward = url.searchParams.has('page[before]');
  const link = (dir: 'after' | 'before', id: string | undefined) => {
    if (!id) return null;
    const u = new URL(url);
    u.searchParams.delete('page[after]');
    u.searchParams.delete('page[before]');
    u.searchParams.set(`page[${dir}]`, id);
    return u.pathname + u.search;
  };
  const first = data[0]?.id;
  const last = data[data.length - 1]?.id;
  const hasOlder = cameBackward ? url.searchParams.has('page[before]') && data.length > 0 : page.hasMore;
  const hasNewer = cameBackward ? page.hasMore : url.searchParams.has('page[after]');
  return reply.code(200).send({
    data,
    links: { prev: hasNewer ? link('before', first) : null, next: hasOlder ? link('after', last) : null },
  });
}
