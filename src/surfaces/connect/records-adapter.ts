/** What the record route modules share: the use-case context, ids in and out, date filters. */
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.js';
import { badRequest, notFound } from '../../core/errors.js';
import { decodeId, type IdPrefix } from '../../core/ids.js';
import type { RecordsContext } from '../../records/index.js';

/** Never a row id (UUIDv7s carry version 7): lets an undecodable filter id match nothing. */
export const NO_MATCH_UUID = '00000000-0000-0000-0000-000000000000';

export function recordsContext(req: FastifyRequest, deps: AppDeps): RecordsContext {
  return { actor: req.connect.actor, store: deps.store, clock: deps.clock };
}

/**
 * The UUID behind `:id`; a wrong prefix or a malformed id is an unknown record (404).
 * Takes any request: typed routes' params are `{id: string}`, untyped ones' `unknown`.
 */
export function pathId(req: { params: unknown }, prefix: IdPrefix): string {
  const params = req.params;
  const raw = typeof params === 'object' && params !== null && 'id' in params ? params.id : undefined;
  const id = typeof raw === 'string' ? decodeId(prefix, raw) : null;
  if (!id) throw notFound();
  return id;
}

/** The UUID behind an id in the body; else 404 naming the attribute, as an invisible one would. */
export function bodyId(value: string, prefix: IdPrefix, attribute: string): string {
  const id = decodeId(prefix, value);
  if (!id) throw notFound(`data.attributes.${attribute} is not found`);
  return id;
}

export function filterIds(values: string[], prefix: IdPrefix): string[] {
  return values.map((v) => decodeId(prefix, v) ?? NO_MATCH_UUID);
}

export function filterDate(name: string, values: string[] | undefined): Date | undefined {
  if (values === undefined) return undefined;
  const d = new Date(values.join(','));
  if (values.length !== 1 || Number.isNaN(d.getTime())) throw badRequest(`filter[${name}] must be an ISO 8601 date-time`);
  return d;
}
